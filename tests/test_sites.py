"""Site profiles: every shipped profile loads, its patterns match its examples, and where a real
saved page exists the profile's selectors and patterns work on it."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from partymine.errors import ParseError
from partymine.scraper.pages import build_document
from partymine.scraper.discover import extract_links
from partymine.scraper.fetch import FetchSettings
from partymine.scraper.sites import SiteProfile, load_profiles, profile_from_dict, select_profiles

REALPAGES = Path(__file__).resolve().parents[2] / "shared" / "realpages"
PROFILES = {p.name: p for p in load_profiles()}
needs_realpages = pytest.mark.skipif(not REALPAGES.is_dir(), reason="shared/realpages not available")


def test_shipped_profiles_load_with_unique_names():
    assert len(PROFILES) == len(load_profiles()) >= 8


@pytest.mark.parametrize("name", ["baolangson", "baosonla", "baohatinh", "baovinhphuc", "xaydungdang", "dangcongsan",
                                  "baocantho", "baolaocai"])
def test_the_required_papers_have_a_profile_with_a_party_section(name):
    p = PROFILES[name]
    assert p.start_urls and p.sections


@pytest.mark.parametrize("name,url", [(p.name, u) for p in PROFILES.values() for u in p.example_articles])
def test_article_pattern_matches_every_example_article(name, url):
    assert PROFILES[name].is_article(url)


@pytest.mark.parametrize("name,url", [(p.name, u) for p in PROFILES.values() for u in p.example_listings])
def test_article_pattern_rejects_every_example_listing(name, url):
    assert not PROFILES[name].is_article(url)


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_every_profile_says_whether_it_was_checked(name):
    assert re.fullmatch(r"realpage:[\w.,-]+|realurls:[\w.,-]+|unchecked", PROFILES[name].checked)


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_start_urls_are_inside_the_profile_domains(name):
    p = PROFILES[name]
    assert all(p.in_domain(u) and not p.is_article(u) for u in p.start_urls)


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_profile_round_trips_through_its_json(name):
    p = PROFILES[name]
    assert profile_from_dict(json.loads(json.dumps(p.as_json()))) == p


# -- checked against real saved pages --------------------------------------------------------------

REAL_ARTICLES = [
    # profile, file, title, date, first words of the body (the sapo), a sentence inside, furniture that must go
    ("baolaocai", "baolaocai_1.html", "Sống đẹp từ những điều giản dị", "2025-06-17",
     "Không ồn ào, không phô trương thành tích", "Những con số biết nói: 298 sáng kiến, 6 giải B, 11 giải C cấp Quân khu",
     ["Chia sẻ qua Twitter", "Theo dõi Báo Lào Cai", "Từ khóa"]),
    ("baocantho", "baocantho_1.html",
     "Tập trung triển khai các đợt thanh tra, kiểm tra có trọng tâm, trọng điểm nhất là các lĩnh vực có nguy cơ",
     "2026-01-08", "(CTO) - Ngày 8-1, Phó Thủ tướng Thường trực Nguyễn Hòa Bình",
     "toàn ngành Thanh tra đã triển khai 66.032 cuộc thanh tra, kiểm tra tại 79.894 đơn vị",
     ["BÌNH LUẬN", "Ý kiến của bạn", "Đọc thêm", "Tiêu điểm", "THỜI SỰ"]),
]


@needs_realpages
@pytest.mark.parametrize("name,file,title,date,start,inside,furniture", REAL_ARTICLES)
def test_profile_selectors_on_the_real_article(name, file, title, date, start, inside, furniture):
    profile = PROFILES[name]
    assert file in profile.checked
    doc, _ = build_document(profile, profile.example_articles[0], profile.example_articles[0], (REALPAGES / file).read_bytes())
    assert doc.title == title and doc.published == date
    body = doc.text.split("\n\n", 1)[1]
    assert body.startswith(start) and inside in body
    for junk in furniture:
        assert junk not in doc.text


@needs_realpages
def test_real_article_url_matches_the_profile_pattern():
    for name, file in [("baolaocai", "baolaocai_1.html"), ("baocantho", "baocantho_1.html")]:
        html = (REALPAGES / file).read_text("utf-8")
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html)
        url = canonical.group(1) if canonical else re.search(r'property="og:url" content="([^"]+)"', html).group(1)
        assert PROFILES[name].is_article(url), url


@needs_realpages
def test_real_listing_yields_article_links_and_pagination():
    profile = PROFILES["baocantho"]
    html = (REALPAGES / "baocantho_2.html").read_text("utf-8")
    links = extract_links(html, "https://baocantho.com.vn/thoi-su/", profile)
    assert len(links.articles) >= 30
    assert all(profile.is_article(u) for u in links.articles)
    assert "https://baocantho.com.vn/thoi-su?p=2" in links.listings
    assert not any("javascript" in u for u in links.listings)


@needs_realpages
def test_real_article_page_links_are_articles_of_the_site():
    profile = PROFILES["baolaocai"]
    links = extract_links((REALPAGES / "baolaocai_1.html").read_text("utf-8"), profile.example_articles[0], profile)
    assert links.articles and all(u.startswith("https://baolaocai.vn/") and u.endswith(".html") for u in links.articles)


@needs_realpages
def test_dangcongsan_pattern_matches_all_real_urls():
    text = (REALPAGES / "dangcongsan_1.json").read_text("utf-8")
    urls = re.findall(r'"URL":\s*"([^"]+)"', text)
    assert len(urls) == 30
    assert all(PROFILES["dangcongsan"].is_article(u) for u in urls)


# -- the loader ------------------------------------------------------------------------------------

def write(tmp_path, text: str) -> Path:
    path = tmp_path / "sites.toml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD_SITE = '''
[[site]]
name = "baoxyz"
province = "Sơn La"
start_urls = ["https://baoxyz.vn/xay-dung-dang/"]
article_pattern = '-post\\d+\\.html$'
'''


def test_minimal_profile_gets_the_defaults(tmp_path):
    [p] = load_profiles(write(tmp_path, GOOD_SITE))
    assert p.delay_s == 1.0 and p.all_domains == ("baoxyz.vn",) and p.listing_pattern is None


@pytest.mark.parametrize("text,message", [
    ("[[site]]\nname = 'x'\n", "missing start_urls, article_pattern"),
    (GOOD_SITE.replace("-post", "-post("), "not a valid regular expression"),
    (GOOD_SITE + "colour = 'red'\n", "unknown key 'colour'"),
    (GOOD_SITE + GOOD_SITE, "used twice"),
    (GOOD_SITE + "delay_s = -1\n", "delay_s"),
    (GOOD_SITE.replace("https://baoxyz.vn", "ftp://baoxyz.vn"), "not an http(s) URL"),
    (GOOD_SITE + "[site.selectors]\nheadline = 'h1'\n", "selectors may only name"),
    ("name = 'x'\n", "no [[site]] tables"),
    ("[[site]\n", "not a valid TOML file"),
])
def test_bad_sites_file_is_one_clear_error(tmp_path, text, message):
    with pytest.raises(ParseError, match=re.escape(message)):
        load_profiles(write(tmp_path, text))


def test_missing_sites_file(tmp_path):
    with pytest.raises(ParseError, match="sites.toml"):
        load_profiles(tmp_path / "sites.toml")


def test_select_unknown_site_names_the_choices():
    with pytest.raises(ParseError, match="baolaocai"):
        select_profiles(list(PROFILES.values()), "baoxyz")


@pytest.mark.parametrize("url,inside", [
    ("https://baosonla.vn/a", True), ("https://www.baosonla.vn/a", True), ("https://baosonla.org.vn/a", True),
    ("https://baosonla.vn.evil.com/a", False), ("https://notbaosonla.vn/a", False),
])
def test_in_domain(url, inside):
    assert PROFILES["baosonla"].in_domain(url) is inside


def test_profile_is_hashable_and_frozen():
    p = SiteProfile(name="x", start_urls=("https://x.vn/",), article_pattern="a")
    with pytest.raises(AttributeError):
        p.name = "y"
    assert hash(p)


@needs_realpages
def test_real_pages_over_the_wire_with_the_shipped_profile(tmp_path):
    """The real baocantho listing and article served from 127.0.0.1, crawled with the shipped
    profile (its host part pointed at the local server)."""
    from dataclasses import replace

    from partymine.corpus.store import Store
    from partymine.scraper.crawl import crawl
    from partymine.scraper.demo_site import Response, serve_app

    listing = (REALPAGES / "baocantho_2.html").read_text("utf-8")
    article = (REALPAGES / "baocantho_1.html").read_text("utf-8")
    article_path = "/tap-trung-trien-khai-cac-dot-thanh-tra-kiem-tra-co-trong-tam-trong-diem-nhat-la-cac-linh-vuc-co-ng-a196670.html"
    base = []

    def app(target, headers):
        local = lambda page: page.replace("https://baocantho.com.vn", base[0]).encode()  # noqa: E731
        if target == "/chinh-tri/xay-dung-dang/":
            return Response(body=local(listing))
        if target == article_path:
            return Response(body=local(article))
        return Response(404, b"<html>404</html>")

    with serve_app(app) as handle, Store(tmp_path / "real.db") as store:
        base.append(handle.base_url)
        host = re.escape(handle.base_url.split("//")[1])
        shipped = PROFILES["baocantho"]
        profile = replace(shipped, delay_s=0.0, domains=("127.0.0.1",), start_urls=(handle.base_url + "/chinh-tri/xay-dung-dang/",),
                          article_pattern=shipped.article_pattern.replace(r"(www\.)?baocantho\.com\.vn", host),
                          listing_pattern=r"/thoi-su\?p=\d+$")
        report = crawl(store, [profile], settings=FetchSettings(timeout_s=2, retries=0, default_delay_s=0))
        doc = store.get_document(handle.base_url + article_path)
        assert doc.title.startswith("Tập trung triển khai các đợt thanh tra") and doc.published == "2026-01-08"
        assert doc.province == "Cần Thơ" and "66.032 cuộc thanh tra" in doc.text and "BÌNH LUẬN" not in doc.text
        counts = report.sites["baocantho"]
        assert counts.new == 1 and counts.discovered >= 30 and counts.reasons["http_404"] == counts.failed
        assert handle.hits["/thoi-su?p=2"] == 1
