"""Finding place mentions in text: regular expressions over cue data, no NER.

    find_mentions(text, offset=0, title=False) -> list[Mention]

A mention is one of

- ``named``: a type word and a name (`xã Vân Hồ`, `TP Lạng Sơn`, `tiểu khu Sao Đỏ 2`);
- ``organ``: a committee whose name fuses the type (`Huyện ủy Hiệp Hòa`; alone, `Tỉnh ủy`,
  it stands for the unit in scope and `name` is None);
- ``anaphor``: a type word alone that refers to the unit in scope (`toàn huyện`,
  `Hiện xã có`, `Công an tỉnh`), as opposed to a generic one (`các xã`, `cấp huyện`,
  `xã, phường, thị trấn`);
- ``bare``: a capitalised name without a type, after a party organ (`Đảng bộ Xuân Lộc`),
  in a list or brackets after a named place (`huyện Ân Thi, Kim Động`, `(Đắk Glong)`), a
  province name (`Thanh Hoá đặt mục tiêu`), or any name in a headline;
- ``party`` (`toàn Đảng bộ`), ``national`` (`toàn Đảng`, `cả nước`), ``region``
  (`khu vực Tây Nguyên`).

A mention is `former` when it names a predecessor of a merger: listed after a cue of
`data/cues.toml` (`sáp nhập`, `hợp nhất`, `thành lập trên cơ sở`, `trước đây là`...) up to
the end of the clause or a successor (`... thành xã C`), or followed by `(cũ)`/`cũ`.

Names are runs of capitalised syllables (digits and apostrophes kept: `Sao Đỏ 2`,
`Đạ M’ri`, `B’Tong`); they end at punctuation or the next lower-case word. Text is read
through `fix_tones`, which keeps offsets, so `ủy`/`uỷ` and `Hoà`/`Hòa` match alike.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files

from .gazetteer import fix_tones as normalize_tones
from .gazetteer import NEW, load_gazetteer, load_hints

_UPPER = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha())
_UP = f"[{re.escape(_UPPER)}]"
# One syllable of a name: `Hòa`, `M’ri`, `P'lao`, `B’Tong`; or a number: `2`, `12A`.
_SYL = re.compile(rf"{_UP}(?:\w|['’](?=\w))*|\d+[A-Za-z]?(?![\w])")
_WORD = re.compile(r"(?:\w|['’](?=\w))+")
_SEP = re.compile(r" (?:[-–] ?)?|[-–](?=\S)")  # one space, or a hyphen between two halves
_NUMBER_AFTER = re.compile(r" (\d{1,2})(?!\d|[.,/]\d)")
_RUN = re.compile(rf"(?<![\w'’]){_UP}(?:\w|['’](?=\w))*(?: {_UP}(?:\w|['’](?=\w))*)*")
_MAX_SYLLABLES = 6
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_KIND_RANK = {"named": 0, "organ": 0, "region": 1, "national": 2, "party": 3, "anaphor": 4, "bare": 5}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    kind: str  # named | organ | anaphor | bare | party | national | region
    type: str | None  # canonical type word (`thành phố`), None for bare/party/national
    name: str | None  # the name as written, tones normalised; None for anaphors
    text: str  # the mention as written
    cue: str | None = None  # bare: organ | list | paren | province (clause-initial) | province_inline | title
    job_title: bool = False  # inside a person's job title (`Phó Bí thư Đảng ủy phường X`)
    former: bool = False  # a predecessor in a merger (`sáp nhập xã A và xã B`, `huyện X (cũ)`)


@dataclass(frozen=True, slots=True)
class TypeRule:
    id: str
    type: str
    levels: tuple[str, ...]
    numeric: bool
    numeric_only: bool
    anaphor: str  # always | cued | never


@dataclass(frozen=True, slots=True)
class _Rules:
    types: dict[str, TypeRule]  # lower-case form or abbreviation -> rule
    type_re: re.Pattern
    abbr_re: re.Pattern
    organ_re: re.Pattern
    organ_types: dict[str, str]
    bare_cue_re: re.Pattern
    alias_re: re.Pattern
    party_re: re.Pattern
    national_re: re.Pattern
    region_re: re.Pattern
    list_type_before: re.Pattern
    list_type_after: re.Pattern
    not_names: tuple[str, ...]
    generic_before: frozenset[str]
    compound_after: frozenset[str]
    compound_before: frozenset[str]
    not_place_before: tuple[str, ...]
    village_cues: frozenset[str]
    job_titles: tuple[str, ...]
    title_organ_words: tuple[str, ...]
    job_title_re: re.Pattern
    predecessor_re: re.Pattern
    predecessor_gap: frozenset[str]
    time_words: tuple[str, ...]
    successor_re: re.Pattern
    list_words: frozenset[str]


def _alternation(forms) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


@lru_cache(maxsize=1)
def load_type_rules() -> list[dict]:
    return tomllib.loads(files("partymine.extract.localities").joinpath("data/types.toml").read_text("utf-8"))["type"]


@lru_cache(maxsize=1)
def load_cues() -> dict:
    return tomllib.loads(files("partymine.extract.localities").joinpath("data/cues.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    types: dict[str, TypeRule] = {}
    forms, abbrs = [], []
    for t in load_type_rules():
        rule = TypeRule(t["id"], t["type"], tuple(t["levels"]), t.get("numeric", False),
                        t.get("numeric_only", False), t.get("anaphor", "never"))
        for f in t["forms"]:
            types[normalize_tones(f).lower()] = rule
            forms.append(normalize_tones(f))
        for a in t.get("abbreviations", []):
            types[a] = rule
            abbrs.append(a)
    cues = load_cues()
    organ_types = {normalize_tones(f).lower(): o["type"] for o in cues["organ"] for f in o["forms"]}
    hints = load_hints()
    aliases = [f for a in hints.get("province_alias", []) for f in a["forms"]]
    region = hints["region"][0]
    type_alt = _alternation(forms)
    return _Rules(
        types=types,
        type_re=re.compile(rf"(?<![\w'’])(?:{type_alt})(?![\w'’])", re.IGNORECASE),
        abbr_re=re.compile(rf"(?<![\w'’.])(?:{_alternation(abbrs)})(?:\. ?| )(?={_UP})"),
        organ_re=re.compile(rf"(?<![\w'’])(?:{_alternation(organ_types)})(?![\w'’])", re.IGNORECASE),
        organ_types=organ_types,
        bare_cue_re=re.compile(rf"(?<![\w'’])(?:{_alternation(cues['bare_name_after'])}) (?={_UP})", re.IGNORECASE),
        alias_re=re.compile(rf"(?<![\w'’])(?:{_alternation(aliases)})(?![\w'’])"),
        party_re=re.compile(r"(?<![\w'’])(?:(?:toàn|cả) )?đảng bộ(?![\w'’])", re.IGNORECASE),
        national_re=re.compile(rf"(?<![\w'’])(?:{_alternation(cues['national'])})(?![\w'’])(?! bộ)", re.IGNORECASE),
        region_re=re.compile(rf"(?<![\w'’])(?:{_alternation(region['cues'])}) (?:{_alternation(region['names'])})(?![\w'’])",
                             re.IGNORECASE),
        list_type_before=re.compile(rf"(?:{type_alt})\s*(?:,|và|/|hoặc|-|–)\s*$", re.IGNORECASE),
        list_type_after=re.compile(rf"\s*(?:,|và|/|hoặc|-|–)\s*(?:{type_alt})(?![\w'’])", re.IGNORECASE),
        not_names=tuple(normalize_tones(n) for n in cues["not_names"]),
        generic_before=frozenset(cues["generic_before"]),
        compound_after=frozenset(cues["compound_after"]),
        compound_before=frozenset(cues["compound_before"]),
        not_place_before=tuple(cues["not_place_before"]),
        village_cues=frozenset(cues["village_anaphor_before"]),
        job_titles=tuple(sorted({normalize_tones(j).lower() for j in cues["job_titles"]}, key=len, reverse=True)),
        title_organ_words=tuple(sorted({normalize_tones(j).lower() for j in cues["title_organ_words"]},
                                       key=len, reverse=True)),
        job_title_re=re.compile(_alternation(normalize_tones(j).lower() for j in cues["job_titles"])),
        predecessor_re=re.compile(rf"(?<![\w'’])(?:{_alternation(cues['predecessor_cues'])})(?![\w'’])",
                                  re.IGNORECASE),
        predecessor_gap=frozenset(cues["predecessor_gap_words"]),
        time_words=tuple(cues["predecessor_time_words"]),
        successor_re=re.compile(rf"(?<![\w'’])(?:{_alternation(cues['successor_cues'])})"
                                r"(?: (?:đảng bộ|đảng ủy|chi bộ))?\s*$", re.IGNORECASE),
        list_words=frozenset(cues["predecessor_list_words"]),
    )


def type_rule(type_word: str) -> TypeRule | None:
    """The rule of a canonical type word (`thành phố`) or of any form or abbreviation."""
    rules = _rules().types
    return rules.get(type_word) or rules.get(normalize_tones(type_word).lower())


# ---------------------------------------------------------------- names

def scan_name(t: str, pos: int, *, numeric: bool, numeric_only: bool = False,
              spaced_hyphen: bool = True) -> tuple[str, int] | None:
    """The name starting at `t[pos]` (after one space), or None: capitalised syllables
    (and numbers), joined by single spaces or hyphens (` - ` only with `spaced_hyphen`:
    `Bà Rịa - Vũng Tàu`), at most six."""
    syllables: list[str] = []
    end = pos
    i = pos
    while len(syllables) < _MAX_SYLLABLES:
        m = _SYL.match(t, i)
        if not m:
            break
        syl = m.group(0)
        is_num = syl[0].isdigit()
        if is_num and not syllables and not numeric:
            break
        if not is_num and (numeric_only or (len(syl) > 1 and syl.isupper())):
            break  # acronyms end a name: `xã Thiện Hưng UBND`, `TP.HCM` is an alias
        syllables.append(t[i:m.end()])
        end = m.end()
        if numeric_only:
            break
        sep = _SEP.match(t, end)
        if not sep or not _SYL.match(t, sep.end()) or (not spaced_hyphen and len(sep.group(0)) > 1):
            break
        i = sep.end()
    if not syllables:
        return None
    return t[pos:end], end


def _not_name_at(t: str, pos: int, not_names: tuple[str, ...]) -> bool:
    """Whether an organisation word (`Khối`, `Quân sự`) rather than a name starts at `pos`."""
    return _not_names_re(not_names).match(t, pos) is not None


@lru_cache(maxsize=4)
def _not_names_re(not_names: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?:{_alternation(not_names)})(?![\w'’])")


# ---------------------------------------------------------------- context tests

def _words_before(t: str, start: int, limit: int = 3) -> list[str]:
    """Up to `limit` words before `start`, nearest first, stopping at punctuation."""
    out: list[str] = []
    i = start
    while len(out) < limit:
        j = i
        while j > 0 and t[j - 1] == " ":
            j -= 1
        if j == 0 or not (t[j - 1].isalnum() or t[j - 1] in "'’/"):
            break
        k = j
        while k > 0 and (t[k - 1].isalnum() or t[k - 1] in "'’/"):
            k -= 1
        out.append(t[k:j])
        i = k
    return out


def _next_word(t: str, end: int) -> str:
    m = _WORD.match(t, end + 1) if end < len(t) and t[end] == " " else None
    return m.group(0).lower() if m else ""


def _is_generic(t: str, start: int, end: int, rules: _Rules) -> bool:
    """`các xã`, `8 đảng bộ xã, phường`, `cấp huyện`, `xã hội`: not the unit in scope."""
    if _next_word(t, end) in rules.compound_after:
        return True
    before = _words_before(t, start, 8)
    if before and before[0].lower() in rules.compound_before:
        return True
    for n, w in enumerate(before):
        lw = w.lower()
        if lw in ("của", "trong", "toàn", "tại", "ở", "thuộc", "cả", "trên"):
            break  # a definite reference: `của tỉnh`, `toàn huyện`
        if (n < 3 and lw in rules.generic_before) or (any(c.isdigit() for c in lw) and not _YEAR.match(lw)):
            return True  # `các xã`, `3 chi bộ trạm y tế xã`
        if w[0].isupper():
            break  # `Đảng bộ huyện`, `Công an tỉnh`: the organ of the unit in scope
    two = " ".join(reversed(before[:2])).lower()
    if two in rules.generic_before:
        return True
    if rules.list_type_after.match(t, end) or rules.list_type_before.search(t, max(0, start - 24), start):
        return True
    return False


def _is_job_title(t: str, start: int, rules: _Rules) -> bool:
    """Whether the place at `start` is part of a person's title (`Phó Bí thư Thường trực
    Đảng ủy phường Chi Lăng`): strip organ words backwards, then look for a title."""
    low = t[max(0, start - 80):start].lower().rstrip()
    if not rules.job_title_re.search(low):
        return False

    def ends_with(phrase: str) -> bool:
        return low.endswith(phrase) and (len(low) == len(phrase) or not low[-len(phrase) - 1].isalnum())

    for _ in range(6):
        if any(ends_with(j) for j in rules.job_titles):
            return True
        w = next((w for w in rules.title_organ_words if ends_with(w)), None)
        if w is None:
            return False
        low = low[:-len(w)].rstrip()
    return False


# ---------------------------------------------------------------- finders

def _typed(t: str, src: str, rules: _Rules, out: list[Mention]) -> None:
    for m in rules.type_re.finditer(t):
        rule = rules.types[m.group(0).lower()]
        _emit_typed(t, src, rules, rule, m.start(), m.end(), m.end() + 1, out)
    for m in rules.abbr_re.finditer(t):
        key = m.group(0).rstrip(". ")
        _emit_typed(t, src, rules, rules.types[key], m.start(), m.start() + len(key), m.end(), out, abbr=True)


def _emit_typed(t, src, rules, rule: TypeRule, start, type_end, name_pos, out, abbr=False) -> None:
    found = None
    if name_pos <= len(t) and (abbr or (type_end < len(t) and t[type_end] == " ")):
        found = scan_name(t, name_pos, numeric=rule.numeric, numeric_only=rule.numeric_only,
                          spaced_hyphen=rule.levels != ("village",))
    if found and (not _not_name_at(t, name_pos, rules.not_names) or _is_unit_name(rule, found[0])):
        name, end = found
        before = _words_before(t, start, 1)
        if before and before[0].lower() in rules.compound_before and rule.levels == ("village",):
            return  # `văn bản Hướng dẫn`
        if rule.levels == ("village",) and len(name.split()) >= 3 and (_is_job_title(t, start, rules)
                                                                       or _is_job_title(t, type_end, rules)) \
                and (starts_with_surname(name) or person_like(name)):
            return  # `Trưởng bản Lò Văn Pọm`, `Bí thư Chi bộ thôn Nguyễn Văn Bình`: a person
        out.append(Mention(start, end, "named", rule.type, name, src[start:end],
                           job_title=_is_job_title(t, start, rules)))
        return
    if abbr or rule.anaphor == "never":
        return
    if rule.anaphor == "cued":
        before = _words_before(t, start, 1)
        if not before or before[0].lower() not in rules.village_cues or _is_generic(t, start, type_end, rules):
            return
    elif _is_generic(t, start, type_end, rules):
        return
    out.append(Mention(start, type_end, "anaphor", rule.type, None, src[start:type_end],
                       job_title=_is_job_title(t, start, rules)))


def _organs(t: str, src: str, rules: _Rules, out: list[Mention]) -> None:
    for m in rules.organ_re.finditer(t):
        if _next_word(t, m.end()) == "viên":
            continue  # `Tỉnh ủy viên`: a member of the committee, a job title
        typ = rules.organ_types[normalize_tones(m.group(0)).lower()]
        rule = type_rule(typ)
        found = scan_name(t, m.end() + 1, numeric=rule.numeric) if t[m.end():m.end() + 1] == " " else None
        if found and (not _not_name_at(t, m.end() + 1, rules.not_names) or _is_unit_name(rule, found[0])):
            out.append(Mention(m.start(), found[1], "organ", typ, found[0], src[m.start():found[1]],
                               job_title=_is_job_title(t, m.start(), rules)))
        elif not _is_generic(t, m.start(), m.end(), rules):
            out.append(Mention(m.start(), m.end(), "organ", typ, None, src[m.start():m.end()],
                               job_title=_is_job_title(t, m.start(), rules)))


def _bare(t: str, src: str, rules: _Rules, out: list[Mention], title: bool) -> None:
    for m in rules.bare_cue_re.finditer(t):
        found = scan_name(t, m.end(), numeric=False)
        if found and not _not_name_at(t, m.end(), rules.not_names) and not rules.type_re.match(found[0]):
            out.append(Mention(m.end(), found[1], "bare", None, found[0], src[m.end():found[1]], cue="organ"))
    gaz = load_gazetteer()
    spans = [(m.start(), m.end()) for m in rules.alias_re.finditer(t)
             if m.group(0).isupper() or not _after_capitalised(t, m.start())]
    spans += [(m.start(), m.end()) for m in _RUN.finditer(t) if gaz.province_named(m.group(0)) is not None]
    for start, end in spans:
        before = " ".join(reversed(_words_before(t, start, 2))).lower()
        if any(before == w or before.endswith(" " + w) for w in rules.not_place_before):
            continue  # `Đoàn Thanh niên Cộng sản Hồ Chí Minh`, `sông Đồng Nai`
        first = _words_before(t, start, 1)
        cue = "province" if not first or first[0].lower() in ("tại", "ở", "toàn", "cả") else "province_inline"
        out.append(Mention(start, end, "bare", None, t[start:end], src[start:end], cue=cue))
    if title:
        for m in _RUN.finditer(t):
            if not _not_name_at(t, m.start(), rules.not_names):
                end = _numbered_unit_end(t, m.end(), m.group(0), gaz)
                out.append(Mention(m.start(), end, "bare", None, t[m.start():end], src[m.start():end], cue="title"))


def _numbered_unit_end(t: str, end: int, name: str, gaz) -> int:
    """`A Lưới 2`, `Móng Cái 1`: since 2025 some communes and wards are numbered; the number
    is part of the name when a unit is called that."""
    m = _NUMBER_AFTER.match(t, end)
    if m and any(gaz.find(NEW, level, f"{name} {m.group(1)}") for level in ("commune", "province")):
        return m.end()
    return end


def starts_with_surname(name: str) -> bool:
    """Whether a name starts with a Vietnamese family name (Kinh or ethnic minority,
    `data/cues.toml` surnames): after a type word and unknown to the gazetteer, a person."""
    first = name.split(" ")[0]
    if first[:2] in ("H'", "H’") and first[2:3].isupper():
        return True  # Ê Đê, Gia Rai women's names: `H'Hen Niê`
    return first in _surnames() or any(name.startswith(s + " ") for s in _surnames() if " " in s)


def person_like(name: str) -> bool:
    """Three or more syllables with a middle name second (`Mè Văn Quyết`, `Sùng A Lử`)."""
    words = name.split(" ")
    return len(words) >= 3 and words[1] in _middle_names()


@lru_cache(maxsize=1)
def _middle_names() -> frozenset[str]:
    return frozenset(load_cues().get("middle_names", ()))


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(normalize_tones(s) for s in load_cues().get("surnames", ()))


def _is_unit_name(rule: TypeRule, name: str) -> bool:
    """`phường Đoàn Kết`, `xã Anh Sơn`: an official unit whose name starts like an organisation."""
    if rule.levels == ("village",):
        return False
    gaz = load_gazetteer()
    return any(gaz.find(scheme, lv, name) for scheme in ("legacy", "2025") for lv in rule.levels)


def _after_capitalised(t: str, start: int) -> bool:
    """`Bắc Sài Gòn`: the alias is the tail of a longer capitalised name."""
    before = _words_before(t, start, 1)
    return bool(before) and before[0][0].isupper() and t[start - 1] == " "


def _followers(t: str, src: str, rules: _Rules, found: list[Mention], out: list[Mention]) -> None:
    """Bare names in brackets or a list after a named place: `xã Đắk Plao (Đắk Glong)`,
    `các huyện Ân Thi, Kim Động, Văn Giang`."""
    for m in found:
        if m.kind not in ("named", "organ") or m.name is None:
            continue
        end = m.end
        for _ in range(8):
            p = re.compile(r" ?\( ?|, ?| và ").match(t, end)
            if not p:
                break
            found_name = scan_name(t, p.end(), numeric=False)
            if (not found_name or rules.type_re.match(t, p.end()) or rules.organ_re.match(t, p.end())
                    or _not_name_at(t, p.end(), rules.not_names)):
                break
            name, nend = found_name
            paren = "(" in p.group(0)
            if paren:
                close = re.compile(r" ?\)").match(t, nend)
                if not close:
                    break
                out.append(Mention(p.end(), nend, "bare", None, name, src[p.end():nend], cue="paren"))
                break
            nxt = t[nend:nend + 1]
            lower_next = nxt == " " and t[nend + 1:nend + 2].islower()  # the last item, then a verb
            if nxt not in (",", ";", ".", ":", ")", "") and not lower_next:
                break
            out.append(Mention(p.end(), nend, "bare", None, name, src[p.end():nend], cue="list"))
            end = nend


def _specials(t: str, src: str, rules: _Rules, out: list[Mention]) -> None:
    for m in rules.region_re.finditer(t):
        out.append(Mention(m.start(), m.end(), "region", None, src[m.start():m.end()], src[m.start():m.end()]))
    for m in rules.national_re.finditer(t):
        out.append(Mention(m.start(), m.end(), "national", None, None, src[m.start():m.end()]))
    for m in rules.party_re.finditer(t):
        word = m.group(0)
        nxt = _next_word(t, m.end())
        prefixed = " " in word[:4] or word.lower().startswith(("toàn ", "cả "))
        followed_by_place = bool(rules.type_re.match(t, m.end() + 1) or rules.organ_re.match(t, m.end() + 1)
                                 or _SYL.match(t, m.end() + 1) and t[m.end() + 1:m.end() + 2].isupper())
        if followed_by_place or nxt in ("cơ", "trực", "bộ", "phận", "và", "cấp"):
            continue
        clause_start = not _words_before(t, m.start(), 1) or (
            _words_before(t, m.start(), 1)[0].lower() in ("nay", "hiện", "đến", "tới"))
        if prefixed or (word[0] == "Đ" and clause_start):
            out.append(Mention(m.start(), m.end(), "party", None, None, src[m.start():m.end()]))


# ---------------------------------------------------------------- predecessors

_OLD_AFTER = re.compile(r" ?\(cũ\)| cũ(?![\w'’])")  # `huyện Tam Đảo (cũ)`, `của huyện X cũ`
_CHAIN_BACK = re.compile(r"^\s*(?:,|\()?\s*$")
_REGION_STOP = re.compile(r"[;!?]|\.(?=\s|$)")
_PARENT_WORDS = ("của", "thuộc", "trực thuộc", "trên địa bàn")
_NAMED_KINDS = ("named", "organ", "bare")


def _mark_former(t: str, found: list[Mention], rules: _Rules) -> list[Mention]:
    """Mark the predecessors of a merger: a place followed by `(cũ)`/`cũ` (with the chain
    before it), and the places listed after a predecessor cue (`được thành lập trên cơ sở
    sáp nhập xã A, xã B và xã C`) - they are history, not the place of later figures."""
    former: set[int] = set()
    for k, m in enumerate(found):
        if m.kind in _NAMED_KINDS and m.name and _OLD_AFTER.match(t, m.end):
            former.add(k)
            j = k
            while j > 0 and _CHAIN_BACK.match(t[found[j - 1].end:found[j].start]) and _unit_mention(found[j - 1]):
                j -= 1
                former.add(j)
    for c in rules.predecessor_re.finditer(t):
        former |= _listed_after(t, c, found, rules) | _listed_before(t, c, found)
    if not former:
        return found
    return [replace(m, former=True) if k in former else m for k, m in enumerate(found)]


def _unit_mention(m: Mention) -> bool:
    """A named unit above a village, or a bare name in a list (`phường A, B, C cũ`)."""
    if m.kind == "bare":
        return m.cue == "list"
    rule = type_rule(m.type) if m.kind in _NAMED_KINDS and m.type and m.name else None
    return rule is not None and rule.levels != ("village",)


def _listed_after(t: str, cue: re.Match, found: list[Mention], rules: _Rules) -> set[int]:
    """The places listed after one predecessor cue, up to the end of its clause, a
    successor (`... thành xã C`) or a new clause with its own subject."""
    before = t[max(0, cue.start() - 12):cue.start()].lower().rstrip()
    time_clause = any(before == w or before.endswith(" " + w) for w in rules.time_words)
    stop = _REGION_STOP.search(t, cue.end())
    end = stop.start() if stop else len(t)
    opened = t.rfind("(", 0, cue.start())
    if opened >= 0 and t.rfind(")", opened, cue.start()) < 0 and 0 <= t.find(")", cue.end()) < end:
        end = t.find(")", cue.end())  # `xã A (trước đây là xã B)`
    if time_clause and 0 <= t.find(",", cue.end()) < end:
        end = t.find(",", cue.end())  # `Sau khi sáp nhập xã B, xã A có ...`
    inside = [k for k, m in enumerate(found) if cue.end() <= m.start < end]
    if not inside or not _gap_is_list_head(t[cue.end():found[inside[0]].start], rules):
        return set()
    out: set[int] = set()
    prev_end = cue.end()
    for n, k in enumerate(inside):
        m = found[k]
        between = t[prev_end:m.start]
        prev_end = max(prev_end, m.end)
        if m.kind not in _NAMED_KINDS or not m.name or m.job_title:
            continue
        if rules.successor_re.search(t[max(0, m.start - 24):m.start]):
            break  # `sáp nhập xã A và xã B thành xã C`
        if n and "," in between and not _continues_list(t, m.end, rules):
            break  # `sáp nhập xã A, xã B, huyện X đã giảm ...`: a new clause
        lead = between.lower().rstrip()
        if n and any(lead == w or lead.endswith(" " + w) for w in _PARENT_WORDS):
            continue  # `... của huyện X`: the district around them, old only when marked `cũ`
        out.add(k)
    return out


_INTO = re.compile(r"\s+(?:lại\s+)?(?:vào|thành|với)\s")  # `sáp nhập vào`, `hợp nhất thành`
_VERB_GAP = re.compile(r"^\s*(?:\(cũ\))?\s*(?:được|đã|đã được|sẽ|sẽ được|cùng)?\s*$")
_LIST_GAP = re.compile(r"^\s*(?:,|và|,\s*và)\s*$")


def _listed_before(t: str, cue: re.Match, found: list[Mention]) -> set[int]:
    """`Đảng bộ xã A sáp nhập vào Đảng bộ xã B`, `xã A và xã B hợp nhất thành xã C`: the
    places right before the cue are the predecessors."""
    if not _INTO.match(t, cue.end()):
        return set()
    out: set[int] = set()
    end = cue.start()
    gap = _VERB_GAP
    for k in range(len(found) - 1, -1, -1):
        m = found[k]
        if m.end > end:
            continue
        if m.kind not in _NAMED_KINDS or not m.name or not gap.match(t[m.end:end]):
            break
        out.add(k)
        end, gap = m.start, _LIST_GAP
    return out


def _gap_is_list_head(gap: str, rules: _Rules) -> bool:
    """Between the cue and the first predecessor: unit words and numbers only."""
    if len(gap) > 60 or gap.startswith(",") or gap.rstrip().endswith(","):
        return False
    words = _WORD.findall(gap.lower())
    return all(w in rules.predecessor_gap or w.isdigit() for w in words)


def _continues_list(t: str, end: int, rules: _Rules) -> bool:
    rest = t[end:end + 16].lstrip()
    if not rest or rest[0] in ",;.:()-–":
        return True
    w = _WORD.match(rest)
    return w is not None and (w.group(0).lower() in rules.list_words or rest.lower().startswith("trực thuộc"))


def _dedupe(found: list[Mention]) -> list[Mention]:
    """Drop mentions overlapping a stronger one (typed beats bare; longer beats shorter)."""
    ranked = sorted(found, key=lambda m: (_KIND_RANK[m.kind], -(m.end - m.start), m.start))
    kept: list[Mention] = []
    for m in ranked:
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: m.start)


def find_mentions(text: str, offset: int = 0, *, title: bool = False) -> list[Mention]:
    """Place mentions in `text`, in order, offsets shifted by `offset`.
    With `title`, every capitalised run is also offered as a bare name (headlines name
    their subject without a type: `Hiệp Hòa kết nạp được 200 đảng viên mới`)."""
    rules = _rules()
    t = normalize_tones(text)
    found: list[Mention] = []
    _typed(t, text, rules, found)
    _organs(t, text, rules, found)
    _followers(t, text, rules, found, found)
    _bare(t, text, rules, found, title)
    _specials(t, text, rules, found)
    kept = _mark_former(t, _dedupe(found), rules)
    if offset:
        kept = [Mention(m.start + offset, m.end + offset, m.kind, m.type, m.name, m.text, m.cue, m.job_title,
                        m.former) for m in kept]
    return kept
