"""Exports: the CSV of the contract, spreadsheet safety, formats and filters; `show --figures`."""
import csv
import json
import subprocess
import sys

import pytest

from partymine.corpus.export import neutralise, plain_number, write_rows
from partymine.pipeline import DocumentResult
from partymine.records import FIGURE_COLUMNS, Document
from tests.test_store import figure


@pytest.fixture
def filled(store):
    store.upsert_document(Document(id="d1", text="Xã Liên Hòa có 24 đảng viên.", published="2022-05-01", url="https://baosonla.vn/a-1.html"))
    store.upsert_document(Document(id="d2", text="Tỉnh có 3.485 đảng viên.", published="2019-01-01"))
    run = store.start_run("v1")
    store.save_results(run, "v1", [
        DocumentResult("d1", figures=[figure("d1", 24), figure("d1", 0.36, unit="percent", indicator="poverty_rate", subject="=HYPERLINK(\"x\")")]),
        DocumentResult("d2", figures=[figure("d2", 3485, province="Hà Tĩnh", province_2025="Hà Tĩnh")]),
    ])
    return store


@pytest.mark.parametrize("x, text", [(3485.0, "3485"), (0.36, "0.36"), (56000000.0, "56000000"), (None, ""), (1.2345678, "1.234568")])
def test_plain_numbers(x, text):
    assert plain_number(x) == text


@pytest.mark.parametrize("cell", ["=1+1", "+84 912", "-5", "@SUM(A1)"])
def test_formula_cells_are_neutralised(cell):
    assert neutralise(cell) == "'" + cell


def test_csv_has_the_contract_columns_in_order(filled, tmp_path):
    out = tmp_path / "i.csv"
    write_rows(filled.iter_figures(), out, FIGURE_COLUMNS)
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0])[: len(FIGURE_COLUMNS)] == FIGURE_COLUMNS
    assert [r["value"] for r in rows] == ["24", "0.36", "3485"]
    assert rows[1]["subject"].startswith("'=")
    assert rows[0]["negated"] == "false" and rows[0]["url"] == "https://baosonla.vn/a-1.html"


def test_excel_flag_writes_a_bom(filled, tmp_path):
    out = tmp_path / "i.csv"
    write_rows(filled.iter_figures(), out, FIGURE_COLUMNS, excel=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_jsonl_export(filled, tmp_path):
    out = tmp_path / "i.jsonl"
    write_rows(filled.iter_figures(), out, FIGURE_COLUMNS, fmt="jsonl")
    recs = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert recs[0]["value"] == 24 and recs[0]["negated"] is False


@pytest.mark.parametrize("filters, values", [
    ({"indicator": ["poverty_rate"]}, [0.36]),
    ({"province": "Hà Tĩnh"}, [3485]),
    ({"since": "2020-01-01"}, [24, 0.36]),
])
def test_filters(filled, filters, values):
    assert [r["value"] for r in filled.iter_figures(**filters)] == values


def test_show_figures_prints_the_rows(filled):
    db = filled.path
    r = subprocess.run([sys.executable, "-m", "partymine.cli", "show", "d1", "--figures", "--db", str(db)],
                       capture_output=True, text=True)
    assert r.returncode == 0
    assert "party_members" in r.stdout and "Xã Liên Hòa có 24 đảng viên." in r.stdout


def test_places_lists_resolved_places(filled):
    r = subprocess.run([sys.executable, "-m", "partymine.cli", "places", "--db", str(filled.path)], capture_output=True, text=True)
    assert r.returncode == 0 and "xã Liên Hòa" in r.stdout
