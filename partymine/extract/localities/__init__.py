"""Places: every mention resolved to official units, before and after the 2025 merger.

    PlaceContext.for_document(doc, sentences).locality_at(sentence, char_start) -> Locality
    resolve_locality(text, province=..., district=..., date=...) -> Locality
    place_summary(rows) -> list[dict]

See `context.py` for how a number is attributed to a place, `resolve.py` for resolution
and `gazetteer.py` for the index built from vietnamadminunits' tables.
"""
from __future__ import annotations

from .api import place_summary, resolve_locality
from .context import PlaceContext

__all__ = ["PlaceContext", "resolve_locality", "place_summary"]
