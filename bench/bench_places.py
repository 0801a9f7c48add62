"""Places benchmark (issue 4).

Prints:
- the gazetteer load time in a fresh process (target < 1 s);
- mentions resolved per second by `resolve_locality` over mentions drawn from the
  gazetteer itself (communes, districts, provinces, written with their type word, in both
  schemes and with abbreviations; target >= 10,000/s);
- `PlaceContext.for_document` + one `locality_at` per sentence on synthetic articles.

    .venv/bin/python bench/bench_places.py [--n 20000]
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time

LOAD = ("import time; t = time.perf_counter();"
        "from partymine.extract.localities.gazetteer import load_gazetteer; g = load_gazetteer();"
        "print(f'{time.perf_counter() - t:.3f} {len(g.units)}')")


def load_time() -> tuple[float, int]:
    out = subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), int(out[1])


def sample_mentions(n: int, seed: int = 4) -> list[tuple[str, str | None, str | None]]:
    from partymine.extract.localities.gazetteer import LEGACY, load_gazetteer

    gaz = load_gazetteer()
    rnd = random.Random(seed)
    units = [u for u in gaz.units.values()]
    abbr = {"thành phố": ["TP", "Tp.", "thành phố"], "thị xã": ["TX", "thị xã"], "thị trấn": ["TT.", "thị trấn"]}
    out = []
    for _ in range(n):
        u = rnd.choice(units)
        typ = rnd.choice(abbr.get(u.type, [u.type]))
        province = gaz.province(u.scheme, u.province_code).name if rnd.random() < 0.7 else None
        date = "2022-05-01" if u.scheme == LEGACY else "2025-09-01"
        out.append((f"{typ} {u.name}", province, date))
    return out


def resolve_rate(n: int) -> tuple[float, float]:
    from partymine.extract.localities import resolve_locality

    mentions = sample_mentions(n)
    t = time.perf_counter()
    coded = sum(resolve_locality(text, province=p, date=d).code is not None for text, p, d in mentions)
    dt = time.perf_counter() - t
    return n / dt, coded / n


def document_rate(n_docs: int = 300) -> float:
    from partymine.extract.localities import PlaceContext
    from partymine.records import Document, Sentence

    rnd = random.Random(7)
    names = [m for m, _, _ in sample_mentions(2000, seed=9)]
    t = time.perf_counter()
    n_sent = 0
    for d in range(n_docs):
        sents, text, para = [], "", 0
        for k in range(30):
            s = f"Đảng bộ {rnd.choice(names)} có {rnd.randint(2, 900)} đảng viên, toàn huyện kết nạp {k} đảng viên."
            sents.append(Sentence(f"d{d}", k, len(text), len(text) + len(s), s, para))
            text += s + (" " if k % 5 else "\n\n")
            para += k % 5 == 0
        doc = Document(f"d{d}", text, site="baolamdong.vn")
        ctx = PlaceContext.for_document(doc, sents)
        for s in sents:
            ctx.locality_at(s, s.start + s.text.index("có"))
        n_sent += len(sents)
    return n_sent / (time.perf_counter() - t)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000)
    a = ap.parse_args()
    secs, units = load_time()
    print(f"gazetteer load: {secs:.3f} s for {units} units (target < 1 s)")
    from partymine.extract.localities.gazetteer import load_gazetteer
    load_gazetteer()
    rate, coded = resolve_rate(a.n)
    print(f"resolve_locality: {rate:,.0f} mentions/s over {a.n} gazetteer mentions, {coded:.1%} with a code "
          "(target >= 10,000/s)")
    print(f"documents: {document_rate():,.0f} sentences/s (for_document + locality_at per sentence)")
    return 0 if secs < 1 and rate >= 10000 else 1


if __name__ == "__main__":
    sys.exit(main())
