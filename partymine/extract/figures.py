"""Numbers -> typed `Figure`s with locality, period and evidence.

    find_figures(doc, sentences, places) -> list[Figure]

Per sentence: `find` reads the numbers (numbers.py), drops those that are not
statistics (nonfigures.jsonl: years, document numbers, ordinals, durations, numbers
in names) and builds each one's context; `resolve` types it (indicators.py), reads
its kind, period and locality and makes the `Figure`. A percentage with no counted
noun of its own (`kết nạp 52 ĐV mới, đạt 50,98%`) takes the indicator of the figure
it qualifies. Finally a figure stated in the headline and again in the body is kept
once, with the body sentence as evidence.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from typing import Protocol

from partymine.extract import figure_model, indicators, periods
from partymine.extract.keys import key as sentence_key
from partymine.extract.numbers import HEDGE_WORDS, NumberSpan, find_numbers
from partymine.records import Document, Figure, Locality, Sentence

__all__ = ["find_figures", "Candidate", "find", "resolve", "publication"]

publication = periods.publication  # re-exported: the date the periods are read against


class Places(Protocol):
    def locality_at(self, sentence: Sentence, char_start: int) -> Locality: ...

    def places_in(self, sentence: Sentence, before: int) -> list[Locality]: ...


@dataclass(frozen=True, slots=True)
class Candidate:
    """A number that reads as a statistic, with its context in the sentence."""

    sentence: Sentence
    number: NumberSpan
    context: indicators.Context
    segment: tuple[int, int]  # the clause (between `;`/`:`) holding the number, sentence offsets
    after_text: str  # the text after the number as written (for the subject)
    before_text: str


# A sentence can hold a figure only if it has a digit or a number word before a noun.
_PREFILTER = re.compile(r"\d|(?<!\w)(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|trăm)\s", re.IGNORECASE)
_SEGMENT_BREAK = re.compile(r"[;:]")
# A line of a dash list, and the methods that only say what a number counts (`14 đảng viên`):
# under a header with a predicate (`Kết quả kết nạp ở một số đơn vị:`) the header types them.
_LIST_ITEM = re.compile(r"^\s*[-–+•*]\s")
_UNDER_A_HEADER = frozenset({"members.v1", "other.v1", figure_model.METHOD})
# A sentence that carries on a paragraph of goals: `Hàng năm, có từ 70% ...`.
_GOAL_CONTINUES = re.compile(r"^\W*(?:hàng năm|hằng năm|mỗi năm|đến năm|đến cuối năm|phấn đấu|trong đó)(?!\w)")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
# Counted nouns that keep a year-shaped or name-shaped number a figure (`1985 đảng viên`).
_COUNTED = re.compile(
    r"^[\s()]*(?:đảng viên|đv|đồng chí|người|cán bộ|chi bộ|đảng bộ|tổ chức (?:cơ sở|đảng)|hộ|lượt|đại biểu|"
    r"xã|phường|thôn|bản|lớp|đoàn|cuộc|học sinh|học viên|tccs|%)(?!\w)")
# The hedges of numbers.py, and `từ` (`có từ 70%`), at the end of the text before a number.
# `năm 2023 xã kết nạp ...`: after `năm` a year-shaped number is the year, even with a noun after it
_YEAR_WORD = re.compile(r"(?<!\w)năm\s*$")
_HEDGE_TAIL = re.compile(r"(?:(?<!\w)(?:{}|từ)\s*)+$".format("|".join(re.escape(h) for h in HEDGE_WORDS)))
_TARGET = re.compile(
    r"(?<!\w)(?:phấn đấu|mục tiêu|dự kiến|hướng tới|hướng đến|phải đạt|cần đạt|đặt ra|chỉ tiêu (?:là|đề ra là)|"
    r"kế hoạch (?:là|đề ra là)|(?:xây dựng|ban hành|lập|đề ra) kế hoạch (?:kiểm tra|giám sát)|nghị quyết đề ra|"
    r"theo nghị quyết|theo đề án|đề ra kế hoạch|đề ra chỉ tiêu|giao chỉ tiêu|chỉ tiêu giao|sẽ)(?!\w)")
# Words that report a result, so the clause is not a goal: `đến nay đã kết nạp được 41`.
_ACTUAL = re.compile(r"(?<!\w)(?:đã|đến nay|hiện nay|hiện có|kết quả|đạt được|thực hiện được)(?!\w)")
_SUBJECT_STOP = re.compile(
    r"[,;:.()\[\]“”\"]|(?<!\w)(?:đạt|chiếm|được|là|có|với|của|tại|ở|đã|đều|hoàn thành|so với|tăng|giảm|nâng|"
    r"và|thuộc|trên|kết nạp|tham gia|nhận|vinh dự|trong|đang|sinh hoạt|chưa|không|gồm|bao gồm|thì|đi|"
    r"đại diện|cho|đến từ|hơn|trị giá|khi|bị|để|nhằm)(?!\w)", re.IGNORECASE)
_TOTAL_PHRASE = re.compile(r"^(?:trong|trên)\s+(?:tổng\s+)?số\s+[\d.,]+\s*", re.IGNORECASE)
_LAST_WORD = re.compile(r"(?<!\w)(\w+)\s+$")
# (`giảm từ 4,6% xuống còn 0,8%`: the far end of a from-to pair restates the same measure)
_LINK_ONLY = re.compile(r"\s*(?:(?:đạt|chiếm|bằng|tương ứng(?: với)?|với tỷ lệ|đạt tỷ lệ|tỷ lệ|là|và|xuống còn|xuống|lên"
                        r"|(?:vào )?(?:cuối |đầu )?năm (?:19|20)\d\d)\s*)*")  # `giảm từ 46% năm 2020 xuống còn 18%`
_NOT_A_NOUN = re.compile(r"(?:chỉ tiêu|kế hoạch|so với|trở lên|tổng số|số|(?:vào )?(?:cuối |đầu )?năm (?:19|20)\d\d|\W|$)")
# between two items of a list: the first item's noun, then `và` or a comma
# `kết nạp 14 đảng viên, trong đó có 6 người là giáo dân`, `trong số đảng viên mới có 24 người
# dân tộc Mông`: people of a group among the members just counted
_MEMBERS_BEFORE = frozenset({"members_admitted", "party_members", "member_composition"})
_OF_THEM = re.compile(r"(?:(?<!\w)trong\s+đó|(?<!\w)có|,)\s*(?:có\s+)?$")
_AMONG_MEMBERS = re.compile(r"(?<!\w)trong\s+số\s+(?:các\s+)?(?:đảng\s+viên|đồng\s+chí)(?:\s+mới)?[^\d;:.]{0,30}?(?:có\s+)?$")
# `3.021: số đảng viên của Đảng bộ xã` (a box of figures): a number, a colon, then what it counts
_BOX_LABEL = re.compile(r"\s*:\s*(?:số\s+(?:lượng\s+)?)?(?=[^\W\d])")
# What is counted anew each year, or is a rate: a change in it is of the year it is stated for.
_FLOWS = frozenset({"members_admitted", "members_disciplined", "members_removed", "party_badges", "inspections",
                    "trainees", "training_courses", "cell_meetings", "poverty_rate", "income_per_capita"})
_BARE_AND = re.compile(r"\s*(?:và|hoặc|,)\s*")
_LIST_GAP = re.compile(r"(?:[^\d;:()]{1,40}?)?(?:,|\svà|\scùng)\s*")
_NEW_ITEM = re.compile(r",\s*\d")
_LOCATIVE_TAIL = re.compile(r"(?<!\w)(?:trên|thuộc)\s+địa\s+bàn(?:\s+của)?\s+$", re.IGNORECASE)
# Where the number's own clause ends inside its after-context: `412 đảng viên, không có đảng viên vi
# phạm ...` (a negated statement of its own), `4 đảng viên ở nước ngoài và xóa tên | 2 ...` (the
# next item's predicate).
_OWN_CLAUSE_END = re.compile(r",\s*(?:không|chưa)\s+(?:có|để)\s")
_NEXT_PREDICATE = re.compile(r"\s(?:và|,)\s+(?:đã\s+)?[^\W\d][^\d,;:()]*$")
_AND_GAP = re.compile(r"\s*[^\d;:,()]{1,40}?\s+(?:và|cùng)\s+")
# `Trong số 45 trưởng thôn, có 40 ...` / `trong 26 chi bộ trực thuộc có 20 chi bộ ...`
_OF_WHICH_BEFORE = re.compile(r"(?<!\w)(?:trong\s+(?:tổng\s+)?số|trên\s+tổng\s+số)\s*$")
_OF_WHICH_GAP = re.compile(r"[^\d;:.()]{1,60}?,?\s+(?:thì\s+|đã\s+|hiện\s+)?(?:có\s+)?(?:(?:%s)\s+)?" % "|".join(
    re.escape(h) for h in HEDGE_WORDS))
# `kết nạp 23 đảng viên trên tổng số 35 quần chúng được xét`: the 35 is the total of the 23
_TOTAL_AFTER_GAP = re.compile(r"\s+[^\W\d][^\d;:.()]{0,80}?\s+(?:trên|trong)\s+tổng\s+số\s*")
_AMONG_BEFORE = re.compile(r"(?:^|[,;:(]\s*|(?<!\w)(?:với|đối\s+với)\s+)trong\s+$")
_THEN_GAP = re.compile(r"\s+[^\W\d][^\d;:.()]{0,60}?,?\s+thì\s+(?:chỉ\s+|mới\s+|đã\s+)?(?:có\s+)?")
_AMONG_GAP = re.compile(r"\s+(\w+(?: \w+)?)[^\d;:.()]{0,40}?,?\s+(?:thì\s+|đã\s+|hiện\s+)?có\s+")
_LINK_TAIL = re.compile(r"(?:\s|(?<!\w)(?:đạt|chiếm|là|lên|bằng|có|với|tỷ lệ|đạt tỷ lệ|với tỷ lệ|tương ứng)(?!\w))+$")


def find_figures(doc: Document, sentences: list[Sentence], places: Places) -> list[Figure]:
    """Every statistic stated in `doc`, one row each (sentences arrive tokenized)."""
    keys = [sentence_key(s.text) for s in sentences]
    goals = [bool(_TARGET.search(k)) for k in keys]
    goal_paragraphs = {s.paragraph for s, g in zip(sentences, goals) if g}
    periods_of = periods.PeriodContext(sentences, periods.publication(doc, sentences), goal_paragraphs)
    rows: list[tuple[Sentence, Figure]] = []
    target_paragraph = None  # a paragraph that set out goals (phấn đấu ...) in an earlier sentence
    header = None  # the predicate of the `...:` line over the dash list being read
    for sentence, key, goal in zip(sentences, keys, goals):
        previous: Figure | None = None
        prev_segment = None
        continues_goals = target_paragraph == sentence.paragraph and _GOAL_CONTINUES.match(key)
        in_list = bool(_LIST_ITEM.match(sentence.text))
        if not in_list:
            header = indicators.list_header(key)
        found: list[Figure] = []
        for cand in find(sentence, key):
            inherit = previous if prev_segment == cand.segment else None
            figure = resolve(doc, cand, places, periods_of, inherit)
            if in_list and header is not None and figure.method in _UNDER_A_HEADER:
                figure = dataclasses.replace(figure, indicator=header.indicator, method=header.id)
            if continues_goals and figure.kind == "actual":
                figure = dataclasses.replace(figure, kind="target")
            found.append(figure)
            previous, prev_segment = figure, cand.segment
        rows += [(sentence, f) for f in _respectively(found, sentence, key, places)]
        if goal:
            target_paragraph = sentence.paragraph
        elif not continues_goals:
            target_paragraph = None
    return _dedupe(rows)


def _respectively(found: list[Figure], sentence: Sentence, key: str, places: Places) -> list[Figure]:
    """`Các chi bộ thôn A và thôn B ... lần lượt là 11 và 8 đồng chí`: the numbers after
    `lần lượt` go with the places named before it, one each, in order."""
    at = key.find("lần lượt")
    if at < 0:
        return found
    after = [k for k, f in enumerate(found) if f.char_start >= sentence.start + at]
    named = places.places_in(sentence, sentence.start + at)
    if len(after) < 2 or len(named) != len(after):
        return found
    out = list(found)
    for k, loc in zip(after, named):
        out[k] = dataclasses.replace(out[k], locality=loc.name, locality_level=loc.level, province=loc.province,
                                     province_2025=loc.province_2025, locality_code=loc.code)
    return out


def find(sentence: Sentence, key: str | None = None) -> list[Candidate]:
    """The numbers of one sentence that read as statistics, with their contexts
    (`key`: the sentence's `keys.key`, when the caller has it already)."""
    text = sentence.text
    if not _PREFILTER.search(text) or len(_LETTER_WORD.findall(text)) < 3:
        return []  # no number, or a line of page furniture (`|1`, `62`, `1,448`)
    key = key if key is not None else sentence_key(text)
    numbers = _denominators(key, [n for n in find_numbers(text) if not _is_nonfigure(n, text, key)])
    breaks = [m.start() for m in _SEGMENT_BREAK.finditer(text) if m.group(0) == ";" or _opens_clause(text, m.end())]
    out = []
    for i, n in enumerate(numbers):
        seg_start = max([b + 1 for b in breaks if b < n.start], default=0)
        seg_end = min([b for b in breaks if b >= n.end], default=len(text))
        lo = max(seg_start, numbers[i - 1].end if i else 0)
        after_start, hi = _after_span(text, numbers, i, seg_end)
        if (m := _NEW_ITEM.search(text, after_start, hi)) is not None:
            hi = m.start()  # `có 17 đảng viên, 3 năm liền đạt ...`: a dropped number opens a new item
        before, after = key[lo:n.start], key[after_start:hi]
        if i + 1 < len(numbers) and numbers[i + 1].start == hi and _BARE_AND.fullmatch(after):
            # `kết nạp 12 và 9 đảng viên`: the first number shares the second's noun and predicate
            after = key[numbers[i + 1].end:_after_span(text, numbers, i + 1, seg_end)[1]]
        elif i + 1 < len(numbers) and numbers[i + 1].start == hi and _AND_GAP.fullmatch(after):
            # `3 tổ chức đảng và 9 đảng viên có vi phạm ...`: the first item reads the predicate of the pair
            after = key[after_start:_after_span(text, numbers, i + 1, seg_end)[1]]
        elif i + 1 < len(numbers) and numbers[i + 1].start == hi and (m := _NEXT_PREDICATE.search(after)):
            after = after[:m.start()]
        if (m := _OWN_CLAUSE_END.search(after)) is not None:
            after = after[:m.start()]
        if (m := _BOX_LABEL.match(key, n.end)) is not None and not key[:n.start].strip(" -–+•*\t"):
            after = key[m.end():m.end() + 80].split(".")[0]  # `3.021: số đảng viên ...`: the label says what it counts
        lead = _HEDGE_TAIL.sub("", before)
        ctx = indicators.Context(before=before, lead=lead, after=after, sentence=key, unit=n.unit)
        out.append(Candidate(sentence, n, ctx, (seg_start, seg_end), text[after_start:hi], text[lo:n.start]))
    return out


def _denominators(key: str, numbers: list[NumberSpan]) -> list[NumberSpan]:
    """`Trong số 45 trưởng thôn, có 40 người ...`: 45 is the total of 40, not a row of its
    own; `trong 26 chi bộ trực thuộc có 20 chi bộ ...` and `có 30 thôn thì 28 thôn ...`: 26
    and 30 are counts (they stay) and the totals of the numbers that follow them."""
    out: list[NumberSpan] = []
    skip = False
    for i, n in enumerate(numbers):
        if skip:
            skip = False
            continue
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        gap = key[n.end:nxt.start] if nxt is not None else ""
        fits = (nxt is not None and n.unit == nxt.unit == "count" and n.total is None and nxt.total is None
                and n.value_max is None and nxt.value <= n.value)
        before = key[:n.start]
        if fits and _OF_WHICH_BEFORE.search(before) and _OF_WHICH_GAP.fullmatch(gap):
            out.append(dataclasses.replace(nxt, total=n.value))  # the denominator is not a row
            skip = True
            continue
        if fits and _AMONG_BEFORE.search(before) and (m := _AMONG_GAP.fullmatch(gap)) \
                and key[nxt.end:].lstrip().startswith(m.group(1)):  # the same noun: `trong 26 chi bộ có 20 chi bộ`
            out += [n, dataclasses.replace(nxt, total=n.value)]
            skip = True
            continue
        if (nxt is not None and n.unit == nxt.unit == "count" and n.total is None and n.value_max is None
                and nxt.value >= n.value and _TOTAL_AFTER_GAP.fullmatch(gap)):
            out.append(dataclasses.replace(n, total=nxt.value))  # the total is not a row
            skip = True
            continue
        if fits and _THEN_GAP.fullmatch(gap):  # `gồm có 66 trưởng thôn thì có 49 ...`: the 66 are the whole
            out += [n, dataclasses.replace(nxt, total=n.value)]
            skip = True
            continue
        out.append(n)
    return out


def _opens_clause(text: str, pos: int) -> bool:
    """A colon opens a new clause when a capital follows (`bao gồm: Đảng bộ ...`), not
    when a value does (`Số chi bộ: 26`, `trong đó: nữ 1.200 đồng chí`)."""
    rest = text[pos:].lstrip(" “\"(")
    return bool(rest) and rest[0].isupper()


def _after_span(text: str, numbers: list[NumberSpan], i: int, seg_end: int) -> tuple[int, int]:
    """The number's after-context: up to the next number or the end of the clause.

    `100% (61/61) thôn`: a number in brackets right after another is skipped, so both
    read `thôn` as their counted noun.
    """
    start, j = numbers[i].end, i + 1
    if (m := re.search(r"\((?!\s*\d)", text[start:seg_end])) is not None:
        seg_end = start + m.start()  # `87,97% (trong đó, ... tiêu biểu chiếm 20,59%)`
    while j < len(numbers) and numbers[j].start < seg_end:
        gap = text[numbers[j - 1].end:numbers[j].start]
        if _LOCATIVE_TAIL.search(gap):
            j += 1  # `92% trưởng thôn trên địa bàn 14 xã đã qua ...`: the place is inside the noun phrase
            continue
        if gap.strip() != "(":
            return start, numbers[j].start
        start = numbers[j].end
        j += 1
    return start, seg_end


def resolve(doc: Document, cand: Candidate, places: Places, periods_of: periods.PeriodContext,
            inherit: Figure | None = None) -> Figure:
    """Type one candidate and fill every column of its `Figure`."""
    n, s, ctx = cand.number, cand.sentence, cand.context
    match = indicators.classify(ctx)
    indicator, method, negated, confidence = "other", "other.v1", False, 0.5
    if match is not None:
        indicator, method, negated = match.rule.indicator, match.rule.id, match.negated
        confidence = (0.9, 0.9, 0.8, 0.7, 0.7)[match.pass_]
    if _part_of_members(cand, match, inherit):
        indicator, method, negated, confidence = "member_composition", "composition_of.v1", False, 0.7
    elif inherit is not None and _qualifies_previous(cand, match):
        indicator, method, negated, confidence = inherit.indicator, "inherit.v1", inherit.negated, 0.7
    elif inherit is not None and _shares_predicate(cand, match, inherit):
        indicator, method, negated, confidence = inherit.indicator, "list.v1", inherit.negated, 0.7
    elif inherit is not None and _elides_predicate(cand, match, inherit):
        indicator, method, negated, confidence = inherit.indicator, "ellipsis.v1", inherit.negated, 0.7
    if method == "other.v1":  # no rule decided: the context classifier may, when it is confident
        guess = figure_model.classify_undecided(s.text, n.start, n.end, n.unit)
        if guess is not None:
            indicator, method, confidence = guess[0], figure_model.METHOD, 0.6
    if n.in_words:
        confidence *= 0.9
    start = s.start + n.start
    loc = places.locality_at(s, start)
    kind = _kind(ctx.sentence, cand.segment[0], n.start)
    return Figure(
        doc=doc.id, indicator=indicator, value=n.value, value_max=n.value_max, qualifier=n.qualifier,
        unit=n.unit, total=n.total, negated=negated, kind=kind, subject=_subject(cand),
        locality=loc.name, locality_level=loc.level, province=loc.province, province_2025=loc.province_2025,
        locality_code=loc.code, period=periods_of.period(s, cand.segment, ctx.after, ctx.before, goal=kind == "target",
                                                          of_a_flow=inherit is not None and inherit.indicator in _FLOWS),
        published=doc.published,
        sentence=s.text, char_start=start, char_end=s.start + n.end, confidence=round(confidence, 2),
        method=method)


def _part_of_members(cand: Candidate, match: indicators.Match | None, previous: Figure | None) -> bool:
    """`..., trong đó có 6 người là giáo dân`: a group of the members counted just before
    (or named before the number: `trong số đảng viên mới có ...`), when no rule of its own
    types the number more closely than the clause does."""
    if match is not None and match.pass_ < 2 or cand.number.unit != "count":
        return False
    if not _people_group().match(cand.context.after):
        return False
    lead = cand.context.lead
    return bool(_AMONG_MEMBERS.search(cand.context.sentence[:cand.number.start])) or (
        previous is not None and previous.indicator in _MEMBERS_BEFORE and bool(_OF_THEM.search(lead)))


@functools.lru_cache(maxsize=1)
def _people_group():
    # the same groups as the counted-noun rule composition.v1 (`575 đảng viên nữ`)
    return re.compile(r"\s*(?:người|đồng chí)\s+(?:là\s+)?" + indicators.expand("{MEMBER_GROUP}") + r"(?!\w)")


def _qualifies_previous(cand: Candidate, match: indicators.Match | None) -> bool:
    """`..., đạt 50,98%`, `(chiếm 62,62%)`, `tương ứng từ 7.000 ...`: a share or restatement
    of the figure before it in the clause, so it takes that figure's indicator.

    Only when nothing but link words stand between them, and the number has no counted
    noun of its own (`tương ứng` links even then).
    """
    if match is not None and match.pass_ in (0, 1):
        return False
    tail = re.split(r"[,(]", cand.context.lead)[-1]
    if not _LINK_ONLY.fullmatch(tail):
        return False
    if "tương ứng" in tail:
        return True
    after = cand.context.after.lstrip(" ()")
    return not after or bool(_NOT_A_NOUN.match(after))


def _shares_predicate(cand: Candidate, match: indicators.Match | None, previous: Figure) -> bool:
    """`kỷ luật 3 tổ chức đảng và 25 đảng viên`: the second item of a list takes the
    predicate that typed the first one, when nothing of its own types it."""
    if match is not None and match.pass_ < 4:
        return False
    rule = indicators.rule_by_id().get(previous.method)
    return (rule is not None and rule.indicator != "other" and bool({0, 2} & set(rule.passes))
            and bool(_LIST_GAP.fullmatch(cand.context.lead)))


def _elides_predicate(cand: Candidate, match: indicators.Match | None, previous: Figure) -> bool:
    """`còn 21 bản chưa có đảng viên, nay chỉ còn hai bản`: the same counted noun with nothing
    after it restates the predicate of the figure before it."""
    if match is not None and match.pass_ < 4:
        return False
    rule = indicators.rule_by_id().get(previous.method)
    if rule is None or rule.indicator == "other" or rule.passes == (4,):
        return False
    subject = _subject(cand)
    rest = cand.context.after.strip(" ().,")
    return bool(subject) and subject == previous.subject and rest == subject.lower()


def _kind(key: str, segment_start: int, pos: int) -> str:
    """A goal when a target cue precedes the number in its clause, or earlier in the
    sentence with nothing in the clause that reports a result (`đến nay đã kết nạp ...`)."""
    if _TARGET.search(key, segment_start, pos):
        return "target"
    if _TARGET.search(key[:pos]) and not _ACTUAL.search(key, segment_start, pos):
        return "target"
    return "actual"


def _subject(cand: Candidate) -> str:
    """The counted noun phrase after the number (`chi bộ thôn, khối phố trực thuộc`); for
    money and for a share with no noun after it, what the text says before the number."""
    after = _TOTAL_PHRASE.sub("", cand.after_text.lstrip(" ()\"“"))
    m = _SUBJECT_STOP.search(after)
    words = (after[:m.start()] if m else after).split()[:8]
    if words and cand.number.unit != "vnd":
        return " ".join(words)
    # no noun after it (`tỷ lệ đảng viên nữ chiếm 42%`): the words before, less the link verb
    kept = len(_LINK_TAIL.sub("", _HEDGE_TAIL.sub("", cand.before_text.lower())).split())
    before = " ".join(re.split(r"[;:(]", " ".join(cand.before_text.split()[:kept]))[-1].split()[-6:])
    # else the predicate after it, up to the punctuation (`9,1% hoàn thành nhiệm vụ`)
    return before or " ".join(re.split(r"[,;:.()]", after)[0].split()[:6])


def _is_nonfigure(n: NumberSpan, text: str, key: str) -> bool:
    before, after = key[max(0, n.start - 60):n.start], key[n.end:n.end + 60]  # the rules read the edges
    stripped = _HEDGE_TAIL.sub("", before)
    counted = bool(_COUNTED.match(after))
    for rule in indicators.nonfigure_rules():
        if (rule.value is not None and n.value != rule.value) or (rule.keep_counted and counted):
            continue
        if rule.shape == "year" and not (_year_shaped(n) and (not counted or _YEAR_WORD.search(before))):
            continue
        if rule.shape == "name" and not (n.unit == "count" and not counted and _follows_name(text, n.start)):
            continue
        if rule.before is not None and not (n.unit == "count" and (rule.before.search(stripped)
                                                                  or rule.before.search(before))):
            continue
        if rule.after is not None and not (n.unit == "count" and rule.after.match(after)):
            continue
        return True
    return False


def _year_shaped(n: NumberSpan) -> bool:
    def year(v: float | None) -> bool:
        return v is not None and v == int(v) and 1900 <= v <= 2100
    plain = re.fullmatch(r"\d{4}(?:\s*[-–—]\s*\d{4})?", n.raw) is not None
    return plain and n.unit == "count" and year(n.value) and (n.value_max is None or year(n.value_max))


def _follows_name(text: str, pos: int) -> bool:
    """The word before `pos` is capitalised and does not open the sentence or a clause
    (`tiểu khu Sao Đỏ 2`, but not `Có 8 đảng bộ`)."""
    m = _LAST_WORD.search(text[:pos])
    if m is None or not m.group(1)[0].isupper() or m.group(1)[0].isdigit():
        return False
    head = text[:m.start()].rstrip()
    return bool(head) and head[-1] not in ".;:!?,(\"“–-"


def _dedupe(rows: list[tuple[Sentence, Figure]]) -> list[Figure]:
    """One row per statistic: a headline figure restated in the body, a repeated sentence,
    and a figure restated in a later paragraph are kept once (the body's, the first)."""
    body = {(f.value, f.value_max, f.unit) for s, f in rows if s.kind != "title"}
    seen: set[tuple] = set()
    stated: dict[tuple, tuple[int, str | None]] = {}  # statistic -> (paragraph, locality) first stated
    out = []
    for s, f in rows:
        if s.kind == "title" and (f.value, f.value_max, f.unit) in body:
            continue  # headline numbers are restated in the body
        repeat = (s.text, f.char_start - s.start, f.indicator)
        if repeat in seen:
            continue
        seen.add(repeat)
        if s.kind != "title" and _restated(f, s.paragraph, stated):
            continue
        out.append(f)
    return out


def _restated(f: Figure, paragraph: int, stated: dict) -> bool:
    """`11 đồng chí` in the lead and again in the closing paragraph. Small numbers and
    100% recur by chance, so only from 10 up; a restatement names the same place or a
    vaguer one (the province, none)."""
    if f.value < 10 or f.value == 100:
        return False
    key = (f.indicator, f.value, f.value_max, f.unit, f.total, f.kind)
    first = stated.setdefault(key, (paragraph, f.locality))
    if first[0] == paragraph:
        return False
    return f.locality in (first[1], None) or f.locality_level == "province"
