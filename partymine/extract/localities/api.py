"""Entry points outside a document: one mention, and a per-place summary of figure rows."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from partymine.records import Locality

from .gazetteer import LEGACY, fix_tones, load_gazetteer
from .mentions import find_mentions
from .resolve import Resolved, Resolver

_PLACE_KEYS = ("locality", "locality_level", "province", "province_2025", "locality_code")


def resolve_locality(text: str, *, province: str | None = None, district: str | None = None,
                     date: str | None = None) -> Locality:
    """Resolve one mention (`xã Vân Hồ`, `TP Lạng Sơn`, `Hiệp Hòa`) in an optional scope.
    Unresolved or ambiguous: the name as written, no code, low confidence. Never raises."""
    text = fix_tones((text or "").strip())
    try:
        resolver = Resolver(date=date, province=province)
    except KeyError:
        resolver = Resolver(date=date)
    parent = _district(resolver, district) if district else None
    if parent is not None:
        resolver = Resolver(date=date, province=parent.locality.province, districts=(parent.unit,))
    for m in find_mentions(text):
        if m.kind in ("named", "organ") and m.name:
            return resolver.named(m.type, m.name, parent=parent, as_written=m.text).locality
        if m.kind == "bare":
            r = resolver.bare(m.name, parent=parent, anywhere=True, as_written=m.text)
            if r is not None:
                return r.locality
        if m.kind in ("anaphor", "organ") and m.type == "tỉnh" and resolver.province_unit is not None:
            return resolver.province_locality(0.6)
    if text:
        r = resolver.bare(text, parent=parent, anywhere=True, as_written=text)
        if r is not None:
            return r.locality
    return Locality(name=text or None, level=None, province=province, code=None, as_written=text or None,
                    confidence=0.1)


def _district(resolver: Resolver, name: str) -> Resolved | None:
    gaz = load_gazetteer()
    for m in find_mentions(name) or []:
        if m.name:
            name = m.name
            break
    cands = [u for u in gaz.find(LEGACY, "district", name) if resolver.in_scope(u)]
    if len(cands) == 1:
        return Resolved(resolver.locality(cands[0]), cands[0], "district")
    return None


def place_summary(rows: Iterable[dict]) -> list[dict]:
    """One row per place (locality, level, province, province_2025, code) with the number
    of figure rows (`figures`) and of documents (`documents`, when rows carry `doc`),
    most figures first."""
    counts: Counter[tuple] = Counter()
    docs: defaultdict[tuple, set] = defaultdict(set)
    for r in rows:
        key = tuple((r.get(k) or None) for k in _PLACE_KEYS)
        counts[key] += 1
        if r.get("doc"):
            docs[key].add(r["doc"])
    out = []
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], [str(x or "") for x in kv[0]])):
        row = dict(zip(_PLACE_KEYS, key))
        row["figures"] = n
        row["documents"] = len(docs[key])
        out.append(row)
    return out
