"""`make demo`: the whole pipeline on the bundled sample, with no network.

Serves the five sample articles as a small news site on 127.0.0.1, crawls it, extracts,
and writes out/indicators.csv, out/practices.csv and out/report.html.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from partymine.cli import main as cli_main


def run(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    db = out / "demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    from partymine.scraper.demo_site import demo_profile, serve_demo_site

    with serve_demo_site() as base_url:
        sites = out / "demo-sites.toml"
        sites.write_text(profile_toml(demo_profile(base_url).as_json()), encoding="utf-8")
        _run([["crawl", "--db", str(db), "--sites", str(sites)]])
    _run([
        ["extract", "--db", str(db)],
        ["export", "indicators", "--db", str(db), "-o", str(out / "indicators.csv")],
        ["export", "practices", "--db", str(db), "-o", str(out / "practices.csv")],
        ["report", "--db", str(db), "-o", str(out / "report.html")],
        ["stats", "--db", str(db)],
    ])
    print(f"demo: wrote {out / 'indicators.csv'}, {out / 'practices.csv'} and {out / 'report.html'}", file=sys.stderr)


def profile_toml(profile: dict) -> str:
    """One `[[site]]` table, written the way a researcher would write it by hand."""
    lines = ["# The demo site partymine serves on 127.0.0.1 while `make demo` runs.", "[[site]]"]
    for key, value in profile.items():
        if isinstance(value, dict):
            continue
        lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    for key, value in profile.items():
        if isinstance(value, dict):
            lines.append(f"[site.{key}]")
            lines += [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in value.items()]
    return "\n".join(lines) + "\n"


def _run(steps: list[list[str]]) -> None:
    for args in steps:
        print("$ partymine " + " ".join(args), file=sys.stderr)
        try:
            cli_main(args)
        except SystemExit as exc:
            if exc.code:
                raise


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("out"))
    run(ap.parse_args().out)


if __name__ == "__main__":
    main()
