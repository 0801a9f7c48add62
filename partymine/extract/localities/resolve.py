"""Resolving one place mention against the gazetteer, in a scope (date, province, parents).

    Resolver(date=..., province=...).named(type, name, parent=...) -> Resolved
    Resolver(...).bare(name, cue, ...) -> Resolved | None

The scheme in force on the article's date is tried first (the 34 provinces from
1 July 2025, the 63 before), then the other one: a 2025 article may still name a former
district, an old article never names a new commune but an undated one might.
Candidates are narrowed by the parent named beside the mention (`xã Quan Bản, huyện Lộc
Bình`), then by the document's province, then by the districts the document names.
A unit is returned only when exactly one candidate is left; otherwise the name stays as
written with no code.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from partymine.records import Locality

from .gazetteer import LEGACY, NEW, NEW_SCHEME_FROM, Gazetteer, Unit, fix_tones, load_gazetteer, tone_key
from .mentions import type_rule

_LEVEL_RANK = {"village": 0, "commune": 1, "district": 2, "province": 3}
# Type words that can name units of each official level.
_LEVEL_TYPES = {
    "province": {"tỉnh", "thành phố"},
    "district": {"huyện", "quận", "thị xã", "thành phố"},
    "commune": {"xã", "phường", "thị trấn", "đặc khu"},
}


@dataclass(frozen=True, slots=True)
class Resolved:
    locality: Locality
    unit: Unit | None  # the official unit resolved (a village's is its commune), None if none
    level: str | None  # the mention's level (village for a village even though unit is its commune)


def level_rank(level: str | None) -> int:
    return _LEVEL_RANK.get(level or "", -1)


def scheme_for(date: str | None) -> str:
    return NEW if date and date >= NEW_SCHEME_FROM else LEGACY


class Resolver:
    """Resolution in the scope of one article."""

    def __init__(self, *, date: str | None = None, province: str | None = None,
                 districts: tuple[Unit, ...] = (), gazetteer: Gazetteer | None = None):
        self.gaz = gazetteer or load_gazetteer()
        self.date = date
        self.scheme = scheme_for(date)
        self.province_unit = self._province(province) if province else None
        if self.province_unit is not None and self.province_unit.scheme == LEGACY and self.scheme == NEW:
            # `baovinhphuc.com.vn` after July 2025 writes about the new Phú Thọ.
            self.province_unit = self.gaz.to_2025(self.province_unit.code)
        self.districts = districts
        self._scope = self._scope_codes(self.province_unit)

    # ------------------------------------------------------------ scope

    def _province(self, name: str) -> Unit | None:
        return self.gaz.province_named(name, self.scheme) or self.gaz.province_named(name, LEGACY)

    def _scope_codes(self, p: Unit | None) -> dict[str, frozenset[str]]:
        """Province codes in each scheme that the scope covers."""
        if p is None:
            return {}
        if p.scheme == LEGACY:
            new = self.gaz.province_2025[p.code]
            if self.scheme == NEW:  # a 2025 article: every old province merged into it
                return {LEGACY: frozenset(o for o, n in self.gaz.province_2025.items() if n == new),
                        NEW: frozenset({new})}
            return {LEGACY: frozenset({p.code}), NEW: frozenset({new})}
        return {NEW: frozenset({p.code}),
                LEGACY: frozenset(o for o, n in self.gaz.province_2025.items() if n == p.code)}

    def in_scope(self, u: Unit) -> bool:
        codes = self._scope.get(u.scheme)
        return codes is None or u.province_code in codes

    def _under(self, u: Unit, parent: Unit) -> bool:
        if parent.level == "province":
            if parent.scheme == u.scheme:
                return u.province_code == parent.code
            if u.scheme == LEGACY:  # old unit, 2025 province
                return self.gaz.province_2025.get(u.province_code) == parent.code
            return self.gaz.province_2025.get(parent.code) == u.province_code
        if parent.level == "district":
            return u.scheme == LEGACY and u.district_code == parent.code if u.level == "commune" else False
        return False

    # ------------------------------------------------------------ naming

    def province_name(self, u: Unit) -> str:
        """The province of `u` under the units in force on the article's date."""
        p = self.gaz.province(u.scheme, u.province_code)
        if u.scheme == LEGACY and self.scheme == NEW:
            return self.gaz.to_2025(p.code).name
        return self._renamed(p)[1]

    def _renamed(self, p: Unit) -> tuple[str, str]:
        for r in self.gaz.hints.get("province_rename", []):
            if p.name == r["province"] and p.scheme == LEGACY and (self.date is None or self.date < r["before"]):
                return r["old_type"], r["old_name"]
        return p.type, p.name

    def province_2025_name(self, u: Unit) -> str:
        if u.scheme == LEGACY:
            return self.gaz.to_2025(u.province_code).name
        return self.gaz.province(NEW, u.province_code).name

    def locality(self, u: Unit, *, type_written: str | None = None, as_written: str | None = None,
                 confidence: float = 0.9) -> Locality:
        typ, name = u.type, u.name
        if u.level == "province":
            # A former province named in a 2025 article stays itself (`tỉnh Bình Dương`);
            # its `province` column says where it is now.
            typ, name = self._renamed(u)
        elif type_written and type_written in _LEVEL_TYPES.get(u.level, ()):
            typ = type_written  # as the article wrote it: a thị xã since upgraded stays thị xã
        return Locality(name=f"{typ} {name}", level=u.level, province=self.province_name(u),
                        province_2025=self.province_2025_name(u), code=u.code,
                        as_written=as_written, confidence=confidence)

    def province_locality(self, confidence: float = 0.5) -> Locality | None:
        return self.locality(self.province_unit, confidence=confidence) if self.province_unit else None

    # ------------------------------------------------------------ named mentions

    def _pick(self, cands: list[Unit], name: str, typ: str | None, parent: Unit | None) -> tuple[list[Unit], float]:
        """Narrow candidates; returns the survivors and the confidence if one is left."""
        conf = 0.95
        if parent is not None:
            under = [u for u in cands if self._under(u, parent)]
            if under:
                cands = under
            elif parent.level != "province":
                return [], 0.0
        if len(cands) > 1 or parent is None:
            scoped = [u for u in cands if self.in_scope(u)]
            if scoped:
                cands = scoped
            elif self._scope:
                # A place outside the article's province: only when spelt exactly
                # (`Đạ Tồn` in Lâm Đồng is not `Đa Tốn` in Hà Nội).
                tk = tone_key(name)
                cands = [u for u in cands if tone_key(u.name) == tk]
                conf = 0.7
        if len(cands) > 1 and typ:
            exact = [u for u in cands if u.type == typ]
            if exact:
                cands = exact
        if len(cands) > 1:
            tk = tone_key(name)
            exact = [u for u in cands if tone_key(u.name) == tk]
            if exact:
                cands = exact
        if len(cands) > 1 and self.districts:
            known = {d.code for d in self.districts}
            near = [u for u in cands if u.district_code in known or (u.level == "district" and u.code in known)]
            if near:
                cands = near
        if len(cands) > 1:  # the same unit listed at two levels (a centrally-run city) -> the higher
            top = max(level_rank(u.level) for u in cands)
            if typ == "thành phố" and len({u.name for u in cands}) == 1:
                cands = [u for u in cands if level_rank(u.level) == top]
        if len(cands) == 1 and typ and cands[0].type != typ:
            conf = min(conf, 0.8)  # a thị xã since made a thành phố, a xã since made a phường
        return cands, conf

    def _lookup(self, levels, name: str, typ: str | None, parent: Unit | None,
                schemes: tuple[str, ...]) -> tuple[list[Unit], float, bool]:
        # A unit of the article's province in either scheme beats one elsewhere in the
        # scheme of the date (an undated or misdated article may name new units).
        passes = [(False, True), (False, False), (True, False)] if self._scope and parent is None \
            else [(False, False), (True, False)]
        for former, scoped_only in passes:
            for scheme in schemes:
                cands = [u for lv in levels
                         for u in (self.gaz.find_former if former else self.gaz.find)(scheme, lv, name)]
                if scoped_only:
                    cands = [u for u in cands if self.in_scope(u)]
                if cands:
                    picked, conf = self._pick(cands, name, typ, parent)
                    if picked:
                        return picked, conf, former
        return [], 0.0, False

    def _schemes(self) -> tuple[str, str]:
        return (self.scheme, LEGACY if self.scheme == NEW else NEW)

    def named(self, typ: str, name: str, *, parent: Resolved | None = None, as_written: str | None = None) -> Resolved:
        """`xã Vân Hồ`, `thành phố Lạng Sơn`, `tiểu khu Sao Đỏ 2` (with its parent)."""
        name = fix_tones(name).strip()
        rule = type_rule(typ)
        levels = rule.levels if rule else ("commune",)
        if levels == ("village",):
            return self._village(typ, name, parent, as_written)
        parent_unit = parent.unit if parent else None
        for attempt in _prefixes(name):
            cands, conf, former = self._lookup(levels, attempt, typ, parent_unit, self._schemes())
            if len(cands) == 1:
                u = cands[0]
                if u.level == "province" and typ == "thành phố" and self._renamed(u)[0] != "thành phố":
                    return self._former_city(u, as_written)
                if former:  # a unit merged away or renamed: its successor is not its code
                    loc = replace(self.locality(u, type_written=typ, as_written=as_written),
                                  name=f"{typ} {attempt}", level=levels[-1] if len(levels) == 1 else u.level,
                                  code=None, confidence=0.6)
                    return Resolved(loc, None, loc.level)
                loc = self.locality(u, type_written=typ, as_written=as_written, confidence=conf)
                if u.level == "commune" and typ != u.type:
                    # `xã Đạ M'ri` beside `thị trấn Đạ M'ri`: maybe the same commune since
                    # upgraded, maybe its merged neighbour - the province holds, the code not.
                    loc = replace(loc, code=None, confidence=0.5)
                return Resolved(loc, u, u.level)
            if cands:
                return self._ambiguous(typ, attempt, cands, levels, parent, as_written)
        return self._unresolved(typ, name, levels, parent, as_written)

    def _former_city(self, u: Unit, as_written) -> Resolved:
        """`TP. Huế` before 2025: the provincial city of Thừa Thiên Huế, since dissolved
        into the centrally-run city - a district-level place with no code of its own."""
        loc = Locality(name=f"thành phố {u.name}", level="district", province=self.province_name(u),
                       province_2025=self.province_2025_name(u), code=None, as_written=as_written, confidence=0.6)
        return Resolved(loc, None, "district")

    def _ambiguous(self, typ, name, cands, levels, parent, as_written) -> Resolved:
        provinces = {self.province_name(u) for u in cands}
        p2025 = {self.province_2025_name(u) for u in cands}
        level = cands[0].level if len({u.level for u in cands}) == 1 else levels[0]
        ctx = self._context_province(parent)
        loc = Locality(name=f"{typ} {name}", level=level,
                       province=provinces.pop() if len(provinces) == 1 else ctx[0],
                       province_2025=p2025.pop() if len(p2025) == 1 else ctx[1],
                       code=None, as_written=as_written, confidence=0.4)
        return Resolved(loc, None, level)

    def _unresolved(self, typ, name, levels, parent, as_written) -> Resolved:
        ctx = self._context_province(parent)
        level = levels[-1] if typ != "thành phố" else "district"
        loc = Locality(name=f"{typ} {name}", level=level, province=ctx[0], province_2025=ctx[1],
                       code=None, as_written=as_written, confidence=0.3)
        return Resolved(loc, None, level)

    def _context_province(self, parent: Resolved | None) -> tuple[str | None, str | None]:
        if parent is not None and parent.locality.province:
            return parent.locality.province, parent.locality.province_2025
        p = self.province_locality()
        return (p.province, p.province_2025) if p else (None, None)

    def _village(self, typ, name, parent: Resolved | None, as_written) -> Resolved:
        """Villages keep their name; province and code come from the commune beside them."""
        base = parent.locality if parent is not None else self.province_locality()
        loc = Locality(name=f"{typ} {name}", level="village",
                       province=base.province if base else None,
                       province_2025=base.province_2025 if base else None,
                       code=base.code if base and parent is not None else None,
                       as_written=as_written, confidence=0.8 if parent is not None else 0.7)
        return Resolved(loc, parent.unit if parent is not None else None, "village")

    # ------------------------------------------------------------ bare names

    def bare(self, name: str, *, levels=("province", "district", "commune"), parent: Resolved | None = None,
             anywhere: bool = False, as_written: str | None = None) -> Resolved | None:
        """A name without a type word: kept only when it is a unit of the scope
        (`Đảng bộ Xuân Lộc` in an article about Đồng Nai), the higher level first."""
        name = fix_tones(name).strip()
        parent_unit = parent.unit if parent else None
        if self.scheme == NEW and "commune" in levels and "district" in levels:
            # Since July 2025 there are no districts: `Củ Chi` is now xã Củ Chi.
            levels = tuple(lv for lv in levels if lv != "district") + ("district",)
        for level in levels:
            if level == "province":
                p = self.gaz.province_named(name, self.scheme) or self.gaz.province_named(name, LEGACY)
                if p is not None:
                    return Resolved(self.locality(p, as_written=as_written, confidence=0.8), p, "province")
                continue
            for scheme in self._schemes():
                cands = list(self.gaz.find(scheme, level, name))
                if parent_unit is not None:
                    cands = [u for u in cands if self._under(u, parent_unit)]
                elif self._scope:
                    cands = [u for u in cands if self.in_scope(u)]
                elif not anywhere:
                    cands = []
                if len(cands) > 1:
                    cands, _ = self._pick(cands, name, None, parent_unit)
                if len(cands) == 1:
                    u = cands[0]
                    return Resolved(self.locality(u, as_written=as_written, confidence=0.7), u, u.level)
                if cands:
                    break
        return None


def _prefixes(name: str):
    """The name, then shorter prefixes (a name may run into a following capitalised word),
    and the first half of a hyphenated pair."""
    yield name
    words = name.split(" ")
    for n in range(len(words) - 1, 1, -1):
        if words[n - 1] not in ("-", "–"):
            yield " ".join(words[:n]).rstrip(" -–")
