"""Export benchmark: rows/s and peak RSS of `partymine export indicators` on an extracted store."""
from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from corpus import write_jsonl
from measure import PM, fresh_db, peak_rss_of


def main(n: int = 500, copies: int = 40) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "c.jsonl"
        write_jsonl(src, n)
        db = fresh_db(tmp / "e.db")
        peak_rss_of([*PM, "import", "--db", str(db), str(src)])
        peak_rss_of([*PM, "extract", "--db", str(db)])
        con = sqlite3.connect(db)  # multiply the rows so the export is measurable
        cols = [r[1] for r in con.execute("PRAGMA table_info(figures)") if r[1] != "id"]
        original = con.execute("SELECT MAX(id) FROM figures").fetchone()[0]
        for _ in range(copies - 1):
            con.execute(f"INSERT INTO figures ({', '.join(cols)}) SELECT {', '.join(cols)} FROM figures WHERE id <= ?", (original,))
        con.commit()
        rows = con.execute("SELECT COUNT(*) FROM figures").fetchone()[0]
        con.close()
        dt, rss = peak_rss_of([*PM, "export", "indicators", "--db", str(db), "-o", str(tmp / "i.csv")])
        print(f"export: {rows:,} rows in {dt:.1f} s -> {rows / dt:,.0f} rows/s, peak RSS {rss} MB")


if __name__ == "__main__":
    main()
