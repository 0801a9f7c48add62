"""Synthetic corpus builder for the benchmarks: N unique articles made from real texts.

Each article is one of the bundled sample articles or the dev excerpts, with its numbers
shifted and a serial sentence added, so no cache keyed on text can hide work.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "partymine" / "data" / "sample"
DEV = ROOT.parent / "shared" / "dev" / "articles.jsonl"
_NUMBER = re.compile(r"(?<![\d/.,-])\d{1,3}(?![\d/.,-])")


def base_texts() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted(SAMPLE.glob("*.txt"))]
    if DEV.exists():
        texts += [json.loads(line)["text"] for line in DEV.read_text("utf-8").splitlines() if line.strip()]
    return texts


def make_article(base: str, serial: int, rng: random.Random) -> str:
    shifted = _NUMBER.sub(lambda m: str(int(m.group()) + rng.randint(0, 9)), base)
    return f"{shifted}\n\nBài viết số {serial} của bộ dữ liệu thử nghiệm, chi bộ có {serial % 97 + 3} đảng viên."


def write_jsonl(path: Path, n: int, seed: int = 7) -> int:
    """Write n unique articles as a JSONL import file; returns the number of characters."""
    rng, texts, chars = random.Random(seed), base_texts(), 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = make_article(texts[i % len(texts)], i, rng)
            chars += len(text)
            f.write(json.dumps({"id": f"syn{i:06d}", "text": text}, ensure_ascii=False) + "\n")
    return chars


def write_txt_folder(folder: Path, n: int, seed: int = 7) -> int:
    rng, texts, chars = random.Random(seed), base_texts(), 0
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = make_article(texts[i % len(texts)], i, rng)
        chars += len(text)
        (folder / f"syn{i:06d}.txt").write_text(text, encoding="utf-8")
    return chars
