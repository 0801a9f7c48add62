"""Small helpers shared by the benchmarks: run a partymine command and measure it."""
from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

PM = [sys.executable, "-m", "partymine.cli"]


def run_cli(*args: str) -> tuple[float, int]:
    """Run `partymine ARGS` in a child process; returns (seconds, peak RSS of that child in MB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run([*PM, *args], check=True, stdout=subprocess.DEVNULL)
    dt = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the max over all children so far: report it only when it grew.
    return dt, max(peak, before) // 1024


def peak_rss_of(cmd: list[str]) -> tuple[float, int]:
    """Seconds and peak RSS (MB) of one command, measured with a fresh wait4."""
    import os

    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    dt = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(cmd)} failed")
    return dt, usage.ru_maxrss // 1024


def fresh_db(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path
