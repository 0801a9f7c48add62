"""Crawler throughput against a local site, politeness off (delay 0, robots.txt allows all).

    .venv/bin/python bench/bench_crawl.py [--articles 500 2000] [--pages demo|real|both]

Serves N synthetic articles (25 to a listing page) from a separate process, as light demo
pages (4 kB) or in the markup of the saved baolaocai.vn page (145 kB, as heavy as a real
provincial paper's page). Times (1) a bare sequential httpx fetch loop over the same URLs and
(2) `crawl()` into a fresh store (robots, fetch, discovery, cleaning, dedup, storage) in several
set-ups: fetching inline or in a fetch process, 0-2 cleaning processes. Rounds interleave the
two. Prints pages/s and the time against the bare loop, for each site size and for the pages
beyond the smaller site (where the one-off start of the helper processes drops out).
Targets: >= 100 pages/s, <= 2x the bare loop's time.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
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


REAL_PAGE = ROOT.parent / "shared" / "realpages" / "baolaocai_1.html"


def real_page_template() -> str:
    """The saved baolaocai.vn article page (145 kB: scripts, menus, related news, footer) with
    placeholders where the title, date, lead and body go."""
    from lxml import html as lxml_html

    tree = lxml_html.document_fromstring(REAL_PAGE.read_bytes(), parser=lxml_html.HTMLParser(encoding="utf-8"))
    tree.cssselect("h1.article__title")[0].text = "@@TITLE@@"
    tree.cssselect("time.time")[0].set("datetime", "@@DATE@@T07:00:00+0700")
    for meta in tree.cssselect("meta.cms-date"):
        meta.getparent().remove(meta)
    sapo = tree.cssselect("div.article__sapo")[0]
    for child in list(sapo):
        sapo.remove(child)
    sapo.text = "@@SAPO@@"
    body = tree.cssselect("div.article__body")[0]
    for child in list(body):
        body.remove(child)
    body.text = "@@BODY@@"
    return lxml_html.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>")


def real_page_app(articles, template: str):
    """The demo site, with article pages in the real page's markup (and weight)."""
    import html

    from partymine.scraper.demo_site import Response, demo_app

    listing = demo_app(articles, robots="User-agent: *\nAllow: /\n", per_page=25)
    pages = {}
    for a in articles:
        sapo, *rest = a.paragraphs
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in rest)
        pages[a.path] = (template.replace("@@TITLE@@", html.escape(a.title)).replace("@@DATE@@", a.published)
                         .replace("@@SAPO@@", html.escape(sapo)).replace("@@BODY@@", body).encode())

    def app(target, headers):
        page = pages.get(target.split("?")[0])
        return Response(body=page) if page is not None else listing(target, headers)

    return app


def real_page_profile(base: str):
    """baolaocai's shipped selectors, pointed at the local site."""
    from dataclasses import replace

    from partymine.scraper.demo_site import demo_profile
    from partymine.scraper.sites import load_profiles

    real = next(p for p in load_profiles() if p.name == "baolaocai")
    demo = demo_profile(base)
    selectors = dict(real.selectors) | {k: v for k, v in demo.selectors if k in ("links", "next_page")}
    return replace(demo, selectors=tuple(sorted(selectors.items())))


def serve(n: int, pages: str) -> None:
    """Child process: serve the site, print its base URL, run until killed."""
    from partymine.scraper.demo_site import demo_app, serve_app

    articles = synthetic_articles(n)
    app = real_page_app(articles, real_page_template()) if pages == "real" else \
        demo_app(articles, robots="User-agent: *\nAllow: /\n", per_page=25)
    with serve_app(app) as handle:
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


def clean_only(articles, base: str, pages: str) -> float:
    """Seconds to clean and build every article page with no network and no store."""
    from partymine.scraper.pages import build_document
    from partymine.scraper.demo_site import render_article

    profile = site_profile(base, pages)
    template = real_page_template() if pages == "real" else None
    if template:
        app = real_page_app(articles, template)
        bodies = [(base + a.path, app(a.path, {}).body) for a in articles]
    else:
        bodies = [(base + a.path, render_article(a).encode()) for a in articles]
    started = time.perf_counter()
    for url, body in bodies:
        build_document(profile, url, url, body)
    return time.perf_counter() - started


def site_profile(base: str, pages: str):
    from partymine.scraper.demo_site import demo_profile

    return real_page_profile(base) if pages == "real" else demo_profile(base)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, nargs="+", default=[500, 2000],
                    help="site sizes; with two, the cost of the pages beyond the smaller site is printed too")
    ap.add_argument("--configs", nargs="+", default=["0", "0f", "1f", "2f"],
                    help="crawler set-ups to time: cleaning processes, `f` for a separate fetch process")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pages", choices=["demo", "real", "both"], default="both",
                    help="article pages in the demo markup (4 kB) or in the saved baolaocai.vn page's (145 kB)")
    ap.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(args.serve, args.pages)
        return
    for kind in (["demo", "real"] if args.pages == "both" else [args.pages]):
        sizes = [measure(args, kind, n) for n in sorted(args.articles)]
        if len(sizes) > 1:
            print_marginal(kind, sizes[0], sizes[-1])
    print("\ntargets: >= 100 pages/s, <= 2x the bare loop")


def measure(args, kind: str, n_articles: int) -> dict:
    """Median seconds of the bare loop and of each crawler set-up over one site of `n_articles`."""
    server = subprocess.Popen([sys.executable, __file__, "--serve", str(n_articles), "--pages", kind],
                              stdout=subprocess.PIPE, text=True)
    try:
        base = server.stdout.readline().strip()
        articles = synthetic_articles(n_articles)
        listings = (n_articles + 24) // 25
        urls = [f"{base}/xay-dung-dang/"] + [f"{base}/xay-dung-dang/?p={k}" for k in range(2, listings + 1)]
        urls += [base + a.path for a in articles]
        asyncio.run(bare_loop(urls[:20]))  # warm the server
        from partymine.scraper.clean import clean_html  # noqa: F401 - import cost is not per page

        clean_s = clean_only(articles[:300], base, kind)
        # Rounds interleave the bare loop and the crawls, so a slow spell of a shared machine
        # hits both; the medians are compared.
        bare_times: list[float] = []
        runs: dict[str, list] = {c: [] for c in args.configs}
        for _round in range(args.rounds):
            bare_times.append(asyncio.run(bare_loop(urls)))
            for config in args.configs:
                runs[config].append(crawl_once(site_profile(base, kind), config))
    finally:
        server.kill()
        server.wait()
    n = len(urls)
    bare = statistics.median(bare_times)
    size = "4 kB demo markup" if kind == "demo" else "145 kB, the saved baolaocai.vn page's markup"
    print(f"\n{kind} pages: {n} ({listings} listing + {n_articles} article pages, {size});"
          f" median of {args.rounds} interleaved rounds")
    print(f"bare httpx loop{'':23s}: {bare:6.2f} s  {n / bare:7.1f} pages/s  {bare / n * 1000:5.2f} ms/page")
    took = {}
    for config, results in runs.items():
        took[config] = t = statistics.median(t for t, _, _ in results)
        _, c, docs = results[-1]
        print(f"crawler, {describe(config):28s}: {t:6.2f} s  {n / t:7.1f} pages/s  "
              f"{t / n * 1000:5.2f} ms/page  overhead {(t - bare) / n * 1000:5.2f} ms/page  {t / bare:5.2f}x bare"
              f"  (fetched {c.fetched}, stored {docs}, failed {c.failed})")
    print(f"cleaning alone (build_document, no network, no store): {clean_s / 300 * 1000:5.2f} ms/article page")
    return {"pages": n, "bare": bare, "took": took}


def print_marginal(kind: str, small: dict, large: dict) -> None:
    """Per page beyond the smaller site: one-off costs (process starts, robots.txt) drop out."""
    extra = large["pages"] - small["pages"]
    bare = (large["bare"] - small["bare"]) / extra
    print(f"\n{kind} pages, the {extra} pages beyond the smaller site (without one-off start-up costs):")
    print(f"bare httpx loop{'':23s}: {bare * 1000:5.2f} ms/page")
    for config in large["took"]:
        per_page = (large["took"][config] - small["took"][config]) / extra
        print(f"crawler, {describe(config):28s}: {per_page * 1000:5.2f} ms/page  {1 / per_page:7.1f} pages/s"
              f"  {per_page / bare:5.2f}x bare")


def describe(config: str) -> str:
    workers = int(config.rstrip("f"))
    where = "fetch process" if config.endswith("f") else "fetch inline"
    return f"{where}, {workers} clean worker{'s' if workers != 1 else ''}"


def crawl_once(profile, config: str):
    """One crawl of the whole site into a fresh store: (seconds, the site's counts, documents stored)."""
    from partymine.corpus.store import Store
    from partymine.scraper.crawl import crawl
    from partymine.scraper.fetch import FetchSettings

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        settings = FetchSettings(default_delay_s=0.0, timeout_s=10.0)
        started = time.perf_counter()
        report = crawl(store, [profile], settings=settings, workers=int(config.rstrip("f")),
                       fetch_process=config.endswith("f"))
        took = time.perf_counter() - started
        return took, report.sites["demo"], store.count_documents()


if __name__ == "__main__":
    main()
