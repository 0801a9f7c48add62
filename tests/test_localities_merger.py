"""Attribution around mergers and restructuring (predecessors are history, the successor
is the place), persons named after an organ, and the place tied to the counted noun."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partymine.extract.localities import PlaceContext
from partymine.extract.localities.mentions import find_mentions

from test_localities_context import at, make

NGHE_AN_2025 = {"site": "baonghean.vn", "published": "2025-09-15"}
NGHE_AN_2021 = {"site": "baonghean.vn", "published": "2021-04-02"}


# ---------------------------------------------------------------- which mentions are predecessors

@pytest.mark.parametrize("text, former", [
    ("Xã Con Cuông được thành lập trên cơ sở sáp nhập thị trấn Trà Lân và các xã Chi Khê, Yên Khê.",
     ["thị trấn Trà Lân", "xã Chi Khê", "Yên Khê"]),
    ("Đảng bộ xã Môn Sơn được hình thành từ việc hợp nhất Đảng bộ xã Lục Dạ và Đảng bộ xã Yên Khê.",
     ["xã Lục Dạ", "xã Yên Khê"]),
    ("Năm 2020, huyện Con Cuông sáp nhập xã Lục Dạ và xã Yên Khê thành xã Môn Sơn.",
     ["xã Lục Dạ", "xã Yên Khê"]),
    ("xã Môn Sơn (trước đây là xã Lục Dạ) có 18 chi bộ", ["xã Lục Dạ"]),
    ("Tại xã Chi Khê thuộc huyện Con Cuông cũ, chi bộ sinh hoạt đều.", ["huyện Con Cuông"]),
    ("sáp nhập từ 3 xã, thị trấn: thị trấn Trà Lân, xã Chi Khê và xã Yên Khê",
     ["thị trấn Trà Lân", "xã Chi Khê", "xã Yên Khê"]),
    ("Sau khi sáp nhập xã Lục Dạ, xã Môn Sơn có 25 chi bộ.", ["xã Lục Dạ"]),
    ("Toàn Đảng bộ có 36 TCCS đảng (giảm 1 đảng bộ, do Đảng bộ xã Lục Dạ sáp nhập vào Đảng bộ xã Môn Sơn)",
     ["xã Lục Dạ"]),
    ("Năm 2020, xã Lục Dạ và xã Yên Khê hợp nhất thành xã Môn Sơn.", ["xã Lục Dạ", "xã Yên Khê"]),
    ("Xã Lục Dạ hợp nhất với xã Yên Khê thành xã Môn Sơn.", ["Xã Lục Dạ", "xã Yên Khê"]),
    ("Đảng bộ phường Đông Tiến (gồm các phường Lục Dạ, Yên Khê, Môn Sơn cũ) có 40 chi bộ",
     ["phường Lục Dạ", "Yên Khê", "Môn Sơn"]),
    ("Xã Môn Sơn được thành lập mới trên cơ sở xã Lục Dạ và xã Yên Khê.", ["xã Lục Dạ", "xã Yên Khê"]),
    # A village of a former commune is still a village of today.
    ("Chi bộ thôn 3, xã Tân Hòa (cũ) có 40 đảng viên", ["xã Tân Hòa"]),
    # Not a list of predecessors:
    ("Thu nhập bình quân của xã Môn Sơn đạt 40 triệu đồng.", []),
    ("Huyện Con Cuông sáp nhập 12 thôn thành 6 thôn.", []),
    ("Sau sáp nhập, xã Môn Sơn có 25 chi bộ.", []),
    ("Việc sáp nhập giúp chi bộ bản Huồi Cọ có thêm 20 đảng viên.", []),
    ("Thực hiện sáp nhập thôn, bản, huyện Con Cuông đã giảm 30 chi bộ.", []),
    ("Đảng ủy xã Môn Sơn đã sắp xếp lại 5 chi bộ.", []),
])
def test_predecessors_are_marked(text, former):
    assert [m.text for m in find_mentions(text) if m.former] == former


# ---------------------------------------------------------------- A: after the merger

MERGED_COMMUNE = (
    "Xã Con Cuông nâng cao chất lượng tổ chức đảng\n\n"
    "Xã Con Cuông được thành lập trên cơ sở sáp nhập thị trấn Trà Lân và 2 xã Chi Khê, Yên Khê của "
    "huyện Con Cuông cũ. Đảng bộ xã hiện có 41 chi bộ trực thuộc với 1.530 đảng viên.\n\n"
    "Năm 2025, Đảng ủy xã kết nạp 27 đảng viên mới.")


@pytest.mark.parametrize("number", ["2", "41", "1.530", "27"])
def test_figures_after_a_merger_belong_to_the_successor(number):
    loc = at(MERGED_COMMUNE, number, **NGHE_AN_2025)
    assert (loc.name, loc.level, loc.province) == ("xã Con Cuông", "commune", "Nghệ An")


def test_a_figure_said_of_a_predecessor_stays_with_it():
    text = ("Xã Con Cuông tổng kết công tác xây dựng Đảng\n\n"
            "Trước sáp nhập, xã Chi Khê (cũ) có 310 đảng viên.")
    assert at(text, "310", **NGHE_AN_2025).name == "xã Chi Khê"


def test_former_units_are_not_the_antecedent_after_july_2025():
    text = ("Xã Con Cuông tổ chức hội nghị sơ kết. Nhiều năm qua, xã Chi Khê đi đầu phong trào thi đua.\n\n"
            "Đảng bộ xã hiện có 41 chi bộ.")
    assert at(text, "41", **NGHE_AN_2025).name == "xã Con Cuông"


def test_successor_named_after_thanh_in_an_older_article():
    text = ("Năm 2020, huyện Con Cuông sáp nhập xã Lục Dạ và xã Yên Khê thành xã Môn Sơn. "
            "Đảng bộ xã có 18 chi bộ.")
    assert at(text, "18", **NGHE_AN_2021).name == "xã Môn Sơn"


def test_merged_party_committees_before_2025():
    text = ("Đảng bộ xã Môn Sơn được thành lập trên cơ sở hợp nhất Đảng bộ xã Lục Dạ và Đảng bộ xã Yên Khê. "
            "Hiện Đảng bộ xã có 18 chi bộ, 612 đảng viên.")
    for number in ("18", "612"):
        assert at(text, number, **NGHE_AN_2021).name == "xã Môn Sơn"


@pytest.mark.parametrize("second", [
    "Tỉnh có 124 xã, phường.",
    "Toàn tỉnh có 124 xã, phường.",
    "Đảng bộ tỉnh hiện có 124 tổ chức cơ sở đảng.",
])
def test_merged_provinces_give_the_successor_province(second):
    text = ("Đảng bộ tỉnh Tuyên Quang được thành lập trên cơ sở hợp nhất Đảng bộ tỉnh Tuyên Quang "
            "và Đảng bộ tỉnh Hà Giang. " + second)
    loc = at(text, "124", site="baotuyenquang.com.vn", published="2025-08-10")
    assert (loc.name, loc.level) == ("tỉnh Tuyên Quang", "province")


def test_a_time_clause_before_a_provincial_merger():
    text = "Sau khi hợp nhất Đảng bộ tỉnh Tuyên Quang và Đảng bộ tỉnh Hà Giang, Đảng bộ tỉnh có 96.000 đảng viên."
    loc = at(text, "96.000", site="baohagiang.vn", published="2025-08-10")
    assert (loc.name, loc.province) == ("tỉnh Tuyên Quang", "Tuyên Quang")


# ---------------------------------------------------------------- B: a person after an organ

@pytest.mark.parametrize("person", ["Sùng A Lử", "Lò Văn Pọm", "Hờ A Di", "Vàng Seo Sử", "Ksor Y Phic",
                                    "H'Nhi Êban", "Rơ Châm Tuấn", "Giàng A Tủa", "Thào Mí Dính",
                                    "Mè Văn Quyết"])
def test_a_person_after_an_organ_is_not_a_commune(person):
    text = ("Xã Tà Xùa xây dựng chi bộ bản vững mạnh\n\n"
            f"Theo Chủ tịch UBND xã {person}, toàn xã hiện có 12 bản có chi bộ.")
    loc = at(text, "12", site="baosonla.vn", published="2023-05-04")
    assert (loc.name, loc.province) == ("xã Tà Xùa", "Sơn La")
    doc, sents = make(text, site="baosonla.vn", published="2023-05-04")
    names = {loc.name for _, loc in PlaceContext.for_document(doc, sents).mentions() if loc}
    assert f"xã {person}" not in names


# ---------------------------------------------------------------- C: what the number is about

@pytest.mark.parametrize("text, number, expected", [
    ("Ban Thường vụ Tỉnh ủy trao Huy hiệu Đảng cho 56 đảng viên thuộc Đảng bộ huyện Con Cuông.", "56",
     "huyện Con Cuông"),
    ("Huyện ủy Con Cuông tặng quà cho 40 hộ nghèo của xã Lục Dạ.", "40", "xã Lục Dạ"),
    # A place of a higher level after the noun describes the subject, not the number.
    ("Đảng bộ xã Lục Dạ có 14 chi bộ thuộc huyện Con Cuông.", "14", "xã Lục Dạ"),
])
def test_a_place_tied_to_the_counted_noun(text, number, expected):
    assert at(text, number, **NGHE_AN_2021).name == expected


def test_never_a_place_first_named_in_a_later_paragraph():
    text = ("Ban Thường vụ Huyện ủy Con Cuông luân chuyển 9 cán bộ về cơ sở, trong đó 3 đồng chí giữ chức "
            "chủ tịch UBND xã.\n\n"
            "Đồng chí Phan Văn Hòa được điều động về làm Bí thư Đảng ủy xã Môn Sơn.")
    assert at(text, "3", **NGHE_AN_2021).name == "huyện Con Cuông"


def test_a_clause_after_a_semicolon_with_its_own_subject_leaves_the_village():
    text = ("Sau sắp xếp, Đảng bộ huyện Con Cuông có 280 chi bộ. Nhiều chi bộ đông đảng viên: chi bộ bản "
            "Huồi Cọ (xã Môn Sơn) có 95 đảng viên; hơn 20 chi bộ có trên 50 đảng viên.")
    assert at(text, "95", **NGHE_AN_2021).name == "bản Huồi Cọ"
    assert at(text, "20", **NGHE_AN_2021).name == "huyện Con Cuông"


def test_a_delegation_belongs_to_the_unit_that_elects_it():
    text = ("Đại hội Đảng bộ xã Môn Sơn lần thứ XXV\n\n"
            "Đại hội bầu Đoàn đại biểu đi dự Đại hội Đảng bộ huyện Con Cuông gồm 9 đồng chí.")
    assert at(text, "9", **NGHE_AN_2021).name == "xã Môn Sơn"


def test_a_predecessor_with_its_old_district_keeps_its_figure():
    text = ("Xã Con Cuông tổng kết công tác xây dựng Đảng\n\n"
            "Năm 2024, xã Chi Khê, huyện Con Cuông (cũ) có 305 đảng viên.")
    assert at(text, "305", **NGHE_AN_2025).name == "xã Chi Khê"


@pytest.mark.parametrize("title", ["Trưởng bản", "Bí thư chi bộ bản", "Trưởng thôn"])
def test_a_person_after_a_village_title_is_not_a_village(title):
    text = ("Xã Tà Xùa xây dựng chi bộ bản vững mạnh\n\n"
            f"{title} Mùa A Sử cho biết, bản có 45 hộ, 19 đảng viên.")
    assert at(text, "19", site="baosonla.vn", published="2023-05-04").name == "xã Tà Xùa"


def test_a_village_named_after_a_hero_stays_a_village():
    loc = at("Chi bộ khu phố Nguyễn Văn Trỗi có 33 đảng viên.", "33", site="baosonla.vn")
    assert loc.name == "khu phố Nguyễn Văn Trỗi"


def test_official_wording_of_a_merger_names_predecessors():
    text = ("Phường Đông Tiến được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của "
            "xã Lục Dạ và xã Yên Khê.")
    assert [m.text for m in find_mentions(text) if m.former] == ["xã Lục Dạ", "xã Yên Khê"]


def test_members_after_a_semicolon_stay_with_the_village():
    text = "Xã Môn Sơn hiện có 18 chi bộ. Chi bộ bản Huồi Cọ có 40 đảng viên; 12 đảng viên là nữ."
    assert at(text, "12", **NGHE_AN_2021).name == "bản Huồi Cọ"


_PIECES = ["sáp nhập", "hợp nhất", "thành lập trên cơ sở", "(cũ)", " cũ", "thành", "vào", "Sau khi", ",", ";",
           "xã Lục Dạ", "xã Yên Khê", "huyện Con Cuông", "Đảng bộ", "các", "3", "và", "có", "đảng viên", "("]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_only_named_places_are_ever_predecessors(pieces):
    for m in find_mentions(" ".join(pieces)):
        assert not m.former or (m.name and m.kind in ("named", "organ", "bare"))


def test_a_figure_in_brackets_after_a_predecessor_is_its_own():
    text = ("Xã Con Cuông được thành lập trên cơ sở sáp nhập xã Chi Khê (312 đảng viên) và xã Yên Khê "
            "(208 đảng viên).")
    assert at(text, "312", **NGHE_AN_2025).name == "xã Chi Khê"
    assert at(text, "208", **NGHE_AN_2025).name == "xã Yên Khê"


def test_the_party_organisation_alone_is_the_unit_in_force():
    text = ("Xã Con Cuông gồm 20 bản của huyện Con Cuông. Hiện nay, Đảng bộ có 41 chi bộ.")
    assert at(text, "41", **NGHE_AN_2025).name == "xã Con Cuông"
