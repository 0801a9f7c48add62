"""Paragraph-aware sentence splitting with exact offsets into `Document.text`.

Paragraphs are lines: underthesea's `sent_tokenize` ignores newlines and would glue a
photo caption to the paragraph after it. Inside a line, a sentence ends at `.`, `!`,
`?` or `…` followed by a space and a capital, a digit or a quote, except after an
abbreviation (`TP.`, `ThS.`, an initial). Each unit has a `kind`:

    title    the headline (doc.title, or a short first line without a final period)
    caption  a short line without a final period inside the article (photo captions)
    byline   a short last line (`THANH MAI`, `Khánh Hòa`)
    list     a line opened by a bullet (`-`, `+`, `•`, `a)`)
    body     everything else
"""
from __future__ import annotations

import re

from partymine.records import Document, Sentence

__all__ = ["split_sentences"]

_LINE_RE = re.compile(r"[^\n]+")
# A sentence boundary: end punctuation (with closing quotes/brackets), blanks, then a
# capital letter, a digit, an opening quote or a bullet.
_BOUNDARY = re.compile(r"(?<=[.!?…])([\"”’)\]]*)\s+(?=[\"“‘(\[]?(\w))")
# Words that end with a period without ending a sentence.
_ABBREVIATIONS = {
    "tp", "tx", "tt", "ts", "ths", "pgs", "gs", "bs", "ks", "th.s", "nxb", "st", "q", "p", "h", "mr", "dr",
    "ls", "cn", "tdp", "kp", "tr", "đ/c", "đc", "vd", "v.v", "tw", "ubnd", "hđnd",
}
_BULLET = re.compile(r"^(?:[-–—+•*▪●]\s*|[a-zđ0-9]{1,2}[).]\s+)")
_CAPTION_MAX = 160  # characters: a longer line without a final period is a paragraph
_BYLINE_MAX = 40


def split_sentences(doc: Document) -> list[Sentence]:
    """Every sentence, caption, title and byline of `doc`, in order; offsets index doc.text."""
    lines = [(m.start(), m.group(0)) for m in _LINE_RE.finditer(doc.text) if m.group(0).strip()]
    units: list[Sentence] = []
    for paragraph, (line_start, line) in enumerate(lines):
        kind = _line_kind(doc, line, paragraph, len(lines))
        pieces = [(0, len(line))] if kind in ("title", "caption", "byline") else _split_line(line)
        for start, end in pieces:
            start, end = _strip(line, start, end)
            if start >= end:
                continue
            a, b = line_start + start, line_start + end
            units.append(Sentence(doc.id, len(units), a, b, doc.text[a:b], paragraph, kind))
    return units


def _line_kind(doc: Document, line: str, paragraph: int, n_lines: int) -> str:
    text = line.strip()
    if doc.title and _same(text, doc.title):
        return "title"
    ends_sentence = text[-1:] in ".!?…:;\"”" or text.endswith("...")
    if paragraph == 0 and not doc.title and len(text) <= 250 and len(_split_line(text)) == 1:
        return "title"  # a headline may end with a period; it is one sentence
    if _BULLET.match(text):
        return "list"
    if paragraph == n_lines - 1 and len(text) <= _BYLINE_MAX and not ends_sentence:
        return "byline"
    if len(text) <= _CAPTION_MAX and not ends_sentence and len(_split_line(text)) == 1:
        return "caption"
    return "body"


def _same(a: str, b: str) -> bool:
    return re.sub(r"\W+", " ", a).strip().lower() == re.sub(r"\W+", " ", b).strip().lower()


def _split_line(line: str) -> list[tuple[int, int]]:
    pieces, start = [], 0
    for m in _BOUNDARY.finditer(line):
        opener = m.group(2)
        if not (opener.isupper() or opener.isdigit()) or _is_abbreviation(line, m.start()):
            continue  # `... 5. đến` does not start a sentence; `TP. Hồ Chí Minh` is one word
        pieces.append((start, m.start() + len(m.group(1))))
        start = m.end()
    pieces.append((start, len(line)))
    return pieces


def _is_abbreviation(line: str, dot: int) -> bool:
    """`TP. Hồ Chí Minh`, `ThS. Nguyễn`, `Nguyễn V. A`: the period is part of a word."""
    if line[dot - 1:dot] != ".":
        return False
    word = re.search(r"([\w/.]+)\.$", line[:dot])
    if not word:
        return False
    w = word.group(1).lower()
    return w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha())


def _strip(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return start, end
