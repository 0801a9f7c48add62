"""Score the whole pipeline on the visible gold sets (seeds and dev), as the acceptance check does.

    .venv/bin/python bench/score_gold.py [--details] [--set seeds|dev|heldout_like|heldout_like2|heldout_like3|heldout_like4]

Imports into a fresh temporary store, extracts, exports and runs ../shared/score.py.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from partymine.corpus.export import write_rows
from partymine.corpus.importers import import_paths
from partymine.corpus.store import Store
from partymine.pipeline import run_extraction
from partymine.records import FIGURE_COLUMNS, PRACTICE_COLUMNS

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SETS = {
    "seeds": (SHARED / "seeds", SHARED / "gold" / "seeds.jsonl"),
    "dev": (SHARED / "dev" / "articles.jsonl", SHARED / "gold" / "dev.jsonl"),
    # 25 articles written and annotated independently as a stand-in for unseen papers (tests/heldout_like)
    "heldout_like": (Path(__file__).resolve().parents[1] / "tests" / "heldout_like" / "articles.jsonl",
                     Path(__file__).resolve().parents[1] / "tests" / "heldout_like" / "gold.jsonl"),
    # 20 more articles from a second independent annotator (tests/heldout_like2)
    "heldout_like2": (Path(__file__).resolve().parents[1] / "tests" / "heldout_like2" / "articles.jsonl",
                      Path(__file__).resolve().parents[1] / "tests" / "heldout_like2" / "gold.jsonl"),
    # 20 more from a third independent annotator, 8 after the merger (tests/heldout_like3)
    "heldout_like3": (Path(__file__).resolve().parents[1] / "tests" / "heldout_like3" / "articles.jsonl",
                      Path(__file__).resolve().parents[1] / "tests" / "heldout_like3" / "gold.jsonl"),
    # 15 more from a fourth annotator, other genres (interviews, boxes, single cells), 9 after the merger
    "heldout_like4": (Path(__file__).resolve().parents[1] / "tests" / "heldout_like4" / "articles.jsonl",
                      Path(__file__).resolve().parents[1] / "tests" / "heldout_like4" / "gold.jsonl"),
}


def score_set(name: str, details: bool, out: Path) -> None:
    source, gold = SETS[name]
    db = out / f"{name}.db"
    with Store(db) as store:
        rep = import_paths(store, [source])
        t = time.perf_counter()
        run = run_extraction(store, everything=True)
        dt = time.perf_counter() - t
        ind, prac = out / f"{name}-indicators.csv", out / f"{name}-practices.csv"
        write_rows(store.iter_figures(), ind, FIGURE_COLUMNS)
        write_rows(store.iter_practices(), prac, PRACTICE_COLUMNS)
    print(f"== {name}: {rep.new} documents, {run.figures} figures, {run.practices} practices, "
          f"{run.failed} failed, extraction {dt:.1f}s")
    for e in run.errors[:5]:
        print("   ERROR", e)
    cmd = [sys.executable, str(SHARED / "score.py"), "--gold", str(gold), "--indicators", str(ind), "--practices", str(prac)]
    if details:
        cmd.append("--details")
    subprocess.run(cmd, check=False)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--set", choices=sorted(SETS), action="append")
    ap.add_argument("--out", type=Path, help="keep the stores and CSVs here")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = a.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        for name in a.set or ["seeds", "dev"]:
            score_set(name, a.details, out)


if __name__ == "__main__":
    main()
