"""Extraction benchmark (issues 3 and 7).

On N synthetic articles (default 2,000; each unique, so no cache hides work) it prints:
- the floor: underthesea `sent_tokenize` + `word_tokenize` alone on the same texts;
- `partymine import` + `partymine extract --workers 1`, end to end with the store, and the
  ratio to the floor (target <= 1.5);
- `--workers 2` and the speed-up (target >= 1.8), and whether both outputs are identical;
- a re-run on the unchanged store (target < 5% of the first run) and a one-document change;
- peak RSS of each run (target < 1 GB; with --big also at 20,000 documents).
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import write_jsonl
from measure import PM, fresh_db, peak_rss_of


def segmenter_floor(path: Path) -> tuple[float, int]:
    """Seconds for underthesea sent_tokenize + word_tokenize over every paragraph, and sentences."""
    from underthesea import sent_tokenize, word_tokenize

    texts = [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines()]
    word_tokenize("Khởi động.", use_token_normalize=False)
    n, t = 0, time.perf_counter()
    for text in texts:
        for para in text.split("\n"):
            if para.strip():
                for sent in sent_tokenize(para):
                    word_tokenize(sent, use_token_normalize=False)
                    n += 1
    return time.perf_counter() - t, n


def pipeline(src: Path, db: Path, workers: int) -> dict:
    fresh_db(db)
    t_imp, rss_imp = peak_rss_of([*PM, "import", "--db", str(db), str(src)])
    t_ext, rss_ext = peak_rss_of([*PM, "extract", "--db", str(db), "--workers", str(workers)])
    return {"import_s": t_imp, "extract_s": t_ext, "total_s": t_imp + t_ext, "rss_mb": max(rss_imp, rss_ext)}


def export(db: Path, out: Path) -> Path:
    subprocess.run([*PM, "export", "indicators", "--db", str(db), "-o", str(out)], check=True, stderr=subprocess.DEVNULL)
    return out


def change_one_document(db: Path) -> int:
    """Change one document's text, re-run extract; returns how many documents it re-extracted."""
    import sqlite3

    con = sqlite3.connect(db)
    con.execute("UPDATE documents SET text = text || ' Thêm 3 đảng viên.', text_hash = 'changed' WHERE id = 'syn000001'")
    con.commit()
    con.close()
    r = subprocess.run([*PM, "extract", "--db", str(db), "--workers", "1", "--json"], check=True, capture_output=True, text=True)
    return json.loads(r.stdout)["documents"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--big", action="store_true", help="also measure peak RSS on 20,000 documents")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "corpus.jsonl"
        chars = write_jsonl(src, a.n)
        floor_s, sentences = segmenter_floor(src)
        print(f"corpus: {a.n} documents, {chars:,} characters, {sentences:,} sentences")
        print(f"floor (underthesea sent_tokenize + word_tokenize): {floor_s:.1f} s, {chars / floor_s:,.0f} chars/s, "
              f"{sentences / floor_s:,.0f} sentences/s")
        one = pipeline(src, tmp / "w1.db", 1)
        print(f"import + extract, 1 worker: {one['total_s']:.1f} s (import {one['import_s']:.1f}, extract {one['extract_s']:.1f}), "
              f"{a.n / one['total_s']:,.0f} docs/s, {chars / one['total_s']:,.0f} chars/s, peak RSS {one['rss_mb']} MB, "
              f"ratio to floor {one['total_s'] / floor_s:.2f}")
        two = pipeline(src, tmp / "w2.db", 2)
        same = filecmp.cmp(export(tmp / "w1.db", tmp / "w1.csv"), export(tmp / "w2.db", tmp / "w2.csv"), shallow=False)
        print(f"extract, 2 workers: {two['extract_s']:.1f} s, speed-up {one['extract_s'] / two['extract_s']:.2f}x, "
              f"peak RSS {two['rss_mb']} MB, output identical to 1 worker: {same}")
        rerun, _ = peak_rss_of([*PM, "extract", "--db", str(tmp / "w1.db")])
        print(f"re-run on the unchanged store: {rerun:.2f} s = {100 * rerun / one['extract_s']:.1f}% of the first run")
        print(f"one document changed: re-extracted {change_one_document(tmp / 'w1.db')} document(s)")
        if a.big:
            big_src = tmp / "big.jsonl"
            write_jsonl(big_src, 20_000)
            big = pipeline(big_src, tmp / "big.db", os.cpu_count() or 1)
            print(f"20,000 documents: import + extract ({os.cpu_count()} workers) {big['total_s']:.0f} s, peak RSS {big['rss_mb']} MB")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
