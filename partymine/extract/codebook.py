"""The codebook: what each rule of the figure extractor reads, rendered from the pattern data.

    render_codebook() -> str   # markdown, one section per indicator, one row per rule

Researchers cite the `method` column of indicators.csv; this page says what each
rule id means, with the example sentence the test-suite checks it against.
"""
from __future__ import annotations

from collections import defaultdict

from partymine.extract import indicators

__all__ = ["render_codebook"]

_WHERE = {
    "lead": "the predicate right before the number",
    "noun": "the counted noun right after the number",
    "after": "a cue after the number, in its clause",
    "before": "a cue before the number, in its clause (nearest wins)",
    "clause": "a cue in the number's clause (after it first, then before it)",
    "sentence": "a cue anywhere in the sentence",
    "default": "the counted noun alone (when no cue decides)",
}


def _cell(s: str | None) -> str:
    return "" if not s else s.replace("|", "\\|").replace("\n", " ")


def _rule_where(rule: indicators.Rule) -> str:
    return "lead" if rule.lead is not None else rule.where


def render_codebook() -> str:
    """The codebook as markdown: indicator rules, then the numbers that are not figures."""
    raw = {d["id"]: d for d in indicators.read_patterns("indicators.jsonl")}
    by_indicator: dict[str, list[indicators.Rule]] = defaultdict(list)
    for rule in indicators.rules():
        by_indicator[rule.indicator].append(rule)
    out = [
        "# Figure extraction codebook",
        "",
        "Generated from `partymine/extract/patterns/*.jsonl` by `partymine.extract.codebook`.",
        "Each row of indicators.csv names in `method` the rule below that typed it; "
        "`inherit.v1` means a share that takes the indicator of the figure it qualifies "
        "(`kết nạp 52 ĐV mới, đạt 50,98%`), `list.v1` the second item of a list sharing "
        "one predicate, `composition_of.v1` people of a group among the members just counted "
        "(`kết nạp 14 đảng viên, trong đó có 6 người là giáo dân`), "
        "`other.v1` a statistic no rule types (its `subject` says what it counts).",
        "",
        "Rules are tried in passes: the predicate before the number, then cues after it, "
        "cues before it, the sentence, and last the counted noun alone.",
        "",
    ]
    for indicator in sorted(by_indicator):
        out += [f"## `{indicator}`", "", "| rule | reads | cue / noun | example |", "|---|---|---|---|"]
        for rule in by_indicator[indicator]:
            d = raw[rule.id]
            pattern = " · ".join(_cell(d.get(k)) for k in ("lead", "noun", "cue") if d.get(k))
            note = f" — {d['note']}" if d.get("note") else ""
            out.append(f"| `{rule.id}` | {_WHERE[_rule_where(rule)]}{note} | `{pattern}` | {_cell(rule.example)} |")
        out.append("")
    out += ["## Headers over a dash list", "",
            "A line ending in `:` whose predicate types the lines of the list under it that only "
            "say what they count (`- Đảng bộ xã A: 14 đảng viên`).", "",
            "| rule | indicator | cue | example |", "|---|---|---|---|"]
    for d in indicators.read_patterns("list_headers.jsonl"):
        out.append(f"| `{d['id']}` | `{d['indicator']}` — {_cell(d['note'])} | `{_cell(d['cue'])}` | {_cell(d['example'])} |")
    out += ["", "## Numbers that are not figures", "", "| rule | what | example (number) |", "|---|---|---|"]
    for d in indicators.read_patterns("nonfigures.jsonl"):
        what = d.get("note") or " · ".join(_cell(d.get(k)) for k in ("before", "after", "shape") if d.get(k))
        out.append(f"| `{d['id']}` | {_cell(what)} | {_cell(d['example'])} (`{d['number']}`) |")
    out += ["", "## Sub-patterns", "", "| name | pattern |", "|---|---|"]
    out += [f"| `{{{k}}}` | `{_cell(v)}` |" for k, v in indicators.macros().items()]
    return "\n".join(out) + "\n"
