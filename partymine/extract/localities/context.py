"""`PlaceContext`: the places of one document, and which one a number describes.

    ctx = PlaceContext.for_document(doc, sentences)
    ctx.locality_at(sentence, char_start) -> Locality
    ctx.province -> str | None

Building the context (once per document):

1. mentions are found in every sentence (and in `doc.title` when it is not in the text);
2. the document's province comes from `doc.province`, else the site's domain, else a
   vote of the places named (headline counted twice); its date from `doc.published`,
   else the first full date of the dateline (it decides the scheme of units);
3. mentions are resolved in reading order: a chain `tiểu khu Sao Đỏ 2, xã Vân Hồ` or
   `xã Đắk Plao (Đắk Glong)` is resolved from its top down, a list `huyện Ân Thi, Kim
   Động` gives the later names the same type, and an anaphor (`toàn huyện`, `Hiện xã
   có`, `Tỉnh ủy`) takes the nearest unit of its type named before it;
4. the document's subject is the first place of the headline, else the site's district,
   else the first organ or place the lead names.

`locality_at` then takes, in order: a place tied to the counted noun right after the
number (`cho 84 đảng viên thuộc Đảng bộ huyện X`, unless a more specific place precedes),
the nearest place named before the number in its sentence (a person's job title only as
a last resort), a place tied to the number after it (`tại 17 xã, thị trấn trên địa bàn
huyện Sông Lô`), the subject of the latest earlier sentence of the paragraph, the
document's subject, the document's province.

Predecessors of a merger (`được thành lập trên cơ sở sáp nhập xã A, xã B`, `huyện X
(cũ)`; see `mentions.py`) are history: never an antecedent, a carried subject or the
document's subject, and in their own sentence only for a number said of them (`xã A (cũ)
có 300 đảng viên`). From July 2025 an anaphor prefers a unit of the new scheme to a
district or pre-merger commune. An anaphor never looks forward past its own sentence.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, replace

from partymine.records import Document, Locality, Sentence

from .domain import place_from_domain
from .gazetteer import LEGACY, NEW, load_gazetteer
from .mentions import Mention, find_mentions, load_cues, type_rule
from .mentions import person_like
from .mentions import starts_with_surname as _starts_with_surname
from .resolve import Resolved, Resolver, level_rank

log = logging.getLogger(__name__)

# Between a place and its parent: `, ` `(` ` - ` `, thuộc ` `thuộc`.
_CHAIN_GAP = re.compile(r"^\s*(?:,|\(|[-–]|,?\s*thuộc|,?\s*trực thuộc)?\s*$")
_CLAUSE_END = re.compile(r"[.;:!?]")
_LEVEL_OF_TYPE_RANK = {"province": 3, "district": 2, "commune": 1, "village": 0}
_NO_PLACE = Locality(name=None, level=None, confidence=0.0)


@dataclass(frozen=True, slots=True)
class _Placed:
    """A mention with what it resolved to (None: not a place of this document)."""

    mention: Mention
    resolved: Resolved | None
    sentence: int  # index into the context's sentence list (-1: a title outside the text)
    paragraph: int
    parent: bool = False  # the parent in a chain: the child is the place meant


def _type_rank(m: Mention) -> float:
    rule = type_rule(m.type) if m.type else None
    if rule is None:
        return -1
    return max(_LEVEL_OF_TYPE_RANK[lv] for lv in rule.levels) - (0.5 if len(rule.levels) > 1 else 0)


class PlaceContext:
    """Places of one document. Build with `for_document`."""

    def __init__(self, doc: Document, sentences: list[Sentence], placed: list[_Placed],
                 resolver: Resolver, subject: Resolved | None):
        self.doc = doc
        self.sentences = sentences
        self._placed = placed
        self._resolver = resolver
        self._subject = subject
        self._by_sentence: dict[int, list[_Placed]] = {}
        for p in placed:
            self._by_sentence.setdefault(p.sentence, []).append(p)
        self._index = {(s.start, s.end): i for i, s in enumerate(sentences)}

    # ------------------------------------------------------------ public

    @property
    def province(self) -> str | None:
        p = self._resolver.province_locality()
        return p.province if p else None

    @property
    def subject(self) -> Locality | None:
        return self._subject.locality if self._subject else None

    @classmethod
    def for_document(cls, doc: Document, sentences: list[Sentence]) -> "PlaceContext":
        return _build(doc, list(sentences))

    def locality_at(self, sentence: Sentence, char_start: int) -> Locality:
        """The place the number at `doc.text[char_start]` describes. Never raises."""
        try:
            return self._locality_at(sentence, char_start)
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            log.exception("locality_at failed in %s at %d", self.doc.id, char_start)
            return self._fallback()

    def places_in(self, sentence: Sentence, before: int) -> list[Locality]:
        """The places a sentence names before doc offset `before`, in order (named units and
        organs of a place, not former units, not job titles): what `lần lượt` pairs numbers with."""
        i = self._index.get((sentence.start, sentence.end))
        here = self._by_sentence.get(i, []) if i is not None else []
        return [p.resolved.locality for p in here
                if _attributable(p) and p.mention.end <= before and p.mention.kind in ("named", "organ")
                and p.mention.name and not p.mention.former and not p.mention.job_title]

    def mentions(self) -> list[tuple[Mention, Locality | None]]:
        """Every mention found, with its resolution (for inspection and tests)."""
        return [(p.mention, p.resolved.locality if p.resolved else None) for p in self._placed]

    # ------------------------------------------------------------ attribution

    def _fallback(self) -> Locality:
        if self._subject is not None:
            return replace(self._subject.locality, confidence=round(self._subject.locality.confidence * 0.7, 3))
        return self._resolver.province_locality(confidence=0.4) or _NO_PLACE

    def _locality_at(self, sentence: Sentence, char_start: int) -> Locality:
        i = self._index.get((sentence.start, sentence.end))
        if i is None:  # a sentence we were not given: read it now
            here = [_Placed(m, None, 0, sentence.paragraph) for m in find_mentions(sentence.text, sentence.start)]
            here = _resolve_all(here, self._resolver, self._placed, sentences=[sentence])
        else:
            here = self._by_sentence.get(i, [])
        usable = [p for p in here if _attributable(p)]
        tied = self._tied_after(sentence, char_start, usable)
        before = [p for p in usable if p.mention.end <= char_start and not _aside(sentence, p, char_start)
                  and (not p.mention.former or _directly_about(self.doc.text, p, char_start, here))
                  and not _village_of_earlier_clause(self.doc.text, p, char_start)
                  and not _delegation_target(self.doc.text, sentence, p)]
        strong = [p for p in before if not p.mention.job_title]
        # `Tỉnh ủy tặng Huy hiệu cho 84 đảng viên thuộc Đảng bộ huyện X`, unless a more
        # specific place precedes (`xã A có 14 chi bộ thuộc huyện B`).
        if tied is not None and (not strong or level_rank(tied.resolved.level)
                                 <= level_rank(strong[-1].resolved.level)):
            return self._use(tied, sentence, 1.0)
        if strong:
            return self._use(strong[-1], sentence, 1.0)
        usable = [p for p in usable if not p.mention.former]
        after = self._after(sentence, char_start, usable)
        if after is not None:
            return self._use(after, sentence, 0.9)
        carried = self._carried(i, sentence.paragraph) if i is not None else None
        # `Tại Chi bộ tổ dân phố 7, ... . Trong quý III, 92% chi bộ ...`: one village does not
        # hold the cells or villages counted next; those are the wider unit's
        if carried is not None and not (carried.resolved.level == "village" and _COUNTS_UNITS.match(self.doc.text, char_start)):
            return self._use(carried, sentence, 0.85)
        if before and self._subject is None:  # a person's title: only when nothing else is known
            return self._use(before[-1], sentence, 0.8)
        return self._fallback()

    def _use(self, p: _Placed, sentence: Sentence, factor: float) -> Locality:
        loc = p.resolved.locality
        if p.mention.kind == "party":
            inner = self._party_unit(p, sentence)
            loc = inner if inner is not None else loc
        return replace(loc, confidence=round(loc.confidence * factor, 3))

    def _party_unit(self, p: _Placed, sentence: Sentence) -> Locality | None:
        """`toàn Đảng bộ`, `Đảng bộ có 38 chi bộ`: the latest non-village unit of the
        paragraph, else the subject."""
        earlier = [q for q in self._placed if q.paragraph == p.paragraph and q.mention.start < p.mention.start
                   and q.resolved is not None and q.resolved.unit is not None and q.mention.name
                   and q.mention.kind in ("named", "organ") and q.resolved.level != "village"
                   and not q.mention.job_title and not q.parent and not q.mention.former]
        current = [q for q in earlier if _in_force(q, self._resolver)]  # since July 2025: not `huyện X`
        if current or earlier:
            return (current or earlier)[-1].resolved.locality
        return self._subject.locality if self._subject else None

    def _tied_after(self, sentence: Sentence, char_start: int, usable: list[_Placed]) -> _Placed | None:
        """A named place right after the counted noun, tied to it by `thuộc`/`của`/`ở`/`tại`
        (`cho 84 đảng viên thuộc Đảng bộ huyện X`): the figure is about that place, not
        about the organ that is the subject of the sentence."""
        nxt = next((p for p in usable if p.mention.start > char_start), None)
        if nxt is None or nxt.mention.name is None or nxt.mention.former or nxt.mention.job_title \
                or nxt.mention.kind not in ("named", "organ"):
            return None
        return nxt if _TIED_GAP.match(self.doc.text, char_start, nxt.mention.start) else None

    def _after(self, sentence: Sentence, char_start: int, usable: list[_Placed]) -> _Placed | None:
        """A place after the number in the same clause, introduced by a locative cue."""
        text = self.doc.text
        cues = load_cues()["after_number_cues"]
        for p in usable:
            if p.mention.start <= char_start:
                continue
            gap = text[char_start:p.mention.start]
            if _CLAUSE_END.search(gap) or len(gap) > 160:
                return None
            lead = _strip_organ_words(text[max(sentence.start, p.mention.start - 40):p.mention.start]).lower()
            if any(lead.endswith(c) for c in cues):
                return p
        return None

    def _carried(self, i: int, paragraph: int) -> _Placed | None:
        """The subject of the latest earlier sentence of the paragraph that names a place."""
        for j in range(i - 1, -1, -1):
            if self.sentences[j].paragraph != paragraph:
                return None
            cands = [p for p in self._by_sentence.get(j, [])
                     if _attributable(p) and not p.mention.job_title and not p.mention.former
                     and p.mention.kind not in ("national",)]
            if cands:
                return cands[0]
        return None


# A number that counts cells or villages (`92% chi bộ`, `3 chi bộ`, `12 thôn`).
_COUNTS_UNITS = re.compile(r"[\d.,]+\s*%?\s*(?:số\s+)?(?:chi bộ|thôn|bản|ấp|xóm|tổ dân phố|khu phố|tổ chức cơ sở đảng|đảng bộ)(?!\w)",
                           re.IGNORECASE)


def _attributable(p: _Placed) -> bool:
    """Whether a mention can be the place of a number in its sentence: resolved, not the
    parent in a chain, and not a province name inside the clause (`Hội Doanh nhân trẻ
    Đồng Nai` - only a clause-initial one, `Thanh Hoá đặt mục tiêu`, counts)."""
    return p.resolved is not None and not p.parent and p.mention.cue != "province_inline"


# The number, a counted noun of one to four words, then `thuộc`/`của`/`ở`/`tại` and maybe
# an organ word: `84 đảng viên thuộc Đảng bộ `, `12 hộ nghèo ở `.
_TIED_GAP = re.compile(r"[\d.,/%]+\s+(?:[^\W\d]+\s+){1,4}?(?:trực thuộc|thuộc|của|ở|tại)\s+"
                       r"(?:(?:đảng bộ|đảng ủy|đảng uỷ|chi bộ|ubnd|ủy ban nhân dân)\s+)?$", re.IGNORECASE)
# Between a predecessor and a number about it: `xã A (cũ) có 300 đảng viên`.
_ABOUT_GAP = re.compile(r"\s*(?:\(cũ\)|cũ)?\s*(?:[^\W\d]+\s+){0,3}\(?$")
# Before a number that opens its own clause (`; hơn 30 chi bộ có ...`).
_CLAUSE_HEDGES = {"hơn", "trên", "gần", "khoảng", "chừng", "các", "những", "có"}
_PREDICATE = re.compile(r"(?<!\w)(?:có|đạt|được|là|chiếm|hoàn thành|kết nạp|sinh hoạt)(?!\w)")
# A count of units, which one village cannot hold: `30 chi bộ`, `12 thôn`.
_UNITS_COUNTED = re.compile(r"[\d.,/]+%?\s+(?:chi bộ|đảng bộ|tổ chức|thôn|bản|xóm|ấp|buôn|làng|tổ dân phố|"
                            r"khu phố|tiểu khu|xã|phường|thị trấn)(?!\w)", re.IGNORECASE)


def _directly_about(text: str, p: _Placed, char_start: int, here: list[_Placed]) -> bool:
    """A predecessor counts for a number only when the number follows it in the same
    phrase (`xã A, huyện B (cũ) có 300 đảng viên`, `xã A (300 đảng viên)`), not in the list
    (`thị trấn A và 5 xã`)."""
    end = p.mention.end
    for q in here:  # its parents in the chain are skipped: `, huyện B (cũ)`
        if q.parent and end <= q.mention.start < char_start and _CHAIN_GAP.match(text[end:q.mention.start]):
            end = q.mention.end
    gap = text[end:char_start]
    return len(gap) <= 30 and " và " not in f" {gap} " and _ABOUT_GAP.fullmatch(gap) is not None


def _delegation_target(text: str, sentence: Sentence, p: _Placed) -> bool:
    """`bầu Đoàn đại biểu đi dự Đại hội Đảng bộ tỉnh X gồm 5 đồng chí`: X is where the
    delegation goes; the number is about the unit that elects it."""
    lead = text[max(sentence.start, p.mention.start - 60):p.mention.start].lower().rstrip()
    for w in ("đảng bộ", "đại biểu"):
        lead = lead[:-len(w)].rstrip() if lead.endswith(w) else lead
    return any(lead.endswith(c) for c in load_cues()["delegation_to"])


def _village_of_earlier_clause(text: str, p: _Placed, char_start: int) -> bool:
    """`chi bộ thôn A có 112 đảng viên; hơn 30 chi bộ có trên 60 đảng viên`: after the `;`
    a count of units opens a clause with its own subject, about the unit around the village
    (`; 12 đảng viên là nữ` is still about thôn A)."""
    if p.resolved is None or p.resolved.level != "village":
        return False
    gap = text[p.mention.end:char_start]
    if ";" not in gap:
        return False
    lead = gap[gap.rindex(";") + 1:].split()
    if any(w.lower() not in _CLAUSE_HEDGES for w in lead):
        return False
    rest = _CLAUSE_END.split(text[char_start:char_start + 120], 1)[0]
    return _UNITS_COUNTED.match(rest) is not None and _PREDICATE.search(rest.lower()) is not None


def _aside(sentence: Sentence, p: _Placed, char_start: int) -> bool:
    """A mention inside brackets closed before the number: `36 TCCS đảng (giảm 1 đảng
    bộ, do Đảng bộ xã Đạ M’ri sáp nhập ...), gồm 12 đảng bộ cơ sở`."""
    a, b = p.mention.start - sentence.start, char_start - sentence.start
    text = sentence.text
    open_at = text.rfind("(", 0, a)
    if open_at < 0 or text.rfind(")", open_at, a) >= 0:
        return False
    close_at = text.find(")", a)
    return 0 <= close_at < b


def _strip_organ_words(s: str) -> str:
    s = s.rstrip()
    low = s.lower()
    for w in ("đảng bộ", "đảng ủy", "chi bộ", "ubnd", "ủy ban nhân dân", "địa bàn"):
        if low.endswith(w):
            return s[:-len(w)].rstrip() if w != "địa bàn" else s
    return s


# ---------------------------------------------------------------- building

def _build(doc: Document, sentences: list[Sentence]) -> PlaceContext:
    placed: list[_Placed] = []
    title_sentences = _title_indices(doc, sentences)
    if doc.title and not any(sentences[i].text.strip() == doc.title.strip() for i in title_sentences):
        off = -len(doc.title) - 1
        placed += [_Placed(m, None, -1, -1) for m in find_mentions(doc.title, off, title=True)]
    for i, s in enumerate(sentences):
        placed += [_Placed(m, None, i, s.paragraph) for m in find_mentions(s.text, s.start, title=i in title_sentences)]

    province, district = _document_province(doc, placed, sentences, title_sentences)
    date = _document_date(doc)
    resolver = Resolver(date=date, province=province, districts=(district,) if district else ())
    placed = _resolve_all(placed, resolver, [], sentences=sentences, doc=doc)
    if resolver.province_unit is None:  # no province yet: take the one the resolved places agree on
        votes = Counter(p.resolved.locality.province for p in placed if p.resolved and p.resolved.unit
                        and p.mention.kind in ("named", "organ") and p.resolved.locality.province)
        if votes:
            resolver = Resolver(date=date, province=votes.most_common(1)[0][0], districts=resolver.districts)
            placed = _resolve_all([replace(p, resolved=None, parent=False) for p in placed], resolver, [],
                                  sentences=sentences, doc=doc)
    subject = _subject(placed, title_sentences, resolver, district)
    return PlaceContext(doc, sentences, placed, resolver, subject)


_DATELINE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)")


def _document_date(doc: Document) -> str | None:
    """`doc.published`, else the first full date of the dateline or lead (`Chiều
    31/7/2025, ...`, `Cập nhật lúc 10:29, 27/08/2018`): it decides the scheme of units."""
    if doc.published:
        return doc.published
    for m in _DATELINE.finditer(doc.text[:400]):
        day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= day <= 31 and 1 <= month <= 12:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _title_indices(doc: Document, sentences: list[Sentence]) -> set[int]:
    """Sentences that make the headline: kind == title, else a first short line
    without a final full stop."""
    marked = {i for i, s in enumerate(sentences) if s.kind == "title"}
    if marked:
        last = max(marked)
        words = sum(len(sentences[i].text.split()) for i in marked)
        nxt = sentences[last + 1] if last + 1 < len(sentences) else None
        if words <= 4 and nxt is not None and len(nxt.text) < 200 and not nxt.text.rstrip().endswith("."):
            marked.add(last + 1)  # `Xây dựng Đảng` is a section label; the headline follows
        return marked
    if doc.title:
        return {i for i, s in enumerate(sentences[:3]) if s.text.strip() and s.text.strip() in doc.title}
    # The first paragraph when it is one short line; after a section label of a few
    # words (`Xây dựng Đảng`), the next one too.
    out: set[int] = set()
    paragraphs: list[list[int]] = []
    for i, s in enumerate(sentences[:6]):
        if not paragraphs or sentences[paragraphs[-1][0]].paragraph != s.paragraph:
            paragraphs.append([])
        paragraphs[-1].append(i)
    for n, par in enumerate(paragraphs[:2]):
        t = " ".join(sentences[i].text.strip() for i in par)
        if len(par) > 1 or not (3 < len(t) < 200) or t.endswith((".", ":")):
            break
        out.update(par)
        if len(t.split()) > 4:
            break
    return out


def _document_province(doc: Document, placed: list[_Placed], sentences, title_sentences):
    """`doc.province`, else the domain, else a vote of the places named."""
    dom = place_from_domain(doc.site or doc.url)
    if doc.province:
        return doc.province, dom.district if dom.province == doc.province else None
    if dom.province:
        return dom.province, dom.district
    gaz = load_gazetteer()
    votes: Counter[str] = Counter()
    for p in placed:
        m = p.mention
        weight = 2 if p.sentence == -1 or p.sentence in title_sentences else 1
        if m.kind == "bare" and m.cue in ("province", "province_inline"):
            u = gaz.province_named(m.name)
            if u is not None:
                votes[u.name] += weight
        elif m.kind in ("named", "organ") and m.name and not m.job_title:
            rule = type_rule(m.type)
            if rule is None or rule.levels == ("village",):
                continue
            provinces = set()
            for scheme in (LEGACY, NEW):
                for lv in rule.levels:
                    for u in gaz.find(scheme, lv, m.name):
                        provinces.add(u.province_code if scheme == LEGACY else "new:" + u.province_code)
            legacy = {c for c in provinces if not c.startswith("new:")}
            if len(legacy) == 1:
                votes[gaz.province(LEGACY, legacy.pop()).name] += weight
            elif not legacy and len(provinces) == 1:
                votes[gaz.province(NEW, provinces.pop()[4:]).name] += weight
    if votes:
        return votes.most_common(1)[0][0], None
    return None, None


# How many earlier mentions an anaphor or a shortened name looks back over: an article's
# antecedents are near, and an unbounded look-back makes long documents quadratic.
_HISTORY_WINDOW = 300


def _resolve_all(placed: list[_Placed], resolver: Resolver, earlier: list[_Placed], *,
                 sentences: list[Sentence] | None = None, doc: Document | None = None) -> list[_Placed]:
    """Resolve mentions in reading order (chains top-down, lists, anaphors)."""
    out: list[_Placed] = []
    history = [p for p in earlier if p.resolved is not None]
    groups: dict[int, list[int]] = {}
    for k, p in enumerate(placed):
        groups.setdefault(p.sentence, []).append(k)
    resolved: dict[int, Resolved | None] = {}
    parents: set[int] = set()
    for sidx, ks in groups.items():
        text, base = _sentence_text(sidx, sentences, doc)
        _resolve_sentence([placed[k] for k in ks], ks, text, base, resolver, history, resolved, parents)
    for k, p in enumerate(placed):
        out.append(replace(p, resolved=resolved.get(k), parent=k in parents))
    # Anaphors with nothing before them: the first unit of their type later in the same
    # sentence (`Toàn xã có ..., xã A đứng đầu`) - never one first named in a later sentence.
    firsts: dict[tuple[int, str], Resolved] = {}
    for p in out:
        if p.resolved and p.resolved.unit and p.mention.kind in ("named", "organ") and p.mention.name \
                and not p.mention.former:
            firsts.setdefault((p.sentence, p.mention.type), p.resolved)
    for k, p in enumerate(out):
        if p.resolved is None and p.mention.kind in ("anaphor", "organ") and p.mention.name is None:
            r = firsts.get((p.sentence, p.mention.type))
            if r is not None:
                out[k] = replace(p, resolved=r)
    return out


def _sentence_text(sidx: int, sentences: list[Sentence] | None, doc: Document | None) -> tuple[str, int]:
    """The text a mention was found in and its offset in the document (a title kept
    outside the text sits at negative offsets)."""
    if sidx >= 0 and sentences is not None:
        return sentences[sidx].text, sentences[sidx].start
    if sidx == -1 and doc is not None and doc.title:
        return doc.title, -len(doc.title) - 1
    return "", 0


def _resolve_sentence(ps: list[_Placed], ks: list[int], text: str, base: int, resolver: Resolver,
                      history: list[_Placed], resolved: dict[int, Resolved | None], parents: set[int]) -> None:
    # Chains: each mention's parent is the next one when only a comma/bracket lies between
    # and it is of a higher level.
    parent_of: dict[int, int] = {}
    for a in range(len(ps) - 1):
        m, n = ps[a].mention, ps[a + 1].mention
        gap = text[m.end - base:n.start - base] if text else ""
        if not _CHAIN_GAP.match(gap) or m.kind not in ("named", "organ") or m.name is None:
            continue
        if n.kind in ("named", "organ") and n.name and _type_rank(n) > _type_rank(m):
            parent_of[a] = a + 1
        elif n.kind == "bare" and n.cue in ("paren", "province"):
            parent_of[a] = a + 1
    order = sorted(range(len(ps)), key=lambda a: -_chain_depth(a, parent_of))
    done: dict[int, Resolved | None] = {}
    for a in order:
        if a in done:
            continue
        _resolve_one(a, ps, parent_of, done, resolver, history)
    for a, p in enumerate(ps):
        resolved[ks[a]] = done.get(a)
        if a in parent_of.values() and done.get(a) is not None:
            parents.add(ks[a])
        if done.get(a) is not None:
            history.append(replace(p, resolved=done[a]))


def _chain_depth(a: int, parent_of: dict[int, int]) -> int:
    """How many parents are above `a` (parents are resolved first)."""
    d, seen = 0, set()
    while a in parent_of and a not in seen:
        seen.add(a)
        a = parent_of[a]
        d += 1
    return -d


def _resolve_one(a, ps, parent_of, done, resolver: Resolver, history) -> None:
    p = ps[a]
    m = p.mention
    parent = done.get(parent_of[a]) if a in parent_of else None
    if parent is None and a in parent_of and parent_of[a] not in done:
        _resolve_one(parent_of[a], ps, parent_of, done, resolver, history)
        parent = done.get(parent_of[a])
    is_parent_of = [b for b, c in parent_of.items() if c == a]
    r: Resolved | None = None
    if m.kind in ("named", "organ") and m.name:
        r = _same_as_earlier(m, history) or resolver.named(m.type, m.name, parent=parent, as_written=m.text)
        if r.unit is None and r.locality.confidence <= 0.3 and r.level != "village":
            if _starts_with_surname(m.name) or (m.job_title and person_like(m.name)):
                # `Phó Chủ tịch UBND tỉnh Nguyễn Thị Thanh Huyền`: a type word, then a person.
                r = _antecedent(m, history, resolver)
            elif m.type == "tỉnh":
                r = None  # `các tỉnh Miền Tây`: no province has that name
    elif m.kind in ("anaphor", "organ"):
        # Earlier sentences, then what this sentence named before it.
        local = history[-_HISTORY_WINDOW:] + [replace(ps[b], resolved=done[b]) for b in sorted(done)
                                              if b < a and done[b] is not None]
        r = _antecedent(m, local, resolver)
    elif m.kind == "bare":
        r = _resolve_bare(a, ps, done, resolver, parent, is_parent_of)
    elif m.kind == "party":
        sub = resolver.province_locality()
        r = Resolved(sub, None, None) if sub else Resolved(_NO_PLACE, None, None)
    elif m.kind == "national":
        r = Resolved(Locality(name=None, level=None, as_written=m.text, confidence=0.6), None, None)
    elif m.kind == "region":
        r = Resolved(Locality(name=_region_name(m.text), level=None, as_written=m.text, confidence=0.7), None, None)
    done[a] = r


def _region_name(text: str) -> str:
    t = text.strip()
    return t[0].lower() + t[1:]


def _same_as_earlier(m: Mention, history: list[_Placed]) -> Resolved | None:
    """`tiểu khu Sao Đỏ` after `tiểu khu Sao Đỏ 2`: the place named in full before."""
    rule = type_rule(m.type)
    if rule is None or rule.levels != ("village",):
        return None
    for h in reversed(history[-_HISTORY_WINDOW:]):
        hm = h.mention
        if hm.type == m.type and hm.name and hm.name.startswith(m.name + " "):
            return h.resolved
    return None


def _antecedent(m: Mention, history: list[_Placed], resolver: Resolver) -> Resolved | None:
    """`toàn huyện`, `Hiện xã có`, `Tỉnh ủy`: the latest unit of that type named before -
    never a predecessor of a merger, and since July 2025 a unit in force before one only
    of the former scheme."""
    recent = [h for h in history[-_HISTORY_WINDOW:] if not h.mention.former]
    current = [h for h in recent if _in_force(h, resolver)]
    r = _latest_of_type(m, current, resolver)
    if r is None and len(current) < len(recent):
        r = _latest_of_type(m, recent, resolver)
    return r if r is not None else _unit_in_scope(m, resolver)


def _in_force(h: _Placed, resolver: Resolver) -> bool:
    """Whether a place is a unit of the scheme of the article's date (a 2025 article's
    `huyện X` or pre-merger `xã Y` is not)."""
    u = h.resolved.unit if h.resolved is not None else None
    if resolver.scheme != NEW or h.resolved is None or h.resolved.level == "village":
        return True
    if u is None:
        return h.resolved.locality.code is not None or h.resolved.level is None
    return u.scheme == NEW


def _latest_of_type(m: Mention, history: list[_Placed], resolver: Resolver) -> Resolved | None:
    for h in reversed(history):
        hm = h.mention
        if h.resolved is None or hm.name is None or hm.kind not in ("named", "organ", "bare"):
            continue
        if hm.type == m.type or (hm.kind == "bare" and h.resolved.unit is not None
                                 and _fits(m.type, h.resolved)):
            return h.resolved
        if m.type in ("tỉnh", "thành phố") and h.resolved.level == "province" and _fits(m.type, h.resolved):
            return h.resolved
    return None


def _unit_in_scope(m: Mention, resolver: Resolver) -> Resolved | None:
    """No antecedent: the site's district of that type, else the document's province."""
    for d in resolver.districts:  # `hiephoa.bacgiang.gov.vn`: the site's district
        if d.type == m.type:
            return Resolved(resolver.locality(d, confidence=0.8), d, "district")
    if m.type == "tỉnh" or (m.type == "thành phố" and resolver.province_unit is not None
                            and resolver.province_unit.type == "thành phố"):
        return Resolved(resolver.province_locality(0.8), resolver.province_unit, "province") \
            if resolver.province_unit else None
    return None


def _fits(typ: str, r: Resolved) -> bool:
    u = r.unit
    if u is None:
        return False
    if typ == "tỉnh":
        return u.level == "province"
    return u.type == typ


def _resolve_bare(a, ps, done, resolver: Resolver, parent: Resolved | None, children: list[int]) -> Resolved | None:
    m = ps[a].mention
    if m.cue == "province":
        return resolver.bare(m.name, levels=("province",), as_written=m.text)
    if m.cue == "paren" or children:
        # The parent of the place before it: a district or a province, anywhere.
        child = ps[children[0]].mention if children else ps[a - 1].mention
        rank = _type_rank(child)
        levels = tuple(lv for lv in ("district", "province") if _LEVEL_OF_TYPE_RANK[lv] > rank)
        return resolver.bare(m.name, levels=levels or ("province",), anywhere=True, as_written=m.text)
    if m.cue == "list" and a > 0:
        head = next((ps[b] for b in range(a - 1, -1, -1) if ps[b].mention.kind in ("named", "organ")), None)
        if head is not None and head.mention.type:
            head_r = done.get(ps.index(head))
            up = None
            if head_r is not None and head_r.unit is not None and head_r.unit.level != "province":
                up = _parent_resolved(head_r, resolver)
            r = resolver.named(head.mention.type, m.name, parent=up, as_written=m.text)
            if r.unit is not None:
                return r
        return resolver.bare(m.name, as_written=m.text)
    if m.cue == "title" and _starts_with_surname(m.name) and len(m.name.split()) >= 3:
        return None  # `Đồng chí Trần Hưng Đạo ...`: a person, though wards bear such names
    if m.cue in ("organ", "title"):
        return resolver.bare(m.name, levels=("province", "district", "commune"), anywhere=m.cue == "organ",
                             as_written=m.text)
    return None


def _parent_resolved(r: Resolved, resolver: Resolver) -> Resolved | None:
    u = r.unit
    gaz = resolver.gaz
    if u.level == "commune" and u.district_code:
        d = gaz.unit(LEGACY, "district", u.district_code)
        return Resolved(resolver.locality(d), d, "district") if d else None
    p = gaz.unit(u.scheme, "province", u.province_code)
    return Resolved(resolver.locality(p), p, "province") if p else None


def _subject(placed: list[_Placed], title_sentences: set[int], resolver: Resolver, district) -> Resolved | None:
    """The headline's first place; else the site's district; else the lead's first
    organ or named place (not a person's title)."""
    def good(p: _Placed) -> bool:
        return (p.resolved is not None and not p.parent and not p.mention.job_title and not p.mention.former
                and p.mention.kind in ("named", "organ", "bare") and p.resolved.locality.name is not None)

    title = [p for p in placed if (p.sentence == -1 or p.sentence in title_sentences) and good(p)]
    if title:
        typed = [p for p in title if p.mention.kind != "bare" or p.mention.cue != "title"]
        return (typed or title)[0].resolved
    if district is not None:
        return Resolved(resolver.locality(district, confidence=0.7), district, "district")
    # No headline: the official unit the document refers to most (named or by anaphora).
    counts: Counter = Counter()
    first: dict = {}
    for p in placed:
        if good(p) or (p.resolved is not None and p.mention.kind in ("anaphor", "organ") and not p.mention.job_title
                       and not p.mention.former):
            u = p.resolved.unit
            if u is None or p.resolved.level == "village" or p.parent:
                continue
            counts[(u.scheme, u.level, u.code)] += 1
            first.setdefault((u.scheme, u.level, u.code), p.resolved)
    if counts:
        best = max(counts, key=lambda k: (counts[k], -list(first).index(k)))
        return first[best]
    return None
