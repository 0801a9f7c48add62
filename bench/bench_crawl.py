"""Crawler throughput against the local demo site, politeness off (delay 0, robots.txt allows all).

    .venv/bin/python bench/bench_crawl.py [--articles 500]

Serves N synthetic article pages (zce markup, 25 to a listing page) from a separate process,
then times (1) a bare sequential httpx fetch loop over the same URLs and (2) `crawl()` into a
fresh store (fetch, robots, discovery, cleaning, dedup, storage). Prints pages/s and the
per-page overhead. Targets: >= 100 pages/s, <= 2x the bare loop's time.
"""
from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PARAGRAPHS = (
    "Năm {y}, Đảng bộ xã số {i} kết nạp được {n} đảng viên mới, đạt {p}% chỉ tiêu được giao.",
    "Toàn xã hiện có {c} chi bộ trực thuộc với {m} đảng viên; 100% chi bộ duy trì sinh hoạt định kỳ hằng tháng.",
    "Ban Thường vụ Đảng ủy phân công đồng chí ủy viên phụ trách từng chi bộ, dự sinh hoạt ít nhất một lần mỗi quý.",
    "Công tác kiểm tra, giám sát được tăng cường: trong năm tiến hành {k} cuộc kiểm tra đối với tổ chức đảng và đảng viên.",
    "Các chi bộ thôn, bản chú trọng tạo nguồn phát triển đảng viên trong đoàn viên thanh niên và người có uy tín.",
    "Việc đánh giá, xếp loại chất lượng tổ chức cơ sở đảng được thực hiện thực chất, gắn với kết quả thực hiện nhiệm vụ.",
)


def synthetic_articles(n: int):
    from partymine.scraper.demo_site import DemoArticle

    return [DemoArticle(id=10000 + i, slug=f"dang-bo-xa-so-{i}-ket-nap-dang-vien-moi", title=f"Đảng bộ xã số {i} kết nạp {i % 40 + 5} đảng viên mới",
                        published=f"20{20 + i % 5}-0{1 + i % 9}-1{i % 10}", province="Sơn La",
                        paragraphs=tuple(p.format(y=2020 + i % 5, i=i, n=i % 40 + 5, p=100 + i % 20, c=10 + i % 30,
                                                  m=200 + i, k=i % 12 + 1) for p in PARAGRAPHS))
            for i in range(n)]


def serve(n: int) -> None:
    """Child process: serve the site, print its base URL, run until killed."""
    from partymine.scraper.demo_site import demo_app, serve_app

    with serve_app(demo_app(synthetic_articles(n), robots="User-agent: *\nAllow: /\n", per_page=25)) as handle:
        print(handle.base_url, flush=True)
        while True:
            time.sleep(3600)


async def bare_loop(urls: list[str]) -> float:
    import httpx

    started = time.perf_counter()
    async with httpx.AsyncClient() as client:
        for url in urls:
            r = await client.get(url)
            r.raise_for_status()
    return time.perf_counter() - started


def clean_only(articles, base: str) -> float:
    """Seconds to clean and build every article page with no network and no store."""
    from partymine.scraper.crawl import build_document
    from partymine.scraper.demo_site import demo_profile, render_article

    profile = demo_profile(base)
    pages = [(base + a.path, render_article(a).encode()) for a in articles]
    started = time.perf_counter()
    for url, body in pages:
        build_document(profile, url, url, body)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--workers", type=int, nargs="+", default=[0, 1, 2], help="cleaning processes to try")
    ap.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(args.serve)
        return
    from partymine.corpus.store import Store
    from partymine.scraper.crawl import crawl
    from partymine.scraper.demo_site import demo_profile
    from partymine.scraper.fetch import FetchSettings

    server = subprocess.Popen([sys.executable, __file__, "--serve", str(args.articles)], stdout=subprocess.PIPE, text=True)
    try:
        base = server.stdout.readline().strip()
        articles = synthetic_articles(args.articles)
        pages = (args.articles + 24) // 25
        urls = [f"{base}/xay-dung-dang/"] + [f"{base}/xay-dung-dang/?p={k}" for k in range(2, pages + 1)]
        urls += [base + a.path for a in articles]
        asyncio.run(bare_loop(urls[:20]))  # warm the server
        bare = asyncio.run(bare_loop(urls))
        from partymine.scraper.clean import clean_html  # noqa: F401 - import cost is not per page

        import trafilatura  # noqa: F401

        clean_s = clean_only(articles, base)
        runs = []
        for workers in args.workers:
            with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
                settings = FetchSettings(default_delay_s=0.0, timeout_s=10.0)
                started = time.perf_counter()
                report = crawl(store, [demo_profile(base)], settings=settings, workers=workers)
                took = time.perf_counter() - started
                runs.append((workers, took, report.sites["demo"], store.count_documents()))
    finally:
        server.kill()
        server.wait()
    n = len(urls)
    print(f"pages: {n} ({pages} listing + {args.articles} article pages, ~{len(articles[0].paragraphs)} paragraphs each)")
    print(f"bare httpx loop        : {bare:6.2f} s  {n / bare:7.1f} pages/s  {bare / n * 1000:5.2f} ms/page")
    for workers, took, c, docs in runs:
        print(f"crawler, {workers} clean worker{'s' if workers != 1 else ' '}: {took:6.2f} s  {n / took:7.1f} pages/s  "
              f"{took / n * 1000:5.2f} ms/page  overhead {(took - bare) / n * 1000:5.2f} ms/page  {took / bare:5.2f}x bare"
              f"  (fetched {c.fetched}, stored {docs}, failed {c.failed})")
    print(f"cleaning alone (build_document, no network, no store): {clean_s / args.articles * 1000:5.2f} ms/article page")
    print("targets: >= 100 pages/s, <= 2x the bare loop")


if __name__ == "__main__":
    main()
