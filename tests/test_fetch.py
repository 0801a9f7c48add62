"""Fetching: retries, backoff, Retry-After, redirects, caps and robots.txt (httpx.MockTransport)."""
from __future__ import annotations

import asyncio
import gzip
import time
import zlib
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from partymine.scraper.fetch import USER_AGENT, Fetcher, FetchSettings, HostGate, make_client, parse_retry_after
from partymine.scraper.robots import RobotsCache

SETTINGS = FetchSettings(timeout_s=0.5, retries=3, backoff_s=1.0, backoff_max_s=8.0, max_retry_after_s=30.0,
                         max_bytes=10_000, default_delay_s=0.0)
PAGE = "<html><body><p>Chi bộ có 25 đảng viên.</p></body></html>".encode()


class Chunks(httpx.AsyncByteStream):
    """A body that arrives in pieces, as over a socket (Response(content=...) counts as read)."""

    def __init__(self, body: bytes, size: int = 4096):
        self.body, self.size = body, size

    async def __aiter__(self):
        for i in range(0, len(self.body), self.size):
            yield self.body[i:i + self.size]


def response(status=200, body=b"", headers=None):
    return httpx.Response(status, headers=headers or {}, stream=Chunks(body))


def html(status=200, body=PAGE, **headers):
    return response(status, body, {"content-type": "text/html; charset=utf-8", **headers})


def run_fetch(handler, url="http://baohatinh.vn/a-post1.html", settings=SETTINGS, **kwargs):
    """Fetch through a MockTransport; returns (result, recorded sleeps, requests seen)."""
    sleeps, seen = [], []

    async def fake_sleep(s):
        sleeps.append(s)

    def recording(request):
        seen.append(request)
        return handler(request, len(seen))

    async def go():
        async with make_client(settings, httpx.MockTransport(recording)) as client:
            fetcher = Fetcher(client, settings, rng=lambda: 0.5, sleep=fake_sleep)
            return await fetcher.fetch(url, **kwargs)

    return asyncio.run(go()), sleeps, seen


def test_user_agent_names_the_project_and_version():
    _, _, seen = run_fetch(lambda r, n: html())
    assert seen[0].headers["user-agent"] == USER_AGENT and USER_AGENT.startswith("partymine/")


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_retryable_status_then_success(status):
    result, sleeps, seen = run_fetch(lambda r, n: html(status) if n == 1 else html())
    assert result.ok and result.body == PAGE and result.retries == 1 and len(seen) == 2


def test_backoff_doubles_with_jitter_and_is_capped():
    result, sleeps, _ = run_fetch(lambda r, n: html(503))
    # rng 0.5 -> jitter factor 1.0: 1, 2, 4 s (cap 8 s not reached with 3 retries)
    assert sleeps == [1.0, 2.0, 4.0]
    assert result.reason == "http_503" and result.attempts == 4


def test_backoff_cap():
    settings = FetchSettings(retries=4, backoff_s=3.0, backoff_max_s=5.0, default_delay_s=0.0)
    _, sleeps, _ = run_fetch(lambda r, n: html(500), settings=settings)
    assert sleeps == [3.0, 5.0, 5.0, 5.0]


def test_retry_after_seconds_is_honoured():
    _, sleeps, _ = run_fetch(lambda r, n: html(429, **{"retry-after": "7"}) if n == 1 else html())
    assert sleeps == [7.0]


def test_retry_after_longer_than_allowed_gives_up_with_reason():
    result, sleeps, seen = run_fetch(lambda r, n: html(429, **{"retry-after": "3600"}))
    assert result.reason == "retry_after_too_long" and sleeps == [] and len(seen) == 1


@pytest.mark.parametrize("value,expected", [("3", 3.0), ("0", 0.0), ("soon", None), (None, None), ("", None)])
def test_parse_retry_after_seconds(value, expected):
    assert parse_retry_after(value) == expected


def test_parse_retry_after_http_date():
    when = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=120), usegmt=True)
    assert 100 < parse_retry_after(when) <= 120


@pytest.mark.parametrize("status", [403, 404, 410])
def test_client_errors_are_not_retried(status):
    result, sleeps, seen = run_fetch(lambda r, n: html(status))
    assert result.reason == f"http_{status}" and len(seen) == 1 and sleeps == []


def test_timeouts_are_retried_then_reported():
    def handler(request, n):
        raise httpx.ReadTimeout("slow", request=request)

    result, sleeps, seen = run_fetch(handler)
    assert result.reason == "timeout" and result.status is None and len(seen) == 4


def test_connection_errors_are_reported_as_network():
    def handler(request, n):
        raise httpx.ConnectError("refused", request=request)

    result, _, _ = run_fetch(handler)
    assert result.reason == "network" and "refused" in result.detail


def test_conditional_request_and_304():
    result, _, seen = run_fetch(lambda r, n: httpx.Response(304), etag='"abc"', last_modified="Tue, 01 Oct 2024 08:00:00 GMT")
    assert seen[0].headers["if-none-match"] == '"abc"'
    assert seen[0].headers["if-modified-since"] == "Tue, 01 Oct 2024 08:00:00 GMT"
    assert result.ok and result.not_modified and result.body == b""


def test_redirect_within_domains_is_followed():
    def handler(request, n):
        if request.url.path == "/old.html":
            return httpx.Response(301, headers={"location": "https://www.baohatinh.vn/new-post2.html"})
        return html()

    result, _, _ = run_fetch(handler, url="http://baohatinh.vn/old.html", domains=("baohatinh.vn",))
    assert result.ok and result.final_url == "https://www.baohatinh.vn/new-post2.html" and result.redirects == 1


def test_redirect_to_another_domain_is_not_followed():
    result, _, seen = run_fetch(lambda r, n: httpx.Response(302, headers={"location": "https://baophutho.vn/x"}),
                                domains=("baovinhphuc.com.vn",), url="https://baovinhphuc.com.vn/a")
    assert result.reason == "redirect_offsite" and result.final_url == "https://baophutho.vn/x" and len(seen) == 1


def test_redirect_loop_is_detected():
    def handler(request, n):
        return httpx.Response(302, headers={"location": "/b" if request.url.path == "/a" else "/a"})

    result, _, seen = run_fetch(handler, url="http://baohatinh.vn/a")
    assert result.reason == "redirect_loop" and len(seen) == 2


def test_too_many_redirects():
    result, _, _ = run_fetch(lambda r, n: httpx.Response(302, headers={"location": f"/p{n}"}), url="http://baohatinh.vn/p0")
    assert result.reason == "too_many_redirects"


def test_redirect_target_checked_by_robots_callback():
    async def check(url):
        return "robots" if "/private/" in url else None

    result, _, seen = run_fetch(lambda r, n: httpx.Response(302, headers={"location": "/private/x"}), check=check)
    assert result.reason == "robots" and len(seen) == 1


def test_pdf_is_skipped_without_reading_it():
    result, _, _ = run_fetch(lambda r, n: response(200, b"%PDF-1.4", {"content-type": "application/pdf"}))
    assert result.reason == "not_html" and "application/pdf" in result.detail and result.body == b""


def test_declared_length_over_the_cap():
    result, _, _ = run_fetch(lambda r, n: html(body=b"x" * 20_000, **{"content-length": "20000"}))
    assert result.reason == "too_large" and "Content-Length" in result.detail


def test_streamed_body_over_the_cap():
    result, _, _ = run_fetch(lambda r, n: html(body=b"x" * 20_000))
    assert result.reason == "too_large" and result.body == b""


def test_gzip_body_is_inflated():
    result, _, _ = run_fetch(lambda r, n: html(body=gzip.compress(PAGE), **{"content-encoding": "gzip"}))
    assert result.ok and result.body == PAGE


def test_deflate_body_is_inflated():
    result, _, _ = run_fetch(lambda r, n: html(body=zlib.compress(PAGE), **{"content-encoding": "deflate"}))
    assert result.ok and result.body == PAGE


def test_gzip_bomb_stops_at_the_cap():
    bomb = gzip.compress(b" " * 5_000_000)
    assert len(bomb) < SETTINGS.max_bytes
    result, _, _ = run_fetch(lambda r, n: html(body=bomb, **{"content-encoding": "gzip"}))
    assert result.reason == "decompressed_too_large"


def test_unknown_content_encoding_is_reported():
    result, _, _ = run_fetch(lambda r, n: html(body=b"??", **{"content-encoding": "br"}))
    assert result.reason == "unsupported_encoding"


def test_charset_from_the_header():
    result, _, _ = run_fetch(lambda r, n: response(200, PAGE, {"content-type": "text/html; charset=ISO-8859-1"}))
    assert result.charset == "ISO-8859-1" and result.content_type == "text/html"


def test_host_gate_spaces_requests_to_one_host():
    async def go():
        gate = HostGate()
        stamps = []
        for _ in range(3):
            async with gate.lock("x"):
                await gate.wait_turn("x")
                stamps.append(time.monotonic())
                gate.done("x", 0.05)
        return stamps

    stamps = asyncio.run(go())
    assert all(b - a >= 0.045 for a, b in zip(stamps, stamps[1:]))


# -- robots.txt ------------------------------------------------------------------------------------

def run_robots(status, text="", url="http://baosonla.vn/xay-dung-dang/a-2NSKgzlIR.html"):
    async def go():
        transport = httpx.MockTransport(lambda r: response(status, text.encode(), {"content-type": "text/plain"}))
        async with make_client(SETTINGS, transport) as client:
            fetcher = Fetcher(client, FetchSettings(retries=0, default_delay_s=0.0))
            fetcher.set_delay("baosonla.vn", 1.0)
            cache = RobotsCache(fetcher)
            return await cache.refusal(url), fetcher.delay_for("baosonla.vn")

    return asyncio.run(go())


def test_robots_disallow():
    text = "User-agent: *\nDisallow: /xay-dung-dang/\n"
    assert run_robots(200, text)[0] == "robots"


def test_robots_allows_other_paths():
    text = "User-agent: *\nDisallow: /admin/\n"
    assert run_robots(200, text)[0] is None


def test_robots_crawl_delay_raises_the_host_delay_but_never_lowers_it():
    assert run_robots(200, "User-agent: *\nCrawl-delay: 5\n")[1] == 5.0
    assert run_robots(200, "User-agent: *\nCrawl-delay: 0.2\n")[1] == 1.0


def test_robots_missing_allows_everything():
    assert run_robots(404)[0] is None


def test_robots_server_error_disallows_the_site():
    assert run_robots(503)[0] == "robots_unreachable"


def test_robots_group_for_partymine():
    text = "User-agent: partymine\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    assert run_robots(200, text)[0] == "robots"


def test_user_agent_names_the_operator_contact(monkeypatch):
    from partymine.scraper.fetch import FetchSettings

    monkeypatch.setenv("PARTYMINE_CONTACT", "researcher@example.org")
    assert FetchSettings().user_agent.endswith("(+research crawler; contact researcher@example.org)")
    monkeypatch.delenv("PARTYMINE_CONTACT")
    assert "contact in README" in FetchSettings().user_agent
