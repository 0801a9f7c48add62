"""The crawl's view of the web: robots.txt, then a polite fetch, here or in a process of its own.

    async with open_network(settings, separate_process=True) as net:
        net.set_delay("baolaocai.vn", 1.0)
        result = await net.get(url, domains=("baolaocai.vn",), accept=HTML_TYPES)

Both kinds answer `get` with a `FetchResult`: a URL robots.txt refuses is a result with reason
`robots` / `robots_unreachable` and no status, so the caller needs one call per URL.

`Browser` works in this process. `FetchProcess` runs a Browser in a child process and talks to
it over a pipe, so httpx's own work (about a millisecond a request) overlaps this process's
cleaning and storing. Politeness is unchanged: one Browser, one connection and one delay per
host. The child ignores Ctrl-C (the crawl decides what to keep) and ends when its pipe closes,
also when the crawl is killed.
"""
from __future__ import annotations

import asyncio
import itertools
import multiprocessing
import queue
import signal
import sys
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from partymine.errors import FetchError
from partymine.scraper.fetch import HTML_TYPES, Fetcher, FetchResult, FetchSettings, failed_result, make_client
from partymine.scraper.robots import RobotsCache

ROBOTS_AGENT = "partymine"


class Browser:
    """robots.txt first (also for every redirect hop), then the fetch, in this process."""

    def __init__(self, fetcher: Fetcher, robots: RobotsCache):
        self.fetcher, self.robots = fetcher, robots

    def set_delay(self, host: str, delay_s: float) -> None:
        self.fetcher.set_delay(host, delay_s)

    async def get(self, url: str, *, domains: tuple[str, ...] = (), accept: tuple[str, ...] = HTML_TYPES,
                  etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        refusal = await self.robots.refusal(url)
        if refusal is not None:
            return failed_result(url, url, refusal)
        return await self.fetcher.fetch(url, domains=domains, accept=accept, etag=etag, last_modified=last_modified,
                                        check=self.robots.refusal)


@asynccontextmanager
async def local_browser(settings: FetchSettings) -> AsyncIterator[Browser]:
    async with make_client(settings) as client:
        fetcher = Fetcher(client, settings)
        yield Browser(fetcher, RobotsCache(fetcher, agent=ROBOTS_AGENT, enabled=settings.respect_robots))


@asynccontextmanager
async def open_network(settings: FetchSettings, *, separate_process: bool = False):
    """A Browser, or a FetchProcess running one; closed (and the child ended) on leaving.

    On Windows the crawl fetches in its own process: its event loop cannot watch a pipe."""
    if not separate_process or sys.platform == "win32":
        async with local_browser(settings) as browser:
            yield browser
        return
    net = FetchProcess(settings)
    try:
        yield net
    finally:
        net.close()


class FetchProcess:
    """A Browser in a child process; `get` and `set_delay` as on a Browser."""

    def __init__(self, settings: FetchSettings):
        context = multiprocessing.get_context("spawn")  # no forked copy of the event loop or the database
        self._conn, child_end = context.Pipe()
        self._process = context.Process(target=_child_main, args=(child_end, settings), daemon=True,
                                        name="partymine-fetch")
        self._process.start()
        child_end.close()
        self._loop = asyncio.get_running_loop()
        self._waiting: dict[int, asyncio.Future] = {}
        self._ids = itertools.count()
        self._loop.add_reader(self._conn.fileno(), self._on_answer)
        self._closed = False

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def set_delay(self, host: str, delay_s: float) -> None:
        self._send(("delay", host, delay_s))

    async def get(self, url: str, **options) -> FetchResult:
        request_id = next(self._ids)
        answer = self._waiting[request_id] = self._loop.create_future()
        self._send(("get", request_id, url, options))
        return await answer

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._loop.remove_reader(self._conn.fileno())
        try:
            self._conn.send(None)
        except OSError:
            pass  # the child is gone already
        self._drain(deadline=time.monotonic() + 5)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()
        self._conn.close()
        self._fail_waiting("the fetch process was closed")

    def _drain(self, deadline: float) -> None:
        """Read (and drop) answers still on their way, so the child's sender is not stuck
        writing one, until the child has ended or the deadline passes."""
        while self._process.is_alive() and time.monotonic() < deadline:
            try:
                if self._conn.poll(0.05):
                    self._conn.recv()
            except (EOFError, OSError):
                break
        self._process.join(timeout=max(0.0, deadline - time.monotonic()))

    def _send(self, message) -> None:
        try:
            self._conn.send(message)
        except OSError as exc:
            raise FetchError("fetch process", "gone", f"the fetch process has ended ({exc})") from exc

    def _on_answer(self) -> None:
        try:
            request_id, result = self._conn.recv()
        except (EOFError, OSError):
            self._loop.remove_reader(self._conn.fileno())
            self._fail_waiting(f"the fetch process ended unexpectedly (exit code {self._process.exitcode})")
            return
        answer = self._waiting.pop(request_id, None)
        if answer is not None and not answer.done():
            answer.set_result(result)

    def _fail_waiting(self, why: str) -> None:
        for answer in self._waiting.values():
            if not answer.done():
                answer.set_exception(FetchError("fetch process", "gone", why))
        self._waiting.clear()


# -- the child ---------------------------------------------------------------------------------------

def _child_main(conn, settings: FetchSettings) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    asyncio.run(_serve(conn, settings))


async def _serve(conn, settings: FetchSettings) -> None:
    loop = asyncio.get_running_loop()
    outbox: queue.SimpleQueue = queue.SimpleQueue()
    # Answers go out from a thread: a large page must not hold up the next request while the
    # parent is busy cleaning and not reading yet.
    sender = threading.Thread(target=_send_answers, args=(conn, outbox), daemon=True)
    sender.start()
    closed = asyncio.Event()
    running: set[asyncio.Task] = set()
    async with local_browser(settings) as browser:
        def on_request() -> None:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                message = None
            if message is None:
                loop.remove_reader(conn.fileno())
                closed.set()
            elif message[0] == "delay":
                browser.set_delay(message[1], message[2])
            else:
                _, request_id, url, options = message
                task = loop.create_task(_answer(browser, outbox, request_id, url, options))
                running.add(task)
                task.add_done_callback(running.discard)

        loop.add_reader(conn.fileno(), on_request)
        await closed.wait()
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
    outbox.put(None)
    sender.join()


async def _answer(browser: Browser, outbox: queue.SimpleQueue, request_id: int, url: str, options: dict) -> None:
    try:
        result = await browser.get(url, **options)
    except Exception as exc:  # noqa: BLE001 - a bug here must reach the parent as a failed URL, not hang it
        result = failed_result(url, url, "network", f"fetch process: {type(exc).__name__}: {exc}")
    outbox.put((request_id, result))


def _send_answers(conn, outbox: queue.SimpleQueue) -> None:
    while (answer := outbox.get()) is not None:
        try:
            conn.send(answer)
        except OSError:
            return  # the parent is gone

