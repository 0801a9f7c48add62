"""Localities side by side: latest values, source counts, conflicts, targets, practices, files."""
import csv

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partymine.compare import (compare_indicators, compare_practices, infer_level, parent_unit, period_of,
                               place_of, write_table)
from partymine.errors import PartymineError
from partymine.pipeline import DocumentResult
from partymine.records import Document, Figure, Practice

# doc id -> (published, sentence); every figure below quotes its document's sentence.
DOCS = {
    "d1": ("2021-02-10", "Năm 2020, Đảng bộ huyện Vân Hồ có 3.100 đảng viên."),
    "d2": ("2023-12-20", "Đến cuối năm 2023, huyện Vân Hồ có 3.485 đảng viên, Mộc Châu có 12 tổ chức cơ sở đảng."),
    "d3": ("2024-01-05", "Năm 2023, toàn huyện Vân Hồ có 3.485 đảng viên; thị xã Mộc Châu có 12 tổ chức cơ sở đảng."),
    "d4": ("2024-02-01", "Năm 2023, thị xã Mộc Châu có 10 tổ chức cơ sở đảng, phấn đấu đến năm 2025 kết nạp 150 đảng viên."),
    "d5": ("2024-03-05", "Xã Liên Hòa có 24 đảng viên, 92,5% chi bộ đạt trong sạch vững mạnh, thôn Nà Bai có 9 đảng viên."),
}


def fig(doc, indicator, value, locality, level, *, unit="count", kind="actual", period=None, code=None,
        province="Sơn La", province_2025="Sơn La", total=None, qualifier="exact", negated=False):
    published, sentence = DOCS[doc]
    number = f"{value:g}"
    start = max(sentence.find(number), 0)
    return Figure(doc=doc, indicator=indicator, value=value, value_max=None, qualifier=qualifier, unit=unit,
                  total=total, negated=negated, kind=kind, subject="đảng viên", locality=locality,
                  locality_level=level, province=province, province_2025=province_2025, locality_code=code,
                  period=period, published=published, sentence=sentence, char_start=start,
                  char_end=start + len(number), confidence=0.9, method="test.v1")


def practice(doc, code, locality):
    published, sentence = DOCS[doc]
    return Practice(doc=doc, practice=code, locality=locality, province="Sơn La", province_2025="Sơn La",
                    sentence=sentence, char_start=0, char_end=len(sentence), confidence=0.8, method="test.v1")


FIGURES = [
    fig("d1", "party_members", 3100, "huyện Vân Hồ", "district", period="2020", code="128"),
    fig("d2", "party_members", 3485, "huyện Vân Hồ", "district", period="2023", code="128"),
    fig("d3", "party_members", 3485, "huyện Vân Hồ", "district", period="2023"),
    fig("d2", "grassroots_orgs", 12, "thị xã Mộc Châu", "district", period="2023"),
    fig("d3", "grassroots_orgs", 12, "thị xã Mộc Châu", "district", period="2023"),
    fig("d4", "grassroots_orgs", 10, "thị xã Mộc Châu", "district", period="2023"),
    fig("d4", "members_admitted", 150, "thị xã Mộc Châu", "district", kind="target", period="2025"),
    fig("d5", "party_members", 24, "xã Liên Hòa", "commune", code="04009"),
    fig("d5", "rating_good_or_better", 92.5, "xã Liên Hòa", "commune", unit="percent", code="04009"),
    fig("d5", "party_members", 9, "thôn Nà Bai", "village", code="04009"),
]
PRACTICES = [
    practice("d1", "training", "huyện Vân Hồ"),
    practice("d2", "training", "huyện Vân Hồ"),
    practice("d2", "training", "huyện Vân Hồ"),  # the same document twice is one piece of evidence
    practice("d5", "training", "xã Liên Hòa"),  # rolls up to huyện Vân Hồ through the figure's code
    practice("d4", "meeting_quality", "thị xã Mộc Châu"),
]


@pytest.fixture
def corpus(store):
    for doc_id, (published, sentence) in DOCS.items():
        store.upsert_document(Document(id=doc_id, text=sentence, published=published,
                                       url=f"https://baosonla.vn/{doc_id}.html", site="baosonla"))
    run = store.start_run("test")
    store.save_results(run, "test", [
        DocumentResult(d, figures=[f for f in FIGURES if f.doc == d], practices=[p for p in PRACTICES if p.doc == d])
        for d in DOCS])
    return store


def row_for(table, locality, part=None):
    [row] = [r for r in table.rows if r["locality"] == locality and r["part"] == part]
    return row


def test_latest_period_value_and_its_sources(corpus):
    row = row_for(compare_indicators(corpus, "district"), "huyện Vân Hồ")
    assert (row["party_members.count.value"], row["party_members.count.period"],
            row["party_members.count.sources"], row["party_members.count.docs"]) == (3485, "2023", 2, "d2; d3")
    assert row["party_members.count.conflict"] == ""


def test_conflicting_values_are_flagged_not_averaged(corpus):
    row = row_for(compare_indicators(corpus, "district"), "thị xã Mộc Châu")
    assert row["grassroots_orgs.count.value"] == 12  # two documents against one
    assert row["grassroots_orgs.count.sources"] == 2
    assert row["grassroots_orgs.count.conflict"] == "10 [d4]; 12 [d2, d3]"
    assert row["grassroots_orgs.count.disagree"] is True


def test_rich_view_shows_the_conflict(corpus):
    from rich.console import Console

    console = Console(width=250, record=True)
    console.print(compare_indicators(corpus, "district").to_rich())
    assert "12 ⚠ (10, 12)" in console.export_text()


def test_targets_are_left_out_by_default(corpus):
    assert not any("target" in g for g in compare_indicators(corpus, "district").groups)
    table = compare_indicators(corpus, "district", include_targets=True)
    assert row_for(table, "thị xã Mộc Châu")["members_admitted.count.target.value"] == 150


def test_percent_and_count_are_separate_groups(corpus):
    table = compare_indicators(corpus, "commune")
    assert {"party_members.count", "rating_good_or_better.percent"} <= set(table.groups)
    assert row_for(table, "xã Liên Hòa")["rating_good_or_better.percent.value"] == 92.5


def test_publication_year_stands_in_for_a_missing_period(corpus):
    row = row_for(compare_indicators(corpus, "commune"), "xã Liên Hòa")
    assert row["party_members.count.period"] == "2024 (published)"


def test_sub_unit_figures_are_never_merged_into_the_unit(corpus):
    table = compare_indicators(corpus, "district")
    assert [r["locality"] for r in table.rows] == ["huyện Vân Hồ", "thị xã Mộc Châu"]
    assert any("--parts" in note for note in table.notes)


def test_parts_are_listed_under_their_parent(corpus):
    table = compare_indicators(corpus, "district", parts=True)
    assert row_for(table, "huyện Vân Hồ", "xã Liên Hòa")["party_members.count.value"] == 24
    assert row_for(table, "huyện Vân Hồ", "thôn Nà Bai")["party_members.count.value"] == 9
    assert row_for(table, "huyện Vân Hồ")["party_members.count.value"] == 3485


def test_indicator_filter(corpus):
    assert compare_indicators(corpus, "district", ["grassroots_orgs"]).groups == ("grassroots_orgs.count",)


def test_an_indicator_with_nothing_to_show_is_named(corpus):
    table = compare_indicators(corpus, "district", ["grassroots_orgs", "party_badges"])
    assert "nothing to show for: party_badges" in table.notes


def test_province_level_keeps_only_province_figures_as_values(corpus):
    table = compare_indicators(corpus, "province")
    assert table.rows == []
    assert any("not shown" in note for note in table.notes)


def test_practice_matrix_counts_documents(corpus):
    table = compare_practices(corpus, "district")
    assert table.groups == ("meeting_quality", "training")
    assert row_for(table, "huyện Vân Hồ")["training"] == 3  # d1, d2 and d5's commune
    assert row_for(table, "thị xã Mộc Châu")["meeting_quality"] == 1
    assert row_for(table, "thị xã Mộc Châu")["training"] == 0


def test_practices_roll_up_to_the_province(corpus):
    [row] = compare_practices(corpus, "province").rows
    assert (row["locality"], row["training"], row["meeting_quality"]) == ("Sơn La", 3, 1)


def test_csv_round_trip(corpus, tmp_path):
    table = compare_indicators(corpus, "district")
    write_table(table, tmp_path / "c.csv")
    with (tmp_path / "c.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(table.columns)
    moc_chau = next(r for r in rows if r["locality"] == "thị xã Mộc Châu")
    assert (moc_chau["grassroots_orgs.count.value"], moc_chau["grassroots_orgs.count.conflict"]) == ("12", "10 [d4]; 12 [d2, d3]")


def test_xlsx_round_trip(corpus, tmp_path):
    from openpyxl import load_workbook

    table = compare_practices(corpus, "district")
    write_table(table, tmp_path / "p.xlsx")
    sheet = load_workbook(tmp_path / "p.xlsx", read_only=True)["comparison"]
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert header == list(table.columns)
    assert ["huyện Vân Hồ", None, "district", "Sơn La", 0, 3] in rows


def test_unknown_output_type_is_one_clear_error(corpus, tmp_path):
    with pytest.raises(PartymineError, match=r"\.csv or \.xlsx"):
        write_table(compare_practices(corpus, "district"), tmp_path / "c.txt")


@pytest.mark.parametrize("locality, province, level", [
    ("tỉnh Sơn La", "Sơn La", "province"),
    ("thành phố Hà Nội", "Hà Nội", "province"),
    ("thành phố Lạng Sơn", "Lạng Sơn", "district"),
    ("thành phố Huế", "Thừa Thiên Huế", "district"),
    ("thành phố Huế", "Huế", "province"),
    ("thị xã Hồng Lĩnh", "Hà Tĩnh", "district"),
    ("thị trấn Đồng Mỏ", "Lạng Sơn", "commune"),
    ("phường Chi Lăng", "Lạng Sơn", "commune"),
    ("tổ dân phố 5", "Lạng Sơn", "village"),
    ("tiểu khu Sao Đỏ 2", "Sơn La", "village"),
    ("Mộc Châu", "Sơn La", None),
])
def test_infer_level(locality, province, level):
    assert infer_level(locality, province) == level


@pytest.mark.parametrize("code, level, published, expected", [
    ("04009", "district", "2024-03-05", ("huyện Vân Hồ", "128")),
    ("04009", "commune", "2024-03-05", ("xã Liên Hòa", "04009")),
    ("04009", "district", "2025-09-01", None),  # no districts since July 2025
    ("128", "district", "2024-03-05", None),  # a district's own code has no district above it
    (None, "commune", None, None),
])
def test_parent_unit(code, level, published, expected):
    assert parent_unit(code, level, published) == expected


@pytest.mark.parametrize("period, published, expected", [
    ("2023", "2024-01-05", ((2023, 2023), "2023")),
    ("2019-2020", None, ((2020, 2019), "2019-2020")),
    (None, "2024-01-05", ((2024, 2024), "2024 (published)")),
    (None, None, ((0, 0), "")),
])
def test_period_of(period, published, expected):
    assert period_of({"period": period, "published": published}) == expected


@pytest.mark.parametrize("province, province_2025, published, units, part", [
    ("Vĩnh Phúc", "Phú Thọ", "2024-05-01", "old", None),
    ("Vĩnh Phúc", "Phú Thọ", "2024-05-01", "2025", "tỉnh Vĩnh Phúc"),  # part of the new Phú Thọ
    ("Phú Thọ", "Phú Thọ", "2024-05-01", "2025", "tỉnh Phú Thọ"),  # old Phú Thọ is not the new one
    ("Phú Thọ", "Phú Thọ", "2025-08-01", "2025", None),
    ("Sơn La", "Sơn La", "2024-05-01", "2025", None),  # not merged
])
def test_provinces_under_2025_units(province, province_2025, published, units, part):
    row = {"locality": f"tỉnh {province}", "locality_level": "province", "province": province,
           "province_2025": province_2025, "published": published}
    where = place_of(row, "province", units)
    assert (where.place.name, where.part) == (province_2025 if units == "2025" else province, part)


def test_village_without_code_is_left_out_and_counted(store):
    store.upsert_document(Document(id="d5", text=DOCS["d5"][1], published=DOCS["d5"][0]))
    run = store.start_run("test")
    store.save_results(run, "test", [DocumentResult("d5", figures=[fig("d5", "party_members", 9, "thôn Nà Bai", "village")])])
    table = compare_indicators(store, "commune", parts=True)
    assert table.rows == []
    assert "left out: 1 figure about a village whose commune is unknown" in table.notes


def test_unknown_level_is_refused(corpus):
    with pytest.raises(PartymineError, match="unknown level"):
        compare_indicators(corpus, "village")


def test_cli_writes_the_table(corpus, tmp_path):
    from click.testing import CliRunner

    from partymine.cli import cli

    out = tmp_path / "c.xlsx"
    result = CliRunner().invoke(cli, ["compare", "--db", str(corpus.path), "--level", "district",
                                      "--indicators", "party_members,grassroots_orgs", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists()


def test_cli_prints_the_practice_matrix(corpus):
    from click.testing import CliRunner

    from partymine.cli import cli

    result = CliRunner().invoke(cli, ["compare", "--db", str(corpus.path), "--level", "district", "--practices"])
    assert result.exit_code == 0, result.output
    assert "meeting_quality" in result.output and "huyện Vân Hồ" in result.output


def test_cli_bad_output_type_is_one_line(corpus, tmp_path, capsys):
    from partymine.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["compare", "--db", str(corpus.path), "-o", str(tmp_path / "c.txt")])
    assert exit_.value.code == 1
    assert capsys.readouterr().err.strip().count("\n") == 0


def test_several_values_in_one_article_are_not_called_a_disagreement(store):
    from rich.console import Console

    store.upsert_document(Document(id="d5", text=DOCS["d5"][1], published=DOCS["d5"][0]))
    store.save_results(store.start_run("test"), "test", [DocumentResult("d5", figures=[
        fig("d5", "party_members", 24, "xã Liên Hòa", "commune"), fig("d5", "party_members", 9, "xã Liên Hòa", "commune")])])
    table = compare_indicators(store, "commune")
    assert table.rows[0]["party_members.count.conflict"] == "9 [d5]; 24 [d5]"
    console = Console(width=200, record=True)
    console.print(table.to_rich())
    assert "(one article: 9, 24)" in console.export_text() and "⚠" not in console.export_text()


def test_many_groups_print_one_line_per_cell(corpus):
    from rich.console import Console

    console = Console(width=100, record=True)
    console.print(compare_indicators(corpus, "district", include_targets=True).to_rich(wide=False))
    lines = [line for line in console.export_text().splitlines() if "grassroots_orgs count" in line]
    assert len(lines) == 1 and "12 ⚠ (10, 12)" in lines[0]


@pytest.mark.parametrize("values, disagree", [
    ([("d4", 10), ("d2", 12), ("d3", 12)], True),
    ([("d1", 3), ("d1", 13)], False),  # one article, several values
    ([("d1", 3), ("d1", 13), ("d2", 13)], True),
    ([("d1", 3), ("d2", 3)], False),  # agreement
])
def test_disagree_means_documents_differ(values, disagree):
    from partymine.compare import latest_cell

    figs = [{"doc": d, "value": v, "value_max": None, "total": None, "qualifier": "exact", "period": "2023",
             "published": "2024-01-01", "confidence": 0.9, "char_start": 0} for d, v in values]
    assert latest_cell(figs)["disagree"] is disagree


_figs = st.lists(st.fixed_dictionaries({
    "doc": st.sampled_from(["d1", "d2", "d3"]), "value": st.sampled_from([10.0, 12.0, 3485.0]),
    "value_max": st.none(), "total": st.none(), "qualifier": st.just("exact"),
    "period": st.sampled_from([None, "2022", "2023", "2019-2020"]),
    "published": st.sampled_from([None, "2023-05-01", "2024-01-05"]),
    "confidence": st.floats(0, 1), "char_start": st.integers(0, 100)}), min_size=1, max_size=8)


@given(_figs)
def test_a_cell_is_a_stated_value_of_the_latest_period_never_an_average(figs):
    from partymine.compare import latest_cell

    cell = latest_cell(figs)
    latest = max(period_of(f)[0] for f in figs)
    stated = {f["value"] for f in figs if period_of(f)[0] == latest}
    assert cell["value"] in stated
    assert bool(cell["conflict"]) == (len(stated) > 1)
    assert 1 <= cell["sources"] <= len({f["doc"] for f in figs})
