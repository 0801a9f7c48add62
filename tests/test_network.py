"""The crawl's view of the web: robots.txt then a polite fetch, in this process or a child."""
from __future__ import annotations

import asyncio
import os
import signal

import pytest

from partymine.errors import FetchError
from partymine.scraper.demo_site import Response, serve_app
from partymine.scraper.network import open_network
from sitesrv import FAST

ROBOTS = "User-agent: *\nDisallow: /noi-bo/\n"
ARTICLE = "<html><body><p>Chi bộ thôn Nà Hẩu có 25 đảng viên.</p></body></html>".encode()


def _app(target: str, _headers) -> Response:
    if target == "/robots.txt":
        return Response(body=ROBOTS.encode(), headers=(("Content-Type", "text/plain"),))
    if target.endswith("-post1.html"):
        return Response(body=ARTICLE)
    return Response(404, b"<html><body>Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y</body></html>")


@pytest.fixture(scope="module")
def site():
    with serve_app(_app) as handle:
        yield handle


def _answers(base: str, separate_process: bool, paths=("/a-post1.html", "/khong-co.html", "/noi-bo/b-post1.html")):
    async def go():
        async with open_network(FAST, separate_process=separate_process) as net:
            results = [await net.get(base + p) for p in paths]
        return [(r.status, r.reason, r.body) for r in results]

    return asyncio.run(go())


def test_a_fetch_process_answers_as_this_process_would(site):
    assert _answers(site.base_url, True) == _answers(site.base_url, False) == [
        (200, None, ARTICLE), (404, "http_404", b""), (None, "robots", b"")]


def test_robots_txt_refusal_makes_no_request(site):
    _answers(site.base_url, True, paths=("/noi-bo/c-post1.html",))
    assert site.hits["/noi-bo/c-post1.html"] == 0


def test_the_delay_set_for_a_host_holds_in_the_fetch_process(site):
    async def go():
        async with open_network(FAST, separate_process=True) as net:
            net.set_delay(site.base_url.split("//")[1], 0.2)
            for _ in range(3):
                await net.get(site.base_url + "/d-post1.html")

    asyncio.run(go())
    times = [t for t, path in site.log if path == "/d-post1.html"]
    assert len(times) == 3 and min(b - a for a, b in zip(times, times[1:])) >= 0.18


def test_a_fetch_process_that_dies_fails_the_waiting_request_with_a_fetch_error(site):
    async def go():
        async with open_network(FAST, separate_process=True) as net:
            await net.get(site.base_url + "/a-post1.html")
            os.kill(net.pid, signal.SIGKILL)
            await net.get(site.base_url + "/a-post1.html")

    with pytest.raises(FetchError, match="fetch process"):
        asyncio.run(go())


def test_closing_with_a_large_answer_still_on_its_way_ends_the_child_at_once():
    import dataclasses
    import time

    big = b"<html><body>" + b"x" * 4_000_000 + b"</body></html>"

    def app(target, _headers):
        return Response(body=big) if target != "/robots.txt" else Response(404, b"")

    with serve_app(app) as handle:
        async def go():
            async with open_network(dataclasses.replace(FAST, max_bytes=8_000_000), separate_process=True) as net:
                pending = asyncio.get_running_loop().create_task(net.get(handle.base_url + "/big-post1.html"))
                await asyncio.sleep(0.05)  # the request goes out
                time.sleep(1.0)  # this process is busy: the 4 MB answer fills the pipe and waits
                started = time.monotonic()
            took = time.monotonic() - started
            with pytest.raises(FetchError):
                await pending
            return took

        assert asyncio.run(go()) < 3
