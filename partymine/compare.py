"""Localities side by side: the latest value of each indicator, and the practices each reports.

    compare_indicators(store, "district")  -> ComparisonTable   one row per district
    compare_practices(store, "province")   -> ComparisonTable   locality x practice

Rules a researcher can rely on:
- a row's values come only from figures about that very unit. Figures about places inside it
  are never merged into its values; with `parts=True` they are listed as rows of their own
  under it (`xã Đồng Thịnh › thôn Trung Cấp`), and only when their parent is known (from the
  GSO code the resolver found). The rest are left out and counted in `notes`.
- a column group is one (indicator, unit, kind, negated): a percent and a count of the same
  indicator are two groups, targets are not actuals.
- a cell holds the value of the latest period (the figure's period, else its article's
  publication year), the number of documents that state it, and, when documents disagree for
  that period, every value stated: flagged, never averaged.
- practices are evidence counts (documents), so a practice reported for a commune also counts
  for its district and province.
"""
from __future__ import annotations

import csv
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from partymine.corpus.export import neutralise, plain_number
from partymine.errors import PartymineError
from partymine.text import match_key, normalize_tones

LEVELS = ("province", "district", "commune")
UNITS = ("old", "2025")
_RANK = {"province": 0, "district": 1, "commune": 2, "village": 3}
_MERGER = "2025-07-01"  # the 34-province units are in force from this date
_QUALIFIER_MARK = {"exact": "", "over": ">", "under": "<", "nearly": "≲", "about": "≈"}
_KEY_COLUMNS = ("locality", "part", "level", "province")
# `conflict` lists every value of the latest period with its documents (`10 [d4]; 12 [d2, d3]`);
# `disagree` is true when those values come from more than one document.
CELL_FIELDS = ("value", "value_max", "total", "qualifier", "period", "sources", "docs", "conflict", "disagree")
_OPTIONAL_FIELDS = ("value_max", "total", "qualifier", "disagree")  # shown only when some row needs them
_EMPTY = {"qualifier": ("exact", None), "disagree": (False, None)}
WIDE_GROUPS = 4  # more groups than this do not fit a terminal side by side


# -- the table --------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ComparisonTable:
    """A wide table: key columns, then `<group>.<field>` columns (or one column per practice)."""

    kind: str  # indicators | practices
    level: str
    units: str
    groups: tuple[str, ...]
    columns: tuple[str, ...]
    rows: list[dict] = field(default_factory=list)
    notes: tuple[str, ...] = ()

    def to_csv(self, path: str | Path) -> int:
        path = Path(path)
        with path.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(self.columns)
            for row in self.rows:
                w.writerow([_cell_text(row.get(c)) for c in self.columns])
        return len(self.rows)

    def to_xlsx(self, path: str | Path) -> int:
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        sheet = wb.create_sheet("comparison")
        sheet.append(list(self.columns))
        for row in self.rows:
            sheet.append([_xlsx_value(row.get(c)) for c in self.columns])
        notes = wb.create_sheet("notes")
        for note in self.notes:
            notes.append([note])
        wb.save(path)
        return len(self.rows)

    def to_rich(self, wide: bool | None = None):
        """A terminal table: wide (a column per group) when few groups fit, else one line per cell."""
        from rich.table import Table

        wide = len(self.groups) <= WIDE_GROUPS if wide is None else wide
        title = f"{self.kind} by {self.level}" + (" (2025 units)" if self.units == "2025" else "")
        table = Table(title=title, caption="\n".join(self.notes) or None, caption_justify="left")
        what = "practice" if self.kind == "practices" else "indicator"
        heads = [*self.groups] if wide else [what, "documents" if self.kind == "practices" else "latest value"]
        places = [self.level] if self.level == "province" else [self.level, "province"]
        for name in (*places, *heads):
            table.add_column(name.replace(".", " "), overflow="fold")
        for row in self.rows:
            place = [row["locality"] + (f" › {row['part']}" if row.get("part") else "")]
            if self.level != "province":
                place.append(row.get("province") or "")
            cells = [(g, self._cell(row, g)) for g in self.groups]
            if wide:
                table.add_row(*place, *(c or "·" for _g, c in cells))
                continue
            for i, (g, c) in enumerate((g, c) for g, c in cells if c):
                table.add_row(*(place if i == 0 else [""] * len(place)), g.replace(".", " "), c.replace("\n", "  "))
            table.add_section()
        return table

    def _cell(self, row: dict, group: str) -> str:
        if self.kind == "practices":
            return str(row.get(group) or "")
        return _rich_cell(row, group)


def write_table(table: ComparisonTable, path: str | Path) -> int:
    """Write to `.csv` or `.xlsx` by the file's suffix; returns the number of rows."""
    suffix = Path(path).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise PartymineError(f"{path}: unknown output type {suffix or '(none)'}; use .csv or .xlsx")
    try:
        return table.to_csv(path) if suffix == ".csv" else table.to_xlsx(path)
    except OSError as exc:
        raise PartymineError(f"{path}: cannot write: {exc.strerror or exc}") from exc


def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return plain_number(v)
    if isinstance(v, int):
        return str(v)
    return neutralise(str(v))


def _xlsx_value(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return neutralise(v) if isinstance(v, str) else v


def _rich_cell(row: dict, group: str) -> str:
    value = row.get(f"{group}.value")
    if value is None:
        return ""
    text = value_text(value, row.get(f"{group}.value_max"), row.get(f"{group}.total"),
                       row.get(f"{group}.qualifier") or "exact", percent=".percent" in group)
    conflict = row.get(f"{group}.conflict") or ""
    if conflict:
        values = ", ".join(re.findall(r"(\S+) \[", conflict))
        # Documents disagreeing is a warning; one article stating several values (often
        # sub-counts the indicator does not tell apart) is shown as such.
        text += f" ⚠ ({values})" if row.get(f"{group}.disagree") else f" (one article: {values})"
    period = (row.get(f"{group}.period") or "?").replace(" (published)", "*")
    return f"{text}\n{period} · {row.get(f'{group}.sources')} src"


def value_text(value, value_max=None, total=None, qualifier="exact", percent=False) -> str:
    text = _QUALIFIER_MARK.get(qualifier, "") + plain_number(value)
    if value_max is not None:
        text += "–" + plain_number(value_max)
    if total is not None:
        text += "/" + plain_number(total)
    return text + ("%" if percent else "")


# -- placing a figure in a row ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Place:
    """The unit at the requested level that a row stands for."""

    key: tuple
    name: str
    province: str | None


@dataclass(frozen=True, slots=True)
class Placement:
    place: Place | None
    part: str | None = None  # the sub-unit's name when the figure is about a place inside `place`
    reason: str | None = None  # why there is no place: no_locality | above_level | parent_unknown


def place_of(row: dict, level: str, units: str = "old") -> Placement:
    """Where a figure (or practice) row goes in a table at `level`."""
    province = row.get("province_2025") if units == "2025" else row.get("province")
    own_level = row.get("locality_level") or infer_level(row.get("locality"), province)
    if not row.get("locality") or own_level is None:
        return Placement(None, reason="no_locality")
    if level == "province":
        return _place_in_province(row, province, own_level, units)
    if _RANK[own_level] < _RANK[level]:
        return Placement(None, reason="above_level")
    if own_level == level:
        return Placement(_unit(level, row["locality"], row.get("locality_code"), province))
    parent = parent_unit(row.get("locality_code"), level, row.get("published"))
    if parent is None:
        return Placement(None, reason="parent_unknown")
    name, code = parent
    return Placement(_unit(level, name, code, province), part=row["locality"])


def _place_in_province(row: dict, province: str | None, own_level: str, units: str) -> Placement:
    if not province:
        return Placement(None, reason="parent_unknown")
    place = Place(("province", match_key(province)), province, province)
    whole = own_level == "province" and (units == "old" or _same_province_in_2025(row))
    return Placement(place) if whole else Placement(place, part=row["locality"])


# The provinces the July 2025 merger left as they were (Nghị quyết 202/2025/QH15): for all the
# others a figure about the old province is about a part of the new one.
_UNMERGED = frozenset(match_key(p) for p in (
    "Hà Nội", "Huế", "Thừa Thiên Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
    "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"))


def _same_province_in_2025(row: dict) -> bool:
    if (row.get("published") or "") >= _MERGER:
        return True  # the article already uses the 2025 units
    return match_key(row.get("province") or "") in _UNMERGED


def _unit(level: str, name: str, code: str | None, province: str | None) -> Place:
    # Commune names repeat inside a province (two "xã Tân Lập"), so a code wins when there is one;
    # district names are unique in a province, and the name joins figures with and without code.
    ident = code if (code and level == "commune") else match_key(name)
    return Place((level, ident, match_key(province or "")), name, province)


# Types that name a unit's level (SCHEMA.md section 2, `locality`).
_TYPE_LEVELS = (
    ("tỉnh ", "province"), ("huyện ", "district"), ("quận ", "district"), ("thị xã ", "district"),
    ("thành phố ", None), ("xã ", "commune"), ("phường ", "commune"), ("thị trấn ", "commune"),
    ("đặc khu ", "commune"), ("thôn ", "village"), ("bản ", "village"), ("tổ dân phố ", "village"),
    ("khối phố ", "village"), ("tiểu khu ", "village"), ("ấp ", "village"), ("khu phố ", "village"),
    ("xóm ", "village"), ("làng ", "village"), ("buôn ", "village"), ("khóm ", "village"),
    ("sóc ", "village"), ("tổ ", "village"), ("khu ", "village"), ("khối ", "village"),
)


# Cities at province level; every other `thành phố` (Lạng Sơn, Sơn La...) is a district, and so
# was Huế while its province was Thừa Thiên Huế (until 2025).
_PROVINCE_CITIES = frozenset(match_key(c) for c in ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"))


def infer_level(locality: str | None, province: str | None = None) -> str | None:
    """The level a locality's type names (used when the row does not say)."""
    if not locality:
        return None
    key = match_key(locality)
    for prefix, level in _TYPE_LEVELS:
        if key.startswith(prefix):
            if level is None:
                city = key[len(prefix):]
                return "province" if city in _PROVINCE_CITIES or city == match_key(province or "-") == "huế" else "district"
            return level
    return None


def parent_unit(code: str | None, level: str, published: str | None) -> tuple[str, str | None] | None:
    """(name, code) of the district or commune that the GSO commune `code` belongs to, if known.

    A village's `locality_code` is its commune's (the most specific official unit). Districts
    exist only in the units before July 2025, so a newer article's commune has no district.
    """
    if not code or len(code) != 5:
        return None
    after_merger = bool(published) and published >= _MERGER
    row = _gazetteer(after_merger).get(code)
    if row is None:
        return None
    if level == "commune":
        return row["commune"], code
    if level == "district" and not after_merger:
        return row["district"], row["district_code"]
    return None


@lru_cache(maxsize=2)
def _gazetteer(after_merger: bool) -> dict[str, dict]:
    """GSO commune code -> names, from the vietnamadminunits data (old or 2025 units)."""
    path = resources.files("vietnamadminunits").joinpath("data", "dataset.db")
    with resources.as_file(path) as db, sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        if after_merger:
            sql = "SELECT wardCode, ward, wardType, NULL, NULL, NULL FROM admin_units"
        else:
            sql = "SELECT wardCode, ward, wardType, district, districtType, districtCode FROM admin_units_legacy"
        out = {}
        for code, ward, ward_type, district, district_type, district_code in conn.execute(sql):
            if not (code and ward):
                continue
            out[code] = {"commune": _typed_name(ward, ward_type),
                         "district": _typed_name(district, district_type) if district else None,
                         "district_code": district_code}
    return out


def _typed_name(name: str, unit_type: str) -> str:
    """`Huyện Định Hoá` -> `huyện Định Hóa` (SCHEMA.md's spelling)."""
    name = normalize_tones(name)
    if unit_type and name.startswith(unit_type):
        name = unit_type.lower() + name[len(unit_type):]
    return name


# -- indicators -----------------------------------------------------------------------------------

def group_of(fig: dict) -> str:
    """`party_members.count`, `poverty_rate.percent.target`, `village_head_is_member.count.negated`."""
    label = f"{fig['indicator']}.{fig['unit']}"
    if fig["kind"] == "target":
        label += ".target"
    if fig["negated"]:
        label += ".negated"
    return label


def period_of(fig: dict) -> tuple[tuple[int, int], str]:
    """(sort key, label): the stated period, else the publication year marked as such."""
    if fig.get("period"):
        years = [int(y) for y in re.findall(r"\d{4}", fig["period"])] or [0]
        return (max(years), min(years)), fig["period"]
    if fig.get("published"):
        year = int(fig["published"][:4])
        return (year, year), f"{year} (published)"
    return (0, 0), ""


def latest_cell(figs: list[dict]) -> dict:
    """The cell of one row and group: the latest period's value, its sources, any conflict."""
    by_period: dict[tuple, list[dict]] = defaultdict(list)
    for f in figs:
        by_period[period_of(f)[0]].append(f)
    latest = by_period[max(by_period)]
    stated = [period_of(f)[1] for f in latest]
    period = next((p for p in stated if "published" not in p), stated[0])  # a stated period wins
    by_value: dict[tuple, list[dict]] = defaultdict(list)
    for f in latest:
        by_value[(f["value"], f["value_max"])].append(f)
    # Most sources first, then the most recently published, the surest; within one article the
    # largest (a total comes before its parts: "3.324 đảng viên, trong đó 3 ..."). Always flagged.
    ranked = sorted(by_value.items(), key=lambda kv: kv[0][0], reverse=True)
    ranked.sort(key=lambda kv: max(f["confidence"] for f in kv[1]), reverse=True)
    ranked.sort(key=lambda kv: max(f.get("published") or "" for f in kv[1]), reverse=True)
    ranked.sort(key=lambda kv: len({f["doc"] for f in kv[1]}), reverse=True)
    (value, value_max), chosen = ranked[0]
    docs = sorted({f["doc"] for f in chosen})
    best = max(chosen, key=lambda f: f["confidence"])
    conflict = ""
    if len(by_value) > 1:
        conflict = "; ".join(f"{value_text(v, vmax)} [{', '.join(sorted({f['doc'] for f in fs}))}]"
                             for (v, vmax), fs in sorted(by_value.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)))
    return {"value": float(value), "value_max": value_max, "total": best["total"],
            "qualifier": best["qualifier"], "period": period, "sources": len(docs),
            "docs": "; ".join(docs), "conflict": conflict,
            "disagree": bool(conflict) and len({f["doc"] for f in latest}) > 1}


def compare_indicators(store, level: str, indicators: Iterable[str] | None = None, units: str = "old",
                       include_targets: bool = False, parts: bool = False) -> ComparisonTable:
    """One row per unit at `level`, one column group per (indicator, unit, kind, negated)."""
    _check(level, units)
    cells: dict[tuple, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    places: dict[tuple, tuple[Place, str | None]] = {}
    left_out: dict[str, int] = defaultdict(int)
    indicators = list(indicators or ())
    for fig in store.iter_figures(indicator=indicators or None):
        if fig["kind"] == "target" and not include_targets:
            continue
        where = place_of(fig, level, units)
        if where.place is None or (where.part and not parts):
            left_out[where.reason or "part"] += 1
            continue
        row_key = (where.place.key, match_key(where.part or ""))
        places.setdefault(row_key, (where.place, where.part))
        cells[row_key][group_of(fig)].append(fig)
    groups = sorted({g for per_row in cells.values() for g in per_row})
    rows = []
    for row_key in sorted(cells, key=lambda k: (places[k][0].province or "", places[k][0].name, k)):
        place, part = places[row_key]
        row = {"locality": place.name, "part": part, "level": level, "province": place.province}
        for g, figs in cells[row_key].items():
            row.update({f"{g}.{k}": v for k, v in latest_cell(figs).items()})
        rows.append(row)
    columns = [*_KEY_COLUMNS, *(f"{g}.{k}" for g in groups for k in CELL_FIELDS if _shown(rows, g, k))]
    notes = _notes(left_out, level, "figures", parts)
    missing = sorted(set(indicators) - {g.split(".")[0] for g in groups})
    if missing:
        notes = (f"nothing to show for: {', '.join(missing)}", *notes)
    return ComparisonTable("indicators", level, units, tuple(groups), tuple(columns), rows, notes)


def _shown(rows: list[dict], group: str, name: str) -> bool:
    if name not in _OPTIONAL_FIELDS:
        return True
    empty = _EMPTY.get(name, (None,))
    return any(row.get(f"{group}.{name}") not in empty for row in rows)


def _notes(left_out: dict[str, int], level: str, what: str, parts: bool) -> tuple[str, ...]:
    below = {"province": "district, commune or village", "district": "commune or village",
             "commune": "village"}[level]
    text = {
        "part": f"not shown: {{n}} about a {below} (--parts lists them under their {level})",
        "parent_unknown": f"left out: {{n}} about a {below} whose {level} is unknown",
        "above_level": f"not shown at this level: {{n}} about a larger unit than a {level}",
        "no_locality": "left out: {n} without a locality",
    }
    notes = [text[reason].format(n=f"{n} {what if n > 1 else what.rstrip('s')}")
             for reason, n in sorted(left_out.items()) if reason in text]
    if what == "figures":
        notes.append("period = the figure's period, else its article's publication year (* in the table); "
                     "⚠ = documents disagree for that period (all values listed, none averaged)")
    return tuple(notes)


def _check(level: str, units: str) -> None:
    if level not in LEVELS:
        raise PartymineError(f"unknown level {level!r}; use one of {', '.join(LEVELS)}")
    if units not in UNITS:
        raise PartymineError(f"unknown units {units!r}; use old or 2025")


# -- practices ------------------------------------------------------------------------------------

def compare_practices(store, level: str, units: str = "old") -> ComparisonTable:
    """Locality x practice: the number of documents reporting the practice in or under the unit."""
    _check(level, units)
    resolved = _resolved_places(store)
    docs: dict[tuple, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    places: dict[tuple, Place] = {}
    left_out: dict[str, int] = defaultdict(int)
    for p in store.iter_practices():
        known = resolved.get((p["doc"], p["locality"])) or {}
        where = place_of({**p, **known}, level, units)
        if where.place is None:
            left_out[where.reason] += 1
            continue
        places.setdefault(where.place.key, where.place)
        docs[where.place.key][p["practice"]].add(p["doc"])
    groups = sorted({code for per_row in docs.values() for code in per_row})
    rows = []
    for key in sorted(docs, key=lambda k: (places[k].province or "", places[k].name, k)):
        place = places[key]
        row = {"locality": place.name, "part": None, "level": level, "province": place.province}
        row.update({code: len(docs[key].get(code, ())) for code in groups})
        rows.append(row)
    notes = (*_notes(left_out, level, "practice rows", True),
             "counts = documents reporting the practice for the unit or a place inside it")
    return ComparisonTable("practices", level, units, tuple(groups), (*_KEY_COLUMNS, *groups), rows, notes)


def _resolved_places(store) -> dict[tuple, dict]:
    """(doc, locality) -> level and code the resolver found for the same place in that document."""
    out = {}
    for r in store.conn.execute(
            "SELECT DISTINCT doc_id, locality, locality_level, locality_code FROM figures WHERE locality IS NOT NULL"):
        out.setdefault((r["doc_id"], r["locality"]), {"locality_level": r["locality_level"],
                                                      "locality_code": r["locality_code"]})
    return out
