"""Discovery: which links of a listing page are articles, which are further listing pages.

URLs are canonicalised (courlan: lower-case host, tracking parameters dropped, query sorted; here
also: no fragment, no `.`/`..` segments) so the same article reached under two URLs is fetched
once. Pagination is found three ways: the profile's `listing_pattern`, its `next_page` selector,
and the common shapes `?p=2`, `?page=2`, `/trang-2.html`, `/p/2` (rel=next too) on the same path.
"""
from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin, urlsplit, urlunsplit

from partymine.scraper.sites import SiteProfile

# `?p=2`, `?page=2`, `/trang-2.html`, `/trang2.html`, `/p/2`, `/p2/`, `/page/2`
_PAGINATION = re.compile(r"([?&](p|page|trang)=\d+$)|(/(trang-?\d+\.html?|p/\d+|p\d+/?|page/\d+/?)$)", re.IGNORECASE)
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "#", "data:")
_DOCUMENT_SUFFIX = re.compile(r"\.(pdf|docx?|xlsx?|pptx?|zip|rar|jpe?g|png|gif|webp|mp3|mp4)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Links:
    articles: tuple[str, ...]  # canonical URLs, in page order, no repeats
    listings: tuple[str, ...]  # pagination / listing pages to follow
    documents: tuple[str, ...] = ()  # linked PDFs and other files (recorded as skipped, not fetched)


def canonical_url(url: str, base: str | None = None) -> str | None:
    """The one spelling of a URL used as frontier key and document id; None if not http(s)."""
    from courlan import normalize_url

    url = url.strip()
    if base is not None:
        url = urljoin(base, url)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    path = parts.path or "/"
    if "/." in path:
        trailing = path.endswith("/")
        path = posixpath.normpath(path)
        path = path + "/" if trailing and path != "/" else path
    try:
        normal = normalize_url(urlunsplit((parts.scheme, parts.netloc, path, parts.query, "")), strict=False)
    except ValueError:
        return None
    return normal.split("#", 1)[0]


def extract_links(html: str, page_url: str, profile: SiteProfile, *, use_pagination: bool = True) -> Links:
    """Article and listing links of one listing page, canonical and inside the profile's domains."""
    from lxml import etree
    from lxml import html as lxml_html

    from partymine.scraper.clean import css_selector

    try:
        root = lxml_html.document_fromstring(html.encode("utf-8"), parser=lxml_html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return Links((), (), ())
    scope = root
    links_css = profile.selector("links")
    if links_css:
        scope = next(iter(css_selector(links_css)(root)), root)
    articles: dict[str, None] = {}
    listings: dict[str, None] = {}
    documents: dict[str, None] = {}
    page = canonical_url(page_url) or page_url
    next_css = profile.selector("next_page")
    next_nodes = set(css_selector(next_css)(root)) if next_css and use_pagination else set()
    anchors = [a for a in scope.iter("a") if a.get("href")]
    if scope is not root:
        anchors += [a for a in css_selector(next_css or "a[rel~=next]")(root) if a.get("href")]
    for a in anchors:
        href = a.get("href").strip()
        if not href or href.lower().startswith(_SKIP_SCHEMES):
            continue
        url = _canonical_cached(href, page_url)
        if url is None or url == page or not profile.in_domain(url):
            continue
        if _DOCUMENT_SUFFIX.search(urlsplit(url).path):
            documents[url] = None
        elif profile.is_article(url):
            articles[url] = None
        elif use_pagination and (profile.is_listing(url) or a in next_nodes or _is_next_page(url, page, a)):
            listings[url] = None
    for tag in root.iter("link") if use_pagination else ():
        if "next" not in (tag.get("rel") or "").split() or not tag.get("href"):
            continue
        url = canonical_url(tag.get("href"), page_url)
        if url and url != page and profile.in_domain(url) and not profile.is_article(url):
            listings[url] = None
    return Links(tuple(articles), tuple(listings), tuple(documents))


@lru_cache(maxsize=65536)
def _canonical_cached(href: str, page_url: str) -> str | None:
    # Navigation links repeat on every listing page: canonicalise each (href, page) once.
    return canonical_url(href, page_url)


def _is_next_page(url: str, page: str, a) -> bool:
    """A pagination link of the same listing: same path stem, a page-number shape."""
    if "next" in (a.get("rel") or "").split():
        return True
    if not _PAGINATION.search(url):
        return False
    return _stem(url) == _stem(page)


def _stem(url: str) -> str:
    """The listing a page-number URL belongs to: `/xay-dung-dang.html` and `/xay-dung-dang/trang-2.html`
    are both `/xay-dung-dang`."""
    return re.sub(r"\.html?$", "", _PAGINATION.sub("", url).rstrip("/?&"))


def is_pagination(url: str) -> bool:
    return _PAGINATION.search(url) is not None


def parse_sitemap_or_feed(body: bytes) -> tuple[list[tuple[str, str | None]], list[str]]:
    """(article URLs with their lastmod/pubDate, nested sitemap URLs) of a sitemap, sitemap index,
    RSS or Atom document (gzip-compressed or not). Unreadable XML gives two empty lists."""
    if body[:2] == b"\x1f\x8b":
        try:
            body = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body, 50 * 2**20)
        except zlib.error:
            return [], []
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return [], []
    entries: list[tuple[str, str | None]] = []
    nested: list[str] = []
    tag = _local(root.tag)
    if tag == "sitemapindex":
        nested = [t for t in (_child_text(s, "loc") for s in root) if t]
    elif tag == "urlset":
        entries = [(loc, _child_text(u, "lastmod")) for u in root if (loc := _child_text(u, "loc"))]
    elif tag in ("rss", "rdf"):
        for item in root.iter():
            if _local(item.tag) == "item" and (link := _child_text(item, "link")):
                entries.append((link, _child_text(item, "pubDate") or _child_text(item, "date")))
    elif tag == "feed":
        for entry in root:
            if _local(entry.tag) != "entry":
                continue
            link = next((c.get("href") for c in entry if _local(c.tag) == "link" and c.get("href")), None)
            if link:
                entries.append((link, _child_text(entry, "updated") or _child_text(entry, "published")))
    return entries, nested


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _child_text(node, name: str) -> str | None:
    name = name.lower()
    for child in node:
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None
