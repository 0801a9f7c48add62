"""Crawled pages to documents: decoding, the profile's selectors, dates and provinces."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partymine.errors import ParseError
from partymine.scraper.pages import build_document, day_first_date, decode_page
from partymine.scraper.demo_site import DemoArticle, demo_profile, render_article
from sitesrv import to_cp1258

REALPAGES = Path(__file__).resolve().parents[2] / "shared" / "realpages"
PROFILE = demo_profile("http://127.0.0.1:8000")
URL = "http://127.0.0.1:8000/huyen-van-ho-post1.html"
ARTICLE = DemoArticle(id=1, slug="huyen-van-ho", title="Huyện Vân Hồ kết nạp 215 đảng viên mới", published="2023-12-20",
                      paragraphs=("Năm 2023, Đảng bộ huyện Vân Hồ kết nạp được 215 đảng viên mới, đạt 107% chỉ tiêu.",
                                  "Toàn huyện có 58 tổ chức cơ sở đảng, 412 chi bộ trực thuộc."),
                      province="Sơn La")


@pytest.mark.parametrize("text,iso", [
    ("2025-06-17T13:43:02+0700", "2025-06-17"),
    ("08/01/2026 - 18:21", "2026-01-08"),
    ("Thứ Ba, 9/8/2022", "2022-08-09"),
    ("Chủ nhật,  27/09/2020", "2020-09-27"),
    ("Thứ tư, 22/10/2025, 19:25 (GMT+7)", "2025-10-22"),
    ("Cập nhật lúc 10:05", None),
    ("32/13/2024", None),
])
def test_day_first_date(text, iso):
    assert day_first_date(text) == iso


def test_document_from_a_zce_page():
    doc, rel = build_document(PROFILE, URL, URL, render_article(ARTICLE).encode())
    assert doc.id == URL and doc.site == "demo" and doc.title == ARTICLE.title
    assert doc.published == "2023-12-20" and doc.province == "Sơn La"
    assert doc.text == "\n\n".join((ARTICLE.title, *ARTICLE.paragraphs))
    assert rel["keywords"]["kw.dang-vien"] == 2 and rel["keywords"]["kw.chi-bo"] == 1


@pytest.mark.parametrize("junk", ["BÌNH LUẬN", "Tin liên quan", "Giấy phép xuất bản", "Chia sẻ qua", "Từ khóa", "Trang chủ"])
def test_page_furniture_is_not_in_the_text(junk):
    doc, _ = build_document(PROFILE, URL, URL, render_article(ARTICLE).encode())
    assert junk not in doc.text


def test_missing_date_element_gives_no_date_rather_than_a_body_date():
    undated = DemoArticle(id=2, slug="x", title="Nghị quyết về tổ chức cơ sở đảng", published=None,
                          paragraphs=("Thực hiện Nghị quyết số 02-NQ/TU ngày 21/1/2021 của Ban Chấp hành Đảng bộ tỉnh.",
                                      "Đến nay, 100% chi bộ đã quán triệt nghị quyết."))
    doc, _ = build_document(PROFILE, URL, URL, render_article(undated).encode())
    assert doc.published is None


def test_province_falls_back_to_the_profile():
    from dataclasses import replace

    page = render_article(replace(ARTICLE, province=None)).encode()
    doc, _ = build_document(replace(PROFILE, province="Hà Tĩnh"), URL, URL, page)
    assert doc.province == "Hà Tĩnh"


def test_listing_url_is_relevance_evidence():
    _, rel = build_document(PROFILE, URL, URL, render_article(ARTICLE).encode(), listing_url="http://x/xay-dung-dang/?p=2")
    assert "section.xay-dung-dang" in rel["sections"] and rel["listing"].endswith("?p=2")


def test_page_without_an_article_is_a_parse_error():
    with pytest.raises(ParseError):
        build_document(PROFILE, URL, URL, b"<html><body></body></html>")


def test_windows_1258_without_a_declaration_is_detected():
    text = "<html><body><h1>Bí thư chi bộ đồng thời là trưởng thôn</h1><p>Toàn xã có 12/15 bí thư chi bộ đồng thời là trưởng thôn, bản.</p></body></html>"
    assert decode_page(to_cp1258(text)) == text


def test_forced_encoding_from_the_profile():
    text = "<p>Kết nạp đảng viên mới ở xã Chiềng Khoi.</p>"
    assert decode_page(to_cp1258(text), "cp1258") == text


def test_wrong_forced_encoding_falls_back_to_detection():
    text = "<html><head><meta charset=\"utf-8\"></head><body><p>Đảng viên</p></body></html>"
    assert decode_page(text.encode(), "ascii") == text


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ",
               min_size=1, max_size=60))
def test_cp1258_round_trip_is_lossless_after_nfc(s):
    assert decode_page(to_cp1258(s), "cp1258") == s


@pytest.mark.skipif(not REALPAGES.is_dir(), reason="shared/realpages not available")
def test_selectors_keep_the_sapo_that_generic_extraction_drops():
    from partymine.scraper.clean import clean_html
    from partymine.scraper.sites import load_profiles

    profile = next(p for p in load_profiles() if p.name == "baolaocai")
    page = (REALPAGES / "baolaocai_1.html").read_bytes()
    sapo = "Không ồn ào, không phô trương thành tích"
    assert sapo not in clean_html(page.decode("utf-8")).text
    doc, _ = build_document(profile, profile.example_articles[0], profile.example_articles[0], page)
    assert sapo in doc.text


@pytest.mark.skipif(not REALPAGES.is_dir(), reason="shared/realpages not available")
def test_generic_page_matches_the_published_gold():
    """vnexpress_1 with no profile selectors against the fundus gold extraction."""
    from partymine.scraper.sites import SiteProfile

    gold = json.loads((REALPAGES / "vnexpress_1.expected.json").read_text("utf-8"))["V1"]
    profile = SiteProfile(name="vnexpress", start_urls=("https://vnexpress.net/suc-khoe",), article_pattern=r"-\d{7}\.html$")
    url = "https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html"
    doc, _ = build_document(profile, url, url, (REALPAGES / "vnexpress_1.html").read_bytes())
    assert doc.title == gold["title"] and doc.published == gold["publishing_date"][:10]
    paragraphs = [p for p in gold["body"]["sections"][0]["paragraphs"] if "Ảnh:" not in p]
    for p in paragraphs:
        assert p in doc.text
