"""One self-contained HTML report a researcher can open offline.

    write_report(store, "report.html") -> ReportSummary

Sections: the corpus (documents per year, site, province), one chart block per indicator and
unit (latest value per locality, values over time), the practice heat-map, and every figure
with its evidence sentence (the number highlighted) and a link to its source.

Charts are Altair (Vega-Lite) specs drawn in the page by Vega-Embed, whose JavaScript is
inlined from `vl-convert-python`: the file loads nothing from the network. The page itself is
`report_template.html` (Jinja2) filled with data.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path

from partymine.compare import group_of, infer_level, latest_cell, period_of, value_text
from partymine.errors import PartymineError
from partymine.text import match_key

MAX_BARS = 25  # localities per "latest value" chart
MAX_LINES = 8  # localities per "over time" chart
MAX_HEATMAP_ROWS = 40
_LEVEL_ORDER = ["province", "district", "commune", "village", "unknown"]
_LEVEL_COLOURS = ["#4c78a8", "#72b7b2", "#54a24b", "#b279a2", "#9d9d9d"]
_CONFLICT_COLOUR = "#d62728"  # no level uses red: a red bar always means documents disagree


@dataclass(frozen=True, slots=True)
class ReportSummary:
    path: Path
    charts: int
    figures: int
    practices: int
    documents: int
    bytes: int


@dataclass(frozen=True, slots=True)
class Chart:
    id: str
    title: str
    spec_json: str  # Vega-Lite JSON, safe to put inside <script type="application/json">
    note: str = ""


def write_report(store, path: str | Path) -> ReportSummary:
    """Write the report to `path` (atomically); returns what it holds."""
    path = Path(path)
    figures = list(store.iter_figures())
    for n, f in enumerate(figures, 1):
        f["n"] = n
    practices = list(store.iter_practices())
    overview = {**_corpus_counts(store), "figures": len(figures), "practices": len(practices)}
    overview_charts = _overview_charts(overview)
    indicator_charts = _indicator_charts(figures)
    practice_charts = _practice_charts(practices)
    all_charts = [*overview_charts, *indicator_charts, *practice_charts]
    html = _template().render(
        overview=overview, overview_charts=overview_charts, indicator_charts=indicator_charts,
        practice_charts=practice_charts, all_charts=all_charts, figures=_figure_rows(store, figures),
        vega_bundle=vega_bundle(), generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        version=_version(),
    )
    tmp = path.with_name(path.name + ".partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(html, encoding="utf-8")
        tmp.replace(path)  # a half-written report never stands under the requested name
    except OSError as exc:
        raise PartymineError(f"{path}: cannot write the report: {exc.strerror or exc}") from exc
    return ReportSummary(path, len(all_charts), len(figures), len(practices), overview["documents"],
                         path.stat().st_size)


# -- page and scripts ------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _template():
    import jinja2

    source = resources.files("partymine").joinpath("report_template.html").read_text("utf-8")
    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(source)


@lru_cache(maxsize=1)
def vega_bundle() -> str:
    """Vega, Vega-Lite and Vega-Embed as one script, at the Vega-Lite version Altair writes."""
    try:
        import vl_convert
    except ImportError as exc:
        raise PartymineError("the HTML report needs vl-convert-python to inline its chart library: "
                             "pip install vl-convert-python") from exc
    from altair.utils._importers import vl_version_for_vl_convert

    bundle = vl_convert.javascript_bundle(vl_version=vl_version_for_vl_convert())
    return bundle.replace("</script", "<\\/script")  # never close the inline <script> early


def _version() -> str:
    from partymine import __version__

    return __version__


def _chart(id_: str, title: str, chart, note: str = "") -> Chart:
    spec = json.dumps(chart.to_dict(), ensure_ascii=False).replace("</", "<\\/")
    return Chart(id_, title, spec, note)


# -- corpus ----------------------------------------------------------------------------------

def _corpus_counts(store) -> dict:
    one = lambda sql: [(k, v) for k, v in store.conn.execute(sql)]  # noqa: E731
    return {
        "documents": store.count_documents(),
        "by_year": one("SELECT COALESCE(SUBSTR(published, 1, 4), '(unknown)'), COUNT(*) FROM documents GROUP BY 1 ORDER BY 1"),
        "by_site": one("SELECT COALESCE(site, '(none)'), COUNT(*) FROM documents GROUP BY 1 ORDER BY 2 DESC"),
        "by_province": one("SELECT COALESCE(province, '(unknown)'), COUNT(*) FROM documents GROUP BY 1 ORDER BY 2 DESC"),
    }


def _overview_charts(overview: dict) -> list[Chart]:
    import altair as alt

    charts = []
    for key, label, sort in (("by_year", "year", "ascending"), ("by_site", "site", "-x"),
                             ("by_province", "province", "-x")):
        data = [{label: k, "documents": v} for k, v in overview[key]]
        if not data:
            continue
        chart = alt.Chart(alt.Data(values=data)).mark_bar().encode(
            x=alt.X("documents:Q", title="documents"),
            y=alt.Y(f"{label}:N", sort=sort, title=label),
            tooltip=[alt.Tooltip(f"{label}:N"), alt.Tooltip("documents:Q")],
        ).properties(width=500, height=alt.Step(18))
        charts.append(_chart(f"corpus-{label}", f"Documents per {label}", chart))
    return charts


# -- indicators ------------------------------------------------------------------------------

def _indicator_charts(figures: list[dict]) -> list[Chart]:
    by_group: dict[str, list[dict]] = defaultdict(list)
    for f in figures:
        if f["kind"] == "actual" and f["locality"]:
            by_group[group_of(f)].append(f)
    return [_indicator_chart(group, figs) for group, figs in sorted(by_group.items())]


def _place(f: dict) -> tuple:
    return match_key(f["locality"]), match_key(f["province"] or "")


def _indicator_chart(group: str, figs: list[dict]) -> Chart:
    import altair as alt

    by_place: dict[tuple, list[dict]] = defaultdict(list)
    for f in figs:
        by_place[_place(f)].append(f)
    label = _place_labels(by_place)
    bars = []
    for key, place_figs in by_place.items():
        cell = latest_cell(place_figs)
        level = place_figs[0]["locality_level"] or infer_level(place_figs[0]["locality"]) or "unknown"
        bars.append({"place": label[key], "level": level, "value": cell["value"], "period": cell["period"],
                     "sources": cell["sources"], "conflict": cell["conflict"] or "none",
                     "figures": _numbers(place_figs), "warn": _warning(cell)})
    bars.sort(key=lambda b: -b["value"])
    shown = bars[:MAX_BARS]
    base = alt.Chart(alt.Data(values=shown)).encode(
        # An explicit order: layers sorted by a field make Vega-Lite warn and drop the sort.
        y=alt.Y("place:N", sort=[b["place"] for b in shown], title=None),
        x=_value_axis(group.split(".")[1], [b["value"] for b in shown]),
    )
    latest = alt.layer(
        base.mark_bar().encode(
            color=alt.condition("datum.warn == '⚠'", alt.value(_CONFLICT_COLOUR),
                                alt.Color("level:N", scale=alt.Scale(domain=_LEVEL_ORDER, range=_LEVEL_COLOURS))),
            tooltip=["place:N", "level:N", "value:Q", "period:N", "sources:Q", "conflict:N", "figures:N"]),
        base.mark_text(align="left", dx=3).encode(text="warn:N"),
    ).properties(width=420, height=alt.Step(18), title="latest value per locality")
    over_time = _over_time(figs, label)
    chart = alt.hconcat(latest, over_time).resolve_scale(color="independent") if over_time else latest
    note = _localities(len(bars)) + (f"; the {MAX_BARS} with the largest values shown" if len(bars) > MAX_BARS else "")
    return _chart(f"ind-{group.replace('.', '-')}", group.replace(".", " · "), chart, note)


def _value_axis(unit: str, values: list[float]):
    """A linear axis; past a 100x range (a province's members against a village's) a log one."""
    import altair as alt

    positive = [v for v in values if v > 0]
    if not positive or max(positive) <= 100 * min(positive):
        return alt.X("value:Q", title=unit)
    return alt.X("value:Q", title=f"{unit} (log scale)", scale=alt.Scale(type="symlog"),
                 axis=alt.Axis(values=_powers_of_ten(max(positive)), labelExpr="format(datum.value, ',')"))


def _powers_of_ten(top: float) -> list[float]:
    ticks, tick = [0], 1
    while tick <= top * 10:
        ticks.append(tick)
        tick *= 10
    return ticks


def _warning(cell: dict) -> str:
    """⚠ when documents disagree, … when one article states several values, else nothing."""
    if not cell["conflict"]:
        return ""
    return "⚠" if cell["disagree"] else "…"


def _over_time(figs: list[dict], label: dict) -> object | None:
    import altair as alt

    by_place: dict[tuple, list[dict]] = defaultdict(list)
    for f in figs:
        if period_of(f)[0][0]:
            by_place[_place(f)].append(f)
    years = {k: {period_of(f)[0][0] for f in v} for k, v in by_place.items()}
    keep = sorted((k for k in years if len(years[k]) > 1), key=lambda k: -len(years[k]))[:MAX_LINES]
    if not keep:
        return None
    points = [{"place": label[k], "year": period_of(f)[0][0], "value": f["value"], "period": period_of(f)[1],
               "figure": f"#{f['n']}", "doc": f["doc"]} for k in keep for f in by_place[k]]
    # The line joins each year's value as the comparison picks it; every figure is a point.
    line = [{"place": label[k], "year": year, "value": latest_cell(year_figs)["value"]}
            for k in keep for year, year_figs in _by_year(by_place[k]).items()]
    x = alt.X("year:O", title="period (end year)", axis=alt.Axis(labelAngle=0))
    colour = alt.Color("place:N", title=None)
    return alt.layer(
        alt.Chart(alt.Data(values=line)).mark_line().encode(x=x, y=alt.Y("value:Q"), color=colour),
        alt.Chart(alt.Data(values=points)).mark_point(filled=True).encode(
            x=x, y=alt.Y("value:Q"), color=colour, tooltip=["place:N", "period:N", "value:Q", "figure:N", "doc:N"]),
    ).properties(width=360, height=260, title="over time")


def _by_year(figs: list[dict]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = defaultdict(list)
    for f in figs:
        out[period_of(f)[0][0]].append(f)
    return dict(sorted(out.items()))


def _place_labels(by_place: dict[tuple, list[dict]]) -> dict[tuple, str]:
    """The locality as written; with its province when the same name occurs in two provinces."""
    names = Counter(k[0] for k in by_place)
    out = {}
    for key, figs in by_place.items():
        name = figs[0]["locality"]
        out[key] = f"{name} · {figs[0]['province']}" if names[key[0]] > 1 else name
    return out


def _numbers(figs: list[dict]) -> str:
    return ", ".join(f"#{f['n']}" for f in figs[:12]) + (" …" if len(figs) > 12 else "")


# -- practices -------------------------------------------------------------------------------

def _practice_charts(practices: list[dict]) -> list[Chart]:
    import altair as alt

    docs: dict[tuple, set] = defaultdict(set)
    for p in practices:
        docs[(p["locality"] or "(no locality)", p["province"] or "", p["practice"])].add(p["doc"])
    if not docs:
        return []
    totals = Counter()
    for (place, province, _), ds in docs.items():
        totals[(place, province)] += len(ds)
    top = {k for k, _ in totals.most_common(MAX_HEATMAP_ROWS)}
    cells = [{"place": f"{place} · {province}" if province else place, "practice": code, "documents": len(ds)}
             for (place, province, code), ds in docs.items() if (place, province) in top]
    base = alt.Chart(alt.Data(values=cells)).encode(
        x=alt.X("practice:N", title=None, axis=alt.Axis(labelAngle=-40)),
        y=alt.Y("place:N", title=None),
    )
    heat = alt.layer(
        base.mark_rect().encode(color=alt.Color("documents:Q", scale=alt.Scale(scheme="blues")),
                                tooltip=["place:N", "practice:N", "documents:Q"]),
        base.mark_text(fontSize=10).encode(
            text="documents:Q",
            # white on the darker half of the colour scale
            color=alt.condition(f"datum.documents > {max(c['documents'] for c in cells) / 2}",
                                alt.value("white"), alt.value("black"))),
    ).properties(height=alt.Step(18), width=alt.Step(40))
    note = _localities(len(totals)) + (f"; the {MAX_HEATMAP_ROWS} with the most evidence shown" if len(totals) > MAX_HEATMAP_ROWS else "")
    return [_chart("practices", "Practices by locality (documents)", heat, note)]


# -- the figure table ------------------------------------------------------------------------

def _figure_rows(store, figures: list[dict]) -> list[dict]:
    texts: dict[str, str] = {}
    rows = []
    for f in figures:
        if f["doc"] not in texts:
            doc = store.get_document(f["doc"])
            texts[f["doc"]] = doc.text if doc else ""
        before, number, after = evidence_parts(texts[f["doc"]], f["sentence"], f["char_start"], f["char_end"])
        value = value_text(f["value"], f["value_max"], f["total"], f["qualifier"], percent=f["unit"] == "percent")
        rows.append({
            "n": f["n"], "indicator": f["indicator"] + (" (not)" if f["negated"] else ""), "kind": f["kind"],
            "value_text": value + (" đ" if f["unit"] == "vnd" else ""), "locality": f["locality"] or "",
            "level": f["locality_level"] or "", "province": f["province"] or "", "period": period_of(f)[1],
            "before": before, "number": number, "after": after, "url": _safe_url(f.get("url")),
            "doc": f["doc"], "published": f["published"] or "",
        })
    return rows


def evidence_parts(text: str, sentence: str, char_start: int, char_end: int) -> tuple[str, str, str]:
    """The sentence split around the number: offsets index the document, so find the sentence in it.

    When the sentence cannot be placed, the number is highlighted only if it occurs once in it.
    """
    start = text.find(sentence, max(0, char_end - len(sentence)))
    if 0 <= start <= char_start and char_end <= start + len(sentence):
        a, b = char_start - start, char_end - start
        return sentence[:a], sentence[a:b], sentence[b:]
    number = text[char_start:char_end]
    if number and sentence.count(number) == 1:
        a = sentence.index(number)
        return sentence[:a], number, sentence[a + len(number):]
    return sentence, "", ""


def _safe_url(url: str | None) -> str | None:
    """Only web links become links (a `javascript:` URL from a bad import never runs)."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _localities(n: int) -> str:
    return f"{n} locality" if n == 1 else f"{n} localities"
