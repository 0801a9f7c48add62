"""Party-building relevance evidence for a crawled article: which section it came from, which
cue words it uses and how often. Recorded with the document (store column `relevance`) so a
researcher can filter later; nothing is dropped for a low count.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from partymine.text import fold_accents, match_key


@dataclass(frozen=True, slots=True)
class RelevanceCue:
    id: str
    kind: str  # section | keyword
    pattern: re.Pattern
    example: str


@lru_cache(maxsize=1)
def relevance_cues() -> tuple[RelevanceCue, ...]:
    data = tomllib.loads(resources.files("partymine.scraper").joinpath("relevance.toml").read_text("utf-8"))
    return tuple(RelevanceCue(c["id"], c["kind"], re.compile(_key(c["pattern"], c["kind"])), c["example"])
                 for c in data["cue"])


def _key(s: str, kind: str) -> str:
    return fold_accents(s).replace(" ", "-") if kind == "section" else match_key(s)


def cue_matches(cue: RelevanceCue, s: str) -> int:
    return len(cue.pattern.findall(fold_accents(s) if cue.kind == "section" else match_key(s)))


def _count(cue: RelevanceCue, key: str) -> int:
    return len(cue.pattern.findall(key))


def relevance_evidence(url: str, text: str, *, listing_url: str | None = None,
                       profile_sections: tuple[str, ...] = ()) -> dict:
    """`{"sections": [...], "keywords": {"kw.chi-bo": 12, ...}, "keyword_total": N, "listing": url}`."""
    places = [fold_accents(u) for u in (url, listing_url) if u]
    sections = sorted({c.id for c in relevance_cues() if c.kind == "section" for u in places if _count(c, u)})
    sections += sorted({f"profile:{s}" for s in profile_sections for u in places if s and s in u})
    key = match_key(text)  # once: the text is long and there are many cues
    keywords = {c.id: n for c in relevance_cues() if c.kind == "keyword" and (n := _count(c, key))}
    out = {"sections": sections, "keywords": keywords, "keyword_total": sum(keywords.values())}
    if listing_url:
        out["listing"] = listing_url
    return out
