"""The crawler over the wire: a real server on 127.0.0.1 with the failures real sites produce."""
from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import textwrap
import time
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partymine.corpus.store import Store
from partymine.scraper.crawl import COMMIT_INTERVAL_S, FETCH_AHEAD, crawl
from partymine.scraper.reclean import reclean
from partymine.scraper.demo_site import demo_app, demo_profile, sample_articles, serve_app, serve_demo_site
from partymine.scraper.discover import canonical_url, extract_links, parse_sitemap_or_feed
from partymine.scraper.sites import SiteProfile
from sitesrv import CP1258, CRAWL_DELAY, FAST, GOOD, MIRROR_PATH, TestSite, test_profile


@pytest.fixture(scope="module", params=[False, True], ids=["fetch-inline", "fetch-process"])
def crawled(tmp_path_factory, request):
    """One crawl of the misbehaving test site (fetching in this process, then in a fetch
    process); the tests below look at what it left."""
    site = TestSite()
    with serve_app(site) as handle:
        site.base_url = handle.base_url
        site.other_host = handle.base_url.replace("127.0.0.1", "localhost")
        store = Store(tmp_path_factory.mktemp("crawl") / "c.db")
        events = []
        started = time.monotonic()
        report = crawl(store, [test_profile(handle.base_url)], settings=FAST, on_event=events.append,
                       fetch_process=request.param)
        elapsed = time.monotonic() - started
        yield {"store": store, "report": report, "counts": report.sites["testsite"], "site": site,
               "handle": handle, "events": events, "elapsed": elapsed, "base": handle.base_url}
        store.close()


def _frontier(crawled, path: str):
    return crawled["store"].conn.execute("SELECT * FROM frontier WHERE url = ?", (crawled["base"] + path,)).fetchone()


def test_good_articles_are_stored_with_site_province_and_page(crawled):
    store = crawled["store"]
    for a in GOOD:
        doc = store.get_document(crawled["base"] + a.path)
        assert doc is not None, a.path
        assert doc.title == a.title and doc.site == "testsite" and doc.published == a.published
        assert doc.page_id is not None and doc.province == a.province


def test_document_text_is_the_article_paragraphs(crawled):
    doc = crawled["store"].get_document(crawled["base"] + GOOD[0].path)
    assert doc.text == "\n\n".join((GOOD[0].title, *GOOD[0].paragraphs))


def test_tracking_parameters_and_fragment_do_not_make_a_second_fetch(crawled):
    assert crawled["site"].seen[GOOD[0].path] == 1
    rows = crawled["store"].conn.execute("SELECT COUNT(*) FROM frontier WHERE url LIKE ?", (f"%{GOOD[0].path}%",)).fetchone()
    assert rows[0] == 1


def test_mirror_under_another_url_is_one_document(crawled):
    store = crawled["store"]
    assert store.get_document(crawled["base"] + MIRROR_PATH) is None
    row = _frontier(crawled, MIRROR_PATH)
    assert row["reason"] == "duplicate" and row["doc_id"] == crawled["base"] + GOOD[1].path
    assert crawled["counts"].duplicates == 1


def test_robots_disallowed_path_is_never_requested(crawled):
    assert crawled["site"].seen["/private/bi-mat-post109.html"] == 0
    assert _frontier(crawled, "/private/bi-mat-post109.html")["reason"] == "robots"
    assert crawled["counts"].skipped_robots == 1


def test_robots_crawl_delay_spaces_the_requests(crawled):
    times = [t for t, path in crawled["handle"].log if path != "/robots.txt"]
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert min(gaps) >= CRAWL_DELAY * 0.9


@pytest.mark.parametrize("path,state,reason", [
    ("/files/nghi-quyet-so-02.pdf", "skipped", "document_link"),
    ("/tai-lieu-hoi-nghi-post110.html", "skipped", "not_html"),
    ("/chuyen-trang-post106.html", "skipped", "redirect_offsite"),
    ("/vong-lap-a-post107.html", "failed", "redirect_loop"),
    ("/cham-qua-post108.html", "failed", "timeout"),
    ("/trang-khong-lo-post111.html", "failed", "too_large"),
    ("/bom-nen-post114.html", "failed", "decompressed_too_large"),
])
def test_each_failure_is_a_counted_frontier_row_with_its_reason(crawled, path, state, reason):
    row = _frontier(crawled, path)
    assert (row["state"], row["reason"]) == (state, reason)
    assert crawled["counts"].reasons[reason] >= 1


def test_pdf_link_is_not_downloaded(crawled):
    assert crawled["site"].seen["/files/nghi-quyet-so-02.pdf"] == 0


def test_offsite_redirect_is_not_followed(crawled):
    assert crawled["site"].seen["/bai-khac-post1.html"] == 0


def test_fetch_failures_keep_a_page_row_with_the_reason(crawled):
    row = crawled["store"].conn.execute("SELECT error, error_detail, body FROM pages WHERE url = ?",
                                        (crawled["base"] + "/bom-nen-post114.html",)).fetchone()
    assert row["error"] == "decompressed_too_large" and row["body"] is None


def test_429_with_retry_after_is_retried_after_the_wait(crawled):
    site, handle = crawled["site"], crawled["handle"]
    assert site.seen["/qua-tai-post104.html"] == 2
    times = [t for t, p in handle.log if p == "/qua-tai-post104.html"]
    assert times[1] - times[0] >= 0.95
    assert crawled["store"].get_document(crawled["base"] + "/qua-tai-post104.html") is not None


def test_500_recovers_after_retries(crawled):
    assert crawled["site"].seen["/loi-may-chu-post105.html"] == 3
    assert crawled["store"].get_document(crawled["base"] + "/loi-may-chu-post105.html") is not None
    assert crawled["counts"].retries >= 3


def test_windows_1258_page_with_a_wrong_charset_header_reads_as_vietnamese(crawled):
    doc = crawled["store"].get_document(crawled["base"] + CP1258.path)
    assert doc.title == "Bí thư chi bộ đồng thời là trưởng thôn"
    assert "87/120 bí thư chi bộ thôn đồng thời là trưởng thôn, đạt 72,5%" in doc.text


def test_all_listing_pages_are_followed(crawled):
    assert crawled["counts"].listings == 3
    assert crawled["store"].get_document(crawled["base"] + GOOD[2].path) is not None


def test_raw_page_is_kept_compressed_with_headers_and_hash(crawled):
    row = crawled["store"].conn.execute("SELECT body, headers, content_hash, etag FROM pages WHERE url = ?",
                                        (crawled["base"] + GOOD[0].path,)).fetchone()
    assert b"article__title" in zlib.decompress(row["body"])
    assert "content-type" in json.loads(row["headers"]) and len(row["content_hash"]) == 64 and row["etag"]


def test_relevance_evidence_is_recorded(crawled):
    rel = crawled["store"].conn.execute("SELECT relevance FROM documents WHERE id = ?",
                                        (crawled["base"] + GOOD[0].path,)).fetchone()[0]
    rel = json.loads(rel)
    assert "section.xay-dung-dang" in rel["sections"] and rel["keywords"]["kw.dang-vien"] >= 2


def test_counts_add_up(crawled):
    c = crawled["counts"]
    assert (c.new, c.failed) == (6, 4)
    assert (c.skipped, c.skipped_robots) == (4, 1), c.reasons  # 2 linked PDFs (one in the sidebar), not_html, offsite
    assert crawled["events"][-1].counts is c


def test_second_crawl_fetches_no_article_again(crawled):
    site, store = crawled["site"], crawled["store"]
    before = dict(site.seen)
    report = crawl(store, [test_profile(crawled["base"])], settings=FAST)
    c = report.sites["testsite"]
    assert c.new == 0 and c.unchanged >= 1
    for a in GOOD:
        assert site.seen[a.path] == before[a.path]
    assert store.count_documents() == 6


def test_reclean_rebuilds_documents_from_stored_pages(crawled):
    store = crawled["store"]
    doc_id = crawled["base"] + GOOD[0].path
    store.conn.execute("UPDATE documents SET text = 'hỏng', text_hash = 'x' WHERE id = ?", (doc_id,))
    requests = len(crawled["handle"].log)
    report = reclean(store)
    assert report.updated == 1 and report.failed == 0
    assert store.get_document(doc_id).text.startswith(GOOD[0].title)
    assert len(crawled["handle"].log) == requests


# -- limits, since, dry run ----------------------------------------------------------------------

@pytest.fixture()
def demo(tmp_path):
    with serve_demo_site() as base, Store(tmp_path / "d.db") as store:
        yield base, store


def test_max_pages_stops_and_the_next_run_continues(demo):
    base, store = demo
    first = crawl(store, [demo_profile(base)], max_pages=3, settings=FAST)
    assert first.sites["demo"].fetched == 3
    crawl(store, [demo_profile(base)], settings=FAST)
    assert store.count_documents() == 5


def test_since_keeps_only_newer_articles(demo):
    base, store = demo
    report = crawl(store, [demo_profile(base)], since="2022-01-01", settings=FAST)
    published = sorted(d.published or "" for d in store.iter_documents())
    assert published == ["", "2022-01-22", "2022-08-09", "2022-10-04"]  # an undated article is kept
    assert report.sites["demo"].reasons["before_since"] == 1
    crawl(store, [demo_profile(base)], settings=FAST)  # without --since: the older article comes in too
    assert store.count_documents() == 5


@pytest.mark.parametrize("workers", [0, 1], ids=["inline", "cleaning-worker"])
def test_since_stops_paginating_after_a_page_of_older_articles(tmp_path, workers):
    from dataclasses import replace

    months = ["2024-08-01", "2024-07-01", "2024-06-01", "2024-05-01", "2024-04-01", "2024-03-01", "2024-02-01", "2024-01-01"]
    articles = [replace(a, published=m) for a, m in zip(_many_articles(8), months)]
    with serve_app(demo_app(articles, per_page=2)) as handle, Store(tmp_path / "s.db") as store:
        report = crawl(store, [demo_profile(handle.base_url)], since="2024-06-01", settings=FAST, workers=workers)
        assert sorted(d.published for d in store.iter_documents()) == ["2024-06-01", "2024-07-01", "2024-08-01"]
        assert handle.hits["/xay-dung-dang/?p=3"] == 1 and handle.hits["/xay-dung-dang/?p=4"] == 0
        assert report.sites["demo"].reasons["before_since"] == 4  # 3 articles and the 4th listing page


def test_dry_run_stores_nothing(demo):
    base, store = demo
    report = crawl(store, [demo_profile(base)], dry_run=True, settings=FAST)
    assert report.dry_run and report.sites["demo"].discovered == 5 and report.sites["demo"].new == 0
    assert store.count_documents() == 0
    assert store.conn.execute("SELECT COUNT(*) FROM pages").fetchone()[0] == 0


def test_demo_crawl_gives_the_sample_paragraphs(demo):
    from partymine.corpus.importers import documents_from_file

    base, store = demo
    crawl(store, [demo_profile(base)], settings=FAST)
    folder = Path(__file__).parents[1] / "partymine" / "data" / "sample"
    for path, art in zip(sorted(folder.glob("*.txt")), sample_articles()):
        imported = next(documents_from_file(path))
        crawled = store.get_document(f"{base}{art.path}")
        body = [x for x in imported.text.split("\n") if x.strip()][len(art.kicker) + 1:]
        assert crawled.text.split("\n\n")[1:] == body
        assert crawled.title == imported.title and crawled.published == imported.published


# -- kill and resume -------------------------------------------------------------------------------

_CLI = textwrap.dedent("""
    import sys
    from partymine.cli import main
    main(sys.argv[1:])
""")


def _many_articles(n: int):
    from partymine.scraper.demo_site import DemoArticle

    return [DemoArticle(id=5000 + i, slug=f"chi-bo-so-{i}", title=f"Chi bộ số {i} kết nạp {i + 2} đảng viên",
                        published="2024-05-01", paragraphs=(f"Năm 2024, chi bộ số {i} kết nạp được {i + 2} đảng viên mới.",
                                                            f"Chi bộ hiện có {30 + i} đảng viên, sinh hoạt đều đặn."))
            for i in range(n)]


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_killed_in_the_middle_then_resumed_gives_every_article_once(tmp_path, sig):
    articles = _many_articles(24)
    with serve_app(demo_app(articles, per_page=4)) as handle:
        sites = tmp_path / "sites.toml"
        sites.write_text(textwrap.dedent(f"""
            [[site]]
            name = "demo"
            province = "Sơn La"
            start_urls = ["{handle.base_url}/xay-dung-dang/"]
            article_pattern = '-post\\d+\\.html$'
            listing_pattern = '/xay-dung-dang/\\?p=\\d+$'
            delay_s = 0.04
            [site.selectors]
            body = "div.article__sapo, div.article__body > p"
            title = "h1.article__title"
            date = "time.time[datetime]"
        """), encoding="utf-8")
        db = tmp_path / "k.db"
        cmd = [sys.executable, "-c", _CLI, "crawl", "--sites", str(sites), "--db", str(db)]
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
        # its own process group, so SIGINT reaches the crawler and its fetch process as Ctrl-C would
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
        deadline = time.monotonic() + 30
        while sum(n for p, n in handle.hits.items() if "-post" in p) < 8 and time.monotonic() < deadline:
            time.sleep(0.01)
        children = _children(proc.pid)
        if sig == signal.SIGINT:
            os.killpg(proc.pid, sig)
        else:
            proc.kill()  # the crawler alone: its fetch process must notice and end by itself
        assert proc.wait(timeout=30) != 0
        assert "Traceback" not in proc.stderr.read().decode()
        assert children and _all_gone(children)
        with Store(db) as store:
            stored_at_kill = store.count_documents()
        assert 0 < stored_at_kill < len(articles)
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        with Store(db) as store:
            ids = store.document_ids()
        assert sorted(ids) == sorted(handle.base_url + a.path for a in articles)
        refetched = [p for p, n in handle.hits.items() if "-post" in p and n > 1]
        # at most those asked for but not stored when the crawler died, and (SIGKILL) those
        # stored within the last commit interval, 0.04 s apart
        assert len(refetched) <= FETCH_AHEAD + math.ceil(COMMIT_INTERVAL_S / 0.04)


def _children(pid: int) -> list[int]:
    """The live child processes of `pid` (Linux /proc)."""
    return [int(stat.parent.name) for stat in Path("/proc").glob("[0-9]*/stat") if _stat(stat)[1:2] == [str(pid)]]


def _stat(path: Path) -> list[str]:
    """State, parent pid, ... of a /proc/<pid>/stat file; [] once the process is gone."""
    try:
        return path.read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return []


def _all_gone(pids: list[int], timeout_s: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if all(_stat(Path(f"/proc/{p}/stat"))[:1] in ([], ["Z"]) for p in pids):  # exited (or a zombie)
            return True
        time.sleep(0.05)
    return False


# -- command line ------------------------------------------------------------------------------------

def _run_cli(args, capsys):
    from partymine.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(args)
        raise SystemExit(0)
    out = capsys.readouterr()
    return exit_info.value.code or 0, out.out, out.err


def _demo_sites_file(tmp_path, base_url):
    path = tmp_path / "sites.toml"
    path.write_text(textwrap.dedent(f"""
        [[site]]
        name = "demo"
        province = ""
        start_urls = ["{base_url}/xay-dung-dang/"]
        article_pattern = '-post\\d+\\.html$'
        listing_pattern = '/xay-dung-dang/\\?p=\\d+$'
        delay_s = 0
        [site.selectors]
        body = "div.article__sapo, div.article__body > p"
        title = "h1.article__title"
    """), encoding="utf-8")
    return path


def test_cli_crawl_json_then_reclean(tmp_path, capsys):
    with serve_demo_site() as base:
        sites, db = _demo_sites_file(tmp_path, base), str(tmp_path / "cli.db")
        code, out, _ = _run_cli(["crawl", "--sites", str(sites), "--db", db, "--json"], capsys)
        assert code == 0 and json.loads(out)["sites"]["demo"]["new"] == 5
        code, out, err = _run_cli(["crawl", "--sites", str(sites), "--db", db], capsys)
        assert code == 0 and "crawl: fetched" in err and "new 0" in err
    code, out, _ = _run_cli(["reclean", "--db", db, "--json"], capsys)
    assert code == 0 and json.loads(out) == {"pages": 5, "new": 0, "updated": 0, "unchanged": 5, "duplicates": 0, "failed": 0}


@pytest.mark.parametrize("args,message", [
    (["crawl", "--since", "22/01/2022"], "expected a date as YYYY-MM-DD"),
    (["crawl", "--sites", "khong-co.toml"], "khong-co.toml"),
    (["crawl", "--site", "baoxyz"], "no site named 'baoxyz'"),
])
def test_cli_crawl_bad_input_is_one_line(tmp_path, capsys, args, message):
    code, _, err = _run_cli([*args, "--db", str(tmp_path / "e.db")], capsys)
    assert code != 0 and message in err and "Traceback" not in err and err.count("\n") == 1


def test_cleaning_in_a_worker_process_gives_the_same_documents(demo, tmp_path):
    base, store = demo
    crawl(store, [demo_profile(base)], settings=FAST, workers=1)
    with Store(tmp_path / "inline.db") as inline:
        crawl(inline, [demo_profile(base)], settings=FAST)
        assert [(d.text, d.published, d.province) for d in store.iter_documents()] == \
            [(d.text, d.published, d.province) for d in inline.iter_documents()]


def _add_site(store: Store, name: str) -> None:
    store.conn.execute("INSERT INTO sites (name, base_url, profile) VALUES (?, 'http://x', '{}')", (name,))


def _sites_named(store: Store, name: str) -> int:
    return store.conn.execute("SELECT count(*) FROM sites WHERE name = ?", (name,)).fetchone()[0]


def test_a_fast_crawl_commits_its_pages_within_the_commit_interval(tmp_path):
    import asyncio

    from partymine.scraper.crawl import GroupCommit

    async def write_then_wait(store: Store, other: Store):
        with GroupCommit(store, 0.05).block():
            _add_site(store, "x")
        seen_at_once = _sites_named(other, "x")
        await asyncio.sleep(0.2)
        return seen_at_once, _sites_named(other, "x")

    with Store(tmp_path / "g.db") as store, Store(tmp_path / "g.db") as other:
        assert asyncio.run(write_then_wait(store, other)) == (0, 1)


def test_a_failing_page_undoes_only_its_own_rows_in_a_commit_group(tmp_path):
    import asyncio

    from partymine.scraper.crawl import GroupCommit

    store = Store(tmp_path / "g.db")

    async def two_pages():
        writes = GroupCommit(store, 10.0)
        with writes.block():
            _add_site(store, "good")
        with pytest.raises(RuntimeError), writes.block():
            _add_site(store, "bad")
            raise RuntimeError("cleaning blew up half-way")
        writes.flush()

    asyncio.run(two_pages())
    assert (_sites_named(store, "good"), _sites_named(store, "bad")) == (1, 0)


# -- discovery ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("url,canonical", [
    ("https://BaoHaTinh.vn/a-post1.html?utm_source=fb&fbclid=x#binh-luan", "https://baohatinh.vn/a-post1.html"),
    ("https://baohatinh.vn/chinh-tri/../xay-dung-dang/./a-post2.html", "https://baohatinh.vn/xay-dung-dang/a-post2.html"),
    ("https://dangcongsan.vn/xay-dung-dang/p/2", "https://dangcongsan.vn/xay-dung-dang/p/2"),
    ("https://baocantho.com.vn/thoi-su?p=2", "https://baocantho.com.vn/thoi-su?p=2"),
    ("https://x.vn/list?page=2&cat=5", "https://x.vn/list?cat=5&page=2"),
    ("javascript:void(0)", None),
    ("mailto:toasoan@baosonla.vn", None),
])
def test_canonical_url(url, canonical):
    assert canonical_url(url) == canonical


@given(st.sampled_from(["https://baosonla.vn", "http://Baolaocai.vn", "https://www.nhandan.vn"]),
       st.lists(st.sampled_from(["xay-dung-dang", "..", ".", "chi-bo-post12.html", "p", "2"]), max_size=5),
       st.sampled_from(["", "?p=3", "?utm_medium=zalo", "#top", "?b=2&a=1"]))
def test_canonical_url_is_idempotent(host, segments, tail):
    once = canonical_url(host + "/" + "/".join(segments) + tail)
    assert once is not None and canonical_url(once) == once and "#" not in once


PAGINATION_PROFILE = SiteProfile(name="t", start_urls=("https://bao.vn/xay-dung-dang",), article_pattern=r"-\d{6}\.html$")


@pytest.mark.parametrize("listing,next_href", [
    ("https://bao.vn/xay-dung-dang", "/xay-dung-dang/p/2"),
    ("https://bao.vn/xay-dung-dang", "/xay-dung-dang?page=2"),
    ("https://bao.vn/xay-dung-dang.html", "/xay-dung-dang/trang-2.html"),
    ("https://bao.vn/xay-dung-dang/", "/xay-dung-dang/?p=2"),
])
def test_common_pagination_shapes_are_followed(listing, next_href):
    html = f'<a href="/chi-bo-thon-ban-123456.html">Bài</a><a href="{next_href}">2</a><a href="/van-hoa/p/2">Văn hóa</a>'
    links = extract_links(html, listing, PAGINATION_PROFILE)
    assert links.articles == ("https://bao.vn/chi-bo-thon-ban-123456.html",)
    assert links.listings == (canonical_url("https://bao.vn" + next_href),)


def test_rel_next_and_offsite_links():
    html = ('<link rel="next" href="/xay-dung-dang/tiep-theo"><a href="https://baokhac.vn/a-123456.html">x</a>'
            '<a href="/tai-lieu/bao-cao.PDF">PDF</a>')
    links = extract_links(html, "https://bao.vn/xay-dung-dang", PAGINATION_PROFILE)
    assert links.listings == ("https://bao.vn/xay-dung-dang/tiep-theo",)
    assert links.articles == () and links.documents == ("https://bao.vn/tai-lieu/bao-cao.PDF",)


def test_sitemap_index_urlset_rss_and_atom():
    import gzip

    index = b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://bao.vn/s1.xml</loc></sitemap></sitemapindex>'
    urlset = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://bao.vn/a-123456.html</loc>'
              b'<lastmod>2025-06-17T13:43:02+07:00</lastmod></url></urlset>')
    rss = '<rss><channel><item><title>Kết nạp đảng viên</title><link>https://bao.vn/b-654321.html</link><pubDate>Tue, 17 Jun 2025 08:00:00 +0700</pubDate></item></channel></rss>'.encode()
    atom = b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="https://bao.vn/c-111111.html"/><updated>2025-01-02</updated></entry></feed>'
    assert parse_sitemap_or_feed(index) == ([], ["https://bao.vn/s1.xml"])
    assert parse_sitemap_or_feed(gzip.compress(urlset)) == ([("https://bao.vn/a-123456.html", "2025-06-17T13:43:02+07:00")], [])
    assert parse_sitemap_or_feed(rss)[0] == [("https://bao.vn/b-654321.html", "Tue, 17 Jun 2025 08:00:00 +0700")]
    assert parse_sitemap_or_feed(atom)[0] == [("https://bao.vn/c-111111.html", "2025-01-02")]
    assert parse_sitemap_or_feed(b"<not xml") == ([], [])


def test_crawl_from_a_sitemap_and_a_feed_with_since(tmp_path):
    from dataclasses import replace

    from partymine.scraper.demo_site import Response

    articles = [replace(a, published=d) for a, d in zip(_many_articles(3), ["2025-03-01", "2024-01-01", "2025-05-05"])]
    site = demo_app(articles)
    xml = (("Content-Type", "application/xml"),)

    def app(target, headers):
        if target == "/sitemap.xml":
            locs = "".join(f"<url><loc>{base[0]}{a.path}</loc><lastmod>{a.published}</lastmod></url>" for a in articles[:2])
            return Response(body=f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'.encode(), headers=xml)
        if target == "/rss/home.rss":
            return Response(body=f"<rss><channel><item><link>{base[0]}{articles[2].path}</link></item></channel></rss>".encode(), headers=xml)
        return site(target, headers)

    base = []
    with serve_app(app) as handle, Store(tmp_path / "m.db") as store:
        base.append(handle.base_url)
        profile = replace(demo_profile(handle.base_url), start_urls=(handle.base_url + "/khong-co/",),
                          sitemaps=(handle.base_url + "/sitemap.xml",), feeds=(handle.base_url + "/rss/home.rss",))
        report = crawl(store, [profile], since="2025-01-01", settings=FAST)
        assert sorted(d.published for d in store.iter_documents()) == ["2025-03-01", "2025-05-05"]
        assert handle.hits[articles[1].path] == 0  # its sitemap lastmod is before --since: never fetched
        assert report.sites["demo"].failed == 1  # the missing listing page, reason http_404
        assert report.sites["demo"].reasons["http_404"] == 1


def test_two_hosts_are_crawled_in_parallel_each_one_at_a_time(tmp_path):
    from dataclasses import replace

    articles = _many_articles(8)
    with serve_app(demo_app(articles[:4])) as a, serve_app(demo_app(articles[4:])) as b, Store(tmp_path / "p.db") as store:
        profiles = [replace(demo_profile(h.base_url, delay_s=0.1), name=n) for n, h in (("a", a), ("b", b))]
        started = time.monotonic()
        crawl(store, profiles, settings=FAST)
        took = time.monotonic() - started
        assert store.count_documents() == 8
        for h in (a, b):
            times = [t for t, p in h.log if p != "/robots.txt"]
            assert min(y - x for x, y in zip(times, times[1:])) >= 0.09  # one host: delay_s apart
        first_b = min(t for t, _ in b.log)
        assert first_b < max(t for t, _ in a.log)  # the hosts overlap in time
        assert took < 2 * 0.1 * 6  # less than the two crawls one after the other
