"""Numbers -> typed figures: what counts, what it counts, kind, period, negation, dedupe."""
from __future__ import annotations

import pytest

from partymine.extract.figures import find_figures
from partymine.extract.periods import publication
from partymine.extract.nlp import tokenize
from partymine.extract.sentences import split_sentences
from partymine.records import Document, Locality


class NoPlaces:
    province = None

    def locality_at(self, sentence, char_start):
        return Locality(name=None)

    def places_in(self, sentence, before):
        return []


class OnePlace:
    province = "Lạng Sơn"

    def locality_at(self, sentence, char_start):
        return Locality("xã Mai Pha", "commune", "Lạng Sơn", "Lạng Sơn", "06000")

    def places_in(self, sentence, before):
        return []


def figures_of(text: str, places=None, **doc):
    d = Document("t", text, **doc)
    return find_figures(d, split_sentences(d), places or NoPlaces())


def only(text: str, value: float, **doc):
    rows = [f for f in figures_of(text, **doc) if f.value == pytest.approx(value)]
    assert len(rows) == 1, (text, rows)
    return rows[0]


@pytest.mark.parametrize(("text", "value", "indicator"), [
    ("Đảng bộ xã hiện có 312 đảng viên sinh hoạt ở 14 chi bộ.", 312, "party_members"),
    ("Đảng bộ xã hiện có 312 đảng viên sinh hoạt ở 14 chi bộ.", 14, "party_cells"),
    ("Toàn huyện có 42 tổ chức cơ sở đảng, gồm 25 đảng bộ cơ sở và 17 chi bộ cơ sở.", 25, "party_committees"),
    ("Năm qua, các chi bộ đã kết nạp được 57 đảng viên mới.", 57, "members_admitted"),
    ("Huyện đã kết nạp Đảng cho 9 đoàn viên ưu tú.", 9, "members_admitted"),
    ("Trong số đảng viên mới có 12 đảng viên là nữ.", 12, "member_composition"),
    ("Đảng viên là người dân tộc thiểu số chiếm 41,5%.", 41.5, "member_composition"),
    ("Dịp này, 86 đảng viên được trao tặng Huy hiệu Đảng.", 86, "party_badges"),
    ("Ủy ban Kiểm tra đã đề nghị thi hành kỷ luật 4 đảng viên.", 4, "members_disciplined"),
    ("Các chi bộ đã xóa tên 2 đảng viên bỏ sinh hoạt.", 2, "members_removed"),
    ("Có 95% bí thư chi bộ có trình độ trung cấp lý luận chính trị trở lên.", 95, "cadre_qualification"),
    ("Năm 2023, có 1.250 lượt cán bộ, đảng viên được bồi dưỡng.", 1250, "trainees"),
    ("Huyện ủy mở 6 lớp bồi dưỡng nghiệp vụ công tác đảng.", 6, "training_courses"),
    ("Toàn huyện có 58 bí thư chi bộ đồng thời là trưởng thôn.", 58, "secretary_is_village_head"),
    ("Có 30/45 trưởng thôn là đảng viên.", 30, "village_head_is_member"),
    ("Có 96 trưởng ban công tác Mặt trận là đảng viên.", 96, "other"),
    ("Hiện có 9/11 bí thư đảng ủy xã đồng thời là chủ tịch UBND xã.", 9, "secretary_is_chair"),
    ("Có 5 bí thư đảng ủy không phải là người địa phương.", 5, "nonlocal_cadre"),
    ("Đến nay, 100% thôn, bản đã có chi bộ.", 100, "villages_with_cell"),
    ("Toàn tỉnh vẫn còn 12 bản chưa có đảng viên.", 12, "villages_without_members"),
    ("Có 78 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ.", 78, "rating_excellent"),
    ("Có 201 tổ chức cơ sở đảng đạt trong sạch, vững mạnh.", 201, "rating_good_or_better"),
    ("Có 2 tổ chức cơ sở đảng không hoàn thành nhiệm vụ.", 2, "rating_failed"),
    ("Các chi bộ duy trì sinh hoạt 12 kỳ/năm.", 12, "cell_meetings"),
    ("Ủy ban Kiểm tra đã tiến hành 18 cuộc kiểm tra.", 18, "inspections"),
    ("Huyện chọn 3 chi bộ làm điểm để chỉ đạo.", 3, "pilot_orgs"),
    ("Thôn có 215 hộ với 940 nhân khẩu.", 215, "households"),
    ("Thu nhập bình quân đầu người đạt 48 triệu đồng/năm.", 48_000_000, "income_per_capita"),
    ("Tỷ lệ hộ nghèo giảm còn 3,2%.", 3.2, "poverty_rate"),
    ("Sau sắp xếp, tỉnh có 124 xã, phường.", 124, "admin_units"),
    ("Đại hội có 250 đại biểu chính thức tham dự.", 250, "other"),
    ("Toàn huyện tăng 18 đảng viên so với năm trước.", 18, "other"),
    ("Có 3/45 bí thư chi bộ là người không cư trú tại địa phương.", 3, "nonlocal_cadre"),
    ("Có 99,2% hộ dân đồng thuận với chủ trương sắp xếp.", 99.2, "other"),
    ("Có 100% chi bộ tổ chức sinh hoạt định kỳ hằng tháng.", 100, "cell_meetings"),
    ("Đảng viên dưới 35 tuổi chiếm 18%.", 18, "member_composition"),
    ("Các chi bộ có 2.950 quần chúng được học lớp nhận thức về Đảng.", 2950, "trainees"),
    ("Chị được kết nạp năm 2019 và hiện có 3 con.", 3, "other"),
    ("Kết quả xếp loại: hoàn thành xuất sắc nhiệm vụ 15,2%, hoàn thành tốt nhiệm vụ 75,4%.", 75.4,
     "rating_good_or_better"),
    ("Kết quả xếp loại: hoàn thành xuất sắc nhiệm vụ 15,2%, hoàn thành tốt nhiệm vụ 75,4%.", 15.2, "rating_excellent"),
    ("Đảng bộ có 3.250 đảng viên; trong đó: nữ 1.200 đồng chí, dân tộc thiểu số 850 đồng chí.", 1200,
     "member_composition"),
    ("Trên 95% đảng viên tham gia học tập nghị quyết.", 95, "other"),
    ("Ban Chấp hành Đảng bộ xã khóa mới gồm 15 đồng chí.", 15, "other"),
    # the cue reaches over a list of unit types
    ("Toàn huyện có 27 bí thư chi bộ thôn, bản kiêm trưởng bản.", 27, "secretary_is_village_head"),
    ("Có 12/15 bí thư đảng ủy xã, phường đồng thời là chủ tịch UBND.", 12, "secretary_is_chair"),
    ("Đến nay, 100% thôn, bản trong xã có trưởng thôn, trưởng bản là đảng viên.", 100, "village_head_is_member"),
    ("Các chi bộ đã bầu bí thư làm trưởng thôn với tỷ lệ phiếu bầu bình quân đạt 86%.", 86, "other"),
    # each penalty of a list is typed by its own word
    ("Huyện đã kỷ luật 9 đảng viên, trong đó khiển trách 5, cảnh cáo 3, khai trừ 1 đảng viên.", 5,
     "members_disciplined"),
    ("Huyện đã kỷ luật 9 đảng viên, trong đó khiển trách 5, cảnh cáo 3, khai trừ 1 đảng viên.", 3,
     "members_disciplined"),
    ("Huyện đã kỷ luật 9 đảng viên, trong đó khiển trách 5, cảnh cáo 3, khai trừ 1 đảng viên.", 1, "members_removed"),
    ("Năm qua, xã đã xóa tên 4 đảng viên bỏ sinh hoạt, vi phạm tư cách.", 4, "members_removed"),
    # the role around the counted noun
    ("Nhân dịp Tết, Đảng ủy xã tặng quà cho 27 đảng viên cao tuổi.", 27, "other"),
    ("Thành ủy mở lớp bồi dưỡng nghiệp vụ cho 74 đồng chí bí thư chi bộ.", 74, "trainees"),
    ("Huyện mở 3 lớp nhận thức về Đảng với 240 quần chúng ưu tú.", 240, "trainees"),
    ("Đến nay, 96% bí thư chi bộ đã qua bồi dưỡng nghiệp vụ công tác đảng.", 96, "trainees"),
    ("Có 92% trưởng thôn trên địa bàn 14 xã, thị trấn đã qua bồi dưỡng nghiệp vụ.", 92, "trainees"),
    ("Có 92% trưởng thôn trên địa bàn 14 xã, thị trấn đã qua bồi dưỡng nghiệp vụ.", 14, "admin_units"),
    ("Đảng ủy phân công 12 đồng chí đảng ủy viên theo dõi các chi bộ.", 12, "other"),
    ("Tỉnh ủy phân công 28 tỉnh ủy viên phụ trách các huyện.", 28, "other"),
    ("Trong số đảng viên mới có 4 đồng chí là người lao động tự do.", 4, "member_composition"),
    ("Huyện đã luân chuyển 9 cán bộ, trong đó 3 đồng chí giữ chức phó bí thư đảng ủy xã.", 3, "other"),
    ("Chi bộ thôn Nà Lừa có 31 đảng viên, 5 năm liền được công nhận trong sạch, vững mạnh.", 31, "party_members"),
    ("Huyện thí điểm mô hình bí thư đồng thời là chủ tịch UBND tại 3 xã vùng cao.", 3, "pilot_orgs"),
    ("Qua giám sát, Đảng ủy đã nhắc nhở 4 chi bộ chậm nộp báo cáo.", 4, "other"),
    ("Ủy ban Kiểm tra chọn 4 chi bộ thôn để giám sát chuyên đề.", 4, "inspections"),
    ("Huyện ủy trao quyết định kết nạp Đảng cho ba quần chúng ưu tú.", 3, "members_admitted"),
    # a predicate after the second item of a pair types both
    ("Qua giám sát, có 2 chi bộ và 7 đảng viên có vi phạm phải xem xét kỷ luật.", 2, "members_disciplined"),
    # meetings and villages
    ("Toàn huyện có 118/125 chi bộ tổ chức sinh hoạt chuyên đề hằng quý.", 118, "cell_meetings"),
    ("Chi bộ sinh hoạt 12 kỳ/năm, mỗi quý có một kỳ sinh hoạt chuyên đề.", 1, "cell_meetings"),
    ("Hiện xã còn 4 thôn sinh hoạt ghép với thôn bên cạnh.", 4, "villages_with_cell"),
    ("Trong năm, còn 6 thôn chưa kết nạp được đảng viên mới.", 6, "other"),
    ("Năm 2016, xã còn 9 thôn chưa có đảng viên, đến nay chỉ còn ba thôn.", 3, "villages_without_members"),
])
def test_indicator(text, value, indicator):
    assert only(text, value).indicator == indicator


@pytest.mark.parametrize(("text", "value", "indicator"), [
    ("Đảng bộ huyện kết nạp 52 đảng viên mới, đạt 104% kế hoạch.", 104, "members_admitted"),
    ("Có 439 tổ chức cơ sở đảng đạt trong sạch vững mạnh (chiếm 62,6%).", 62.6, "rating_good_or_better"),
    ("Toàn tỉnh phấn đấu kết nạp 3% đảng viên, tương ứng từ 700 đến 900 đảng viên.", 700, "members_admitted"),
])
def test_a_share_takes_the_indicator_it_qualifies(text, value, indicator):
    row = only(text, value)
    assert row.indicator == indicator and row.method == "inherit.v1"


def test_a_list_shares_its_predicate():
    row = only("Ủy ban Kiểm tra đã kỷ luật 3 tổ chức đảng và 25 đảng viên.", 25)
    assert (row.indicator, row.method) == ("members_disciplined", "list.v1")


def test_a_new_clause_breaks_the_share():
    assert only("Huyện kết nạp được 1.500 đảng viên, tăng 1,2% so với nhiệm kỳ trước, tỷ lệ kết nạp hằng năm đạt 8,7%.",
                8.7).indicator == "members_admitted"


@pytest.mark.parametrize("text", [
    "Năm 2023, Đảng bộ đã triển khai nhiều giải pháp.",
    "Thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung ương.",
    "Thực hiện Chỉ thị số 27 của Thành ủy về công tác cán bộ.",
    "Hội nghị Trung ương 4 đã ban hành nghị quyết quan trọng.",
    "Đại hội Đảng bộ huyện lần thứ 22, nhiệm kỳ 2025 – 2030.",
    "Nghị quyết Đại hội Đảng bộ huyện khóa 18 đã đề ra.",
    "Chi bộ tổ dân phố 5 họp vào ngày 15 hằng tháng.",
    "Chi bộ tiểu khu Sao Đỏ 2 họp bàn kế hoạch.",
    "Sau 2 năm thực hiện, mô hình đạt kết quả tốt.",
    "Ông đã có 5 năm liền hoàn thành xuất sắc nhiệm vụ.",
    "Lúc 8 giờ 30 phút sáng 15/3/2024, hội nghị khai mạc.",
    "Buổi lễ diễn ra sáng ngày 20/01/2022 tại hội trường.",
    "Đợt 2 trao Huy hiệu 50 năm tuổi Đảng diễn ra trang trọng.",
    "Xã vận hành chính quyền địa phương 2 cấp ổn định.",
    "Đây là một trong những đơn vị dẫn đầu.",
    "Đoàn công tác đã đến thăm Sư đoàn 324.",
    "Trường THCS số 2 tổ chức khai giảng.",
    "Các chi bộ sinh hoạt chuyên đề ít nhất 01 quý/lần.",
    "Kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025).",
    "Cập nhật lúc 22:26, Thứ Hai, 01/01/2018 (GMT+7)",
    "Sang năm 2024 xã tập trung củng cố các chi bộ yếu.",
])
def test_not_figures(text):
    assert figures_of(text) == []


def test_a_counted_noun_keeps_a_number_after_a_document_word():
    assert only("Qua kiểm tra, kết luận 4 đảng viên có vi phạm.", 4)


def test_the_counted_noun_next_to_a_badge_tier_is_a_figure():
    rows = figures_of("Huy hiệu 50 năm tuổi Đảng có 24 đảng viên.")
    assert [(f.value, f.indicator) for f in rows] == [(24, "party_badges")]


@pytest.mark.parametrize(("text", "value", "negated"), [
    ("Toàn huyện còn 8/146 trưởng thôn chưa phải là đảng viên.", 8, True),
    ("Có 49 trưởng thôn, khu phố không phải là đảng viên.", 49, True),
    ("Có 30/45 trưởng thôn là đảng viên.", 30, False),
    ("Đến nay đã đưa 61/61 thôn, làng đều có đảng viên.", 61, True),
    ("Huyện còn 15 ấp chưa có chi bộ độc lập.", 15, True),
    ("Đến nay 100% thôn, bản đã có chi bộ.", 100, False),
    ("Xã còn 3 thôn chưa có trưởng thôn là đảng viên.", 3, True),
    ("Hiện xã còn 4 thôn sinh hoạt ghép với thôn bên cạnh.", 4, True),
    ("Trong năm, còn 6 thôn chưa kết nạp được đảng viên mới.", 6, True),
    ("Năm 2016, xã còn 9 thôn chưa có đảng viên, đến nay chỉ còn ba thôn.", 3, False),
])
def test_negation(text, value, negated):
    assert only(text, value).negated is negated


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("Huyện phấn đấu mỗi năm kết nạp từ 90 - 100 đảng viên.", 90, "target"),
    ("Nghị quyết đề ra mục tiêu đến năm 2025 có 100% thôn có chi bộ.", 100, "target"),
    ("Toàn tỉnh kết nạp 288 đảng viên, đạt 35,34% chỉ tiêu năm 2022.", 35.34, "actual"),
    ("Đảng bộ kết nạp 21 đảng viên, đạt 105% chỉ tiêu được giao.", 21, "actual"),
    ("Năm nay phường giao chỉ tiêu kết nạp 60 đảng viên; đến nay đã kết nạp được 41 đảng viên.", 60, "target"),
    ("Theo Nghị quyết Đại hội, mỗi năm kết nạp từ 250 đảng viên trở lên.", 250, "target"),
    ("Năm tới, huyện sẽ kết nạp 300 đảng viên.", 300, "target"),
    ("Năm nay phường giao chỉ tiêu kết nạp 60 đảng viên; đến nay đã kết nạp được 41 đảng viên.", 41, "actual"),
    ("Quý III, Ủy ban Kiểm tra xây dựng kế hoạch kiểm tra 6 chi bộ, giám sát chuyên đề 11 đảng viên.", 11, "target"),
    ("Thực hiện kế hoạch kiểm tra, Ủy ban Kiểm tra đã kiểm tra 6 chi bộ.", 6, "actual"),
])
def test_kind(text, value, kind):
    assert only(text, value).kind == kind


def test_goals_carry_through_a_paragraph():
    text = ("Tiêu đề\n\nHuyện phấn đấu có 80% tổ chức cơ sở đảng đạt trong sạch, vững mạnh. "
            "Hằng năm, có từ 90% đảng viên hoàn thành tốt nhiệm vụ.")
    assert only(text, 90).kind == "target"


@pytest.mark.parametrize(("text", "value", "period"), [
    ("Năm 2021, toàn huyện kết nạp được 187 đảng viên; năm 2022 kết nạp được 106 đảng viên.", 187, "2021"),
    ("Năm 2021, toàn huyện kết nạp được 187 đảng viên; năm 2022 kết nạp được 106 đảng viên.", 106, "2022"),
    ("Theo đánh giá năm 2019 và năm 2020, có 100% chi bộ hoàn thành tốt nhiệm vụ.", 100, "2019-2020"),
    ("Giai đoạn 2020-2025, huyện kết nạp 900 đảng viên.", 900, "2020-2025"),
    ("Nhiệm kỳ (2015-2020), huyện đã kết nạp được 1.500 đảng viên.", 1500, "2015-2020"),
    ("Tính đến tháng 9/2022, toàn Đảng bộ có 58 tổ chức cơ sở đảng.", 58, "2022"),
    ("Tính đến tháng 9/2022, Đảng bộ giảm 3 chi bộ cơ sở so với năm 2021.", 3, "2021-2022"),
    ("Huyện kết nạp 80 đảng viên theo Quyết định 05 ngày 28-8-2018 của Ban Bí thư.", 80, None),
    ("Đầu nhiệm kỳ 2015 - 2020, huyện còn 14 thôn chưa có đảng viên.", 14, "2015"),
    ("Từ năm 2016 đến năm 2020, huyện kết nạp 900 đảng viên.", 900, "2016-2020"),
    ("Nhiệm kỳ 2020 – 2025, huyện phấn đấu đến năm 2025 có 95% chi bộ trong sạch, vững mạnh; kết nạp 400 đảng viên.",
     95, "2025"),
    ("Nhiệm kỳ 2020 – 2025, huyện phấn đấu đến năm 2025 có 95% chi bộ trong sạch, vững mạnh; kết nạp 400 đảng viên.",
     400, "2020-2025"),
])
def test_period_from_the_text(text, value, period):
    assert only(text, value).period == period


def test_the_last_five_years_take_the_term_of_the_paragraph():
    text = "Tiêu đề\n\nNhiệm kỳ 2015 – 2020, xã đạt nhiều kết quả. Trong công tác đảng, 5 năm qua kết nạp 42 đảng viên."
    assert only(text, 42, published="2020-08-01").period == "2015-2020"


def test_a_later_sentence_does_not_date_an_earlier_one():
    text = ("Tiêu đề\n\nNăm 2023, xã kết nạp 12 đảng viên.\n\n"
            "Số đảng viên kết nạp tăng 3 đồng chí. Năm 2025, xã phấn đấu kết nạp 15 đảng viên.")
    assert only(text, 3, published="2024-01-20").period == "2023"


def test_a_committee_elected_by_a_congress_has_its_term():
    text = ("Đại hội Đảng bộ xã lần thứ I\n\nĐảng bộ xã tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030.\n\n"
            "Nhiệm kỳ 2020 - 2025, xã kết nạp 90 đảng viên.\n\nĐại hội đã bầu Ban Chấp hành khóa I gồm 21 đồng chí.")
    assert only(text, 21, published="2025-08-10").period == "2025-2030"


def test_the_term_of_a_village_election_does_not_date_its_results():
    text = ("Qua kỳ bầu cử trưởng thôn nhiệm kỳ 2022 - 2024 diễn ra trong tháng 6 vừa qua, "
            "35 thôn đã bầu bí thư chi bộ làm trưởng thôn.")
    assert only(text, 35, published="2022-08-01").period == "2022"


def test_the_denominator_of_trong_so_is_a_total_not_a_row():
    rows = figures_of("Trong số 45 trưởng thôn, có 40 người là đảng viên, chiếm 88,9%.")
    assert [(f.value, f.total, f.indicator) for f in rows] == [
        (40, 45, "village_head_is_member"), (88.9, None, "village_head_is_member")]


def test_trong_n_units_co_m_gives_the_total_and_keeps_the_count():
    rows = figures_of("Đối với tổ chức đảng, trong 26 chi bộ trực thuộc có 20 chi bộ hoàn thành tốt nhiệm vụ.")
    assert [(f.value, f.total, f.indicator) for f in rows] == [
        (26, None, "party_cells"), (20, 26, "rating_good_or_better")]


@pytest.mark.parametrize("text", [
    "Huyện có 34 trưởng thôn thì có 25 trưởng thôn là đảng viên.",
    "Xã có 34 thôn thì 25 thôn đã có chi bộ.",
])
def test_n_units_thi_m_gives_the_total(text):
    assert [(f.value, f.total) for f in figures_of(text)] == [(34, None), (25, 34)]


@pytest.mark.parametrize(("text", "values"), [
    ("Toàn huyện có 12 chi bộ có trên 50 đảng viên.", [12]),  # the threshold describes the 12
    ("Đảng bộ có trên 3.000 đảng viên.", [3000]),
    ("Đảng bộ các phường 4, 6, 9 được hợp nhất thành Đảng bộ phường Tân An, có 58 tổ chức đảng.", [58]),
    ("Trong hai ngày 14 - 15/7, Đảng bộ xã tổ chức Đại hội với 150 đại biểu.", [150]),
    ("Từ ngày 9 đến 11/12, Huyện ủy mở lớp bồi dưỡng cho 80 học viên.", [80]),
])
def test_what_is_kept_as_a_figure(text, values):
    assert [f.value for f in figures_of(text)] == values


def test_since_runs_to_the_publication_year():
    row = only("Từ năm 2016 đến nay, toàn tỉnh có khoảng 40 tổ chức cơ sở đảng được chọn làm điểm.", 40,
               published="2020-10-28")
    assert row.period == "2016-2020"


def test_last_year_in_january_is_the_year_before():
    text = "Tiêu đề\n\nCập nhật lúc 22:26, Thứ Hai, 01/01/2018 (GMT+7)\n\nTrong năm qua, huyện kết nạp 358 đảng viên."
    assert only(text, 358).period == "2017"


def test_the_report_year_carries_from_an_earlier_paragraph():
    text = ("Tiêu đề\n\nNăm 2019, toàn tỉnh có 686 tổ chức cơ sở đảng được đánh giá.\n\n"
            "Qua đánh giá, có 604 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.")
    assert only(text, 604).period == "2019"


def test_no_year_in_the_text_is_the_publication_year():
    assert only("Dịp này có 37 đồng chí được trao Huy hiệu Đảng.", 37, published="2025-11-07").period == "2025"


def test_a_congress_term_is_not_the_period_of_a_dated_report():
    text = "Chiều 31/7/2025, Chi bộ tổ chức Đại hội lần thứ I, nhiệm kỳ 2025-2030, với sự tham gia của 48 đảng viên."
    assert only(text, 48).period == "2025"


@pytest.mark.parametrize(("doc", "expected"), [
    (Document("a", "x", published="2021-03-05"), (2021, 3)),
    (Document("a", "Tiêu đề\nTHỨ NĂM, 27/02/2020 07:31:10\nNội dung."), (2020, 2)),
    (Document("a", "Tiêu đề\nNội dung.", url="http://baodongnai.com.vn/tintuc/201801/ket-nap/"), (2018, 1)),
    (Document("a", "Tiêu đề\nNội dung không có ngày."), None),
])
def test_publication(doc, expected):
    assert publication(doc, split_sentences(doc)) == expected


def test_headline_and_body_give_one_row_with_the_body_evidence():
    text = "Toàn tỉnh kết nạp 288 đảng viên\n\nTính đến ngày 30-6, các đảng bộ đã kết nạp được 288 đảng viên mới."
    rows = figures_of(text)
    assert len(rows) == 1 and rows[0].sentence.startswith("Tính đến ngày 30-6")


def test_a_repeated_paragraph_gives_one_row():
    para = "Đảng bộ xã có 11 đồng chí được nhận Huy hiệu Đảng đợt này."
    assert len(figures_of(f"Tiêu đề\n\n{para}\n\nNội dung khác ở giữa bài.\n\n{para}")) == 1


def test_the_same_small_number_twice_is_two_rows():
    text = "Có 1 đảng viên được tặng Huy hiệu 65 năm; 1 đảng viên được tặng Huy hiệu 60 năm tuổi Đảng."
    assert [f.value for f in figures_of(text)] == [1, 1]


def test_offsets_spell_the_number_and_sentence_is_evidence():
    text = "Tiêu đề bài\n\nĐảng bộ thành phố có 73 tổ chức cơ sở đảng, đạt trên 90%."
    for f in figures_of(text):
        assert text[f.char_start:f.char_end] in ("73", "90%")
        assert f.sentence in text and f.sentence[0] == "Đ"


def test_fields_come_from_the_place_and_the_document():
    row = figures_of("Đảng bộ xã có 20 đảng viên.", places=OnePlace(), published="2022-05-01")[0]
    assert (row.locality, row.locality_level, row.province, row.province_2025, row.locality_code, row.published) == \
        ("xã Mai Pha", "commune", "Lạng Sơn", "Lạng Sơn", "06000", "2022-05-01")
    assert row.subject == "đảng viên" and 0 < row.confidence <= 1


def test_a_share_without_a_noun_names_its_subject_from_before():
    assert only("Tỷ lệ đảng viên nữ chiếm 42%.", 42).subject == "Tỷ lệ đảng viên nữ"


def test_tokenized_sentences_give_the_same_figures():
    text = "Tiêu đề\n\nĐảng bộ huyện có 1.590 đảng viên, trong đó có 575 đảng viên nữ."
    d = Document("t", text)
    plain = find_figures(d, split_sentences(d), NoPlaces())
    assert find_figures(d, tokenize(split_sentences(d)), NoPlaces()) == plain


def test_web_furniture_lines_are_skipped():
    assert figures_of("Tiêu đề\n\n|1\n\n62\n\n1,448") == []


@pytest.mark.parametrize(("text", "value", "published", "period"), [
    # a year named in a later clause dates that clause only
    ("Tiêu đề\n\nNhiệm kỳ qua, xã kết nạp 40 đảng viên mới; giá trị sản xuất năm 2018 đạt 90 tỷ đồng.",
     40, "2019-06-10", "2019"),
    ("Tiêu đề\n\nNhiệm kỳ qua, xã kết nạp 40 đảng viên mới; giá trị sản xuất năm 2018 đạt 90 tỷ đồng.",
     90_000_000_000, "2019-06-10", "2018"),
    # `từ đầu nhiệm kỳ A - B đến nay`: from the start to the year of publication
    ("Từ đầu nhiệm kỳ 2020 - 2025 đến nay, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 9 tổ chức đảng.",
     9, "2022-10-01", "2020-2022"),
    # a level compared with an earlier year is the level of the year stated
    ("Năm 2022, xã kết nạp 18 đảng viên, tăng gấp ba so với năm 2020.", 18, "2023-01-20", "2022"),
    # the term of the people trained names whose term, not when: the year stated decides
    ("Năm 2026, tỉnh mở 12 lớp bồi dưỡng cấp ủy viên cơ sở nhiệm kỳ 2025 - 2030.", 12, "2025-11-02", "2026"),
])
def test_period_scopes(text, value, published, period):
    assert only(text, value, published=published).period == period


def test_since_the_start_of_a_term_with_no_date_is_the_term():
    row = only("Từ đầu nhiệm kỳ 2015 - 2020 đến nay, huyện đã kết nạp 610 đảng viên mới.", 610)
    assert row.period == "2015-2020"


def test_congress_attendance_is_of_the_day_of_the_congress():
    text = ("Đại hội Đảng bộ phường\n\nSáng 12-6, Đảng bộ phường tổ chức Đại hội lần thứ X, nhiệm kỳ 2020 - 2025. "
            "Tham dự đại hội có 95 đại biểu thay mặt cho 610 đảng viên.")
    assert only(text, 95, published="2020-06-13").period == "2020"
    assert only(text, 610, published="2020-06-13").period == "2020"


def test_the_past_term_is_the_one_before_the_congress_term():
    text = ("Đại hội Đảng bộ phường\n\nĐảng bộ phường tổ chức Đại hội lần thứ X, nhiệm kỳ 2020 - 2025.\n\n"
            "Nhiệm kỳ vừa qua, Đảng bộ kết nạp được 47 đảng viên.")
    assert only(text, 47, published="2020-06-13").period == "2015-2020"


@pytest.mark.parametrize(("text", "value", "period"), [
    ("Nhiệm kỳ 2025 - 2030, Đảng bộ phấn đấu mỗi năm kết nạp ít nhất 20 đảng viên, "
     "đến năm 2030 có 95% chi bộ trong sạch, vững mạnh.", 20, "2025-2030"),
    ("Nhiệm kỳ 2025 - 2030, Đảng bộ phấn đấu mỗi năm kết nạp ít nhất 20 đảng viên, "
     "đến năm 2030 có 95% chi bộ trong sạch, vững mạnh.", 95, "2030"),
])
def test_a_yearly_target_under_a_term_is_of_the_term(text, value, period):
    assert only(text, value, published="2025-08-01").period == period


def test_the_story_year_carries_over_a_dash_list():
    text = ("Tiêu đề\n\nNăm 2022, huyện có 300 chi bộ trực thuộc. Một số chi bộ tiêu biểu:\n"
            "- Chi bộ thôn Đông: 40 đảng viên;\n- Chi bộ thôn Tây: 35 đảng viên;\n- Chi bộ thôn Nam: 28 đảng viên.\n"
            "Tuy nhiên, vẫn còn 6 chi bộ chưa sinh hoạt đều đặn.")
    assert only(text, 6, published="2023-03-01").period == "2022"



@pytest.mark.parametrize(("text", "value", "indicator"), [
    # a cue in another clause does not type the number
    ("Chi bộ có 37 đảng viên, không có đảng viên vi phạm phải xử lý kỷ luật.", 37, "party_members"),
    # a part of the membership named by age, by sex after the label, by its role
    ("Trong năm, xã kết nạp 20 đảng viên, trong đó có 15 đảng viên 30 tuổi trở xuống.", 15, "member_composition"),
    ("Toàn Đảng bộ có 2.300 đảng viên, trong đó đảng viên nữ 870 người.", 870, "member_composition"),
    ("Đảng bộ có 410 đảng viên, trong đó 35 đảng viên được miễn sinh hoạt do tuổi cao.", 35, "other"),
    # Central Highlands and Mekong village nouns
    ("Đến nay, huyện còn 4 plei chưa có đảng viên.", 4, "villages_without_members"),
    # meetings attended are meetings, whatever the counter word (`cuộc`)
    ("Trong năm, cấp ủy viên cấp trên dự 640 cuộc sinh hoạt chi bộ.", 640, "cell_meetings"),
    ("Ủy ban Kiểm tra tiến hành 12 cuộc kiểm tra đảng viên khi có dấu hiệu vi phạm.", 12, "inspections"),
    # cadres rotated are not cadres trained, though both are counted in `lượt`
    ("Ba năm qua, Tỉnh ủy luân chuyển 45 lượt cán bộ về cơ sở.", 45, "other"),
    ("Huyện mở 9 lớp bồi dưỡng cho 860 lượt cán bộ, đảng viên.", 860, "trainees"),
])
def test_typing_patterns(text, value, indicator):
    assert only(text, value).indicator == indicator


def test_the_next_items_predicate_does_not_type_the_number_before_it():
    rows = figures_of("Đảng ủy chuyển sinh hoạt đảng cho 3 đảng viên đi làm ăn xa và xóa tên 1 đảng viên.")
    assert [f.indicator == "members_removed" for f in rows] == [False, True]


def test_a_yearly_goal_of_a_congress_is_of_the_term_it_opens():
    text = ("Đại hội Đảng bộ xã\n\nĐảng bộ xã tổ chức Đại hội lần thứ II, nhiệm kỳ 2025 - 2030.\n\n"
            "Nhiệm kỳ 2020 - 2025, hằng năm có trên 80% chi bộ hoàn thành tốt nhiệm vụ.\n\n"
            "Đại hội đề ra mục tiêu đến năm 2030 có 100% thôn có chi bộ; mỗi năm kết nạp từ 30 đảng viên trở lên.")
    assert only(text, 80, published="2025-07-01").period == "2020-2025"
    assert only(text, 30, published="2025-07-01").period == "2025-2030"


@pytest.mark.parametrize(("text", "value", "indicator", "negated"), [
    ("Trong 12 thôn, 9 thôn có trưởng thôn là đảng viên; ở 3 thôn còn lại, trưởng thôn chưa là đảng viên.",
     3, "village_head_is_member", True),
    ("Năm qua, vẫn còn 5 chi bộ sinh hoạt chưa đúng quy định.", 5, "cell_meetings", True),
    ("Đảng bộ có 640 đảng viên, đảng viên người Khmer chiếm 12%.", 12, "member_composition", False),
    ("Đảng viên kinh doanh giỏi có 14 người.", 14, "other", False),
])
def test_topic_first_and_negated_typing(text, value, indicator, negated):
    row = only(text, value)
    assert (row.indicator, row.negated) == (indicator, negated)


@pytest.mark.parametrize("text", [
    "Theo đề án, giai đoạn 2024 - 2026, huyện luân chuyển khoảng 15 cán bộ về cơ sở.",
    "Năm nay, huyện đề ra kế hoạch mở 8 lớp bồi dưỡng cấp ủy viên.",
])
def test_plans_are_targets(text):
    assert figures_of(text)[0].kind == "target"


def test_the_last_three_years_run_to_the_report_when_no_term_is_named():
    text = "Tiêu đề\n\nBa năm qua, chi bộ kết nạp được 9 đảng viên trẻ."
    assert only(text, 9, published="2024-11-02").period == "2022-2024"


def test_a_total_after_the_count_is_its_total_not_a_row():
    rows = figures_of("Quý III, Đảng ủy xã kết nạp 12 đảng viên trên tổng số 15 quần chúng được xét.")
    assert [(f.value, f.total) for f in rows] == [(12, 15)]


def test_not_yet_trained_is_negated():
    row = only("Hiện có 9 bí thư chi bộ mới được bầu sau khi sáp nhập, chưa qua bồi dưỡng nghiệp vụ.", 9)
    assert (row.indicator, row.negated) == ("trainees", True)


def test_a_whole_named_first_with_tren_tong_so_is_the_total_of_the_count_after_it():
    rows = figures_of("Kết quả, trên tổng số 42 chi bộ trực thuộc có 8 chi bộ hoàn thành xuất sắc nhiệm vụ, "
                      "30 chi bộ hoàn thành tốt nhiệm vụ.")
    assert [(f.value, f.total) for f in rows] == [(8, 42), (30, None)]


def test_a_total_after_a_long_predicate_is_still_its_total():
    rows = figures_of("Năm 2024, có 8 chi bộ hoàn thành xuất sắc nhiệm vụ trên tổng số 42 chi bộ trực thuộc.")
    assert [(f.value, f.total) for f in rows] == [(8, 42)]


@pytest.mark.parametrize(("text", "value"), [
    ("Năm 2023, Đảng bộ xã kết nạp 14 đảng viên, trong đó có 6 người là giáo dân.", 6),
    ("Năm 2024, huyện kết nạp 98 đảng viên mới, trong đó 5 người là đồng bào Khmer.", 5),
    ("Trong số đảng viên mới có 24 người dân tộc Mông.", 24),
    ("Trong năm, xã kết nạp 11 đảng viên, có 3 người là nữ, 2 người là đoàn viên thanh niên.", 2),
])
def test_people_of_a_group_among_the_members_just_counted_are_their_composition(text, value):
    row = only(text, value)
    assert (row.indicator, row.method) == ("member_composition", "composition_of.v1")


def test_people_of_a_group_among_the_population_are_not_members():
    assert only("Xã có 1.200 hộ, trong đó 300 người là đồng bào Khmer.", 300).indicator != "member_composition"


def test_villages_that_have_not_merged_the_two_posts_are_a_negated_count():
    row = only("Hiện còn 5 thôn chưa thực hiện nhất thể hóa.", 5)
    assert (row.indicator, row.negated) == ("secretary_is_village_head", True)


def test_a_yearly_figure_of_the_last_term_at_a_congress_is_of_that_term():
    text = ("Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030\n\n"
            "Nhiệm kỳ qua, Đảng bộ kết nạp 214 đảng viên; hằng năm có từ 85 – 90% tổ chức đảng hoàn thành tốt nhiệm vụ.")
    assert only(text, 85, published="2025-08-06").period == "2020-2025"


@pytest.mark.parametrize(("text", "value", "indicator"), [
    ("3.021: số đảng viên của Đảng bộ xã.", 3021, "party_members"),
    ("63: số chi bộ trực thuộc.", 63, "party_cells"),
    ("- 128: số quần chúng được kết nạp trong năm.", 128, "members_admitted"),
])
def test_a_box_of_figures_types_each_number_by_its_label(text, value, indicator):
    assert only(text, value).indicator == indicator


def test_ethnic_names_in_their_other_spellings_are_composition():
    assert only("Năm 2024, xã kết nạp 15 đảng viên, trong đó 7 đảng viên là người Êđê.", 7).indicator == "member_composition"


def test_a_birth_year_is_not_the_period():
    assert only("Thôn có hai đảng viên là người trẻ tuổi, đều sinh năm 2001.", 2, published="2025-11-02").period == "2025"


def test_a_total_after_a_list_of_village_types_is_still_its_total():
    rows = figures_of("Toàn xã còn 7 tổ dân phố, thôn có trưởng thôn chưa phải là đảng viên trong tổng số 64 thôn, tổ dân phố.")
    assert [(f.value, f.total) for f in rows] == [(7, 64)]


@pytest.mark.parametrize(("text", "value", "published", "period"), [
    # a change in a yearly flow or a rate is of the year it is stated for
    ("Năm 2023, xã kết nạp 98 đảng viên, tăng 41 đồng chí so với năm 2022.", 41, "2023-12-20", "2023"),
    ("Tỷ lệ hộ nghèo của xã hiện còn 14,6%, giảm 2,3% so với cuối năm 2024.", 2.3, "2025-11-01", "2025"),
    # a change in a stock runs from the base year
    ("Tính đến tháng 9/2022, toàn Đảng bộ có 42 chi bộ cơ sở (giảm 3 chi bộ cơ sở so với năm 2021).", 3,
     "2022-10-01", "2021-2022"),
])
def test_the_period_of_a_change_depends_on_what_changes(text, value, published, period):
    assert only(text, value, published=published).period == period


def test_a_planned_year_in_another_sentence_does_not_date_a_figure():
    text = ("Tiêu đề\n\nHai trưởng thôn chưa phải là đảng viên, đang được tạo nguồn để kết nạp trong năm 2026.\n\n"
            "Đảng ủy xã tổ chức 3 lớp bồi dưỡng nghiệp vụ cho cán bộ.")
    assert only(text, 3, published="2025-10-06").period == "2025"


def test_each_end_of_a_from_to_pair_keeps_its_own_year_and_the_indicator():
    rows = figures_of("Tỷ lệ hộ nghèo của bản giảm từ 46% năm 2020 xuống còn 18% năm 2025.", published="2025-10-01")
    assert [(f.value, f.indicator, f.period) for f in rows] == [(46, "poverty_rate", "2020"), (18, "poverty_rate", "2025")]


def test_a_pair_of_numbers_shares_the_noun_and_predicate_after_the_second():
    rows = figures_of("Năm 2024, các xã Tân Lập và Hòa Bình lần lượt kết nạp 12 và 9 đảng viên.")
    assert [(f.value, f.indicator) for f in rows] == [(12, "members_admitted"), (9, "members_admitted")]


def test_numbers_after_lan_luot_go_with_the_places_named_before_it():
    from partymine.pipeline import extract_document

    doc = Document("t", "Tiêu đề\n\nNăm 2024, Đảng bộ xã Tân Lập và xã Hòa Bình lần lượt kết nạp 12 và 9 đảng viên.",
                   published="2024-12-01", province="Phú Thọ")
    assert [(f.value, f.locality) for f in extract_document(doc).figures] == [(12, "xã Tân Lập"), (9, "xã Hòa Bình")]
