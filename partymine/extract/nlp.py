"""Words for every sentence, once: underthesea's word segmentation, then a spaCy `Doc`.

underthesea joins the syllables of a word with a space (`tổ chức`, `Lạng Sơn`). It is
called with `use_token_normalize=False` (otherwise it rewrites `uỷ` -> `ủy` and the
words no longer spell the text) and without `fixed_words` (which stays in effect for
later calls and slows them down). `pos_tag` and `ner` cost 4x and 13x as much and are
not used. Word offsets are recovered by aligning the words with the sentence text, so
`to_spacy(s).text == s.text` and `token.idx + s.start` indexes `Document.text`.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from partymine.errors import ExtractError
from partymine.records import Sentence

if TYPE_CHECKING:  # spaCy is imported only by the functions that need it
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = ["tokenize", "word_spans", "to_spacy", "vocab"]


@functools.lru_cache(maxsize=1)
def _word_tokenize():
    try:
        from underthesea import word_tokenize
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ExtractError(f"underthesea is not installed ({exc}); run `pip install underthesea`") from exc
    return word_tokenize


def tokenize(sentences: list[Sentence]) -> list[Sentence]:
    """The same sentences with `.words` filled; sentences already tokenized are kept as they are."""
    word_tokenize = _word_tokenize()
    out = []
    for s in sentences:
        if s.words or not s.text.strip():
            out.append(s)
            continue
        words = tuple(w for w in word_tokenize(s.text, use_token_normalize=False) if w.strip())
        out.append(dataclasses.replace(s, words=words))
    return out


def word_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """(start, end) of each word in `sentence.text`, found by aligning syllables in order.

    A word whose syllables cannot be found (underthesea altered them) gets no span and
    is left out; the text between spans is kept by `to_spacy` as extra tokens.
    """
    text, pos, spans = sentence.text, 0, []
    for word in sentence.words:
        syllables = word.split()
        if not syllables:
            continue
        pattern = r"\s+".join(re.escape(x) for x in syllables)
        m = re.compile(pattern).search(text, pos)
        if m is None or text[pos:m.start()].strip() and m.start() - pos > 40:
            continue  # not aligned nearby: skip rather than jump far ahead
        spans.append((m.start(), m.end()))
        pos = m.end()
    return spans


@functools.lru_cache(maxsize=1)
def vocab() -> "Vocab":
    """One shared vocabulary per process: the blank multi-language one, so lexical
    attributes such as `LIKE_NUM` work in Matcher patterns (no model download)."""
    import spacy

    return spacy.blank("xx").vocab


def to_spacy(sentence: Sentence) -> "Doc":
    """A spaCy `Doc` over the sentence's words whose text is exactly `sentence.text`.

    Multi-syllable words stay one token (`tổ chức cơ sở`), so `Matcher` patterns match
    underthesea words; text that no word covers (odd spacing, dropped characters)
    becomes its own token. `Doc.user_data["start"]` holds the sentence's offset.
    """
    from spacy.tokens import Doc

    text = sentence.text
    words, spaces, pos = [], [], 0
    for start, end in word_spans(sentence):
        _add_gap(text[pos:start], words, spaces)
        words.append(text[start:end])
        spaces.append(False)
        pos = end
    _add_gap(text[pos:], words, spaces)
    doc = Doc(vocab(), words=words, spaces=spaces)
    doc.user_data["start"] = sentence.start
    return doc


def _add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
    """A single space becomes the previous token's trailing space; anything else a token."""
    if not gap:
        return
    if gap == " " and words and not spaces[-1]:
        spaces[-1] = True
        return
    if words and not spaces[-1] and gap[0] == " ":
        spaces[-1], gap = True, gap[1:]
    rest = gap.strip()
    if not rest:
        words.append(gap)
        spaces.append(False)
        return
    # unaligned characters (rare): keep them, split off surrounding blanks as whitespace tokens
    lead = gap[: len(gap) - len(gap.lstrip())]
    trail = gap[len(gap.rstrip()):]
    for piece, is_space in ((lead, True), (rest, False), (trail, True)):
        if not piece:
            continue
        if is_space and piece == " " and words and not spaces[-1]:
            spaces[-1] = True
            continue
        words.append(piece)
        spaces.append(False)
