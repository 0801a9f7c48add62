"""partymine.evaluate gives the shared scorer's numbers, plus per-code scores."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from partymine.evaluate import evaluate, format_evaluation, norm_doc, norm_text
from partymine.records import FIGURE_COLUMNS, PRACTICE_COLUMNS, Practice

SCORER = Path(__file__).resolve().parents[2] / "shared" / "score.py"


def _figure(doc, indicator, value, locality, **kw):
    return {"type": "figure", "doc": doc, "indicator": indicator, "indicator_alt": kw.pop("alt", []),
            "value": value, "value_max": kw.pop("value_max", None), "qualifier": kw.pop("qualifier", "exact"),
            "unit": kw.pop("unit", "count"), "total": kw.pop("total", None), "negated": kw.pop("negated", False),
            "kind": "actual", "locality": locality, "province": kw.pop("province", "Sơn La"),
            "period": kw.pop("period", None), "quote": kw.pop("quote", "...")}


GOLD = [
    _figure("a1", "party_members", 412, "xã Chiềng Ban", period="2023"),
    _figure("a1", "party_cells", 17, "xã Chiềng Ban", alt=["grassroots_orgs"]),
    _figure("a1", "members_admitted", 12, "huyện Mai Sơn", total=20),
    _figure("a2", "rating_good_or_better", 91.3, "tỉnh Sơn La", unit="percent", qualifier="over"),
    _figure("a2", "party_members", 5000, "tỉnh Sơn La", negated=True),
    {"type": "practices", "doc": "a1", "codes": ["training", "member_recruitment"]},
    {"type": "practices", "doc": "a2", "codes": []},
    {"type": "practices", "doc": "a3", "codes": ["discipline"]},
]


def _row(doc, indicator, value, locality, **kw):
    row = {c: None for c in FIGURE_COLUMNS}
    row.update(doc=doc, indicator=indicator, value=value, locality=locality, qualifier="exact", unit="count",
               negated=False, kind="actual", province="Sơn La", sentence="...", char_start=0, char_end=1,
               confidence=0.9, method="test.v1")
    row.update(kw)
    return row


PRED = [
    _row("a1.txt", "party_members", 412.0, "xã Chiềng Ban", period="2023"),
    _row("a1", "grassroots_orgs", 17.0, "Xã Chiềng  Ban"),  # an accepted alternative, spacing differs
    _row("a1", "members_admitted", 12.0, "xã Hát Lót", total=20.0),  # wrong locality
    _row("a1", "party_members", 30.0, "xã Chiềng Ban"),  # no such gold value
    _row("a2", "rating_good_or_better", 91.3, "tỉnh Sơn La", unit="percent", qualifier="exact"),
    _row("zz", "party_members", 1.0, "xã Khác"),  # a document without gold: ignored
]
PRAC = [
    Practice("a1", "training", "xã Chiềng Ban", "Sơn La", "Sơn La", "...", 0, 3, 0.9, "cue:x.v1"),
    Practice("a1", "training", "huyện Mai Sơn", "Sơn La", "Sơn La", "...", 5, 9, 0.9, "cue:x.v1"),
    Practice("a1", "seminars_models", None, "Sơn La", "Sơn La", "...", 0, 3, 0.7, "model:practices-v1"),
    Practice("a2", "discipline", None, "Sơn La", "Sơn La", "...", 0, 3, 0.7, "model:practices-v1"),
]


@pytest.fixture
def gold_path(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in GOLD), encoding="utf-8")
    return path


def _write_csv(path: Path, columns, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            r = r if isinstance(r, dict) else {c: getattr(r, c) for c in columns}
            w.writerow({k: ("" if v is None else ("true" if v is True else "false" if v is False else v))
                        for k, v in r.items()})


@pytest.mark.skipif(not SCORER.is_file(), reason="the shared scorer is not beside the repository")
def test_numbers_equal_the_shared_scorer(gold_path, tmp_path):
    _write_csv(tmp_path / "ind.csv", FIGURE_COLUMNS, PRED)
    _write_csv(tmp_path / "prac.csv", PRACTICE_COLUMNS, PRAC)
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold_path), "--indicators",
                          str(tmp_path / "ind.csv"), "--practices", str(tmp_path / "prac.csv"), "--json"],
                         capture_output=True, text=True, check=True)
    expected = json.loads(out.stdout)
    got = evaluate(gold_path, PRED, PRAC)
    for key in ("gold_figures", "predicted_rows", "figures", "typed", "strict", "accuracy_on_typed",
                "recall_by_indicator", "practices"):
        assert got[key] == expected[key], key
    assert len(got["_misses"]) == len(expected["_misses"])
    assert len(got["_extra"]) == len(expected["_extra"])


def test_figure_scores_by_hand(gold_path):
    got = evaluate(gold_path, PRED, None)
    assert got["predicted_rows"] == 5  # the row of `zz` has no gold
    assert (got["figures"]["tp"], got["typed"]["tp"], got["strict"]["tp"]) == (4, 4, 3)
    assert got["accuracy_on_typed"]["qualifier"] == 0.75
    assert "practices" not in got


def test_per_practice_scores(gold_path):
    per = evaluate(gold_path, [], PRAC)["per_practice"]
    assert per["training"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert (per["member_recruitment"]["fn"], per["seminars_models"]["fp"]) == (1, 1)
    assert (per["discipline"]["fp"], per["discipline"]["fn"]) == (1, 1)


def test_per_indicator_scores(gold_path):
    per = evaluate(gold_path, PRED, None)["per_indicator"]
    assert per["party_members"]["tp"] == 1 and per["party_members"]["fp"] == 1
    assert per["party_members"]["fn"] == 1  # the negated 5000 was never predicted
    # a row accepted through indicator_alt counts for the gold figure's code
    assert per["party_cells"]["tp"] == 1 and per["grassroots_orgs"]["fp"] == 0


def test_per_indicator_counts_add_up_to_typed(gold_path):
    got = evaluate(gold_path, PRED, None)
    for k in ("tp", "fp", "fn"):
        assert sum(m[k] for m in got["per_indicator"].values()) == got["typed"][k]


def test_no_practice_rows_means_every_gold_practice_is_missed(gold_path):
    assert evaluate(gold_path, [], [])["practices"]["fn"] == 3


@pytest.mark.parametrize("raw, key", [
    ("TP. Lạng Sơn", "thành phố lạng sơn"),
    ("xã Hoà  Bình", "xã hòa bình"),
    ("Bà Rịa–Vũng Tàu", "bà rịa - vũng tàu"),
])
def test_locality_normalisation(raw, key):
    assert norm_text(raw) == key


@pytest.mark.parametrize("raw, doc", [("seeds/000_ab.txt", "000_ab"), ("https://x.vn/a/", "https://x.vn/a"), ("rw1", "rw1")])
def test_document_ids_are_normalised(raw, doc):
    assert norm_doc(raw) == doc


def test_format_renders_every_table(gold_path):
    from rich.console import Console

    console = Console(file=io.StringIO(), width=120)
    console.print(format_evaluation(evaluate(gold_path, PRED, PRAC)))
    text = console.file.getvalue()
    for title in ("accuracy", "per indicator", "per practice", "strict", "member_recruitment"):
        assert title in text


def test_per_practice_counts_add_up(gold_path):
    got = evaluate(gold_path, [], PRAC)
    for k in ("tp", "fp", "fn"):
        assert sum(m[k] for m in got["per_practice"].values()) == got["practices"][k]


def test_rows_equal_to_the_gold_score_perfectly(gold_path):
    rows = [_row(g["doc"], g["indicator"], g["value"], g["locality"], total=g["total"], negated=g["negated"],
                 qualifier=g["qualifier"], unit=g["unit"], period=g["period"])
            for g in GOLD if g["type"] == "figure"]
    practices = [{"doc": g["doc"], "practice": c} for g in GOLD if g["type"] == "practices" for c in g["codes"]]
    got = evaluate(gold_path, rows, practices)
    assert got["strict"]["f1"] == got["practices"]["f1"] == 1.0
    assert all(v in (None, 1.0) for v in got["accuracy_on_typed"].values())
