"""A misbehaving provincial-paper site for the crawler tests, served on 127.0.0.1.

Built from the demo site's "zce" markup (modelled on the saved baolaocai.vn page) plus the
failure endpoints a real crawl meets. Listing `/xay-dung-dang/` has three pages (`?p=2`, `?p=3`):

    page 1  two good articles, one of them again with tracking parameters and a fragment,
            an article under /private/ (robots.txt disallows it), a linked .pdf file and a
            `-post` URL that answers with a PDF, a page in Windows-1258 labelled iso-8859-1
    page 2  a 429 with Retry-After, a 500 that recovers, a redirect to another host, a redirect
            loop, a response slower than the timeout, a 20 MB page, a gzip bomb, a mirror of
            a good article under another URL
    page 3  one more good article
"""
from __future__ import annotations

import gzip
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from partymine.scraper.demo_site import DemoArticle, Response, render_article, render_listing
from partymine.scraper.fetch import FetchSettings
from partymine.scraper.sites import SiteProfile

HTML = (("Content-Type", "text/html; charset=utf-8"),)
SECTION = "xay-dung-dang"
CRAWL_DELAY = 0.05
ROBOTS = f"User-agent: *\nDisallow: /private/\nCrawl-delay: {CRAWL_DELAY}\n"
FAST = FetchSettings(timeout_s=0.3, retries=2, backoff_s=0.01, backoff_max_s=0.05, max_retry_after_s=5.0,
                     default_delay_s=0.0)


def article(n: int, title: str, *paragraphs: str, published: str = "2024-03-05", province: str | None = "Sơn La") -> DemoArticle:
    return DemoArticle(id=n, slug=_slug(title), title=title, published=published, paragraphs=paragraphs, province=province)


def _slug(title: str) -> str:
    from partymine.scraper.demo_site import slugify

    return slugify(title)


GOOD = (
    article(101, "Huyện Vân Hồ kết nạp 215 đảng viên mới",
            "Năm 2023, Đảng bộ huyện Vân Hồ kết nạp được 215 đảng viên mới, đạt 107% chỉ tiêu.",
            "Toàn huyện hiện có 58 tổ chức cơ sở đảng với hơn 4.200 đảng viên.",
            "Các chi bộ thôn, bản chú trọng tạo nguồn phát triển đảng viên trong đoàn viên thanh niên."),
    article(102, "Nâng cao chất lượng sinh hoạt chi bộ ở xã Chiềng Khoi",
            "100% chi bộ trực thuộc Đảng ủy xã Chiềng Khoi duy trì sinh hoạt định kỳ mỗi tháng một lần.",
            "Mỗi quý, các chi bộ tổ chức ít nhất một buổi sinh hoạt chuyên đề."),
    article(103, "Thị xã Hồng Lĩnh củng cố 6 tổ chức cơ sở đảng yếu kém",
            "Ban Thường vụ Thị ủy chọn 6 tổ chức cơ sở đảng để tập trung củng cố trong năm 2024.",
            "Sau một năm, 5 trong số 6 tổ chức đã được đánh giá hoàn thành tốt nhiệm vụ.", province="Hà Tĩnh"),
)
CP1258 = article(112, "Bí thư chi bộ đồng thời là trưởng thôn",
                 "Toàn huyện có 87/120 bí thư chi bộ thôn đồng thời là trưởng thôn, đạt 72,5%.",
                 "Việc nhất thể hóa giúp giảm đầu mối và nâng cao hiệu quả lãnh đạo của chi bộ.")
MIRROR_PATH = "/ban-sao-sinh-hoat-chi-bo-post113.html"  # same article as GOOD[1] under another URL
SPECIAL = {  # path -> what it is
    "/private/bi-mat-post109.html": "robots",
    "/files/nghi-quyet-so-02.pdf": "document_link",
    "/tai-lieu-hoi-nghi-post110.html": "not_html",
    "/qua-tai-post104.html": "429",
    "/loi-may-chu-post105.html": "500",
    "/chuyen-trang-post106.html": "redirect_offsite",
    "/vong-lap-a-post107.html": "redirect_loop",
    "/cham-qua-post108.html": "timeout",
    "/trang-khong-lo-post111.html": "too_large",
    "/bom-nen-post114.html": "decompressed_too_large",
}


@lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """30 MB of spaces inside `<html>`, gzip-compressed to about 30 kB."""
    return gzip.compress(b"<html><body>" + b" " * (30 * 2**20) + b"</body></html>", compresslevel=9)


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes as old Vietnamese sites write them: base letters precomposed
    (â ê ô ơ ư ă đ), tone marks as combining characters."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        nfd = unicodedata.normalize("NFD", ch)
        shape = "".join(m for m in nfd[1:] if m in "\u0302\u0306\u031b")
        tones = "".join(m for m in nfd[1:] if m not in "\u0302\u0306\u031b")
        out.append((unicodedata.normalize("NFC", nfd[0] + shape) + tones).encode("cp1258"))
    return b"".join(out)


@dataclass
class TestSite:
    """The app plus what it has seen; `base_url` is set once the server runs."""

    base_url: str = ""
    other_host: str = ""  # the same server under another host name (for the offsite redirect)
    seen: Counter = None

    def __post_init__(self):
        self.seen = Counter()

    def listing_pages(self) -> list[list[str]]:
        p1 = [GOOD[0].path, GOOD[1].path, GOOD[0].path + "?utm_source=facebook&fbclid=abc#binh-luan",
              "/private/bi-mat-post109.html", "/files/nghi-quyet-so-02.pdf", "/tai-lieu-hoi-nghi-post110.html", CP1258.path]
        p2 = ["/qua-tai-post104.html", "/loi-may-chu-post105.html", "/chuyen-trang-post106.html", "/vong-lap-a-post107.html",
              "/cham-qua-post108.html", "/trang-khong-lo-post111.html", "/bom-nen-post114.html", MIRROR_PATH]
        return [p1, p2, [GOOD[2].path]]

    def __call__(self, target: str, headers: dict[str, str]) -> Response:
        parts = urlsplit(target)
        path = parts.path
        self.seen[path] += 1
        n = self.seen[path]
        if path == "/robots.txt":
            return Response(body=ROBOTS.encode(), headers=(("Content-Type", "text/plain"),))
        if path == f"/{SECTION}/":
            page = int(parts.query[2:]) if parts.query.startswith("p=") else 1
            pages = self.listing_pages()
            if 1 <= page <= len(pages):
                return Response(body=_listing(pages[page - 1], page, len(pages)).encode(), headers=HTML, etag=True)
        good = {a.path: a for a in GOOD}
        if path in good:
            return Response(body=render_article(good[path]).encode(), headers=HTML, etag=True)
        if path == MIRROR_PATH:
            return Response(body=render_article(GOOD[1]).encode(), headers=HTML)
        if path == CP1258.path:
            page = render_article(CP1258).replace('<meta charset="utf-8">', "")
            return Response(body=to_cp1258(page), headers=(("Content-Type", "text/html; charset=iso-8859-1"),))
        if path == "/tai-lieu-hoi-nghi-post110.html":
            return Response(body=b"%PDF-1.4\n" + b"0" * 2000, headers=(("Content-Type", "application/pdf"),))
        if path == "/qua-tai-post104.html" and n == 1:
            return Response(429, b"Too Many Requests", (("Content-Type", "text/plain"), ("Retry-After", "1")))
        if path == "/loi-may-chu-post105.html" and n <= 2:
            return Response(500, b"Internal Server Error", (("Content-Type", "text/plain"),))
        if path in ("/qua-tai-post104.html", "/loi-may-chu-post105.html"):
            a = article(104 if "qua-tai" in path else 105, "Bài viết sau khi máy chủ hồi phục " + path[1:9],
                        f"Nội dung bài {path} được trả về ở lần thử thứ {n}: chi bộ có 12 đảng viên.")
            return Response(body=render_article(a).encode(), headers=HTML)
        if path == "/chuyen-trang-post106.html":
            return Response(302, b"", (("Location", f"{self.other_host}/bai-khac-post1.html"),))
        if path == "/vong-lap-a-post107.html":
            return Response(302, b"", (("Location", "/vong-lap-b-post117.html"),))
        if path == "/vong-lap-b-post117.html":
            return Response(301, b"", (("Location", "/vong-lap-a-post107.html"),))
        if path == "/cham-qua-post108.html":
            return Response(body=b"<html>too late</html>", headers=HTML, delay_s=1.0)
        if path == "/trang-khong-lo-post111.html":
            return Response(body=lambda: (b"<p>" + b"x" * 65536 + b"</p>" for _ in range(320)), headers=HTML)  # ~20 MB
        if path == "/bom-nen-post114.html":
            return Response(body=gzip_bomb(), headers=(*HTML, ("Content-Encoding", "gzip")))
        return Response(404, b"<html>Not found</html>", HTML)


def _listing(paths: list[str], page: int, pages: int) -> str:
    stubs = [DemoArticle(id=0, slug="x", title=f"Tin bài {p}", published=None, paragraphs=("Tóm tắt",)) for p in paths]
    html = render_listing(stubs, SECTION, page, pages)
    for stub, path in zip(stubs, paths):
        html = html.replace(f'href="{stub.path}"', f'href="{path}"', 1)
    return html


def test_profile(base_url: str, **overrides) -> SiteProfile:
    fields = dict(
        name="testsite", province="Sơn La", start_urls=(f"{base_url}/{SECTION}/",), article_pattern=r"-post\d+\.html$",
        listing_pattern=rf"/{SECTION}/\?p=\d+$", delay_s=0.0, domains=("127.0.0.1",), sections=(SECTION,),
        selectors=(("body", "div.article__sapo, div.article__body > p"), ("date", "time.time[datetime]"),
                   ("links", "div.site-body"), ("next_page", "div.pagination a.next"),
                   ("province", "meta[name='geo.placename']"), ("title", "h1.article__title")),
    )
    fields.update(overrides)
    return SiteProfile(**fields)


test_profile.__test__ = False  # not a pytest test
TestSite.__test__ = False
