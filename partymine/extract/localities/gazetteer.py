"""partymine's own index of Vietnam's administrative units, built from the data tables
that ship with `vietnamadminunits` (MIT; `data/dataset.db`, `data/converter_2025.json`).

Two schemes are kept side by side:

- ``legacy``: the 63 provinces -> districts -> communes in force until 30 June 2025;
- ``2025``: the 34 provinces -> communes in force since 1 July 2025 (no districts).

Only the tables are read: the library's address parser is never called (it reads a
commune as a same-name district and may geocode over the network). The index is built
once per process (`load_gazetteer`, lru_cache) in well under a second.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sqlite3
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from partymine.errors import ExtractError
from partymine.text import fold_accents, nfc, normalize_tones

LEGACY, NEW = "legacy", "2025"
NEW_SCHEME_FROM = "2025-07-01"  # Resolutions 202/2025/QH15 and 1656-1687/NQ-UBTVQH15

# Type words as the tables write them (`Thị xã`) -> the lower-case form of SCHEMA.md.
_TYPES = {"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"}
# Folded type prefixes the tables put in front of alias and keyword strings.
_KEY_PREFIXES = ("thanhpho", "thixa", "thitran", "dackhu", "huyen", "quan", "phuong", "tinh", "xa", "tp", "tx", "tt")


@dataclass(frozen=True, slots=True)
class Unit:
    """One official unit of one scheme."""

    scheme: str  # legacy | 2025
    level: str  # province | district | commune
    code: str  # GSO code
    type: str  # lower-case type word: tỉnh, thành phố, huyện, ..., xã, phường, đặc khu
    name: str  # short name, new tone convention: `Vân Hồ`, `12`
    province_code: str
    district_code: str | None = None  # legacy communes only

    @property
    def full(self) -> str:
        return f"{self.type} {self.name}"


# Old-style tone placement on a syllable-final nucleus -> the new style of SCHEMA.md:
# `Hoà` -> `Hòa`, `Thuỷ` -> `Thủy`; but `Hoàng`, `toàn`, `khuỷu`, `quý` stay as they are.
fix_tones = normalize_tones


@lru_cache(maxsize=65536)
def name_key(s: str) -> str:
    """Accent-, case-, space- and punctuation-free key: `Đạ M’ri` -> `damri`, `Phường 01` -> `phuong1`."""
    s = re.sub(r"(?<!\d)0+(?=\d)", "", fold_accents(s))
    return re.sub(r"[^a-z0-9]", "", s)


@lru_cache(maxsize=65536)
def tone_key(s: str) -> str:
    """Key that keeps tones (one convention) but drops case, spaces and punctuation."""
    s = re.sub(r"(?<!\d)0+(?=\d)", "", fix_tones(s).lower())
    return re.sub(r"[\W_]", "", s)


@lru_cache(maxsize=None)
def _split_type(full: str) -> tuple[str, str]:
    full = fix_tones(full.strip())
    low = full.lower()
    for t in sorted(_TYPES, key=len, reverse=True):
        if low.startswith(t + " "):
            return t, full[len(t) + 1:].strip()
    raise ValueError(f"unknown unit type in {full!r}")


def _strip_key_prefix(key: str) -> str:
    for p in _KEY_PREFIXES:
        if key.startswith(p) and len(key) > len(p):
            return key[len(p):]
    return key


def _json_list(s: str | None) -> list[str]:
    return json.loads(s) if s else []


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lookup tables. `keys` maps (scheme, level, name_key) to the units of that name;
    `former` maps the same kind of key to the units a former (merged or renamed) unit of
    that name became part of."""

    units: dict[tuple[str, str, str], Unit]  # (scheme, level, code) -> unit
    keys: dict[tuple[str, str, str], tuple[Unit, ...]]
    former: dict[tuple[str, str, str], tuple[Unit, ...]]
    province_2025: dict[str, str]  # legacy province code -> 2025 province code
    province_by_name: dict[tuple[str, str], Unit]  # (scheme, name_key) -> province
    hints: dict

    def unit(self, scheme: str, level: str, code: str | None) -> Unit | None:
        return self.units.get((scheme, level, code)) if code else None

    def province(self, scheme: str, code: str) -> Unit:
        return self.units[(scheme, "province", code)]

    def find(self, scheme: str, level: str, name: str) -> tuple[Unit, ...]:
        """Units of `level` called `name` (any tone/spelling variant), best tone match first."""
        found = self.keys.get((scheme, level, name_key(name)), ())
        if len(found) > 1:
            tk = tone_key(name)
            found = tuple(sorted(found, key=lambda u: tone_key(u.name) != tk))
        return found

    def find_former(self, scheme: str, level: str, name: str) -> tuple[Unit, ...]:
        return self.former.get((scheme, level, name_key(name)), ())

    def province_named(self, name: str, scheme: str = LEGACY) -> Unit | None:
        """A province by its name, with or without its type word, or a press alias
        (`TPHCM`, `Thừa Thiên Huế`)."""
        key = name_key(name)
        found = self.province_by_name.get((scheme, key))
        if found is None:
            for prefix in ("thanhpho", "tinh", "tp"):
                if key.startswith(prefix) and (scheme, key[len(prefix):]) in self.province_by_name:
                    return self.province_by_name[(scheme, key[len(prefix):])]
        return found

    def to_2025(self, legacy_province_code: str) -> Unit:
        return self.province(NEW, self.province_2025[legacy_province_code])

    def children(self, parent: Unit) -> list[Unit]:
        """Units directly under `parent` (used by tests and the benchmark)."""
        if parent.level == "province":
            want = "district" if parent.scheme == LEGACY else "commune"
            return [u for (s, lv, _), u in self.units.items()
                    if s == parent.scheme and lv == want and u.province_code == parent.code]
        return [u for (s, lv, _), u in self.units.items()
                if s == parent.scheme and lv == "commune" and u.district_code == parent.code]


def _dataset_path() -> Path:
    # Locate the package without importing it: its __init__ loads the parser and converter.
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise ExtractError("vietnamadminunits is not installed: pip install 'vietnamadminunits>=1.0.4'")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@lru_cache(maxsize=1)
def load_hints() -> dict:
    return tomllib.loads(files("partymine.extract.localities").joinpath("data/hints.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    data = _dataset_path()
    units: dict[tuple[str, str, str], Unit] = {}
    keys: dict[tuple[str, str, str], list[Unit]] = {}
    former: dict[tuple[str, str, str], list[Unit]] = {}
    province_keys: dict[str, dict[str, str]] = {LEGACY: {}, NEW: {}}  # folded table key -> code

    def add(u: Unit, alias_json: str | None, keyword_json: str | None) -> None:
        if (u.scheme, u.level, u.code) in units:
            return
        units[(u.scheme, u.level, u.code)] = u
        aliases, keywords = _json_list(alias_json), _json_list(keyword_json)
        own = name_key(u.name)
        names = {own} | {_strip_key_prefix(k) for k in keywords} - {_strip_key_prefix(a) for a in aliases}
        for k in names:
            keys.setdefault((u.scheme, u.level, k), []).append(u)
        for a in {_strip_key_prefix(a) for a in aliases} - {own}:
            former.setdefault((u.scheme, u.level, a), []).append(u)

    con = sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True)
    try:
        con.row_factory = sqlite3.Row
        for r in con.execute(
            "SELECT province, provinceCode, provinceKey, provinceAlias, provinceKeywords, district, districtCode,"
                " districtAlias, districtKeywords, ward, wardCode, wardAlias, wardKeywords FROM admin_units_legacy"):
            pt, pn = _split_type(r["province"])
            province_keys[LEGACY][r["provinceKey"]] = r["provinceCode"]
            add(Unit(LEGACY, "province", r["provinceCode"], pt, pn, r["provinceCode"]),
                r["provinceAlias"], r["provinceKeywords"])
            dt, dn = _split_type(r["district"])
            add(Unit(LEGACY, "district", r["districtCode"], dt, dn, r["provinceCode"]),
                r["districtAlias"], r["districtKeywords"])
            if r["ward"]:
                wt, wn = _split_type(r["ward"])
                add(Unit(LEGACY, "commune", r["wardCode"], wt, wn, r["provinceCode"], r["districtCode"]),
                    r["wardAlias"], r["wardKeywords"])
        for r in con.execute(
                "SELECT province, provinceCode, provinceKey, provinceAlias, provinceKeywords,"
                " ward, wardCode, wardAlias, wardKeywords FROM admin_units"):
            pt, pn = _split_type(r["province"])
            province_keys[NEW][r["provinceKey"]] = r["provinceCode"]
            add(Unit(NEW, "province", r["provinceCode"], pt, pn, r["provinceCode"]),
                r["provinceAlias"], r["provinceKeywords"])
            wt, wn = _split_type(r["ward"])
            add(Unit(NEW, "commune", r["wardCode"], wt, wn, r["provinceCode"]),
                r["wardAlias"], r["wardKeywords"])
    finally:
        con.close()

    conv = json.loads((data / "converter_2025.json").read_text("utf-8"))["DICT_PROVINCE"]
    province_2025 = {province_keys[LEGACY][old]: province_keys[NEW][new] for new, olds in conv.items() for old in olds}

    hints = load_hints()
    province_by_name: dict[tuple[str, str], Unit] = {}
    for (scheme, level, _), u in units.items():
        if level == "province":
            province_by_name[(scheme, name_key(u.name))] = u
    for alias in hints.get("province_alias", []):
        for scheme in (LEGACY, NEW):
            target = province_by_name.get((scheme, name_key(alias["province"])))
            if target is None:
                continue
            for form in alias["forms"]:
                province_by_name.setdefault((scheme, name_key(form)), target)
    for (scheme, k), u in list(province_by_name.items()):
        keys.setdefault((scheme, "province", k), [u])

    return Gazetteer(
        units=units,
        keys={k: tuple(v) for k, v in keys.items()},
        former={k: tuple(v) for k, v in former.items()},
        province_2025=province_2025,
        province_by_name=province_by_name,
        hints=hints,
    )
