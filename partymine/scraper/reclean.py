"""Cleaning the stored raw pages again, without fetching (`partymine reclean`).

    report = reclean(store)            # after a cleaner or profile change

Every stored article page is cleaned with its site's profile (the one given, else the one the
crawl stored) and its document updated in place; a text that became another document's is
recorded as a duplicate of it.
"""
from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from partymine.corpus.store import Store
from partymine.errors import ParseError
from partymine.scraper.pages import COUNT_OF, build_document, store_document
from partymine.scraper.sites import SiteProfile, profile_from_dict


@dataclass
class RecleanReport:
    pages: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: int = 0
    reasons: Counter = field(default_factory=Counter)


def reclean(store: Store, profiles: list[SiteProfile] | None = None, *, site: str | None = None,
            on_page: Callable[[str], None] | None = None) -> RecleanReport:
    """Re-run cleaning over the stored raw article pages (no network): after a cleaner change."""
    known = {p.name: p for p in profiles or []}
    stored = {r["name"]: r["profile"] for r in store.conn.execute("SELECT name, profile FROM sites")}
    report = RecleanReport()
    sql = """SELECT p.id, p.url, p.final_url, p.site, p.body, f.parent FROM pages p LEFT JOIN frontier f ON f.url = p.url
             WHERE p.kind = 'article' AND p.status = 200 AND p.body IS NOT NULL
               AND (f.state IS NULL OR f.state != 'skipped')"""
    args: tuple = ()
    if site:
        sql, args = sql + " AND p.site = ?", (site,)
    for row in store.conn.execute(sql + " ORDER BY p.id", args).fetchall():
        profile = known.get(row["site"]) or (profile_from_dict(json.loads(stored[row["site"]]), where=f"stored profile of {row['site']}")
                                             if row["site"] in stored else None)
        report.pages += 1
        if on_page:
            on_page(row["url"])
        if profile is None:
            report.failed += 1
            report.reasons["no_profile"] += 1
            continue
        try:
            doc, relevance = build_document(profile, row["url"], row["final_url"] or row["url"], zlib.decompress(row["body"]),
                                            listing_url=row["parent"])
        except ParseError:
            report.failed += 1
            report.reasons["parse_error"] += 1
            continue
        with store.transaction():
            outcome, doc_id = store_document(store, replace(doc, page_id=row["id"]), relevance)
            store.conn.execute("UPDATE frontier SET doc_id = ?, reason = ? WHERE url = ?",
                               (doc_id, "duplicate" if outcome == "duplicate" else None, row["url"]))
        setattr(report, COUNT_OF[outcome], getattr(report, COUNT_OF[outcome]) + 1)
    return report
