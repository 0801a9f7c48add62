"""The match key of a sentence: what cue patterns are matched against.

`partymine.text.match_key` collapses blanks; here the key must keep the sentence's
length so that offsets found in the key index the sentence itself.
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["key"]

# Old-style tone placement at the end of a syllable (`hoà`, `thuỷ`) -> new style (`hòa`,
# `thủy`). Only syllable-final nuclei move: `hoàn`, `hoạch`, `quý` are already right.
_OLD_TONE = re.compile(r"(?<!q)(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![^\W\d_])")
_TONE_MARK = {"à": "\u0300", "á": "\u0301", "ả": "\u0309", "ã": "\u0303", "ạ": "\u0323",
              "è": "\u0300", "é": "\u0301", "ẻ": "\u0309", "ẽ": "\u0303", "ẹ": "\u0323",
              "ỳ": "\u0300", "ý": "\u0301", "ỷ": "\u0309", "ỹ": "\u0303", "ỵ": "\u0323"}


def _move_tone(m: re.Match) -> str:
    first, second = m.group(1)
    bare = unicodedata.normalize("NFD", second)[0]
    return unicodedata.normalize("NFC", first + _TONE_MARK[second]) + bare


def key(text: str) -> str:
    """Lower case, NFC, one tone convention; same length as `text` (offsets stay valid)."""
    k = _OLD_TONE.sub(_move_tone, unicodedata.normalize("NFC", text).lower())
    return k if len(k) == len(text) else text.lower()
