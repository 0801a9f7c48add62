"""robots.txt, fetched once per host and read with protego (RFC 9309).

    2xx          the rules as written (Crawl-delay raises the host's delay, Sitemap lines are kept)
    4xx          no robots.txt: everything allowed
    5xx, no answer the site is not reachable as a whole: everything disallowed for this crawl
                 (RFC 9309 section 2.3.1.4), reported as `robots_unreachable`
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from urllib.parse import urlsplit

from protego import Protego

from partymine.scraper.fetch import ANY_TYPE, Fetcher

_MAX_ROBOTS_BYTES = 500 * 1024  # RFC 9309: at least 500 KiB must be parsed


@dataclass(frozen=True, slots=True)
class RobotsRules:
    host: str
    rules: Protego | None  # None: allow everything (no robots.txt)
    reachable: bool = True

    def allowed(self, url: str, agent: str) -> bool:
        if not self.reachable:
            return False
        return self.rules is None or self.rules.can_fetch(url, agent)

    def crawl_delay(self, agent: str) -> float | None:
        if self.rules is None:
            return None
        delay = self.rules.crawl_delay(agent)
        if delay is None:
            rate = self.rules.request_rate(agent)
            if rate is not None and rate.requests:
                delay = rate.seconds / rate.requests
        return float(delay) if delay is not None else None

    @property
    def sitemaps(self) -> tuple[str, ...]:
        return tuple(self.rules.sitemaps) if self.rules is not None else ()


class RobotsCache:
    """The rules of every host met in one crawl, fetched through the crawl's Fetcher."""

    def __init__(self, fetcher: Fetcher, *, agent: str = "partymine", enabled: bool = True):
        self.fetcher, self.agent, self.enabled = fetcher, agent, enabled
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def rules_for(self, url: str) -> RobotsRules:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        if origin in self._rules:
            return self._rules[origin]
        async with self._locks.setdefault(origin, asyncio.Lock()):
            if origin not in self._rules:
                self._rules[origin] = await self._load(origin)
        return self._rules[origin]

    async def _load(self, origin: str) -> RobotsRules:
        if not self.enabled:
            return RobotsRules(origin, None)
        result = await self.fetcher.fetch(origin + "/robots.txt", accept=ANY_TYPE)
        if result.ok and result.status == 200:
            text = result.body[:_MAX_ROBOTS_BYTES].decode("utf-8", "replace")
            rules = RobotsRules(origin, Protego.parse(text))
            delay = rules.crawl_delay(self.agent)
            if delay is not None:
                self.fetcher.set_delay(urlsplit(origin).netloc, delay)
            return rules
        if result.status is not None and 400 <= result.status < 500:
            return RobotsRules(origin, None)
        return RobotsRules(origin, None, reachable=False)

    async def refusal(self, url: str) -> str | None:
        """`robots` / `robots_unreachable` when the URL may not be fetched, else None."""
        if not self.enabled:
            return None
        rules = await self.rules_for(url)
        if not rules.reachable:
            return "robots_unreachable"
        return None if rules.allowed(url, self.agent) else "robots"
