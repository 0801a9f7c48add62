"""The province (and district) a site is about, read from its domain name.

Provincial papers and portals are named after their province: `baolamdong.vn`,
`baoninhthuan.com.vn`, `btctu.binhthuan.dcs.vn`, `hiephoa.bacgiang.gov.vn` (with the
district Hiệp Hòa in front). Each label is matched against the accent-folded province
names with spaces removed, from the gazetteer; the few sites whose domain does not spell
their province are listed in `data/hints.toml`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from .gazetteer import LEGACY, Unit, load_gazetteer, name_key

_MIN_KEY = 5  # shorter keys (`hue`) would match inside unrelated labels


@dataclass(frozen=True, slots=True)
class DomainPlace:
    province: str | None  # short province name (legacy scheme), e.g. `Bắc Giang`
    district: Unit | None  # a district label before the province label (`hiephoa.bacgiang`)


def host_of(site_or_url: str | None) -> str:
    if not site_or_url:
        return ""
    s = site_or_url.strip().lower()
    if "//" in s:
        s = urlsplit(s).hostname or ""
    return s.split("/")[0].split(":")[0]


@lru_cache(maxsize=1)
def _province_keys() -> list[tuple[str, str]]:
    """(folded key, short name) of the legacy provinces, longest key first."""
    gaz = load_gazetteer()
    keys = {name_key(u.name): u.name for (s, lv, _), u in gaz.units.items() if s == LEGACY and lv == "province"}
    for alias in gaz.hints.get("province_alias", []):  # `thuathienhue`
        keys.update({name_key(f): alias["province"] for f in alias["forms"] if name_key(f).isalpha()})
    return sorted(((k, v) for k, v in keys.items() if len(k) >= _MIN_KEY), key=lambda kv: -len(kv[0]))


@lru_cache(maxsize=4096)
def place_from_domain(site_or_url: str | None) -> DomainPlace:
    host = host_of(site_or_url)
    if not host:
        return DomainPlace(None, None)
    gaz = load_gazetteer()
    hints = gaz.hints
    for h in hints.get("domain_hint", []):
        if host == h["domain"] or host.endswith("." + h["domain"]):
            return DomainPlace(h["province"], None)
    skip = set(hints.get("not_province_labels", []))
    labels = [lb for lb in host.split(".") if lb and lb not in skip]
    for i, label in enumerate(labels):
        key = label.replace("-", "")
        for pkey, pname in _province_keys():
            if pkey in key:
                return DomainPlace(pname, _district_label(labels[:i], pname))
    return DomainPlace(None, None)


def _district_label(labels: list[str], province: str) -> Unit | None:
    gaz = load_gazetteer()
    p = gaz.province_named(province, LEGACY)
    for label in reversed(labels):
        found = [u for u in gaz.find(LEGACY, "district", label) if p and u.province_code == p.code]
        if len(found) == 1:
            return found[0]
    return None
