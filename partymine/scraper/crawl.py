"""Crawl orchestration: the frontier, fetching, storage, resume and dedup of one crawl.

    crawl(store, profiles) -> CrawlReport

Everything the crawl knows lives in the store, so it can be killed at any moment (Ctrl-C or
SIGKILL) and the same command resumes it:

- `frontier` holds every canonical URL met (listing / sitemap / feed / article) with its state
  (pending | done | skipped | failed) and reason; `crawl_runs` says whether a site's run is
  still going. An unfinished run resumes with its pending URLs only; after a finished run the
  next crawl re-reads the listing pages (conditional requests, so unchanged ones cost a 304)
  and fetches only articles it has not stored yet.
- One page is settled in one block of writes: the raw page (zlib-compressed, with headers and
  hash), its document, the links it yields and its frontier state, all or nothing. Blocks
  commit together at most `COMMIT_INTERVAL_S` after the first uncommitted one (a commit costs
  more than a page's rows). A kill before the commit loses nothing: those URLs are still
  pending and are fetched again on resume.
- Document id = canonical URL (SCHEMA.md section 1). The same cleaned text under another URL
  (a mirror) is recorded as a duplicate of the first document, not stored twice.

Per site, pages are fetched one at a time (one connection per host, `delay_s` apart, raised by
robots.txt); sites run in parallel. Articles are taken before further listing pages, so
`--since` can stop pagination once a whole listing page is older than the date. Fetching runs
here or, with `fetch_process`, in a child process (`network.FetchProcess`) that is asked for
up to FETCH_AHEAD pages ahead, so the next page is on its way while this one is stored.
Cleaning (selectors, or trafilatura where a profile has none: 0.5 ms for a light page, 3 ms
for a real 145 kB one) runs here, or with `workers=N` in N processes.
"""
from __future__ import annotations

import asyncio
import json
import re
import zlib
from collections import Counter, deque
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from urllib.parse import urlsplit

from partymine.corpus.store import Store, now
from partymine.errors import ParseError, StoreError
from partymine.scraper.discover import canonical_url, extract_links, parse_sitemap_or_feed
from partymine.scraper.fetch import HTML_TYPES, XML_TYPES, FetchResult, FetchSettings
from partymine.scraper.network import Browser, FetchProcess, open_network
from partymine.scraper.pages import COUNT_OF, CleanedPage, RawPage, clean_page, decode_page, pack_body, store_document
from partymine.scraper.sites import SiteProfile, select_profiles

COMMIT_INTERVAL_S = 0.05  # a fast crawl commits its pages together, at most this long after the first
FETCH_AHEAD = 3  # with a fetch process: pages asked for before the oldest is stored, per site
PIPELINE_PAGES = 16  # with cleaning workers: articles fetched but not yet stored, per site
MAX_ATTEMPTS = 3  # a failed URL is retried by later crawls until it has failed this often
_SITEMAP_DEPTH = 3
# Reasons that mean "deliberately not stored" rather than "went wrong".
ROBOTS_REASONS = frozenset({"robots", "robots_unreachable"})
SKIP_REASONS = frozenset({"robots", "robots_unreachable", "not_html", "redirect_offsite", "before_since", "document_link"})


@dataclass
class SiteCounts:
    fetched: int = 0  # HTTP answers received (200, 304, errors with a status)
    retries: int = 0  # extra attempts after timeouts, 429 and 5xx
    new: int = 0
    updated: int = 0
    unchanged: int = 0  # 304 Not Modified, or the same cleaned text again
    duplicates: int = 0  # the same text as another URL's document
    skipped_robots: int = 0
    skipped: int = 0  # not HTML, redirect off the site, older than --since, linked documents
    failed: int = 0
    listings: int = 0  # listing / sitemap / feed pages read
    discovered: int = 0  # article URLs added to the frontier
    reasons: Counter = field(default_factory=Counter)  # reason code -> URLs

    def as_dict(self) -> dict:
        d = asdict(self)
        d["reasons"] = dict(self.reasons)
        return d


@dataclass
class CrawlReport:
    sites: dict[str, SiteCounts] = field(default_factory=dict)
    dry_run: bool = False

    def total(self, name: str) -> int:
        return sum(getattr(c, name) for c in self.sites.values())

    def as_dict(self) -> dict:
        return {"dry_run": self.dry_run, "sites": {k: v.as_dict() for k, v in self.sites.items()}}


@dataclass(frozen=True, slots=True)
class CrawlEvent:
    site: str
    url: str
    outcome: str  # new | updated | unchanged | duplicate | listing | skipped_robots | skipped | failed
    reason: str | None
    counts: SiteCounts  # the site's running counts (the live object: read, do not keep)


EventHandler = Callable[[CrawlEvent], None]


def crawl(store: Store, profiles: list[SiteProfile], *, site: str | None = None, max_pages: int | None = None,
          since: str | None = None, dry_run: bool = False, on_event: EventHandler | None = None,
          settings: FetchSettings | None = None, workers: int = 0, fetch_process: bool = False,
          commit_interval_s: float = COMMIT_INTERVAL_S) -> CrawlReport:
    """Crawl the profiles' sites into `store` (or, with `dry_run`, read only their listing pages
    into a throw-away store and report what would be fetched). `max_pages` caps the URLs taken
    from each site's frontier in this call; `since` (ISO date) keeps only articles published on
    or after it. `workers` > 0 cleans pages in that many processes while the next pages are
    fetched (one connection per host still); 0 cleans in this process, one page at a time.
    `fetch_process` fetches in a child process, so the next page is on its way while this one
    is cleaned and stored. `commit_interval_s` 0 commits every page on its own."""
    chosen = select_profiles(profiles, site)
    settings = settings or FetchSettings()
    if dry_run:
        with Store(":memory:") as scratch:
            return asyncio.run(_crawl(scratch, chosen, max_pages, since, True, on_event, settings, 0, False, 0.0))
    return asyncio.run(_crawl(store, chosen, max_pages, since, False, on_event, settings, workers, fetch_process,
                              commit_interval_s))


async def _crawl(store, profiles, max_pages, since, dry_run, on_event, settings, workers, fetch_process,
                 commit_interval_s) -> CrawlReport:
    report = CrawlReport(dry_run=dry_run)
    writes = GroupCommit(store, commit_interval_s)
    try:
        with _cleaning_pool(workers) as pool:
            async with open_network(settings, separate_process=fetch_process) as net:
                ctx = _Context(store, net, report, since, max_pages, dry_run, on_event, writes, pool, fetch_process)
                await asyncio.gather(*(_SiteCrawl(ctx, p).run() for p in profiles))
    finally:
        writes.flush()  # also on Ctrl-C: what was settled is kept
    return report


class GroupCommit:
    """Write blocks that commit together, at most `interval_s` after the first uncommitted one.

    Each block is a savepoint, so a failing page undoes only its own rows. The commit runs from
    the event loop's timer, between two blocks, never inside one. A commit error is raised by
    the next block (or the final flush), not lost in the loop's callback."""

    def __init__(self, store: Store, interval_s: float):
        self.store, self.interval_s = store, interval_s
        self._timer: asyncio.TimerHandle | None = None
        self._error: StoreError | None = None

    @contextmanager
    def block(self):
        if self._error is not None:
            raise self._error
        if self.interval_s <= 0:
            with self.store.transaction():
                yield
            return
        if not self.store.conn.in_transaction:
            self.store.begin()
            self._timer = asyncio.get_running_loop().call_later(self.interval_s, self._flush_quietly)
        with self.store.transaction():  # nested: a savepoint
            yield

    def flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self.store.conn.in_transaction:
            self.store.commit()
        if self._error is not None:
            raise self._error

    def _flush_quietly(self) -> None:
        self._timer = None
        try:
            self.flush()
        except StoreError as exc:
            self._error = exc


@contextmanager
def _cleaning_pool(workers: int):
    if workers <= 0:
        yield None
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: the crawling process has threads (event loop helpers, a test server) and an
    # open database, neither of which a forked child should inherit
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_warm_worker)
    for _ in range(workers):  # start the workers now, while robots.txt and the first listing are fetched
        pool.submit(_ready)
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _warm_worker() -> None:
    """Import the cleaner once per worker, before the first page arrives (trafilatura is
    imported only if a page has no body selector to go by)."""
    from partymine.scraper import clean, pages  # noqa: F401


def _ready() -> bool:
    return True


@dataclass
class _Context:
    store: Store
    net: Browser | FetchProcess
    report: CrawlReport
    since: str | None
    max_pages: int | None
    dry_run: bool
    on_event: EventHandler | None
    writes: GroupCommit
    pool: object | None = None  # a ProcessPoolExecutor for cleaning, or None (inline)
    fetch_process: bool = False


class _SiteCrawl:
    def __init__(self, ctx: _Context, profile: SiteProfile):
        self.ctx, self.p = ctx, profile
        self.store = ctx.store
        self.counts = ctx.report.sites.setdefault(profile.name, SiteCounts())
        self.taken = 0  # frontier URLs taken in this call (for max_pages)
        self.inflight: set[str] = set()
        self.last_listing: str | None = None  # the listing page read last (for --since)

    # -- the loop ------------------------------------------------------------------------------
    async def run(self) -> None:
        run_id = self._start_run()
        for url in self.p.start_urls:
            self.ctx.net.set_delay(urlsplit(url).netloc.lower(), self.p.delay_s)
        await self._work_through_frontier()
        finished = self._next() is None
        with self.ctx.writes.block():
            self.store.conn.execute(
                "UPDATE crawl_runs SET counts = ?, status = ?, finished_at = ? WHERE id = ?",
                (json.dumps(self.counts.as_dict()), "finished" if finished else "running", now() if finished else None, run_id),
            )

    async def _work_through_frontier(self) -> None:
        """Fetch the pending URLs one at a time (per host) and store them in the order taken.

        Inline, each page is fetched, cleaned and stored before the next one is taken. With a
        fetch process the next page is fetched while this one is cleaned and stored; with
        cleaning workers, up to PIPELINE_PAGES articles are fetched and cleaned ahead."""
        width = PIPELINE_PAGES if self.ctx.pool is not None else FETCH_AHEAD if self.ctx.fetch_process else 1
        ahead: deque[tuple] = deque()  # (item, task preparing it), in the order taken
        try:
            while True:
                while ahead and (ahead[0][1].done() or len(ahead) >= width):
                    await self._store_prepared(*ahead.popleft())
                item = self._next() if self.ctx.max_pages is None or self.taken < self.ctx.max_pages else None
                if item is None:
                    if not ahead:
                        break
                    await self._store_prepared(*ahead.popleft())  # the rest of the frontier may come from it
                    continue
                if item["kind"] != "article" and ahead:
                    # A listing waits for what is ahead, whose links may come first, and --since
                    # reads the dates of the last listing's articles.
                    await self._store_prepared(*ahead.popleft())
                    continue
                self.taken += 1
                self.inflight.add(item["url"])
                ahead.append((item, asyncio.create_task(self._prepare(item))))
                await asyncio.sleep(0)  # let it send its request before this process gets busy storing
        finally:
            for _item, task in ahead:  # on an error or Ctrl-C: those URLs are fetched again next time
                task.cancel()
            await asyncio.gather(*(task for _item, task in ahead), return_exceptions=True)

    async def _prepare(self, item) -> tuple[FetchResult, bytes, CleanedPage | None] | None:
        """Fetch the URL, and clean it if it is an article and there are cleaning workers."""
        fetched = await self._fetch(item)
        if fetched is None:
            return None
        result, body = fetched
        if item["kind"] != "article" or self.ctx.pool is None:
            return result, body, None
        page = await asyncio.get_running_loop().run_in_executor(self.ctx.pool, clean_page, *self._clean_args(item, result, body))
        return result, body, page

    async def _store_prepared(self, item, task: asyncio.Task) -> None:
        prepared = await task
        if prepared is not None and item["kind"] == "article":
            result, body, page = prepared
            self._store_article(item, result, page or clean_page(*self._clean_args(item, result, body)))
        elif prepared is not None:
            self._listing(item, *prepared[:2])
        self.inflight.discard(item["url"])

    def _clean_args(self, item, result: FetchResult, body: bytes) -> tuple:
        return self.p, item["url"], result.final_url, body, item["parent"], not result.not_modified

    def _start_run(self) -> int:
        """Resume the site's unfinished run, or start a new one (re-reading its listings)."""
        conn, name = self.store.conn, self.p.name
        with self.ctx.writes.block():
            conn.execute(
                """INSERT INTO sites (name, province, base_url, profile) VALUES (?, ?, ?, ?)
                   ON CONFLICT(name) DO UPDATE SET province = excluded.province, base_url = excluded.base_url,
                   profile = excluded.profile""",
                (name, self.p.province, self.p.start_urls[0], json.dumps(self.p.as_json(), ensure_ascii=False)),
            )
            last = conn.execute("SELECT id, status FROM crawl_runs WHERE site = ? ORDER BY id DESC LIMIT 1", (name,)).fetchone()
            if last is not None and last["status"] == "running":
                run_id = last["id"]
            else:
                run_id = conn.execute("INSERT INTO crawl_runs (site, started_at) VALUES (?, ?)", (name, now())).lastrowid
                conn.execute("UPDATE frontier SET state = 'pending', updated_at = ? WHERE site = ? AND kind != 'article'"
                             " AND state != 'pending'", (now(), name))
                conn.execute("UPDATE frontier SET state = 'pending', updated_at = ? WHERE site = ? AND state = 'failed'"
                             " AND attempts < ?", (now(), name, MAX_ATTEMPTS))
                if self.ctx.since is None:  # a crawl without --since wants what an earlier --since left out
                    conn.execute("UPDATE frontier SET state = 'pending', reason = NULL, updated_at = ? WHERE site = ?"
                                 " AND reason = 'before_since'", (now(), name))
            seeds = [(u, "listing") for u in self.p.start_urls] + [(u, "sitemap") for u in self.p.sitemaps] \
                + [(u, "feed") for u in self.p.feeds]
            for url, kind in seeds:
                conn.execute(
                    "INSERT OR IGNORE INTO frontier (url, site, kind, depth, discovered_at) VALUES (?, ?, ?, 0, ?)",
                    (canonical_url(url) or url, name, kind, now()),
                )
        return run_id

    def _next(self):
        """The next pending URL that is not being fetched or cleaned already."""
        only_listings = "AND kind != 'article'" if self.ctx.dry_run else ""
        rows = self.store.conn.execute(
            f"""SELECT url, kind, depth, parent, attempts FROM frontier WHERE site = ? AND state = 'pending' {only_listings}
                ORDER BY kind = 'article' DESC, depth, rowid LIMIT ?""",
            (self.p.name, len(self.inflight) + 1),
        )
        return next((r for r in rows if r["url"] not in self.inflight), None)

    async def _fetch(self, item) -> tuple[FetchResult, bytes] | None:
        """Fetch one frontier URL: (result, body) to clean, or None when it was settled here
        (robots, --since, a failed fetch)."""
        url, kind = item["url"], item["kind"]
        # listings run newest first: once a whole page of new links is older than --since, stop
        if kind == "listing" and item["depth"] > 0 and self._older_than_since(self.last_listing):
            self._settle(item, "skipped", "before_since")
            return None
        stored = self._stored_page(url)
        result = await self.ctx.net.get(
            url, domains=self.p.all_domains, accept=HTML_TYPES if kind in ("listing", "article") else XML_TYPES,
            etag=stored["etag"] if stored else None, last_modified=stored["last_modified"] if stored else None,
        )
        if result.reason in ROBOTS_REASONS and result.status is None:  # refused before any request
            self._settle(item, "skipped", result.reason)
            return None
        if result.status is not None:
            self.counts.fetched += 1
        self.counts.retries += result.retries
        if not result.ok:
            self._settle(item, "skipped" if result.reason in SKIP_REASONS else "failed", result.reason, result)
            return None
        body = zlib.decompress(stored["body"]) if result.not_modified and stored and stored["body"] else result.body
        return result, body

    # -- listings, sitemaps, feeds -----------------------------------------------------------------
    def _listing(self, item, result: FetchResult, body: bytes) -> None:
        depth = item["depth"]
        rows: list[tuple[str, str, str | None, str | None]] = []  # url, kind, state-reason, lastmod
        if item["kind"] == "listing":
            try:
                links = extract_links(decode_page(body, self.p.encoding), result.final_url, self.p,
                                      use_pagination=self.p.max_listing_pages is None or depth + 1 < self.p.max_listing_pages)
            except ParseError as exc:
                self._settle(item, "failed", "parse_error", result, detail=str(exc))
                return
            rows += [(u, "article", None, None) for u in links.articles]
            rows += [(u, "listing", None, None) for u in links.listings]
            rows += [(u, "article", "document_link", None) for u in links.documents]
        else:
            entries, nested = parse_sitemap_or_feed(body)
            for loc, lastmod in entries:
                url = canonical_url(loc)
                if url and self.p.in_domain(url) and self.p.is_article(url):
                    old = self.ctx.since and lastmod and _iso(lastmod) and _iso(lastmod) < self.ctx.since
                    rows.append((url, "article", "before_since" if old else None, lastmod))
            if depth + 1 < _SITEMAP_DEPTH:
                rows += [(u, "sitemap", None, None) for u in map(canonical_url, nested) if u and self.p.in_domain(u)]
        with self.ctx.writes.block():
            self._save_page(item, result, pack_body(body))
            for url, kind, skip, lastmod in rows:
                cur = self.store.conn.execute(
                    """INSERT OR IGNORE INTO frontier (url, site, kind, depth, state, reason, discovered_at, parent, lastmod)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    (url, self.p.name, kind, depth + 1, "skipped" if skip else "pending", skip, now(), item["url"], lastmod),
                )
                if cur.rowcount and kind == "article":
                    if skip:
                        self.counts.skipped += 1
                        self.counts.reasons[skip] += 1
                    else:
                        self.counts.discovered += 1
            self._mark(item, "done", None)
        self.counts.listings += 1
        if item["kind"] == "listing":
            self.last_listing = item["url"]
        if result.not_modified:
            self.counts.unchanged += 1
        self._emit(item["url"], "listing", None)

    def _older_than_since(self, parent: str | None) -> bool:
        """Every article first found on listing page `parent` is older than --since."""
        since = self.ctx.since
        if not since or not parent:
            return False
        rows = self.store.conn.execute(
            """SELECT f.reason, d.published FROM frontier f LEFT JOIN documents d ON d.id = f.doc_id
               WHERE f.parent = ? AND f.kind = 'article' AND f.reason IS NOT 'document_link'""", (parent,)).fetchall()
        return bool(rows) and all(r["reason"] == "before_since" or (r["published"] and r["published"] < since) for r in rows)

    # -- articles ------------------------------------------------------------------------------------
    def _store_article(self, item, result: FetchResult, page: CleanedPage) -> None:
        self.inflight.discard(item["url"])
        if page.error is not None:
            with self.ctx.writes.block():
                self._save_page(item, result, page.raw)
            self._settle(item, "failed", "parse_error", result, detail=page.error)
            return
        doc, since = page.doc, self.ctx.since
        with self.ctx.writes.block():
            page_id = self._save_page(item, result, page.raw)
            if since and doc.published and doc.published < since:
                self._mark(item, "skipped", "before_since", doc_id=doc.id)
                outcome, reason = "skipped", "before_since"
            else:
                outcome, doc_id = store_document(self.store, replace(doc, page_id=page_id), page.relevance)
                self._mark(item, "done", "duplicate" if outcome == "duplicate" else None, doc_id=doc_id)
                reason = None
        if outcome == "skipped":
            self.counts.skipped += 1
            self.counts.reasons[reason] += 1
        else:
            setattr(self.counts, COUNT_OF[outcome], getattr(self.counts, COUNT_OF[outcome]) + 1)
        self._emit(item["url"], outcome, reason)

    # -- store helpers ---------------------------------------------------------------------------------
    def _stored_page(self, url: str):
        return self.store.conn.execute(
            "SELECT id, etag, last_modified, body FROM pages WHERE url = ? AND status = 200 AND body IS NOT NULL", (url,)
        ).fetchone()

    def _save_page(self, item, result: FetchResult, raw: RawPage | None) -> int:
        """Upsert the page row: the body only when one came (a 304 or a failure keeps the old)."""
        conn = self.store.conn
        if result.ok and not result.not_modified and raw is not None:
            conn.execute(
                """INSERT INTO pages (url, final_url, site, status, headers, fetched_at, body, content_hash, etag,
                                      last_modified, kind, error, error_detail)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)
                   ON CONFLICT(url) DO UPDATE SET final_url = excluded.final_url, status = excluded.status,
                     headers = excluded.headers, fetched_at = excluded.fetched_at, body = excluded.body,
                     content_hash = excluded.content_hash, etag = excluded.etag, last_modified = excluded.last_modified,
                     kind = excluded.kind, error = NULL, error_detail = NULL""",
                (item["url"], result.final_url, self.p.name, result.status, json.dumps(result.headers), result.fetched_at,
                 raw.packed, raw.sha256, result.headers.get("etag"),
                 result.headers.get("last-modified"), item["kind"]),
            )
        else:
            conn.execute(
                """INSERT INTO pages (url, final_url, site, status, headers, fetched_at, kind, error, error_detail)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(url) DO UPDATE SET fetched_at = excluded.fetched_at, error = excluded.error,
                     error_detail = excluded.error_detail""",
                (item["url"], result.final_url, self.p.name, result.status, json.dumps(result.headers), result.fetched_at,
                 item["kind"], result.reason, result.detail or None),
            )
        return conn.execute("SELECT id FROM pages WHERE url = ?", (item["url"],)).fetchone()[0]

    def _mark(self, item, state: str, reason: str | None, *, doc_id: str | None = None) -> None:
        attempts = item["attempts"] + (1 if state == "failed" else 0)
        self.store.conn.execute(
            "UPDATE frontier SET state = ?, reason = ?, attempts = ?, updated_at = ?, doc_id = COALESCE(?, doc_id) WHERE url = ?",
            (state, reason, attempts, now(), doc_id, item["url"]),
        )

    def _settle(self, item, state: str, reason: str, result: FetchResult | None = None, *, detail: str = "") -> None:
        """A URL that yields no document: record why (page row for fetch failures) and count it."""
        with self.ctx.writes.block():
            if result is not None and (not result.ok or detail):
                failed = replace(result, reason=reason, detail=detail or result.detail) if result.ok else result
                self._save_page(item, failed, None)
            self._mark(item, state, reason)
        if reason in ("robots", "robots_unreachable"):
            self.counts.skipped_robots += 1
            outcome = "skipped_robots"
        elif state == "skipped":
            self.counts.skipped += 1
            outcome = "skipped"
        else:
            self.counts.failed += 1
            outcome = "failed"
        self.counts.reasons[reason] += 1
        self._emit(item["url"], outcome, reason)

    def _emit(self, url: str, outcome: str, reason: str | None) -> None:
        if self.ctx.on_event is not None:
            self.ctx.on_event(CrawlEvent(self.p.name, url, outcome, reason, self.counts))




def _iso(s: str) -> str | None:
    """Sitemap `lastmod` (ISO 8601) or feed `pubDate` (RFC 822) -> YYYY-MM-DD."""
    s = s.strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", s):
        return s[:10]
    return _rfc822_date(s)


def _rfc822_date(s: str) -> str | None:
    import email.utils

    try:
        return email.utils.parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError):
        return None
