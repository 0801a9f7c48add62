"""Exports of the extracted rows: CSV (the contract of SCHEMA.md), JSON lines, Parquet.

Rows stream from the store to the file; nothing holds the whole table in memory.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from partymine.errors import PartymineError
from partymine.records import FIGURE_COLUMNS, PRACTICE_COLUMNS

NUMERIC = {"value", "value_max", "total", "confidence"}
INTEGER = {"char_start", "char_end"}
BOOLEAN = {"negated"}
# Extra columns after the contract's: the source URL, so every row leads back to its page.
EXTRA = ["url"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def plain_number(x) -> str:
    """`3485.0` -> `3485`, `0.36` -> `0.36`: plain decimal, `.` as point, no exponent."""
    if x is None or x == "":
        return ""
    x = float(x)
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return f"{x:.6f}".rstrip("0").rstrip(".")


def neutralise(text: str) -> str:
    """A cell a spreadsheet would run as a formula starts with an apostrophe instead."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def format_row(row: dict, columns: list[str]) -> dict:
    out = {}
    for col in columns:
        v = row.get(col)
        if col in NUMERIC:
            out[col] = plain_number(v)
        elif col in INTEGER:
            out[col] = "" if v is None else str(int(v))
        elif col in BOOLEAN:
            out[col] = "true" if v else "false"
        else:
            out[col] = neutralise("" if v is None else str(v))
    return out


def write_rows(rows: Iterable[dict], path: str | Path, columns: list[str], *, fmt: str = "csv", excel: bool = False) -> int:
    """Write rows to `path` in `fmt` (csv | jsonl | parquet); returns how many were written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = columns + EXTRA
    tmp = path.with_name(path.name + ".partial")
    if fmt == "csv":
        n = _write_csv(rows, tmp, columns, excel)
    elif fmt == "jsonl":
        n = _write_jsonl(rows, tmp, columns)
    elif fmt == "parquet":
        n = _write_parquet(rows, tmp, columns)
    else:
        raise PartymineError(f"unknown export format {fmt!r}; use csv, jsonl or parquet")
    tmp.replace(path)  # a half-written export never stands under the requested name
    return n


def _write_csv(rows, path: Path, columns: list[str], excel: bool) -> int:
    n = 0
    with path.open("w", encoding="utf-8-sig" if excel else "utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for row in rows:
            w.writerow(format_row(row, columns))
            n += 1
    return n


def _write_jsonl(rows, path: Path, columns: list[str]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            rec = {c: row.get(c) for c in columns}
            if "negated" in rec:
                rec["negated"] = bool(rec["negated"])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def _write_parquet(rows, path: Path, columns: list[str]) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise PartymineError("Parquet export needs pyarrow: pip install pyarrow (or use --format csv)") from exc

    def type_of(col: str):
        return pa.float64() if col in NUMERIC else pa.int64() if col in INTEGER else pa.bool_() if col in BOOLEAN else pa.string()

    schema = pa.schema([(c, type_of(c)) for c in columns])
    n, chunk = 0, []
    with pq.ParquetWriter(path, schema) as writer:
        for row in rows:
            chunk.append({c: (bool(row.get(c)) if c in BOOLEAN else row.get(c)) for c in columns})
            if len(chunk) >= 5000:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n, chunk = n + len(chunk), []
        writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
    return n + len(chunk)


INDICATOR_COLUMNS = FIGURE_COLUMNS
PRACTICES_COLUMNS = PRACTICE_COLUMNS
