"""Text normalisation every later stage relies on.

Stored text and evidence stay as written; these functions produce *keys* for matching.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Old-style tone placement -> the convention of SCHEMA.md (Hòa, Thủy).
_TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
# Only a syllable-final nucleus moves its mark (`Hoà` -> `Hòa`, but `toàn`, `Hoàng` stay),
# and never after q, where u belongs to the consonant (`quý`).
_TONE_RE = re.compile(
    r"(?<![qQ])("
    + "|".join(sorted({*_TONE_PAIRS, *(k.upper() for k in _TONE_PAIRS), *(k[0].upper() + k[1] for k in _TONE_PAIRS)}))
    + r")(?![^\W\d_])"
)
_ODD_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
# C0/C1 controls other than tab and newline: never meaningful in an article.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _tone_sub(m: re.Match) -> str:
    s = m.group(0)
    new = _TONE_PAIRS[s.lower()]
    if s.isupper():
        return new.upper()
    if s[0].isupper():
        return new[0].upper() + new[1:]
    return new


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def normalize_tones(s: str) -> str:
    """`Hoà` -> `Hòa`, `Thuỷ` -> `Thủy`: one tone-mark convention (new style).

    Only the two-letter nuclei oa/oe/uy are rewritten, which keeps the string's length,
    so offsets computed on the result hold for the original.
    """
    return _TONE_RE.sub(_tone_sub, nfc(s))


def fold_accents(s: str) -> str:
    """Lower-case, accent-free key: `Đắk Lắk` -> `dak lak`."""
    s = nfc(s.lower()).translate(_fold_table())
    return re.sub(r"\s+", " ", _COMBINING.sub("", s)).strip()


_COMBINING = re.compile(r"[\u0300-\u036f]")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Every precomposed Latin letter -> its base letter (`ắ` -> `a`, `đ` -> `d`): one
    str.translate instead of decomposing the text character by character."""
    table = {ord("đ"): "d", ord("Đ"): "d"}
    for code in range(0x00C0, 0x1F00):
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")
        if base != ch and base.isascii():
            table[code] = base.lower()
    return table


def match_key(s: str) -> str:
    """Key for tone-aware matching: NFC, one tone convention, lower case, single spaces."""
    return re.sub(r"\s+", " ", normalize_tones(s).lower()).strip()


def clean_text(s: str) -> str:
    """What every imported text goes through: NFC, no control or zero-width characters,
    odd spaces made plain (not collapsed), no blanks at line ends, Unix newlines, at most
    one blank line between paragraphs."""
    s = nfc(s.replace("\r\n", "\n").replace("\r", "\n"))
    s = _ZERO_WIDTH.sub("", _CONTROL.sub("", s))
    s = _ODD_SPACES.sub(" ", s)
    s = "\n".join(line.strip() for line in s.split("\n"))
    s = re.sub(r"\n{3,}", "\n\n", s)
    return s.strip()
