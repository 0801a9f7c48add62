"""`make bench`: every benchmark, one after the other, each printing its own figures."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
BENCHES = [
    ["bench_import.py"],
    ["bench_places.py"],
    ["bench_extract.py", "--big"],
    ["bench_export.py"],
    ["bench_crawl.py"],
]


def main() -> int:
    failed = 0
    for bench in BENCHES:
        script = HERE / bench[0]
        if not script.exists():
            print(f"== {bench[0]}: missing")
            failed += 1
            continue
        print(f"== {' '.join(bench)}", flush=True)
        failed += subprocess.run([sys.executable, str(script), *bench[1:]], cwd=HERE).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
