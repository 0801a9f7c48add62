"""Typing a number with the indicator vocabulary, from declarative rules.

The rules live in `patterns/indicators.jsonl` (what a number counts) and
`patterns/nonfigures.jsonl` (numbers that are not statistics); `{NAME}` refers to a
sub-pattern of `patterns/macros.json`. Patterns are lower case and match the
key of the sentence (`keys.key`: lower case, one tone convention); a space in a pattern matches any
run of blanks. Each rule has an id (written to `Figure.method`) and an example that
the test-suite runs.

A rule looks at the number's context (`Context`): the clause text before it (`before`,
`lead` = before without the hedge), after it (`after`, whose start is the counted
noun), and the whole sentence. Rules are tried in passes, strongest evidence first:

    0  `lead`: the predicate right before the number   kết nạp | 52 ĐV mới
    1  a cue after the number (or the counted noun)     604 TCCSĐ | hoàn thành tốt nhiệm vụ
    2  a cue before it, the nearest wins                tỷ lệ đảng viên nữ chiếm | 50%
    3  a cue anywhere in the sentence                   Huy hiệu ... 30 năm tuổi Đảng có | 24 đảng viên
    4  the counted noun alone                           73 | tổ chức cơ sở đảng
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from partymine.errors import ExtractError

__all__ = ["Rule", "NonFigureRule", "Context", "Match", "rules", "rule_by_id", "nonfigure_rules", "classify", "expand"]

_PATTERNS = "partymine.extract.patterns"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    indicator: str
    where: str  # lead | noun | after | before | clause | sentence | default
    lead: re.Pattern | None
    noun: re.Pattern | None
    cue: re.Pattern | None
    unit: str | None
    negated: re.Pattern | bool
    example: str
    expect: dict

    @property
    def passes(self) -> tuple[int, ...]:
        if self.lead is not None:
            return (0,)
        return {"noun": (1,), "after": (1,), "clause": (1, 2), "before": (2,), "sentence": (3,)}.get(self.where, (4,))


@dataclass(frozen=True, slots=True)
class NonFigureRule:
    id: str
    shape: str | None  # year | name | None
    before: re.Pattern | None
    after: re.Pattern | None
    value: float | None
    keep_counted: bool  # the rule does not apply when a counted noun follows (`kết luận 4 đảng viên`)
    example: str
    number: str


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule may look at, all in match-key form (lower case, one tone convention)."""

    before: str
    lead: str
    after: str
    sentence: str
    unit: str


@dataclass(frozen=True, slots=True)
class Match:
    rule: Rule
    pass_: int
    negated: bool


@functools.lru_cache(maxsize=1)
def macros() -> dict[str, str]:
    raw = json.loads(resources.files(_PATTERNS).joinpath("macros.json").read_text(encoding="utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


def expand(pattern: str) -> str:
    """`{DV} mới` -> `(?:đảng viên|đv|đồng chí)\\s+mới`: macros in, spaces as `\\s+`."""
    table = macros()
    for _ in range(5):  # macros may use macros
        new = re.sub(r"\{([A-Z_]+)\}", lambda m: table[m.group(1)], pattern)
        if new == pattern:
            break
        pattern = new
    return pattern.replace(" ", r"\s+")


def _compile(pattern: str | None, template: str, rule_id: str) -> re.Pattern | None:
    if not pattern:
        return None
    try:
        return re.compile(template.format(expand(pattern)))
    except (re.error, KeyError) as exc:
        raise ExtractError(f"pattern {rule_id}: {exc}") from exc


def read_patterns(name: str) -> list[dict]:
    text = resources.files(_PATTERNS).joinpath(name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


_WORD_END = r"(?!\w)"


@functools.lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    out = []
    for d in read_patterns("indicators.jsonl"):
        rid = d["id"]
        negated = d.get("negated", False)
        out.append(Rule(
            id=rid, indicator=d["indicator"], where=d.get("where", "default"),
            lead=_compile(d.get("lead"), r"(?:^|(?<!\w))(?:{})\s*$", rid),
            noun=_compile(d.get("noun"), r"^[\s()\"“”]*(?:{})" + _WORD_END, rid),
            cue=_compile(d.get("cue"), r"(?<!\w)(?:{})" + _WORD_END, rid),
            unit=d.get("unit"),
            negated=negated if isinstance(negated, bool) else _compile(negated, r"(?<!\w)(?:{})" + _WORD_END, rid),
            example=d["example"], expect=d["expect"]))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def rule_by_id() -> dict[str, Rule]:
    return {r.id: r for r in rules()}


@functools.lru_cache(maxsize=1)
def nonfigure_rules() -> tuple[NonFigureRule, ...]:
    out = []
    for d in read_patterns("nonfigures.jsonl"):
        rid = d["id"]
        sep = d.get("before_sep", "")
        out.append(NonFigureRule(
            id=rid, shape=d.get("shape"),
            before=_compile(d.get("before"), r"(?:^|(?<!\w))(?:{})" + expand(sep).replace("{", "{{").replace("}", "}}")
                            + r"\s*$", rid),
            after=_compile(d.get("after"), r"^\s*(?:{})" + _WORD_END, rid),
            value=d.get("value"), keep_counted=d.get("keep_counted", False), example=d["example"], number=d["number"]))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class ListHeader:
    """A line ending in `:` whose predicate types the numbers of the dash list under it."""

    id: str
    indicator: str
    cue: re.Pattern
    example: str
    expect: dict


@functools.lru_cache(maxsize=1)
def list_headers() -> tuple[ListHeader, ...]:
    return tuple(ListHeader(d["id"], d["indicator"], _compile(d["cue"], r"(?<!\w)(?:{})" + _WORD_END, d["id"]),
                            d["example"], d["expect"]) for d in read_patterns("list_headers.jsonl"))


def list_header(key: str) -> ListHeader | None:
    """The header rule of a sentence (match-key text) that opens a list, if one applies."""
    if not key.rstrip().endswith(":"):
        return None
    return next((h for h in list_headers() if h.cue.search(key)), None)


@functools.lru_cache(maxsize=1)
def _by_pass() -> tuple[tuple[tuple[int, Rule], ...], ...]:
    """(file order, rule) for each of the five passes."""
    return tuple(tuple((order, r) for order, r in enumerate(rules()) if p in r.passes) for p in range(5))


def classify(ctx: Context) -> Match | None:
    """The rule that types a number in this context, or None (the caller decides)."""
    for pass_, candidates in enumerate(_by_pass()):
        best: tuple[int, int, Rule] | None = None  # (distance, order, rule)
        for order, rule in candidates:
            if rule.unit and rule.unit != ctx.unit:
                continue
            if rule.noun is not None and not rule.noun.match(ctx.after):
                continue
            distance = _distance(rule, pass_, ctx)
            if distance is not None and (best is None or (distance, order) < best[:2]):
                best = (distance, order, rule)
        if best is not None:
            return Match(best[2], pass_, _negated(best[2], ctx))
    return None


def _distance(rule: Rule, pass_: int, ctx: Context) -> int | None:
    """How far the rule's evidence is from the number (smaller is stronger); None: no match."""
    if pass_ == 0:
        return 0 if rule.lead.search(ctx.lead) else None
    if pass_ == 4:
        return 0
    if rule.cue is None:  # a `noun` rule: the counted noun is the cue
        return 0 if rule.noun is not None else None
    if pass_ == 1:
        m = rule.cue.search(ctx.after)
        return m.start() if m else None
    if pass_ == 2:
        ends = [m.end() for m in rule.cue.finditer(ctx.before)]
        return len(ctx.before) - ends[-1] if ends else None
    return 0 if rule.cue.search(ctx.sentence) else None


def _negated(rule: Rule, ctx: Context) -> bool:
    if isinstance(rule.negated, bool):
        return rule.negated
    return bool(rule.negated.search(ctx.after) or rule.negated.search(ctx.lead[-30:]))
