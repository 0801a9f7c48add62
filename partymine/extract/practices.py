"""Practices a document reports (SCHEMA.md section 3): cues and a sentence model, decided per document.

A practice is recorded when the article describes a locality carrying out or planning it,
not when a word merely appears: `kết nạp 288 đảng viên, đạt 35% chỉ tiêu` is a statistic,
`giao chỉ tiêu phát triển đảng viên đến từng chi bộ` is the practice. Two sources of
evidence, both scored on every sentence:

    cues   practice_cues.jsonl: high-precision regular expressions over the sentence
           lower-cased with one tone convention (partymine.text.match_key, blanks kept),
           each with an id and an example
    model  partymine.models.practices: TF-IDF over syllables + logistic regression, one
           probability per code (no word segmentation: see that module for why)

Neither counts a denied practice (`chưa tổ chức sinh hoạt chuyên đề`): a cue does not fire in
the scope of a negator before it (negated_at), and the model's probability for a sentence is
never higher than for the same sentence without its negated stretches (affirmed).

A document has a practice when a cue fires in one of its sentences, or one sentence scores
at least MODEL_STRONG, or two sentences score at least MODEL_WEAK (bylines are skipped;
captions and very short units are left to the cues). One row is written per (document,
practice, locality), the evidence being the best sentence for that locality, and `method`
says what fired: `cue:<id>`, `model:practices-v2`, or both, `cue:<id>+model:practices-v2`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from partymine.errors import ExtractError
from partymine.records import Document, Practice, Sentence
from partymine.text import normalize_tones

__all__ = ["Cue", "find_practices", "load_cues", "match_cues", "negated_at", "score_sentences"]

CUES_PATH = Path(__file__).resolve().parent / "practice_cues.jsonl"
# One sentence this probable is enough for the document; two at MODEL_WEAK also are. The
# document takes the maximum over all its sentences, so a single sentence must be surer
# than the sentence-level 0.5 at which the model's cross-validated precision is measured.
MODEL_STRONG = 0.75
MODEL_WEAK = 0.5
CUE_CONFIDENCE = 0.75
BOTH_CONFIDENCE = 0.9
# Bylines (`THANH MAI`) never describe a practice.
_SKIPPED_KINDS = {"byline"}
# The model is not asked about photo captions (they describe a picture: `Lễ kết nạp đảng
# viên mới ...`) nor about units of fewer syllables than this (about five words), whose one
# strong word would dominate the normalised features (`Link nội dung: https://...`). Cues
# still apply.
_CUE_ONLY_KINDS = {"caption"}
MODEL_MIN_SYLLABLES = 7


@dataclass(frozen=True, slots=True)
class Cue:
    """One line of practice_cues.jsonl. `unless` vetoes the cue on a sentence it also matches
    (a resolution's title is not a practice); `counter_example` shows such a sentence."""

    id: str
    practice: str
    pattern: re.Pattern
    example: str
    unless: re.Pattern | None = None
    counter_example: str | None = None

    def search(self, key: str) -> re.Match | None:
        m = self.pattern.search(key)
        if m and self.unless is not None and self.unless.search(key):
            return None
        return m


@dataclass(frozen=True, slots=True)
class SentenceScore:
    """What the cues and the model say about one sentence."""

    sentence: Sentence
    cues: dict[str, tuple[Cue, int]]  # practice -> (first cue that fired, offset in the sentence)
    proba: dict[str, float]  # practice -> model probability


@lru_cache(maxsize=1)
def load_cues(path: Path = CUES_PATH) -> tuple[Cue, ...]:
    """The cue table, validated: known practice codes, unique ids, patterns that compile."""
    from partymine.models.practices import PRACTICE_CODES

    cues, seen = [], set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            # The pattern goes through the same tone normalisation as the text it is matched
            # against, so that a pattern written `hoạt` meets the key of `hoạt` whatever it is.
            unless = re.compile(normalize_tones(rec["unless"])) if rec.get("unless") else None
            cue = Cue(rec["id"], rec["practice"], re.compile(normalize_tones(rec["pattern"])), rec["example"],
                      unless, rec.get("counter_example"))
        except (json.JSONDecodeError, KeyError, re.error) as exc:
            raise ExtractError(f"{path}:{n}: bad cue ({type(exc).__name__}: {exc})") from exc
        if cue.practice not in PRACTICE_CODES or cue.id in seen:
            raise ExtractError(f"{path}:{n}: unknown practice {cue.practice!r} or duplicate id {cue.id!r}")
        seen.add(cue.id)
        cues.append(cue)
    return tuple(cues)


def match_cues(text: str) -> list[tuple[Cue, int]]:
    """Every cue that fires on `text` outside a negated clause, with the offset of its match in `text`."""
    key = cue_key(text)
    hits = []
    for cue in load_cues():
        m = cue.search(key)
        if m and not negated_at(key, m.start()):
            hits.append((cue, m.start()))
    return hits


# A negator governs the predicate that follows it closely in its clause: `không có đảng viên
# vi phạm phải xử lý kỷ luật`, `chưa tổ chức sinh hoạt chuyên đề`. It does not reach past a
# clause boundary (`, ; : ( "` or a contrastive conjunction) nor more than NEGATION_REACH
# syllables, so `nội dung sinh hoạt chưa phù hợp với thực tiễn, tinh thần tự phê bình và phê
# bình còn thấp` still reports the practice. `không ngừng` (constantly), `không chỉ`, `không
# những` (not only) and `không để` (prevent) do not negate what follows, nor does a negated
# copula, which states a condition (`trưởng thôn chưa là đảng viên`), not a denied practice.
NEGATION_REACH = 5
_NEGATOR = re.compile(normalize_tones(
    r"(?<!\w)(không|chưa|chẳng)(?!\w)(?!\s+(ngừng|chỉ|những|để|kém|ít|thể thiếu|là|phải là)(?!\w))"))
_CLAUSE_BREAK = re.compile(normalize_tones(r"[,;:!?()\"“”]|\.\s|(?<!\w)(nhưng|song|mà còn|đồng thời)(?!\w)"))


def affirmed(text: str) -> str:
    """`text` without its negated stretches (a negator and the rest of its clause), for the
    model, whose syllable features cannot see that `không có đảng viên vi phạm phải xử lý
    kỷ luật` denies the practice."""
    key = cue_key(text)
    keep, pos = [], 0
    for m in _NEGATOR.finditer(key):
        if m.start() < pos:
            continue
        brk = _CLAUSE_BREAK.search(key, m.end())
        keep.append(text[pos:m.start()])
        pos = brk.start() if brk else len(text)
    keep.append(text[pos:])
    return "".join(keep)


def negated_at(key: str, offset: int) -> bool:
    """Whether the text at `offset` of a cue key lies in the scope of a negator before it."""
    before = key[:offset]
    clause = before[max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0):]
    return any(len(clause[m.end():].split()) <= NEGATION_REACH for m in _NEGATOR.finditer(clause))


def cue_key(text: str) -> str:
    """match_key without collapsing blanks, so that offsets in the key are offsets in `text`
    (the patterns use `\\s+` anyway)."""
    return normalize_tones(text).lower()


_LETTER = re.compile(r"[^\W\d_]")


def _asked(s: Sentence, tokens: tuple[str, ...]) -> bool:
    """Whether the model scores this unit (see _CUE_ONLY_KINDS and MODEL_MIN_SYLLABLES)."""
    if s.kind in _CUE_ONLY_KINDS:
        return False
    return sum(1 for t in tokens if _LETTER.search(t)) >= MODEL_MIN_SYLLABLES


def score_sentences(sentences: list[Sentence]) -> list[SentenceScore]:
    """Cue hits and model probabilities for each sentence that can carry a practice; one model call.

    Reads the text only: the model works on syllables, so no sentence needs `words`.
    """
    from partymine.models.practices import load_practice_model, syllables

    units = [s for s in sentences if s.kind not in _SKIPPED_KINDS and s.text.strip()]
    if not units:
        return []
    model = load_practice_model()
    tokens = [syllables(s.text) for s in units]
    asked = [i for i, s in enumerate(units) if _asked(s, tokens[i])]
    rows = dict(zip(asked, model.proba_of_syllables([tokens[i] for i in asked])))
    # A denial can only take evidence away: where a sentence has a negated stretch, each
    # code keeps the lower of its probabilities with and without that stretch (`không có tổ
    # chức yếu kém` reads as a result, `không có đảng viên vi phạm phải xử lý kỷ luật` as
    # no discipline at all).
    denied = {i: syllables(affirmed(units[i].text)) for i in asked}
    denied = {i: t for i, t in denied.items() if t != tokens[i]}
    if denied:
        for i, row in zip(denied, model.proba_of_syllables(list(denied.values()))):
            rows[i] = [min(a, b) for a, b in zip(rows[i], row)]
    out = []
    for i, s in enumerate(units):
        cues: dict[str, tuple[Cue, int]] = {}
        for cue, offset in match_cues(s.text):
            cues.setdefault(cue.practice, (cue, offset))
        row = rows.get(i)
        proba = dict.fromkeys(model.codes, 0.0) if row is None else {c: float(p) for c, p in zip(model.codes, row)}
        out.append(SentenceScore(s, cues, proba))
    return out


def _present(code: str, scores: list[SentenceScore]) -> bool:
    if any(code in sc.cues for sc in scores):
        return True
    probs = sorted((sc.proba.get(code, 0.0) for sc in scores), reverse=True)
    return bool(probs) and (probs[0] >= MODEL_STRONG or (len(probs) > 1 and probs[1] >= MODEL_WEAK))


def _evidence(code: str, scores: list[SentenceScore]) -> list[SentenceScore]:
    """The sentences that state the practice: each must suffice on its own (a cue, or a strong
    probability), unless the document has the practice only through two weaker sentences."""
    strong = [sc for sc in scores if code in sc.cues or sc.proba.get(code, 0.0) >= MODEL_STRONG]
    return strong or [sc for sc in scores if sc.proba.get(code, 0.0) >= MODEL_WEAK]


def _evidence_rank(code: str, sc: SentenceScore) -> tuple:
    p = sc.proba.get(code, 0.0)
    return (code in sc.cues and p >= MODEL_WEAK, code in sc.cues, p, -sc.sentence.index)


def _row(doc: Document, code: str, sc: SentenceScore, places, model_name: str) -> Practice:
    s, p = sc.sentence, sc.proba.get(code, 0.0)
    cue = sc.cues.get(code)
    if cue and p >= MODEL_WEAK:
        method, confidence = f"cue:{cue[0].id}+model:{model_name}", max(BOTH_CONFIDENCE, p)
    elif cue:
        method, confidence = f"cue:{cue[0].id}", CUE_CONFIDENCE
    else:
        method, confidence = f"model:{model_name}", p
    loc = places.locality_at(s, _anchor(sc, code))
    return Practice(
        doc=doc.id, practice=code, locality=loc.name,
        province=loc.province or places.province, province_2025=loc.province_2025,
        sentence=s.text, char_start=s.start, char_end=s.end,
        confidence=round(confidence, 3), method=method,
    )


def _anchor(sc: SentenceScore, code: str) -> int:
    """Where in the document the practice is stated: the cue's match, else the sentence's end
    (so that every place named in the sentence is `before` it for PlaceContext)."""
    s = sc.sentence
    if code in sc.cues:
        return s.start + sc.cues[code][1]
    return max(s.start, s.end - 1)


def find_practices(doc: Document, sentences: list[Sentence], places) -> list[Practice]:
    """One Practice per (document, practice, locality) the document reports, with its best sentence."""
    from partymine.models.practices import MODEL_NAME, PRACTICE_CODES

    scores = score_sentences(sentences)
    rows: list[Practice] = []
    for code in PRACTICE_CODES:
        if not _present(code, scores):
            continue
        candidates = _evidence(code, scores)
        best: dict[str | None, tuple[tuple, Practice]] = {}
        for sc in candidates:
            row = _row(doc, code, sc, places, MODEL_NAME)
            rank = _evidence_rank(code, sc)
            if row.locality not in best or rank > best[row.locality][0]:
                best[row.locality] = (rank, row)
        rows.extend(sorted((r for _, r in best.values()), key=lambda r: r.char_start))
    return rows
