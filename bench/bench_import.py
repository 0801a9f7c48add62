"""Import benchmark: N synthetic articles (default 10,000) into a fresh store.

Targets (issue 2): >= 500 documents/s on this 2-core machine, peak memory < 300 MB.
"""
from __future__ import annotations

import argparse
import platform
import tempfile
from pathlib import Path

from corpus import write_jsonl
from measure import PM, fresh_db, peak_rss_of


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=10_000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        chars = write_jsonl(src, a.n)
        db = fresh_db(Path(tmp) / "bench.db")
        dt, rss = peak_rss_of([*PM, "import", "--db", str(db), str(src)])
        reimport, _ = peak_rss_of([*PM, "import", "--db", str(db), str(src)])
    print(f"import: {a.n} documents, {chars:,} characters in {dt:.1f} s -> {a.n / dt:,.0f} documents/s, "
          f"{chars / dt:,.0f} characters/s, peak RSS {rss} MB; unchanged re-import {reimport:.1f} s "
          f"({platform.processor() or platform.machine()}, {__import__('os').cpu_count()} cores)")


if __name__ == "__main__":
    main()
