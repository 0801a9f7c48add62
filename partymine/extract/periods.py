"""The year or years a figure refers to, read from the text around it.

    Năm 2021, toàn huyện kết nạp ...             -> 2021
    năm 2019 và năm 2020 ... 100% ...             -> 2019-2020
    giai đoạn 2020-2025 / nhiệm kỳ (2015-2020)   -> 2020-2025 / 2015-2020
    từ năm 2016 đến nay (published 2020)         -> 2016-2020
    giảm 3 chi bộ so với năm 2021 (... 9/2022)   -> 2021-2022
    tính đến tháng 9/2022                        -> 2022
    trong năm qua / năm nay (published 2017)     -> 2017
    từ đầu nhiệm kỳ 2020 - 2025 đến nay (2023)   -> 2020-2023
    Ba năm qua, ... (published 2023)             -> 2021-2023
    Nhiệm kỳ qua, ... (congress of 2020-2025)    -> 2015-2020
    Nhiệm kỳ 2020-2025, ... mỗi năm kết nạp 12   -> 2020-2025

The nearest region that names a year decides: the clause, the sentence (its opening
clause and the figure's own: a year in another `;`-clause dates that clause only), the
paragraph (its earlier sentences by their opening clauses; a dash list counts as part of
the paragraph that opened it), the three paragraphs before it (the report's year carries over: `Năm
2019, toàn tỉnh ...` then `Qua đánh giá, có 604 ...`), the headline; when the text
names none, the year of publication (`publication`: the record's date, the page's
dateline, the URL). Years inside document references (`Quyết định 05 ngày
28-8-2018`) are not periods, nor is the term a congress opens when the report is
dated (`Chiều 31/7/2025, ... Đại hội ... nhiệm kỳ 2025-2030` -> 2025).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from partymine.extract.keys import key as _key
from partymine.records import Document, Sentence

__all__ = ["Mentions", "mentions", "compose", "base_year", "mask_references", "publication", "PeriodContext"]

_Y = r"(19[4-9]\d|20\d\d)"
_RANGE = re.compile(rf"(?<![\d.,]){_Y}\s*[-–—]\s*{_Y}(?!\d)")
# `từ năm 2016 đến nay`, `từ đầu nhiệm kỳ 2020 - 2025 đến nay`: from the start to the publication year.
_SINCE = re.compile(rf"từ\s+(?:năm\s+|đầu\s+năm\s+|tháng\s+\d{{1,2}}/|(?:đầu\s+)?(?:nhiệm\s+kỳ|giai\s+đoạn)\s+)"
                    rf"{_Y}(?:\s*[-–—]\s*{_Y})?\s*,?\s+(?:đến|tới)\s+(?:nay|hiện\s+nay|thời\s+điểm\s+này)")
_BASE = re.compile(rf"so\s+với\s+(?:cùng\s+kỳ\s+)?(?:năm\s+|cuối\s+năm\s+|đầu\s+năm\s+){_Y}(?!\d)")
_YEAR = re.compile(rf"(?<![\d.,]){_Y}(?!\d|[.,]\d)")
_THIS_YEAR = re.compile(r"(?<!\w)(?:năm\s+nay|trong\s+năm|tháng\s+\d{1,2}\s+(?:vừa\s+qua|năm\s+nay))(?!\w)"
                        r"(?!\s+(?:\d|qua|vừa))")
_PAST_YEAR = re.compile(r"(?<!\w)(?:năm\s+qua|năm\s+vừa\s+qua)(?!\w)")
# A document reference and its date: `Quyết định 05 ngày 28-8-2018`, `Nghị quyết số 21-NQ/TW năm 2017`.
_DOCREF = re.compile(
    r"(?:nghị quyết|quyết định|chỉ thị|kết luận|quy định|hướng dẫn|thông tư|nghị định|luật|công văn|"
    r"thông báo|kế hoạch số|đề án)(?:\s+số)?\s*[\w/.-]*\d[\w/.-]*(?:\s+(?:ngày|năm)\s+[\d/.-]+)?")
# The term a congress opens is not the period of what the article reports; nor is the term of
# the people a sentence is about (`bồi dưỡng cấp ủy viên cơ sở nhiệm kỳ 2025 - 2030`).
_CONGRESS_TERM = re.compile(r"(?:đại hội|bầu cử|cấp ủy viên|cấp ủy|ban chấp hành|nhân sự)[^.;]{0,60}nhiệm kỳ\s*\(?\s*$")
# `Đầu nhiệm kỳ 2015 - 2020` is 2015, `cuối giai đoạn 2016 - 2020` is 2020.
_TERM_EDGE = re.compile(r"(?<!từ\s)(?<!\w)(đầu|cuối)\s+(?:nhiệm\s+kỳ|giai\s+đoạn)\s*\(?\s*$")
_KHOA = re.compile(rf"(?:khóa|khoá)\s+{_Y}")
# `sinh năm 2001`, `sinh ngày 12/3/1999`: a person's birth, not the period of a figure
_BIRTH = re.compile(rf"(?<!\w)(?:sinh|năm\s+sinh)\s+(?:năm\s+|ngày\s+[\d/.-]+?[/.-]|tháng\s+[\d/.-]+?[/.-])?{_Y}")
# `phấn đấu đến năm 2025 ...`: a goal's year, not a range from the term around it (not `từ 2016 đến năm 2020`).
_DEADLINE = re.compile(rf"(?<!\w)(?:đến|tới)\s+(?:năm\s+|cuối\s+năm\s+){_Y}(?!\d)")
# A year right after the number dates that number alone: `46% năm 2020`.
_OWN_YEAR = re.compile(rf"\s*(?:vào\s+)?(?:cuối\s+|đầu\s+)?năm\s+{_Y}(?!\d|\s*[-–—]\s*\d)")
_FROM_YEAR = re.compile(rf"từ\s+(?:năm\s+)?{_Y}\s*$")
# `5 năm qua`: the last five years, not last year (`năm qua`).
_LAST_YEARS = re.compile(r"(?<!\w)(\d+|hai|ba|bốn|năm|mười)\s+năm\s+(?:qua|vừa\s+qua|gần\s+đây)(?!\w)")
_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "mười": 10}
# A congress electing its committee or delegates: the figures are of the term it opens.
_ELECTS = re.compile(r"(?<!phiếu\s)(?<!\w)(?:bầu|trúng cử)(?!\s+cử)(?!\w)")
# Who attends a congress: `Dự đại hội có 120 đại biểu`, `Về dự có 150 đại biểu, thay mặt cho 2.100 đảng viên`.
_ATTENDS = re.compile(r"(?<!\w)(?:(?:về\s+|tham\s+)?dự(?:\s+đại\s+hội)?\s+có|đại\s+biểu\s+(?:đại\s+diện|thay\s+mặt))(?!\w)")
# `Nhiệm kỳ qua, Đảng bộ kết nạp ...` at a congress opening 2020-2025: the term 2015-2020.
_LAST_TERM = re.compile(r"(?<!\w)nhiệm\s+kỳ\s+(?:vừa\s+)?qua(?!\w)")
# `mỗi năm kết nạp 12 ...` under `nhiệm kỳ 2020 - 2025`: a yearly figure of the whole span.
_ANNUAL = re.compile(r"(?<!\w)(?:hằng|hàng|mỗi)\s+năm(?!\w)")
# A line of a dash list (`- Chi bộ ấp ...: 42 đảng viên`) sits inside the paragraph that opened it.
_LIST_ITEM = re.compile(r"^\s*[-–+•*]\s")


@dataclass(frozen=True, slots=True)
class Mentions:
    """The period evidence found in one region of text."""

    spans: tuple[tuple[int, int], ...] = ()  # explicit ranges (giai đoạn 2020-2025), since-ranges
    years: tuple[int, ...] = ()  # single years
    base: int | None = None  # so với năm X
    relative: int | None = None  # the year meant by `năm nay`, `năm qua`
    terms: tuple[tuple[int, int], ...] = ()  # the term of a congress (`Đại hội ... nhiệm kỳ 2025-2030`)
    deadline: int | None = None  # the year a goal is set for (`phấn đấu đến năm 2025`)
    last_term: bool = False  # `nhiệm kỳ qua`: the term before the one the congress opens
    last_years: int | None = None  # `ba năm qua`: the span of that many years up to the report

    def __bool__(self) -> bool:
        return bool(self.spans or self.years or self.relative or self.terms or self.last_term)


def mentions(key: str, pub: tuple[int, int] | None) -> Mentions:
    """The period evidence in `key` (match-key text: lower case); `pub` = (year, month) published."""
    pub_year = pub[0] if pub else None
    if not re.search(r"\d{4}|năm|nhiệm kỳ", key):
        return Mentions()
    masked = _BIRTH.sub(lambda m: " " * len(m.group(0)), _KHOA.sub(lambda m: " " * len(m.group(0)), mask_references(key)))
    spans, base = [], None
    for m in _SINCE.finditer(masked):
        start, end = int(m.group(1)), int(m.group(2) or m.group(1))  # end: of `từ đầu nhiệm kỳ A - B`
        spans.append((start, pub_year) if pub_year and pub_year > start else (start, end))
        masked = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
    for m in _BASE.finditer(masked):
        base = int(m.group(1))
        masked = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
    congress_years, edges = [], []
    for m in _RANGE.finditer(masked):
        a, b = int(m.group(1)), int(m.group(2))
        if (edge := _TERM_EDGE.search(masked[max(0, m.start() - 24):m.start()])) is not None:
            edges.append(a if edge.group(1) == "đầu" else b)
        elif _CONGRESS_TERM.search(masked[max(0, m.start() - 80):m.start()]):
            congress_years.append((a, b))  # `Đại hội ... nhiệm kỳ 2025-2030`: see compose
        elif a < b:
            spans.append((a, b))
        masked = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
    years = tuple(edges) + tuple(int(m.group(1)) for m in _YEAR.finditer(masked))
    last_years = None
    if (m := _LAST_YEARS.search(masked)) is not None:
        n = _COUNT_WORDS.get(m.group(1)) or int(m.group(1))
        last_years = n if 1 < n <= 10 else None
    masked = _LAST_YEARS.sub(lambda m: " " * len(m.group(0)), masked)
    relative = None
    if pub and _PAST_YEAR.search(masked):
        relative = pub[0] - 1 if pub[1] <= 3 else pub[0]  # `năm qua` in January is last year
    elif pub and _THIS_YEAR.search(masked):
        relative = pub[0]
    deadline = next((int(m.group(1)) for m in _DEADLINE.finditer(masked)
                     if not _FROM_YEAR.search(masked, max(0, m.start() - 16), m.start())), None)
    last_term = bool(_LAST_TERM.search(masked))
    return Mentions(tuple(spans), years, base, relative, tuple(congress_years), deadline, last_term, last_years)


def mask_references(key: str) -> str:
    """Blank out document references and their dates (`quyết định 05 ngày 28-8-2018`)."""
    return _DOCREF.sub(lambda m: " " * len(m.group(0)), key)


def compose(regions: list[Mentions], pub_year: int | None, base: int | None = None, *,
            attends: bool = False, term: tuple[int, int] | None = None, annual: bool = False,
            goal: bool = False) -> str | None:
    """The period from the nearest region that names one (clause, sentence, paragraph, headline);
    the first region is the clause, where a goal's year (`phấn đấu đến năm 2025`) beats a term.

    `base` is the year a change is measured from (`tăng 11 so với năm 2011`): the period
    then runs from it to the year the figure is stated for. A congress's term does not date
    its attendance (`attends`: `Dự đại hội có 120 đại biểu`, the day of the report);
    `term` (the one the article's congress opens) places `nhiệm kỳ qua`.
    An `annual` figure (`mỗi năm kết nạp 12`) is of the nearest span or term, when one is named
    (a `goal`'s: of the congress's term).
    """
    if annual and term is not None and not goal and any(r.last_term for r in regions[:2]):
        a, b = term  # `Nhiệm kỳ qua, ...; hằng năm có 85% ...`: each year of the term before
        return f"{2 * a - b}-{a}"
    if annual and (span := _nearest_span(regions, term if goal else None)) is not None:
        return span
    own = regions[:2]  # the clause and the sentence as it scopes it
    if pub_year and any(r.last_years for r in own) and not any(r.spans or r.years or r.relative for r in own):
        # `Ba năm qua, xã kết nạp ...`: the term named around it, else the years up to the report
        n = next(r.last_years for r in own if r.last_years)
        return _nearest_span(regions[2:], None) or f"{pub_year - n + 1}-{pub_year}"
    for i, region in enumerate(regions):
        if not region:
            continue
        if region.deadline and i == 0:
            return str(region.deadline)  # a goal's year decides its own clause only
        if region.spans:
            a, b = region.spans[0]
            return f"{a}-{b}" if a != b else str(a)
        years = list(region.years) or ([region.relative] if region.relative else [])
        if i >= 2 and pub_year:  # a later year in another sentence is a plan (`kết nạp trong năm 2026`), not a date
            years = [y for y in years if y <= pub_year]
        if not years and region.last_term and term is not None:
            a, b = term
            return f"{2 * a - b}-{a}"
        if not years:
            if attends or not region.terms:
                continue
            a, b = region.terms[0]
            return f"{a}-{b}"
        lo, hi = min(years), max(years)
        if base and base < hi:
            lo = min(lo, base)
        return str(lo) if lo == hi else f"{lo}-{hi}"
    if base:
        return f"{base}-{pub_year}" if pub_year and pub_year > base else str(base)
    # Nothing in the text: a report is about the year it was published in.
    return str(pub_year) if pub_year else None


def _nearest_span(regions: list[Mentions], term: tuple[int, int] | None) -> str | None:
    """The span a yearly figure is of: its own clause's, else the congress's term (the goals a
    congress sets are for the term it opens), else the nearest one named."""
    if regions and regions[0].spans and regions[0].spans[0][0] != regions[0].spans[0][1]:
        return "{}-{}".format(*regions[0].spans[0])
    if term is not None:
        return "{}-{}".format(*term)
    for region in regions:
        if region.spans and region.spans[0][0] != region.spans[0][1]:
            return "{}-{}".format(*region.spans[0])
        if region.terms:
            return "{}-{}".format(*region.terms[0])
    return None


def base_year(key: str) -> int | None:
    """`giảm 3 chi bộ so với năm 2021` -> 2021; not after a comma (`kết nạp 14 đảng viên,
    tăng gấp đôi so với năm 2021`: the 14 is the level of the year stated, not a change)."""
    m = _BASE.search(key)
    return int(m.group(1)) if m and "," not in key[:m.start()] else None


def _opening(text: str) -> str:
    """The sentence up to its first `;`: a year there dates every clause (`Năm 2021, ...; ...`),
    a year in a later clause dates that clause only."""
    cut = text.find(";")
    return text if cut < 0 else text[:cut]


_DATELINE = re.compile(r"(?<!\d)\d{1,2}[/-](0?[1-9]|1[0-2])[/-]((?:19|20)\d\d)(?!\d)")


def publication(doc: Document, sentences: list[Sentence]) -> tuple[int, int] | None:
    """(year, month) the article was published: `doc.published`, else its dateline
    (`Cập nhật lúc 22:26, Thứ Hai, 01/01/2018`), else a `/201801/` in its URL, else
    the latest date in its opening sentences (`Sáng 21/7/2023, Đảng bộ xã ...`)."""
    if doc.published and (m := re.match(r"(\d{4})-(\d{2})", doc.published)):
        return int(m.group(1)), int(m.group(2))
    for s in sentences[:8]:
        if (m := _dateline(s.text)) is not None:
            return int(m.group(2)), int(m.group(1))
    if doc.url and (m := re.search(r"/(20\d\d)(0[1-9]|1[0-2])(?:\d\d)?/", doc.url)):
        return int(m.group(1)), int(m.group(2))
    dates = [(int(m.group(2)), int(m.group(1))) for s in sentences[:4]
             for m in _DATELINE.finditer(mask_references(_key(s.text)))]
    return max(dates) if dates else None


def _dateline(text: str) -> re.Match | None:
    """`Cập nhật lúc 22:26, Thứ Hai, 01/01/2018 (GMT+7)`: a short line that dates the page."""
    if len(text) > 80 or len(text.split()) > 9:
        return None
    return _DATELINE.search(text)


class PeriodContext:
    """The period evidence of one document by region, each region read once."""

    def __init__(self, sentences: list[Sentence], pub: tuple[int, int] | None, goal_paragraphs: set[int]):
        self.pub = pub
        self._by_paragraph: dict[int, list[Sentence]] = {}
        for s in sentences:
            self._by_paragraph.setdefault(s.paragraph, []).append(s)
        self._title = next((s for s in sentences if s.kind == "title"), None)
        # paragraphs whose years carry to later ones: not the title, a dateline or a list of goals
        skip = goal_paragraphs | ({self._title.paragraph} if self._title else set())
        self._carriers = sorted(p for p, ss in self._by_paragraph.items()
                                if p not in skip and _dateline(" ".join(s.text for s in ss)) is None)
        self._list_items = {p for p, ss in self._by_paragraph.items() if _LIST_ITEM.match(ss[0].text)}
        self._cache: dict[tuple, Mentions] = {}
        self._sentences = sentences
        self._term: Mentions | None = None

    def _congress_term(self) -> Mentions:
        """The term the article's congress opens (`Đại hội ... nhiệm kỳ 2025 - 2030`), read once."""
        if self._term is None:
            terms = (t for s in self._sentences for t in self._mentions(("sent", s.start), s.text).terms)
            first = next(terms, None)
            self._term = Mentions(terms=(first,)) if first else Mentions()
        return self._term

    def _paragraph_upto(self, sentence: Sentence, scoped: str) -> Mentions:
        """The paragraph up to this sentence (a later sentence never dates an earlier one), the
        earlier sentences by their opening clauses; `scoped` is this sentence's own text."""
        upto = [_opening(s.text) for s in self._by_paragraph.get(sentence.paragraph, []) if s.start < sentence.start]
        return self._mentions(("upto", sentence.start, scoped), " ".join(upto + [scoped]))

    def _mentions(self, cache_key: tuple, text: str) -> Mentions:
        if cache_key not in self._cache:
            self._cache[cache_key] = mentions(_key(text), self.pub)
        return self._cache[cache_key]

    def _paragraph(self, p: int) -> Mentions:
        return self._mentions(("para", p), " ".join(_opening(s.text) for s in self._by_paragraph.get(p, [])))

    def _carriers_before(self, paragraph: int) -> list[int]:
        """The three carrier paragraphs before this one, nearest first; the lines of a dash
        list count as part of the paragraph that opened them (at most 20 of them)."""
        upto = bisect.bisect_left(self._carriers, paragraph)  # bisect: long documents stay linear
        out, counted = [], 0
        for p in reversed(self._carriers[max(0, upto - 23):upto]):
            out.append(p)
            counted += p not in self._list_items
            if counted == 3:
                break
        return out

    def period(self, sentence: Sentence, segment: tuple[int, int], after: str, before: str = "",
               goal: bool = False, of_a_flow: bool = False) -> str | None:
        """The period of a figure in `segment` (sentence offsets) of `sentence`; `after` is
        the key text right after the number (where `so với năm X` is read), `before` the key
        text before it back to the previous number (where `mỗi năm` is read); `goal`: the figure
        is a target (a yearly target is of the term the congress opens); `of_a_flow`: the figure
        changes a yearly flow or rate (`kết nạp 98, tăng 41 so với năm 2022`), so it is of the
        year stated, not of the span since the base year (a stock's change is: `giảm 3 chi bộ
        so với năm 2021`)."""
        if (own := _OWN_YEAR.match(after)) is not None:
            return own.group(1)  # `giảm từ 46% năm 2020 xuống còn 18% năm 2025`: each share its year
        a, b = segment
        opening = _opening(sentence.text)
        # the sentence as it scopes this clause: its opening clause and the clause itself
        scoped = sentence.text[:b] if a < len(opening) else f"{opening}; {sentence.text[a:b]}"
        regions = [
            self._mentions(("seg", sentence.start + a, sentence.start + b), sentence.text[a:b]),
            self._mentions(("scoped", sentence.start + a, sentence.start + b), scoped),
        ]
        clause = _key(sentence.text[a:b])
        if _ELECTS.search(clause):
            regions.append(self._congress_term())
        regions.append(self._paragraph_upto(sentence, scoped))
        regions += [self._paragraph(p) for p in self._carriers_before(sentence.paragraph)]
        if self._title is not None and self._title is not sentence:
            regions.append(self._mentions(("sent", self._title.start), self._title.text))
        term = self._congress_term().terms
        annual = bool(_ANNUAL.search(before))
        return compose(regions, self.pub[0] if self.pub else None, None if of_a_flow else base_year(after),
                       attends=bool(_ATTENDS.search(_key(sentence.text))), term=term[0] if term else None, annual=annual,
                       goal=goal)
