"""The Vietnamese number reader: a pure function from text to the quantities it spells.

    find_numbers("đạt 35,34% chỉ tiêu")  -> [NumberSpan(value=35.34, unit="percent", ...)]

Conventions of Vietnamese print: `.` groups thousands and `,` is the decimal point
(`3.485` = 3485, `0,36%` = 0.36), scale words multiply (`4,7 ngàn` = 4700, `56 triệu
đồng` = 56 000 000 vnd), `a/b` is a part of a whole (`8/146`) unless it is a date
(`ngày 20/01`, `3/2`), `5 – 6` and `từ 3 đến 4%` are ranges, and a hedge just before
the number (`hơn`, `gần`, `khoảng`) or `trở lên` just after it is its qualifier.
Numbers written in words (`Hai đồng chí`, `mười lăm`) are read only before a counted
noun, so `một số`, `năm 2021` and `tư nhân` stay words.

Dates, clock times and document numbers (`02-NQ/TU`) are recognised and *not*
returned: they are not quantities. Deciding whether a quantity is a statistic is
the figure extractor's job (figures.py), not this module's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["NumberSpan", "find_numbers", "parse_digits", "parse_words", "HEDGE_WORDS"]


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """A quantity in a text; `text[start:end]` spells it (`35,34%`, `5 – 6`, `8/146`)."""

    start: int
    end: int
    value: float
    value_max: float | None = None
    unit: str = "count"  # count | percent | vnd
    qualifier: str = "exact"  # exact | over | under | nearly | about
    total: float | None = None
    raw: str = ""
    in_words: bool = False  # spelt in words (`hai`, `mười lăm`)
    scaled: bool = False  # carried a scale word (`nghìn`, `triệu`)


# A digit group: `3.485`, `1.234,5`, `35,34`, `06`.
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALE = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_SCALE_RE = r"(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)"

# Not inside a word or another number (`H5N1`, `4.0`, `COVID-19`, `GMT+7`, `22:26` stay out).
_ATOM_RE = re.compile(rf"(?<![\w.,:+])(?<![^\W\d_]-)(?<![^\W\d_]/)({_NUM})(?!\w)")
_SLASH_TAIL = re.compile(rf"(?:/(?:{_NUM}))+(?![\w])")
_DASH_TAIL = re.compile(r"(?:-\d{1,4})+(?!\w|[.,]\d)")
# `02-NQ/TU`, `453-QĐ/TU`, `05/2018/NĐ-CP`: a document number.
_DOCNO_TAIL = re.compile(r"(?:/\d+)*[-/]?[A-ZĐ][\wĐđ]*(?:[/-][\wĐđ]+)*")
_SCALE_AFTER = re.compile(rf"\s*({_SCALE_RE})(?!\w)", re.IGNORECASE)
_PCT_AFTER = re.compile(r"\s?%|\s+phần\s+trăm(?!\w)", re.IGNORECASE)
# `đồng` is the currency unless it starts a word (`đồng chí`, `đồng bào`, `đồng thời`).
_VND_AFTER = re.compile(
    r"\s*(?:đồng(?!\w)(?!\s+(?:chí|bào|thời|ý|hương|tâm|nghiệp|bộ|loạt|hành|minh|đội|bằng|ruộng|lòng|"
    r"khởi|tình|phục|ca|đều|nhất|sức|thuận|môn|đẳng)(?!\w))|đ(?!\w)|VNĐ|VND)(?![\w])")
_DOTTED_DATE = re.compile(r"\.\d{1,2}\.\d{2,4}(?!\d)")
_TIME_AFTER = re.compile(r"(?:h\d{0,2}|\s*giờ|:\d{2})(?!\w)", re.IGNORECASE)

# The end of a range of days: `ngày 4 - 5/8`, `từ ngày 2 đến 4/12/2024`.
_DAY_RANGE_TAIL = re.compile(r"\s*(?:[-–—]|đến|tới|và)\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?!\d)", re.IGNORECASE)
# Words that make the digits right after them a date: `ngày 27-11`, `dịp 3/2`.
_DATE_CUE_BEFORE = re.compile(
    r"(?:ngày|dịp|hôm|sáng|chiều|tối|trưa|đêm|mùng|mồng|tháng|từ ngày|đến ngày)\s+$", re.IGNORECASE)

_DIGIT_WORDS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
                "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_NUMBER_WORDS = [*_DIGIT_WORDS, "mười", "mươi", "trăm", "linh", "lẻ", "nghìn", "ngàn", "triệu", "tỷ"]
_WORDS_RE = re.compile(
    r"(?<!\w)(?:{0})(?:\s+(?:{0}))*(?!\w)".format("|".join(_NUMBER_WORDS)), re.IGNORECASE)
# Nouns that follow a number spelt in words when it counts something. `một số`,
# `năm 2021`, `tư nhân` do not count: no counted noun follows.
_COUNTED_AFTER_WORDS = re.compile(
    r"\s+(?:đồng chí|đảng viên|chi bộ|đảng bộ|tổ chức|cơ sở|xã|phường|thị trấn|thôn|bản|buôn|"
    r"làng|ấp|xóm|tổ|khu phố|tiểu khu|hộ|lớp|đoàn|cuộc|người|học sinh|học viên|cán bộ|"
    r"đại biểu|huyện|quận|tỉnh|đơn vị|trường hợp|lượt|ĐV|phần trăm|bí thư|trưởng|quần chúng|đoàn viên|"
    r"hội viên|sinh viên|công nhân|kỳ)(?!\w)",
    re.IGNORECASE)

# `mỗi quý có một kỳ sinh hoạt`: one meeting, a count (`một kỳ họp` on its own is an article).
_ONE_MEETING = re.compile(r"(?<!\w)(?:có|tổ\s+chức|họp|sinh\s+hoạt)\s+một\s+kỳ(?:\s+sinh\s+hoạt|\s+họp)?(?!\w)",
                          re.IGNORECASE)
_YEAR_WORD_BEFORE = re.compile(
    r"(?<!\w)(?:hàng|hằng|mỗi|trong|cả|cuối|đầu|giữa|những|các|nhiều|qua|này|sang|từng)\s+$", re.IGNORECASE)

_HEDGES = [  # longest first; the hedge nearest the number wins (`vượt gần 30%` -> nearly)
    ("trên dưới", "about"), ("không dưới", "over"), ("không ít hơn", "over"), ("không vượt quá", "under"),
    ("gần như", "nearly"), ("ngót", "nearly"), ("chưa đến", "under"), ("chưa tới", "under"), ("không đến", "under"),
    ("không tới", "under"), ("không quá", "under"), ("tối đa", "under"), ("xấp xỉ", "about"),
    ("ước tính", "about"), ("ước đạt", "about"), ("ước khoảng", "about"), ("khoảng chừng", "about"), ("ít nhất", "over"),
    ("tối thiểu", "over"), ("hơn", "over"), ("trên", "over"), ("vượt", "over"), ("ngoài", "over"),
    ("dưới", "under"), ("gần", "nearly"), ("khoảng", "about"), ("chừng", "about"), ("ước", "about"),
]
HEDGE_WORDS = tuple(h for h, _ in _HEDGES)
_HEDGE_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))({})\s+$".format("|".join(re.escape(h) for h, _ in _HEDGES)), re.IGNORECASE)
_HEDGE_CODE = dict(_HEDGES)
_OR_MORE_AFTER = re.compile(r"\s*trở\s+lên(?!\w)", re.IGNORECASE)
_OR_LESS_AFTER = re.compile(r"\s*trở\s+xuống(?!\w)", re.IGNORECASE)
# `vượt 16% chỉ tiêu`: the target was exceeded BY 16%, an exact margin (not `more than 16`).
_EXCESS_AFTER = re.compile(r"\s*%?\s+(?:so\s+với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)(?!\w)", re.IGNORECASE)
_MET_AND = re.compile(r"(?<!\w)(?:đạt|hoàn thành)\s+và\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?<!\w)từ\s+$", re.IGNORECASE)
_NOUN_THEN = re.compile(r"\s+[^\W\d][^\d;,.()]{0,40}?\s+trở\s+(lên|xuống)(?!\w)", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*[-–—]\s*|\s+(?:đến|tới|hoặc|đến\s+khoảng)\s+", re.IGNORECASE)
_TOTAL_GAP = re.compile(r"\s+(?:trong|trên)\s+(?:tổng\s+)?số\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Atom:
    start: int
    end: int
    value: float
    unit: str
    in_words: bool = False
    scaled: bool = False
    total: float | None = None
    value_max: float | None = None


def parse_digits(s: str) -> float:
    """`3.485` -> 3485, `35,34` -> 35.34, `1.234,5` -> 1234.5, `06` -> 6."""
    return float(s.replace(".", "").replace(",", "."))


def parse_words(s: str) -> int | None:
    """`mười lăm` -> 15, `hai trăm linh năm` -> 205, `ba mươi mốt` -> 31; None if not a number."""
    words = s.lower().split()
    total, seg, last = 0, 0, None
    prev = None
    for w in words:
        if w in _DIGIT_WORDS:
            if w in ("mốt", "lăm") and prev not in ("mươi", "mười"):
                if not (w == "lăm" and prev in ("mươi", "mười", "trăm", "nghìn", "ngàn")):
                    return None
            if last is not None:
                return None  # two digits in a row: `hai ba` is not a number
            last = _DIGIT_WORDS[w]
        elif w == "mười":
            if last is not None:
                return None
            seg += 10
        elif w == "mươi":
            if last is None:
                return None
            seg += last * 10
            last = None
        elif w == "trăm":
            if last is None:
                return None
            seg += last * 100
            last = None
        elif w in ("linh", "lẻ"):
            if prev != "trăm":
                return None
        elif w in _SCALE:
            if last is None and seg == 0:
                return None
            total += (seg + (last or 0)) * int(_SCALE[w])
            seg, last = 0, None
        else:
            return None
        prev = w
    value = total + seg + (last or 0)
    return value or None


def _digit_atoms(text: str) -> list[_Atom]:
    atoms = []
    for m in _ATOM_RE.finditer(text):
        start, end = m.span(1)
        if atoms and start < atoms[-1].end:
            continue  # already consumed by the previous compound
        before, rest = text[max(0, start - 14):start], text[end:]
        if _DOCNO_TAIL.match(rest) and rest[:1] in "-/" and not rest[1:2].isdigit():
            continue  # 02-NQ/TU
        if rest[:1] == "/" and (tail := _SLASH_TAIL.match(rest)):
            if re.match(r"[/-][A-ZĐ]", rest[tail.end():]):
                continue  # 33/2023/NĐ-CP
            atom = _slash_compound(text, start, end + tail.end(), before)
            if atom is not None:
                atoms.append(atom)
            else:
                atoms.append(_Atom(start, end + tail.end(), float("nan"), "date"))
            continue
        if rest[:1] == "-" and (tail := _DASH_TAIL.match(rest)):
            if re.match(r"/\d", rest[tail.end():]):
                atoms.append(_Atom(start, end + tail.end(), float("nan"), "date"))  # 24-25/7/2025
                continue
            atoms.append(_dash_compound(text, start, end + tail.end(), before))
            continue
        if _DATE_CUE_BEFORE.search(before) and (tail := _DAY_RANGE_TAIL.match(rest)):
            atoms.append(_Atom(start, end + tail.end(), float("nan"), "date"))  # ngày 4 - 5/8, ngày 2 đến 4/12
            continue
        if _TIME_AFTER.match(rest) or _DOTTED_DATE.match(rest):
            continue  # 14h30, 8 giờ, 7:30; 3.2.1930
        if re.match(r"/\d{4}", rest) or (_DATE_CUE_BEFORE.search(before) and re.match(r"[/.-]\d", rest)):
            continue
        atoms.append(_scaled(text, start, end, parse_digits(m.group(1))))
    return [a for a in atoms if a.unit != "date"]


def _slash_compound(text: str, start: int, end: int, before: str) -> _Atom | None:
    """`8/146` is a part of a whole; `20/01/2022`, `9/2022`, `3/2` are dates (None)."""
    parts = text[start:end].split("/")
    if len(parts) != 2 or _DATE_CUE_BEFORE.search(before):
        return None
    a, b = parse_digits(parts[0]), parse_digits(parts[1])
    if "." not in parts[1] and 1900 <= b <= 2100 and a <= 12:
        return None  # tháng 9/2022
    if a > b and b <= 12 and a <= 31:
        return None  # 27/11, 3/2: a part cannot exceed its whole, so this is a day/month
    if b == 0:
        return None
    return _Atom(start, end, a, "count", total=b)


def _dash_compound(text: str, start: int, end: int, before: str) -> _Atom:
    """`27-11`, `28-8-2018` are dates; an unspaced `5-6` or `2020-2025` is a range."""
    parts = text[start:end].split("-")
    nums = [parse_digits(p) for p in parts]
    if len(nums) > 2 or _DATE_CUE_BEFORE.search(before):
        return _Atom(start, end, float("nan"), "date")
    a, b = nums
    if a <= 31 and 1 <= b <= 12 and a >= b:
        return _Atom(start, end, float("nan"), "date")
    atom = _scaled(text, start, end, a)
    factor = _scale_of(text, atom) if atom.scaled else 1.0  # `5-6 nghìn`: the scale covers both ends
    return _Atom(atom.start, atom.end, a * factor, atom.unit, scaled=atom.scaled, value_max=b * factor)


def _scaled(text: str, start: int, end: int, value: float, in_words: bool = False) -> _Atom:
    """Extend a number over a scale word and `%`: `4,7 ngàn`, `35,34%`, `56 triệu đồng`."""
    unit, scaled = "count", False
    if m := _SCALE_AFTER.match(text, end):
        value *= _SCALE[m.group(1).lower()]
        end, scaled = m.end(), True
    if m := _PCT_AFTER.match(text, end):
        return _Atom(start, m.end(), value, "percent", in_words, scaled)
    if _VND_AFTER.match(text, end):
        unit = "vnd"
    return _Atom(start, end, value, unit, in_words, scaled)


def _word_atoms(text: str) -> list[_Atom]:
    atoms = []
    for m in _WORDS_RE.finditer(text):
        value = parse_words(m.group(0))
        if value is None:
            continue
        after = text[m.end():]
        if not (_COUNTED_AFTER_WORDS.match(after) or _PCT_AFTER.match(after)):
            continue  # `một số`, `năm 2021`, `tư nhân`: not a quantity
        if (value == 1 and m.group(0).lower() in ("một", "mốt")
                and not _ONE_MEETING.search(text, max(0, m.start() - 12), m.end() + 14)):
            continue  # `một chi bộ` is an article, not a count; `có một kỳ sinh hoạt` counts
        if m.group(0).lower() == "năm" and _YEAR_WORD_BEFORE.search(text[:m.start()]):
            continue  # `hằng năm người dân`, `trong năm đảng viên`: the year, not five
        atoms.append(_scaled(text, m.start(), m.end(), float(value), in_words=True))
    return atoms


def _merge_ranges(text: str, atoms: list[_Atom]) -> list[_Atom]:
    """`5 – 6`, `từ 3 đến 4%`, `1 hoặc 2`, `từ 70% -80%` -> one atom with value_max."""
    out: list[_Atom] = []
    for atom in atoms:
        if out:
            prev = out[-1]
            gap = text[prev.end:atom.start]
            if (prev.total is None and atom.total is None and prev.value_max is None and atom.value_max is None
                    and _RANGE_GAP.fullmatch(gap) and prev.value < atom.value
                    and (prev.unit == atom.unit or (prev.unit == "count" and atom.unit == "percent"))):
                factor = 1.0
                if atom.scaled and not prev.scaled:
                    factor = _scale_of(text, atom)  # `7 đến 9 nghìn`: the scale covers both ends
                out[-1] = _Atom(prev.start, atom.end, prev.value * factor, atom.unit, prev.in_words,
                                prev.scaled or atom.scaled, value_max=atom.value)
                continue
            if prev.total is None and prev.value_max is None and _TOTAL_GAP.fullmatch(gap) and atom.value >= prev.value:
                out[-1] = _Atom(prev.start, prev.end, prev.value, prev.unit, prev.in_words, prev.scaled,
                                total=atom.value)
                continue
        out.append(atom)
    return out


def _scale_of(text: str, atom: _Atom) -> float:
    m = re.search(_SCALE_RE, text[atom.start:atom.end], re.IGNORECASE)
    return _SCALE[m.group(0).lower()] if m else 1.0


def _qualifier(text: str, atom: _Atom) -> str:
    if atom.value_max is None:
        if _OR_MORE_AFTER.match(text, atom.end):
            return "over"  # `từ 7% trở lên`
        if _OR_LESS_AFTER.match(text, atom.end):
            return "under"
        if _FROM_BEFORE.search(text, max(0, atom.start - 8), atom.start) and (m := _NOUN_THEN.match(text, atom.end)):
            return "over" if m.group(1).lower() == "lên" else "under"  # `từ 25 đảng viên trở lên`
    window = text[max(0, atom.start - 24):atom.start]
    m = _HEDGE_BEFORE.search(window)
    if m and _MET_AND.search(window, 0, m.start()):
        return "exact"  # `đạt và vượt 15/17 chỉ tiêu`: met or exceeded, the count is exact
    if m and m.group(1).lower() == "vượt" and _EXCESS_AFTER.match(text, atom.end):
        return "exact"
    return _HEDGE_CODE[m.group(1).lower()] if m else "exact"


def find_numbers(text: str) -> list[NumberSpan]:
    """Every quantity in `text`, in order, with offsets into `text`."""
    if not re.search(r"\d", text) and not _WORDS_RE.search(text):
        return []
    atoms = sorted(_digit_atoms(text) + _word_atoms(text), key=lambda a: a.start)
    spans = []
    for atom in _merge_ranges(text, atoms):
        unit = atom.unit
        if unit == "count" and _VND_AFTER.match(text, atom.end):
            unit = "vnd"
        spans.append(NumberSpan(
            start=atom.start, end=atom.end, value=atom.value, value_max=atom.value_max, unit=unit,
            qualifier=_qualifier(text, atom), total=atom.total, raw=text[atom.start:atom.end],
            in_words=atom.in_words, scaled=atom.scaled))
    return spans
