"""Cleaning of plain-text articles as scraped: header dates and titles, bylines, furniture."""
import pytest

from partymine.scraper.clean import clean_plain_text, furniture_rules, parse_date_line, strip_furniture
from tests.conftest import SAMPLE

SEED_HEADERS = {
    "000_24aa10f4e8a265de": ("2022-01-22", "Đồng bộ các giải pháp xây dựng đội ngũ bí thư chi bộ thôn, khối phố", "THANH MAI"),
    "001_05580504dd365c67": (None, "Năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng", "Việt Anh"),
    "002_e5af71374a9032ae": ("2022-10-04", "Thị ủy Hồng Lĩnh tăng cường lãnh đạo, chỉ đạo nâng cao chất lượng sinh hoạt chi bộ thôn, tổ dân phố", "Nguyễn Thị Thu Phương"),
    "003_6ff81f91ef241a27": ("2022-08-09", "Sông Lô chú trọng xây dựng trưởng thôn, tổ trưởng dân phố là đảng viên", "Ngô Tuấn Anh"),
    "004_8916b413f0415c3f": ("2020-10-28", "Vững mạnh từ cơ sở", "THANH MAI"),
}
FURNITURE = ["Bạn còn 500/500 ký tự", "TAG:", "BÌNH LUẬN", "Bạn vui lòng nhập từ 5 ký tự", "Tin mới",
             "Ý kiến bạn đọc", "Họ tên:", "Email:", "EmailPrintAa", "Ý kiến của bạn"]


@pytest.mark.parametrize("doc_id", sorted(SEED_HEADERS))
def test_seed_date_title_and_byline(doc_id):
    article = clean_plain_text((SAMPLE / f"{doc_id}.txt").read_text("utf-8"))
    assert (article.published, article.title, article.author) == SEED_HEADERS[doc_id]


@pytest.mark.parametrize("doc_id", sorted(SEED_HEADERS))
def test_seed_has_no_furniture_left(doc_id):
    text = clean_plain_text((SAMPLE / f"{doc_id}.txt").read_text("utf-8")).text
    for junk in FURNITURE:
        assert junk not in text


def test_body_kept_as_written():
    raw = (SAMPLE / "002_e5af71374a9032ae.txt").read_text("utf-8")
    text = clean_plain_text(raw).text
    assert "Đảng bộ Thị xã Hồng Lĩnh hiện có 27 tổ chức cơ sở đảng, với 3.485 đảng viên" in text


@pytest.mark.parametrize("line, iso", [
    ("Thứ bảy,  22/01/2022", "2022-01-22"),
    ("23:01 04/10/2022", "2022-10-04"),
    ("Thứ Ba, 09/08/2022", "2022-08-09"),
    ("Cập nhật: 10:05, 12/03/2023", "2023-03-12"),
    ("Chủ nhật, 5/7/2024 - 08:15", "2024-07-05"),
])
def test_date_lines(line, iso):
    assert parse_date_line(line) == iso


@pytest.mark.parametrize("line", ["Năm 2021, toàn huyện kết nạp 187 đảng viên", "Ngày 20/01/2022, Ban Thường vụ họp", "31/13/2022"])
def test_not_date_lines(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize("rule", furniture_rules(), ids=lambda r: r.id)
def test_every_furniture_rule_matches_its_example(rule):
    if rule.kind == "suffix":
        assert rule.pattern.search(rule.example)
    else:
        assert rule.pattern.fullmatch(rule.example)


def test_tag_glued_to_byline_is_cut_but_name_kept():
    body = "Đoạn văn bản dài " * 20
    assert strip_furniture(f"{body}\n\nNgô Tuấn AnhTAG:\nTin tức Mới:\nabc").endswith("Ngô Tuấn Anh")


def test_comment_box_ends_the_article():
    body = "Chi bộ thôn Trung Cấp có 24 đảng viên. " * 10
    cleaned = strip_furniture(f"{body}\nBÌNH LUẬN\nBạn còn 500/500 ký tự\nMột bình luận của độc giả")
    assert cleaned == body.strip()


def test_a_line_that_opens_a_list_is_not_the_headline():
    from partymine.scraper.clean import guess_title

    text = ("Xã Đức Hòa: Những con số ấn tượng\n\nSau hợp nhất ba xã, xã Đức Hòa là một trong những xã đông dân nhất "
            "tỉnh. Dưới đây là những con số ấn tượng về công tác xây dựng Đảng của xã:\n\n- 3.021: số đảng viên.")
    assert guess_title(text) == "Xã Đức Hòa: Những con số ấn tượng"
