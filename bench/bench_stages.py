"""Per-stage breakdown of extraction on N synthetic articles, in one process (no store).

Prints the seconds spent in each stage of `extract` (which segments no sentence: see
partymine/pipeline.py), and for reference what underthesea's word segmentation of the same
sentences would cost, so the stage that costs most is plain to see. Use it after changing
any extractor.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_jsonl  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=300)
    a = ap.parse_args()
    from partymine.extract import figures, nlp, practices, sentences
    from partymine.extract.localities import PlaceContext
    from partymine.records import Document

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "c.jsonl"
        write_jsonl(src, a.n)
        docs = [Document(id=r["id"], text=r["text"]) for r in map(json.loads, src.read_text("utf-8").splitlines())]
    warm = Document(id="w", text="Xã Liên Hòa có 24 đảng viên. Chi bộ tổ chức sinh hoạt chuyên đề.")
    places = PlaceContext.for_document(warm, sentences.split_sentences(warm))
    practices.find_practices(warm, sentences.split_sentences(warm), places)
    figures.find_figures(warm, sentences.split_sentences(warm), places)
    spent: dict[str, float] = defaultdict(float)

    def timed(name, fn, *args):
        t = time.perf_counter()
        out = fn(*args)
        spent[name] += time.perf_counter() - t
        return out

    split = []
    for doc in docs:
        units = timed("split_sentences", sentences.split_sentences, doc)
        places = timed("places", PlaceContext.for_document, doc, units)
        timed("figures", figures.find_figures, doc, units, places)
        timed("practices", practices.find_practices, doc, units, places)
        split.append(units)
    total = sum(spent.values())
    chars = sum(len(d.text) for d in docs)
    print(f"{a.n} documents, {chars:,} characters, {total:.1f} s in all ({chars / total:,.0f} chars/s)")
    for name, s in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:24s} {s:6.2f} s  {100 * s / total:5.1f}%")
    nlp.tokenize(split[0])  # load the CRF model outside the timing
    t = time.perf_counter()
    for units in split:
        nlp.tokenize(units)
    print(f"  (not run by extract) underthesea words for every sentence: {time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    main()
