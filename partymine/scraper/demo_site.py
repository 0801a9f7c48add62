"""A local news site for the demo, the tests and the benchmark: a real HTTP server on 127.0.0.1.

It serves the bundled sample articles (`partymine/data/sample/*.txt`) as pages of a "zce"-style
provincial-paper CMS, modelled on the saved baolaocai.vn page (`-post<id>.html` URLs,
`h1.article__title`, `div.article__sapo`, `div.article__body`, `time[datetime]`, a navigation
menu, a related-news box, a comment box under "BÌNH LUẬN", a footer), listing pages with two
articles a page and `?p=N` pagination, and a robots.txt. The body paragraphs are the sample's
paragraphs exactly, so crawling the site gives the same text as importing the files.

    with serve_demo_site() as base_url:
        crawl(store, [demo_profile(base_url)])
"""
from __future__ import annotations

import hashlib
import html
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from partymine.scraper.sites import SiteProfile
from partymine.text import fold_accents

PER_PAGE = 2
SECTION = "xay-dung-dang"
# The province each bundled sample is about (the samples carry no province of their own).
_SAMPLE_PROVINCES = {
    "000_24aa10f4e8a265de": "Lạng Sơn", "001_05580504dd365c67": "Sơn La", "002_e5af71374a9032ae": "Hà Tĩnh",
    "003_6ff81f91ef241a27": "Vĩnh Phúc", "004_8916b413f0415c3f": "Lạng Sơn",
}


# -- a tiny WSGI-less web framework: an app maps (path?query, request headers) to a Response ------------

@dataclass(frozen=True, slots=True)
class Response:
    status: int = 200
    body: bytes | Callable[[], Iterable[bytes]] = b""  # bytes, or a factory of chunks (streamed)
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/html; charset=utf-8"),)
    delay_s: float = 0.0  # sleep before answering (a slow server)
    etag: bool = False  # add an ETag and answer If-None-Match with 304


App = Callable[[str, dict[str, str]], Response]


@dataclass
class ServerHandle:
    base_url: str
    hits: Counter = field(default_factory=Counter)  # path?query -> requests seen
    log: list = field(default_factory=list)  # (time.monotonic(), path?query) of every request


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client closing early (size caps, timeouts) is expected here


@contextmanager
def serve_app(app: App, host: str = "127.0.0.1") -> Iterator[ServerHandle]:
    """Run `app` on a random free port in a background thread; yields the handle."""
    import time

    handle = ServerHandle("")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out in separate writes: no 40 ms ACK wait

        def do_GET(self):  # noqa: N802 - http.server's naming
            handle.hits[self.path] += 1
            handle.log.append((time.monotonic(), self.path))
            resp = app(self.path, {k.lower(): v for k, v in self.headers.items()})
            if resp.delay_s:
                time.sleep(resp.delay_s)
            body = resp.body
            headers = list(resp.headers)
            if resp.etag and isinstance(body, bytes):
                tag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                headers.append(("ETag", tag))
                if self.headers.get("If-None-Match") == tag:
                    self._send(304, [("ETag", tag)], b"")
                    return
            if isinstance(body, bytes):
                self._send(resp.status, headers, body)
            else:
                self._stream(resp.status, headers, body())

        def _send(self, status, headers, body: bytes):
            self.send_response(status)
            for k, v in headers:
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _stream(self, status, headers, chunks: Iterable[bytes]):
            self.send_response(status)
            for k, v in headers:
                self.send_header(k, v)
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            try:
                for chunk in chunks:
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    server = _QuietServer((host, 0), Handler)
    handle.base_url = f"http://{host}:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield handle
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# -- the news site ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DemoArticle:
    id: int
    slug: str
    title: str
    published: str | None  # ISO date
    paragraphs: tuple[str, ...]  # the body as it must come out of cleaning
    kicker: tuple[str, ...] = ()  # label lines above the headline
    province: str | None = None

    @property
    def path(self) -> str:
        return f"/{self.slug}-post{self.id}.html"


def sample_articles(sample_dir: str | Path | None = None) -> list[DemoArticle]:
    """The bundled samples (or the .txt files of `sample_dir`) as articles of the demo site."""
    from partymine.scraper.clean import clean_plain_text

    folder = Path(sample_dir) if sample_dir else Path(str(resources.files("partymine").joinpath("data/sample")))
    out = []
    for n, path in enumerate(sorted(folder.glob("*.txt"))):
        cleaned = clean_plain_text(path.read_text("utf-8"))
        lines = [x for x in cleaned.text.split("\n") if x.strip()]
        title = cleaned.title or lines[0]
        at = lines.index(title) if title in lines else 0
        out.append(DemoArticle(
            id=1001 + n, slug=slugify(title), title=title, published=cleaned.published,
            paragraphs=tuple(lines[at + 1:]), kicker=tuple(lines[:at]), province=_SAMPLE_PROVINCES.get(path.stem),
        ))
    return out


def slugify(title: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in fold_accents(title)).split()
    return "-".join(words[:12]) or "bai-viet"


def demo_app(articles: list[DemoArticle], *, robots: str = "User-agent: *\nDisallow: /admin/\n",
             section: str = SECTION, per_page: int = PER_PAGE) -> App:
    """The site as an App: home, section listing with pagination, articles, robots.txt."""
    by_path = {a.path: a for a in articles}
    pages = [articles[i:i + per_page] for i in range(0, len(articles), per_page)] or [[]]

    def app(target: str, _headers: dict[str, str]) -> Response:
        parts = urlsplit(target)
        if parts.path == "/robots.txt":
            return Response(body=robots.encode(), headers=(("Content-Type", "text/plain; charset=utf-8"),))
        if parts.path == "/":
            return Response(body=render_listing(pages[0], section, 1, len(pages)).encode(), etag=True)
        if parts.path == f"/{section}/":
            page = int(parts.query[2:]) if parts.query.startswith("p=") and parts.query[2:].isdigit() else 1
            if 1 <= page <= len(pages):
                return Response(body=render_listing(pages[page - 1], section, page, len(pages), articles).encode(), etag=True)
        if parts.path in by_path:
            a = by_path[parts.path]
            return Response(body=render_article(a, section, related=[r for r in articles if r is not a][:3]).encode(), etag=True)
        return Response(404, render_page("Không tìm thấy trang", "<p>Trang bạn tìm không tồn tại.</p>", section).encode())

    return app


@contextmanager
def serve_demo_site(sample_dir: str | Path | None = None) -> Iterator[str]:
    """Serve the demo site on 127.0.0.1 (random port) while the block runs; yields its base URL."""
    with serve_app(demo_app(sample_articles(sample_dir))) as handle:
        yield handle.base_url


def demo_profile(base_url: str, *, delay_s: float = 0.0) -> SiteProfile:
    host = urlsplit(base_url).hostname or "127.0.0.1"
    return SiteProfile(
        name="demo", title="Báo Demo (local)", province=None, start_urls=(f"{base_url}/{SECTION}/",),
        article_pattern=r"-post\d+\.html$", listing_pattern=rf"/{SECTION}/\?p=\d+$", delay_s=delay_s,
        domains=(host,), sections=(SECTION,), checked="demo",
        selectors=(("body", "div.article__sapo, div.article__body > p"), ("date", "time.time[datetime]"),
                   ("links", "div.site-body"), ("next_page", "div.pagination a.next"),
                   ("province", "meta[name='geo.placename']"), ("title", "h1.article__title")),
    )


# -- markup -----------------------------------------------------------------------------------------------

_MENU = (("Trang chủ", "/"), ("Xây dựng Đảng", f"/{SECTION}/"), ("Kinh tế", "/kinh-te/"), ("Xã hội", "/xa-hoi/"),
         ("Văn hóa", "/van-hoa/"), ("Multimedia", "/multimedia/"))


def render_page(title: str, main: str, section: str, *, head: str = "") -> str:
    e = html.escape
    menu = "".join(f'<li><a href="{href}" title="{e(label)}">{e(label)}</a></li>' for label, href in _MENU)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{e(title)} | Báo Demo</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{head}
<script>var cmsConfig = {{domainApi: 'http://api.localhost', pageType: 1}};</script>
</head><body>
<header class="site-header"><div class="container"><a class="logo" href="/">Báo Demo điện tử</a>
<nav class="menu"><ul class="item">{menu}</ul></nav>
<div class="rennab-wrap"><div id="sdaWeb_SdaTop" class="rennab" style="display:none"></div></div></div></header>
<div class="site-body"><div class="container detail">{main}</div></div>
<footer class="site-footer"><p>Cơ quan chủ quản: Tỉnh ủy Demo</p><p>Tổng biên tập: Nguyễn Văn A</p>
<p>Giấy phép xuất bản số: 150/GP-BTTTT</p><p>Bản quyền của Báo Demo. Ghi rõ nguồn khi phát hành lại.</p>
<p>Liên hệ quảng cáo · Hotline: 0200 000 000 · Email: toasoan@demo.invalid</p></footer>
</body></html>"""


def render_article(a: DemoArticle, section: str = SECTION, *, related: list[DemoArticle] = ()) -> str:
    e = html.escape
    head = f'<meta property="og:title" content="{e(a.title)}"><link rel="canonical" href="{a.path}">'
    if a.province:
        head += f'<meta name="geo.placename" content="{e(a.province)}">'
    when = ""
    if a.published:
        d = a.published
        head += f'<meta property="article:published_time" content="{d}T07:00:00+0700">'
        when = f'<time class="time" datetime="{d}T07:00:00+0700"><span>{d[8:10]}/{d[5:7]}/{d[:4]} 07:00</span></time>'
    kicker = "".join(f'<div class="article__kicker">{e(k)}</div>' for k in a.kicker)
    sapo, *rest = a.paragraphs or ("",)
    body = "\n".join(f"<p>{e(p)}</p>" for p in rest)
    rel = "".join(f'<article class="story"><h3><a class="cms-link" href="{r.path}">{e(r.title)}</a></h3></article>' for r in related)
    main = f"""<div class="breadcrumbs"><h2 class="main"><a href="/{section}/" class="active">Xây dựng Đảng</a></h2></div>
<div class="main-col content-col"><div class="article">{kicker}
<h1 class="article__title cms-title">{e(a.title)}</h1>
<div class="article__meta">{when}<div class="social social-share"><a class="tw" title="Chia sẻ qua Twitter">Chia sẻ qua Twitter</a>
<a class="print" title="In bài viết">In bài viết</a><a class="mail" title="Chia sẻ qua Email">Chia sẻ qua Email</a></div></div>
<div class="article__sapo cms-desc">{e(sapo)}</div>
<div id="sdaWeb_SdaArticleAfterSapo" class="rennab" style="display:none"></div>
<div class="article__body zce-content-body cms-body" itemprop="articleBody">
{body}
<div class="sda_middle"><div id="sdaWeb_SdaArticleMiddle" class="rennab fyi"></div></div>
</div>
<div class="article__tags"><span>Từ khóa:</span> <a href="/tu-khoa/xay-dung-dang-tag1.html">#xây dựng Đảng</a></div>
<div class="related-news"><h3 class="box-heading">Tin liên quan</h3>{rel}</div>
<div class="wrap-comment" id="comment{a.id}"><h3>BÌNH LUẬN</h3><form><label>Họ tên:</label><input name="name">
<label>Email:</label><input name="email"><textarea>Ý kiến của bạn</textarea><button>Gửi bình luận</button></form></div>
</div></div>"""
    return render_page(a.title, main, section, head=head)


def render_listing(items: list[DemoArticle], section: str, page: int, pages: int,
                   most_read: list[DemoArticle] = ()) -> str:
    e = html.escape
    stories = "".join(
        f'<article class="story"><h3 class="story__heading"><a class="cms-link" href="{a.path}" title="{e(a.title)}">{e(a.title)}</a></h3>'
        f'<div class="story__summary">{e((a.paragraphs or ("",))[0][:160])}</div></article>' for a in items)
    # page 1 is the section's own URL, as on the real sites
    links = "".join(f'<a href="{_page_url(section, n)}"{" class=active" if n == page else ""}>{n}</a>' for n in range(1, pages + 1))
    nxt = f'<a class="next" href="/{section}/?p={page + 1}">Trang sau</a>' if page < pages else ""
    side = "".join(f'<li><a href="{a.path}">{e(a.title)}</a></li>' for a in most_read[:5])
    main = f"""<div class="breadcrumbs"><h1 class="main"><a href="/{section}/">Xây dựng Đảng</a></h1></div>
<div class="main-col"><div class="timeline">{stories}</div><div class="pagination">{links}{nxt}</div></div>
<aside class="sub-col"><div class="box-most-read"><h3>Đọc nhiều</h3><ul>{side}</ul></div>
<a href="/files/bao-cao-tong-ket.pdf">Báo cáo tổng kết (PDF)</a></aside>"""
    return render_page(f"Xây dựng Đảng - trang {page}", main, section)


def _page_url(section: str, n: int) -> str:
    return f"/{section}/" if n == 1 else f"/{section}/?p={n}"
