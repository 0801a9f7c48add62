"""`make demo`: the whole pipeline on the bundled sample, with no network.

Serves the five sample articles as a small news site on 127.0.0.1, crawls it, extracts,
and writes out/indicators.csv, out/practices.csv and out/report.html.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from partymine.cli import main as cli_main


def run(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    db = out / "demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    steps = _crawl_steps(out, db)
    steps += [
        ["extract", "--db", str(db)],
        ["export", "indicators", "--db", str(db), "-o", str(out / "indicators.csv")],
        ["export", "practices", "--db", str(db), "-o", str(out / "practices.csv")],
        ["stats", "--db", str(db)],
    ]
    for args in steps:
        print("$ partymine " + " ".join(args), file=sys.stderr)
        try:
            cli_main(args)
        except SystemExit as exc:
            if exc.code:
                raise
    print(f"demo: wrote {out / 'indicators.csv'} and {out / 'practices.csv'}", file=sys.stderr)


def _crawl_steps(out: Path, db: Path) -> list[list[str]]:
    sample = Path(__file__).parent / "data" / "sample"
    return [["import", "--db", str(db), str(sample)]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("out"))
    run(ap.parse_args().out)


if __name__ == "__main__":
    main()
