"""Every pattern's example is a test: indicator rules yield their row, non-figure rules drop their number."""
from __future__ import annotations

import re
from importlib import resources

import pytest

from partymine.extract import indicators
from partymine.extract.codebook import render_codebook
from partymine.extract.figures import find_figures
from partymine.extract.sentences import split_sentences
from partymine.records import Document, Locality

VOCABULARY = {
    "party_members", "grassroots_orgs", "party_committees", "party_cells", "admin_units", "members_admitted",
    "members_disciplined", "members_removed", "party_badges", "member_composition", "cadre_qualification",
    "trainees", "training_courses", "secretary_is_village_head", "village_head_is_member", "secretary_is_chair",
    "nonlocal_cadre", "villages_with_cell", "villages_without_members", "rating_excellent",
    "rating_good_or_better", "rating_failed", "cell_meetings", "inspections", "pilot_orgs", "households",
    "income_per_capita", "poverty_rate", "other",
}


class NoPlaces:
    province = None

    def locality_at(self, sentence, char_start):
        return Locality(name=None)

    def places_in(self, sentence, before):
        return []


def figures_of(text: str):
    doc = Document("t", text)
    return find_figures(doc, split_sentences(doc), NoPlaces())


@pytest.mark.parametrize("rule", indicators.rules(), ids=lambda r: r.id)
def test_indicator_rule_example(rule):
    expect = rule.expect
    rows = [f for f in figures_of(rule.example) if f.value == pytest.approx(expect["value"])]
    assert rows, f"{rule.id}: no figure {expect['value']} in {rule.example!r}"
    row = rows[0]
    assert row.method == rule.id
    for field, value in expect.items():
        got = getattr(row, field)
        assert got == (pytest.approx(value) if isinstance(value, float) else value), (field, row)


@pytest.mark.parametrize("rule", indicators.nonfigure_rules(), ids=lambda r: r.id)
def test_nonfigure_rule_example(rule):
    at = rule.example.index(rule.number)
    assert not [f for f in figures_of(rule.example) if f.char_start == at], rule.example


@pytest.mark.parametrize("header", indicators.list_headers(), ids=lambda h: h.id)
def test_list_header_example(header):
    rows = [f for f in figures_of(header.example) if f.value == pytest.approx(header.expect["value"])]
    assert rows and (rows[0].indicator, rows[0].method) == (header.expect["indicator"], header.id), rows


def test_a_list_under_a_header_with_no_predicate_keeps_its_own_types():
    rows = figures_of("Cơ cấu đảng viên của huyện như sau:\n- Xã Tân Lập: 120 đảng viên;\n- Xã Hòa Bình: 98 đảng viên.")
    assert [f.indicator for f in rows] == ["party_members", "party_members"]


def test_a_list_header_types_only_its_own_list():
    rows = figures_of("Kết quả kết nạp ở một số đơn vị:\n- Xã Tân Lập: 12 đảng viên.\n\nToàn huyện có 2.906 đảng viên.")
    assert [f.indicator for f in rows] == ["members_admitted", "party_members"]


def test_rule_ids_are_unique_and_versioned():
    ids = [r.id for r in indicators.rules()] + [r.id for r in indicators.nonfigure_rules()] \
        + [h.id for h in indicators.list_headers()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z_]+\.v\d+", i) for i in ids)


def test_rules_use_the_vocabulary():
    assert {r.indicator for r in [*indicators.rules(), *indicators.list_headers()]} <= VOCABULARY


def test_every_macro_is_used():
    raw = "\n".join(resources.files("partymine.extract.patterns").joinpath(name).read_text("utf-8")
                    for name in ("indicators.jsonl", "nonfigures.jsonl", "list_headers.jsonl", "macros.json"))
    for name in indicators.macros():
        assert "{" + name + "}" in raw, name


def test_macros_expand():
    assert indicators.expand("{DV} mới") == r"(?:đảng\s+viên|đv|đồng\s+chí)\s+mới"


def test_codebook_lists_every_rule():
    book = render_codebook()
    for rule in [*indicators.rules(), *indicators.nonfigure_rules(), *indicators.list_headers()]:
        assert f"`{rule.id}`" in book
    assert book.startswith("# Figure extraction codebook")
