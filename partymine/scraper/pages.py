"""One fetched page into what the corpus keeps of it: decoded, cleaned into a Document,
its relevance evidence, and the raw bytes compressed with their hash.

    page = clean_page(profile, url, final_url, body, listing_url, new_body=True)
    outcome, doc_id = store_document(store, page.doc, page.relevance)

Shared by the crawl (in this process or a cleaning worker) and `reclean`.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass

from partymine.corpus.store import Store, text_hash
from partymine.errors import ParseError
from partymine.records import Document
from partymine.scraper.relevance import relevance_evidence
from partymine.scraper.sites import SiteProfile
from partymine.text import nfc


def decode_page(body: bytes, forced_encoding: str | None = None) -> str:
    """The page's text: the profile's forced charset, else the page's own declaration or detection.

    The HTTP header charset is not trusted: provincial sites often send `utf-8` or `iso-8859-1`
    for pages written in Windows-1258."""
    from partymine.corpus.importers import decode_html

    if forced_encoding:
        try:
            return nfc(body.decode(forced_encoding))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong profile setting must not lose the page: fall back to detection
    # Windows-1258 writes tone marks as combining characters: compose them (NFC) like all stored text
    return nfc(decode_html(body))


@dataclass(frozen=True, slots=True)
class RawPage:
    """A fetched body as stored: compressed, with its hash."""

    packed: bytes
    sha256: str


def pack_body(body: bytes) -> RawPage:
    # level 1: a third of level 6's time for 15% more bytes (kept only for `reclean`)
    return RawPage(zlib.compress(body, 1), hashlib.sha256(body).hexdigest())


@dataclass(frozen=True, slots=True)
class CleanedPage:
    """What the crawl stores of one article page; made by `clean_page`, here or in a worker."""

    doc: Document | None
    relevance: dict
    raw: RawPage | None  # None for a 304: the stored body stays
    error: str | None = None  # why no article came out of the page (a ParseError's message)


def clean_page(profile: SiteProfile, url: str, final_url: str, body: bytes, listing_url: str | None,
               new_body: bool) -> CleanedPage:
    """Everything a fetched article needs before the store: cleaning, compression, hashing."""
    raw = pack_body(body) if new_body else None
    try:
        doc, relevance = build_document(profile, url, final_url, body, listing_url=listing_url)
    except ParseError as exc:
        return CleanedPage(None, {}, raw, str(exc))
    return CleanedPage(doc, relevance, raw)


def build_document(profile: SiteProfile, url: str, final_url: str, body: bytes, *,
                   listing_url: str | None = None) -> tuple[Document, dict]:
    """Clean one stored page into a Document plus its relevance evidence; ParseError if no article."""
    from partymine.scraper.clean import clean_selected, select_fields

    html = decode_page(body, profile.encoding)
    # one parse of the page serves every selector of the profile
    selected = select_fields(html, {k: css for k in ("title", "date", "body", "province") if (css := profile.selector(k))})
    cleaned = clean_selected(html, final_url, selected)
    published = cleaned.published[:10] if cleaned.published else None
    if profile.selector("date"):
        # The site's own date element decides. When it is missing, clean_html's last resort
        # (htmldate over the whole page) finds dates in the body text (`Nghị quyết ... ngày
        # 21/1/2021`), so no date is better than that one.
        published = day_first_date(selected["date"]) if selected.get("date") else None
    province = (selected.get("province") or "").strip() or profile.province
    doc = Document(id=url, text=cleaned.text, title=cleaned.title, url=url, site=profile.name,
                   published=published, author=cleaned.author, province=province or None, source=final_url)
    relevance = relevance_evidence(url, doc.text, listing_url=listing_url, profile_sections=profile.sections)
    return doc, relevance


def day_first_date(s: str) -> str | None:
    """`2025-06-17T13:43:02+0700`, `08/01/2026 - 18:21`, `Thứ Ba, 9/8/2022` -> ISO date; None if no date."""
    m = re.search(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", s)
    if m:
        return m.group(0)
    m = re.search(r"(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})", s)
    if not m or not (1 <= int(m[1]) <= 31 and 1 <= int(m[2]) <= 12):
        return None
    return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"


# store_document's outcome -> the counter it adds to (SiteCounts, RecleanReport)
COUNT_OF = {"new": "new", "updated": "updated", "unchanged": "unchanged", "duplicate": "duplicates"}


def store_document(store: Store, doc: Document, relevance: dict) -> tuple[str, str]:
    """Upsert inside the caller's transaction: (`new`|`updated`|`unchanged`|`duplicate`, doc id).

    A text already stored under another id is a mirror: it is recorded as a duplicate of that
    document instead of becoming a second one."""
    twin = store.conn.execute("SELECT id FROM documents WHERE text_hash = ? AND id != ? ORDER BY imported_at, id LIMIT 1",
                              (text_hash(doc.text), doc.id)).fetchone()
    if twin is not None:
        return "duplicate", twin[0]
    # Store transactions are re-entrant: this joins the caller's, so the page, the document
    # and the frontier row commit together.
    return store.upsert_document(doc, relevance), doc.id
