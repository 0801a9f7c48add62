"""Site profiles: what to crawl on one newspaper, as data (`sites.toml`, SCHEMA.md section 4).

A profile names the listing pages to start from, the regular expressions that tell article
URLs and pagination URLs apart (`re.search` on the absolute URL), the politeness delay and,
optionally, CSS selectors for title / date / body / next page, the party-building sections,
sitemaps and feeds. `checked` records whether the patterns and selectors were tried on a real
saved page (`realpage:<file>`) or not (`unchecked`).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from partymine.errors import ParseError

DEFAULT_DELAY_S = 1.0
_REQUIRED = ("name", "start_urls", "article_pattern")
_SELECTOR_FIELDS = {"title", "date", "body", "next_page", "links", "province"}
_KNOWN = {
    "name", "title", "province", "start_urls", "article_pattern", "listing_pattern", "delay_s", "domains",
    "encoding", "selectors", "sections", "sitemaps", "feeds", "checked", "example_articles",
    "example_listings", "max_listing_pages", "notes",
}


@dataclass(frozen=True, slots=True)
class SiteProfile:
    name: str
    start_urls: tuple[str, ...]
    article_pattern: str
    province: str | None = None
    title: str | None = None
    listing_pattern: str | None = None
    delay_s: float = DEFAULT_DELAY_S
    domains: tuple[str, ...] = ()
    encoding: str | None = None  # force this charset (old sites that mislabel theirs)
    # (field, css) pairs: title, date, body (handed to clean_html), next_page, links, province
    selectors: tuple[tuple[str, str], ...] = ()
    sections: tuple[str, ...] = ()  # URL fragments of the party-building sections (`xay-dung-dang`)
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    checked: str = "unchecked"
    example_articles: tuple[str, ...] = ()
    example_listings: tuple[str, ...] = ()
    max_listing_pages: int | None = None  # how deep to follow pagination (None: to the end)
    notes: str | None = field(default=None, compare=False)

    def is_article(self, url: str) -> bool:
        return _regex(self.article_pattern).search(url) is not None

    def is_listing(self, url: str) -> bool:
        return self.listing_pattern is not None and _regex(self.listing_pattern).search(url) is not None

    def in_domain(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.all_domains)

    @property
    def all_domains(self) -> tuple[str, ...]:
        """The declared domains, else the hosts of the start URLs (without `www.`)."""
        if self.domains:
            return self.domains
        hosts = {(urlsplit(u).hostname or "").lower().removeprefix("www.") for u in self.start_urls}
        return tuple(sorted(h for h in hosts if h))

    def selector(self, name: str) -> str | None:
        return dict(self.selectors).get(name)

    def as_json(self) -> dict:
        """The profile as a sites.toml table would give it (`profile_from_dict` reads it back)."""
        out = {
            "name": self.name, "title": self.title, "province": self.province or "", "start_urls": list(self.start_urls),
            "article_pattern": self.article_pattern, "listing_pattern": self.listing_pattern, "delay_s": self.delay_s,
            "domains": list(self.domains), "encoding": self.encoding, "selectors": dict(self.selectors),
            "sections": list(self.sections), "sitemaps": list(self.sitemaps), "feeds": list(self.feeds),
            "checked": self.checked, "max_listing_pages": self.max_listing_pages,
            "example_articles": list(self.example_articles), "example_listings": list(self.example_listings),
        }
        return {k: v for k, v in out.items() if v is not None}


@lru_cache(maxsize=512)
def _regex(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def shipped_sites_path() -> Path:
    return Path(str(resources.files("partymine.scraper").joinpath("sites.toml")))


def load_profiles(path: str | Path | None = None) -> list[SiteProfile]:
    """Every `[[site]]` of a sites file (default: the shipped one); ParseError names the bad entry."""
    path = Path(path) if path is not None else shipped_sites_path()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ParseError(f"{path}: {exc.strerror or exc}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ParseError(f"{path}: not a valid TOML file ({exc})") from exc
    sites = data.get("site")
    if not isinstance(sites, list) or not sites:
        raise ParseError(f"{path}: no [[site]] tables")
    profiles = [profile_from_dict(entry, where=f"{path}: site #{i}") for i, entry in enumerate(sites, 1)]
    names = [p.name for p in profiles]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ParseError(f"{path}: site name {dupes[0]!r} is used twice")
    return profiles


def profile_from_dict(entry: dict, *, where: str = "site") -> SiteProfile:
    if not isinstance(entry, dict):
        raise ParseError(f"{where}: not a table")
    where = f"{where} ({entry.get('name', '?')})"
    missing = [k for k in _REQUIRED if not entry.get(k)]
    if missing:
        raise ParseError(f"{where}: missing {', '.join(missing)}")
    unknown = sorted(set(entry) - _KNOWN)
    if unknown:
        raise ParseError(f"{where}: unknown key {unknown[0]!r}")
    for key in ("article_pattern", "listing_pattern"):
        if entry.get(key):
            try:
                _regex(entry[key])
            except re.error as exc:
                raise ParseError(f"{where}: {key} is not a valid regular expression ({exc})") from exc
    selectors = entry.get("selectors", {})
    if not isinstance(selectors, dict) or set(selectors) - _SELECTOR_FIELDS:
        raise ParseError(f"{where}: selectors may only name {', '.join(sorted(_SELECTOR_FIELDS))}")
    start_urls = _strings(entry, "start_urls", where)
    for url in start_urls:
        if urlsplit(url).scheme not in ("http", "https"):
            raise ParseError(f"{where}: start URL {url!r} is not an http(s) URL")
    delay = entry.get("delay_s", DEFAULT_DELAY_S)
    if not isinstance(delay, (int, float)) or delay < 0:
        raise ParseError(f"{where}: delay_s must be a number of seconds >= 0")
    return SiteProfile(
        name=str(entry["name"]), start_urls=start_urls, article_pattern=entry["article_pattern"],
        province=entry.get("province") or None, title=entry.get("title"),
        listing_pattern=entry.get("listing_pattern") or None, delay_s=float(delay),
        domains=tuple(d.lower().removeprefix("www.") for d in _strings(entry, "domains", where)),
        encoding=entry.get("encoding") or None,
        selectors=tuple(sorted((str(k), str(v)) for k, v in selectors.items())),
        sections=_strings(entry, "sections", where), sitemaps=_strings(entry, "sitemaps", where),
        feeds=_strings(entry, "feeds", where), checked=str(entry.get("checked", "unchecked")),
        example_articles=_strings(entry, "example_articles", where),
        example_listings=_strings(entry, "example_listings", where),
        max_listing_pages=entry.get("max_listing_pages"), notes=entry.get("notes"),
    )


def _strings(entry: dict, key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ParseError(f"{where}: {key} must be a list of strings")
    return tuple(value)


def select_profiles(profiles: list[SiteProfile], site: str | None) -> list[SiteProfile]:
    if site is None:
        return profiles
    chosen = [p for p in profiles if p.name == site]
    if not chosen:
        raise ParseError(f"no site named {site!r}; the sites file has: {', '.join(p.name for p in profiles)}")
    return chosen
