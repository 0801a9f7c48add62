"""Polite HTTP fetching: one request at a time per host, a delay between them, bounded bodies.

Every fetch ends in a `FetchResult`; a failure is a result with a `reason` code (counted by the
crawler like Scrapy's `retry/reason_count/<reason>`), never an exception and never None:

    timeout, network            the server did not answer in time / the connection failed
    http_<status>               4xx, or 429/5xx still failing after the retries
    retry_after_too_long        the server asked to wait longer than `max_retry_after_s`
    redirect_offsite            a redirect leaves the profile's domains (not followed)
    redirect_loop               a redirect comes back to a URL of the same chain
    too_many_redirects          more than `max_redirects` hops
    robots                      robots.txt disallows the URL (or a redirect target)
    not_html                    the content type is not HTML (a PDF linked from a listing)
    too_large                   the body on the wire is larger than `max_bytes`
    decompressed_too_large      the body inflates beyond `max_bytes` (gzip bomb)
    unsupported_encoding        a Content-Encoding other than gzip / deflate / identity

Retries (timeouts, connection errors, 429, 500, 502, 503, 504) back off exponentially with
jitter and honour Retry-After. Redirects are followed by hand so that each hop is checked
against the domains, robots.txt and the chain seen so far.
"""
from __future__ import annotations

import asyncio
import email.utils
import random
import time
import zlib
from collections.abc import Awaitable, Callable
import os
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from urllib.parse import urldefrag, urljoin, urlsplit

import httpx

from partymine import __version__

USER_AGENT = f"partymine/{__version__} (+research crawler; contact in README)"


def default_user_agent() -> str:
    """The tool's User-Agent, naming the operator's contact when PARTYMINE_CONTACT is set."""
    contact = os.environ.get("PARTYMINE_CONTACT", "").strip()
    return f"partymine/{__version__} (+research crawler; contact {contact})" if contact else USER_AGENT
HTML_TYPES = ("text/html", "application/xhtml+xml")
XML_TYPES = ("text/xml", "application/xml", "application/rss+xml", "application/atom+xml", "text/plain",
             "application/x-gzip", "application/gzip", "application/octet-stream", *HTML_TYPES)
ANY_TYPE = ()
_RETRY_STATUS = {429, 500, 502, 503, 504}
_REDIRECT_STATUS = {301, 302, 303, 307, 308}


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Built-in defaults; a site profile and the command line override them (in that order)."""

    user_agent: str = field(default_factory=default_user_agent)
    timeout_s: float = 20.0  # connect / read / write each; a whole request gets `timeout_s * 3`
    max_bytes: int = 5 * 2**20  # on the wire and after decompression
    retries: int = 3
    backoff_s: float = 1.0  # first retry waits about this long, then 2x, 4x ... (with jitter)
    backoff_max_s: float = 60.0
    max_retry_after_s: float = 120.0
    max_redirects: int = 5
    respect_robots: bool = True
    default_delay_s: float = 1.0


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str  # as asked for
    final_url: str  # after redirects
    status: int | None  # None when no HTTP answer came
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    fetched_at: str = ""
    reason: str | None = None  # None: fetched (200, or 304 not modified)
    detail: str = ""
    attempts: int = 1  # requests made, redirect hops included
    redirects: int = 0
    elapsed_s: float = 0.0

    @property
    def retries(self) -> int:
        return self.attempts - 1 - self.redirects

    @property
    def ok(self) -> bool:
        return self.reason is None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset":
                return value.strip().strip("\"'") or None
        return None


# A check run on every URL of a redirect chain: returns a reason code to refuse it, or None.
UrlCheck = Callable[[str], Awaitable[str | None]]


class HostGate:
    """One request in flight per host, and `delay` seconds between the end of one and the next."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._locks: dict[str, asyncio.Lock] = {}
        self._next: dict[str, float] = {}
        self._clock = clock

    def lock(self, host: str) -> asyncio.Lock:
        return self._locks.setdefault(host, asyncio.Lock())

    async def wait_turn(self, host: str) -> None:
        pause = self._next.get(host, 0.0) - self._clock()
        if pause > 0:
            await asyncio.sleep(pause)

    def done(self, host: str, delay_s: float) -> None:
        self._next[host] = self._clock() + delay_s


def make_client(settings: FetchSettings, transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate",
                 "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5", "Accept-Language": "vi,en;q=0.5"},
        timeout=httpx.Timeout(settings.timeout_s), follow_redirects=False, transport=transport,
        limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
    )


class Fetcher:
    """Fetches URLs through one shared client; politeness state lives here, not in a global."""

    def __init__(self, client: httpx.AsyncClient, settings: FetchSettings = FetchSettings(), *,
                 gate: HostGate | None = None, rng: Callable[[], float] = random.random,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep):
        self.client, self.settings = client, settings
        self.gate = gate or HostGate()
        self._rng, self._sleep = rng, sleep
        self._delays: dict[str, float] = {}

    def set_delay(self, host: str, delay_s: float) -> None:
        """The pause between two requests to `host` (the larger of profile and robots.txt)."""
        self._delays[host] = max(delay_s, self._delays.get(host, 0.0))

    def delay_for(self, host: str) -> float:
        return self._delays.get(host, self.settings.default_delay_s)

    async def fetch(self, url: str, *, domains: tuple[str, ...] = (), accept: tuple[str, ...] = HTML_TYPES,
                    etag: str | None = None, last_modified: str | None = None,
                    check: UrlCheck | None = None) -> FetchResult:
        """GET `url`, following redirects within `domains` (empty: any), with conditional headers."""
        started = time.monotonic()
        chain, current, attempts = [url], url, 0
        headers = _conditional_headers(etag, last_modified)
        for _hop in range(self.settings.max_redirects + 1):
            result = await self._with_retries(url, current, headers, accept)
            attempts += result.attempts
            if result.status not in _REDIRECT_STATUS or not result.ok:
                return _finish(result, attempts=attempts, redirects=len(chain) - 1, started=started)
            location = result.headers.get("location")
            if not location:
                return _finish(failed_result(url, current, "http_" + str(result.status), "redirect without Location",
                                       status=result.status), attempts=attempts, redirects=len(chain) - 1, started=started)
            target = urldefrag(urljoin(current, location.strip()))[0]
            refusal = _redirect_refusal(target, chain, domains)
            if refusal is None and check is not None:
                refusal = await check(target)
            if refusal is not None:
                return _finish(failed_result(url, target, refusal, f"redirected from {current}", status=result.status),
                               attempts=attempts, redirects=len(chain) - 1, started=started)
            chain.append(target)
            current = target
            headers = {}  # validators belong to the URL they were stored for
        return _finish(failed_result(url, current, "too_many_redirects", f"more than {self.settings.max_redirects} redirects"),
                       attempts=attempts, redirects=len(chain) - 1, started=started)

    async def _with_retries(self, url: str, current: str, headers: dict, accept: tuple[str, ...]) -> FetchResult:
        host = urlsplit(current).netloc.lower()
        s = self.settings
        async with self.gate.lock(host):
            for attempt in range(s.retries + 1):
                await self.gate.wait_turn(host)
                try:
                    result = await self._once(url, current, headers, accept)
                finally:
                    self.gate.done(host, self.delay_for(host))
                result = _with_attempts(result, attempt + 1)
                if not _retryable(result) or attempt == s.retries:
                    return result
                wait = self._wait_before_retry(result, attempt)
                if wait is None:
                    return _with_reason(result, "retry_after_too_long",
                                        f"Retry-After {result.headers.get('retry-after')} > {s.max_retry_after_s:g} s")
                # the host lock stays held: a server that asks us to slow down gets no other request
                await self._sleep(wait)
        raise AssertionError("unreachable")

    def _wait_before_retry(self, result: FetchResult, attempt: int) -> float | None:
        s = self.settings
        retry_after = parse_retry_after(result.headers.get("retry-after")) if result.status else None
        if retry_after is not None:
            return None if retry_after > s.max_retry_after_s else retry_after
        return min(s.backoff_max_s, s.backoff_s * 2**attempt) * (0.5 + self._rng())

    async def _once(self, url: str, current: str, headers: dict, accept: tuple[str, ...]) -> FetchResult:
        s = self.settings
        try:
            async with asyncio.timeout(s.timeout_s * 3):
                async with self.client.stream("GET", current, headers=headers) as resp:
                    return await _read(url, current, resp, accept, s.max_bytes)
        except (httpx.TimeoutException, TimeoutError) as exc:
            return failed_result(url, current, "timeout", type(exc).__name__)
        except httpx.TransportError as exc:
            return failed_result(url, current, "network", f"{type(exc).__name__}: {exc}")
        except httpx.DecodingError as exc:
            return failed_result(url, current, "network", f"bad response: {exc}")


async def _read(url: str, current: str, resp: httpx.Response, accept: tuple[str, ...], max_bytes: int) -> FetchResult:
    headers = {k.lower(): v for k, v in resp.headers.items()}
    base = dict(url=url, final_url=current, status=resp.status_code, headers=headers, fetched_at=_now())
    if resp.status_code in _REDIRECT_STATUS or resp.status_code == 304:
        return FetchResult(**base)
    if resp.status_code >= 400 or resp.status_code < 200:
        return FetchResult(**base, reason=f"http_{resp.status_code}", detail=resp.reason_phrase)
    ctype = headers.get("content-type", "").split(";")[0].strip().lower()
    if accept and ctype and ctype not in accept:
        return FetchResult(**base, reason="not_html", detail=f"content type {ctype}")
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        return FetchResult(**base, reason="too_large", detail=f"Content-Length {declared} > {max_bytes}")
    encoding = headers.get("content-encoding", "identity").strip().lower()
    decoder = _decoder(encoding)
    if decoder is False:
        return FetchResult(**base, reason="unsupported_encoding", detail=encoding)
    body, raw_size = bytearray(), 0
    async for chunk in resp.aiter_raw():
        raw_size += len(chunk)
        if raw_size > max_bytes:
            return FetchResult(**base, reason="too_large", detail=f"body larger than {max_bytes} bytes")
        if decoder is None:
            body += chunk
            continue
        try:
            body += decoder.decompress(chunk, max_bytes + 1 - len(body))
        except zlib.error as exc:
            return FetchResult(**base, reason="network", detail=f"corrupt {encoding} body: {exc}")
        if len(body) > max_bytes or decoder.unconsumed_tail:
            return FetchResult(**base, reason="decompressed_too_large",
                               detail=f"{raw_size} bytes inflate beyond {max_bytes}")
    if decoder is not None:
        body += decoder.flush()
    if accept and not ctype and not _looks_like_markup(bytes(body[:1024])):
        return FetchResult(**base, reason="not_html", detail="no content type and not markup")
    return FetchResult(**base, body=bytes(body))


def _decoder(encoding: str):
    """A zlib decompressor for the Content-Encoding; None for identity; False if unsupported."""
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj(32 + zlib.MAX_WBITS)  # zlib or gzip header, auto-detected
    return False


def _looks_like_markup(head: bytes) -> bool:
    return b"<" in head.lstrip()[:1] or b"<html" in head.lower() or b"<?xml" in head


def _retryable(result: FetchResult) -> bool:
    if result.reason in ("timeout", "network"):
        return True
    return result.status in _RETRY_STATUS and not result.ok


def _redirect_refusal(target: str, chain: list[str], domains: tuple[str, ...]) -> str | None:
    parts = urlsplit(target)
    if parts.scheme not in ("http", "https"):
        return "redirect_offsite"
    host = (parts.hostname or "").lower()
    if domains and not any(host == d or host.endswith("." + d) for d in domains):
        return "redirect_offsite"
    if target in chain:
        return "redirect_loop"
    return None


def parse_retry_after(value: str | None) -> float | None:
    """`Retry-After: 3` or an HTTP date -> seconds to wait (never negative); None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def failed_result(url: str, final_url: str, reason: str, detail: str = "", *, status: int | None = None) -> FetchResult:
    return FetchResult(url=url, final_url=final_url, status=status, fetched_at=_now(), reason=reason, detail=detail)


def _with_attempts(r: FetchResult, attempts: int) -> FetchResult:
    return replace(r, attempts=attempts)


def _with_reason(r: FetchResult, reason: str, detail: str) -> FetchResult:
    return replace(r, reason=reason, detail=detail)


def _finish(r: FetchResult, *, attempts: int, redirects: int, started: float) -> FetchResult:
    return replace(r, attempts=attempts, redirects=redirects, elapsed_s=round(time.monotonic() - started, 4))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
