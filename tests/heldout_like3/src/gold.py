# -*- coding: utf-8 -*-
"""Gold of heldout_like3.  Run from anywhere: python3 gold.py

Asserts that every quote occurs in its article text and writes
../articles.jsonl and ../gold.jsonl (paths relative to this file).
"""
import json
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from articles import ARTICLES  # noqa: E402

OUT = Path(__file__).resolve().parent.parent
GOLD = []
PRACTICES = {}
_CUR = {}


def D(doc, loc, prov, period=None, practices=()):
    """Start a document: default locality, province (units on the article's date), period."""
    _CUR.clear()
    _CUR.update(doc=doc, loc=loc, prov=prov, period=period)
    PRACTICES[doc] = list(practices)


_UNSET = object()


def F(ind, value, quote, alt=(), q="exact", u="count", tot=None, neg=False,
      kind="actual", loc=None, prov=None, per=_UNSET, vmax=None):
    GOLD.append({
        "type": "figure", "doc": _CUR["doc"], "indicator": ind,
        "indicator_alt": list(alt), "value": value, "value_max": vmax,
        "qualifier": q, "unit": u, "total": tot, "negated": neg, "kind": kind,
        "locality": loc or _CUR["loc"], "province": prov or _CUR["prov"],
        "period": _CUR["period"] if per is _UNSET else per, "quote": quote,
    })


# ---------------------------------------------------------------- pre-merger
D("hl3_001", "huyện Thọ Xuân", "Thanh Hóa", None,
  ["secretary_village_head", "mass_mobilization"])
F("admin_units", 254, "Toàn huyện hiện có 254 thôn, khu phố")
F("party_cells", 254, "với 254 chi bộ trực thuộc đảng ủy xã, thị trấn")
F("secretary_is_village_head", 231, "đã có 231/254 bí thư chi bộ kiêm trưởng thôn, khu phố", tot=254)
F("secretary_is_village_head", 90.9, "bí thư chi bộ kiêm trưởng thôn, khu phố, đạt 90,9%", u="percent")
F("secretary_is_village_head", 23, "23 thôn chưa thực hiện được", neg=True, alt=["other"])
F("secretary_is_village_head", 9, "cả 9/9 thôn đều thực hiện nhất thể hóa", tot=9, loc="xã Xuân Lập")
F("members_admitted", 2, "Chi bộ thôn Phú Xá kết nạp 2 đảng viên", loc="thôn Phú Xá", per="2023")
F("party_members", 47, "nâng tổng số đảng viên của chi bộ lên 47 đồng chí", loc="thôn Phú Xá", per="2023")
F("secretary_is_village_head", 100, "phấn đấu đến năm 2025 có 100% bí thư chi bộ thôn đồng thời là trưởng thôn",
  u="percent", kind="target", per="2025")

D("hl3_002", "huyện Quỳnh Lưu", "Nghệ An", "2023", ["member_recruitment"])
F("members_admitted", 356, "Đảng bộ huyện Quỳnh Lưu kết nạp được 356 đảng viên")
F("members_admitted", 118.7, "đạt 118,7% chỉ tiêu Nghị quyết Đại hội đề ra", u="percent")
F("other", 41, "tăng 41 đồng chí so với năm 2022", alt=["members_admitted"])
F("member_composition", 97, "có 97 đảng viên nữ", alt=["members_admitted"])
F("member_composition", 212, "212 đồng chí là đoàn viên thanh niên", alt=["members_admitted"])
F("member_composition", 6, "6 người là giáo dân", alt=["members_admitted"])
F("members_admitted", 183, "các chi bộ thôn, xóm kết nạp 183 đảng viên")
F("members_admitted", 51.4, "chiếm 51,4% tổng số đảng viên mới", u="percent", alt=["member_composition", "other"])
F("grassroots_orgs", 62, "Hiện toàn Đảng bộ có 62 tổ chức cơ sở đảng", per=None)
F("party_members", 14827, "62 tổ chức cơ sở đảng, 14.827 đảng viên", per=None)
F("members_removed", 2, "phải xóa tên (2 trường hợp)", per=None)
F("members_admitted", 14, "năm 2023 xã kết nạp 14 đảng viên", loc="xã Quỳnh Thạch")
F("members_admitted", 4, "Chi bộ xóm 5 kết nạp 4 người", loc="xóm 5")
F("members_admitted", 330, "huyện phấn đấu kết nạp từ 330 đảng viên trở lên", q="over", kind="target", per="2024")

D("hl3_003", "huyện Hương Khê", "Hà Tĩnh", "2023", ["quality_rating", "weak_org_consolidation"])
F("rating_excellent", 19, "trong tổng số 47 tổ chức cơ sở đảng có 19 tổ chức hoàn thành xuất sắc nhiệm vụ", tot=47)
F("rating_excellent", 40.4, "19 tổ chức hoàn thành xuất sắc nhiệm vụ (chiếm 40,4%)", u="percent")
F("rating_good_or_better", 24, "24 tổ chức hoàn thành tốt nhiệm vụ")
F("other", 3, "3 tổ chức hoàn thành nhiệm vụ")
F("rating_failed", 1, "1 tổ chức không hoàn thành nhiệm vụ")
F("rating_excellent", 1126, "có 1.126 đồng chí hoàn thành xuất sắc nhiệm vụ")
F("rating_good_or_better", 5903, "5.903 đồng chí hoàn thành tốt nhiệm vụ")
F("other", 4, "khoảng 4% hoàn thành nhiệm vụ", q="about", u="percent")
F("rating_failed", 37, "37 đảng viên không hoàn thành nhiệm vụ")
F("other", 3, "số tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ tăng 3 đơn vị", alt=["rating_excellent"])
F("rating_good_or_better", 12, "12/12 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên", tot=12, loc="xã Phúc Trạch")

D("hl3_004", "huyện Hải Lăng", "Quảng Trị", "2024", ["upper_level_attendance", "meeting_quality"])
F("other", 32, "phân công 32 đồng chí huyện ủy viên", per=None)
F("other", 186, "186 đảng ủy viên các xã, thị trấn theo dõi, dự sinh hoạt định kỳ tại các chi bộ", per=None)
F("cell_meetings", 1412, "cấp ủy cấp trên đã dự 1.412 cuộc sinh hoạt chi bộ", alt=["other"])
F("cell_meetings", 5, "bình quân mỗi chi bộ được dự hơn 5 lần", q="over", alt=["other"])
F("party_cells", 256, "Toàn Đảng bộ huyện hiện có 256 chi bộ trực thuộc đảng ủy cơ sở", per=None)
F("cell_meetings", 98, "Có 98% chi bộ duy trì sinh hoạt thường kỳ", u="percent", per=None)
F("cell_meetings", 1, "mỗi quý các chi bộ tổ chức ít nhất 1 kỳ sinh hoạt chuyên đề", q="over", per=None)
F("other", 95, "Tỷ lệ đảng viên tham gia sinh hoạt đạt trên 95%", q="over", u="percent", alt=["cell_meetings"], per=None)
F("other", 41, "có 41/43 đảng viên dự họp", tot=43, alt=["cell_meetings", "party_members"], loc="thôn Thiện Chánh")
F("other", 4, "còn 4 chi bộ nội dung sinh hoạt đơn điệu", alt=["party_cells", "cell_meetings"])
F("other", 2, "mỗi cấp ủy viên phụ trách chi bộ dự sinh hoạt ít nhất 2 lần/quý", q="over", kind="target",
  alt=["cell_meetings"])

D("hl3_005", "huyện Hoài Ân", "Bình Định", "2015-2020", ["member_recruitment", "personnel_planning"])
F("other", 250, "Dự đại hội có 250 đại biểu", per="2020")
F("party_members", 5600, "thay mặt cho hơn 5.600 đảng viên trong toàn Đảng bộ", q="over", per="2020")
F("members_admitted", 812, "Toàn huyện kết nạp 812 đảng viên")
F("members_admitted", 116, "kết nạp 812 đảng viên, đạt 116% chỉ tiêu nghị quyết", u="percent")
F("party_cells", 6, "thành lập mới 6 chi bộ", alt=["other"])
F("grassroots_orgs", 39, "nâng tổng số lên 39 tổ chức cơ sở đảng")
F("rating_good_or_better", 85, "Hằng năm có trên 85% tổ chức cơ sở đảng đạt trong sạch, vững mạnh", q="over", u="percent")
F("villages_with_cell", 100, "100% thôn, khu phố có chi bộ", u="percent")
F("villages_without_members", 2, "2 xã miền núi Đak Mang, Bok Tới không còn làng “trắng” đảng viên",
  neg=True, alt=["admin_units", "other"])
F("members_admitted", 170, "mỗi năm kết nạp từ 170 đảng viên trở lên", q="over", kind="target", per="2020-2025")
F("rating_good_or_better", 90, "90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", u="percent",
  kind="target", per="2020-2025")
F("other", 37, "Đại hội đã bầu 37 đồng chí vào Ban Chấp hành Đảng bộ huyện khóa XXII", per="2020")

D("hl3_006", "huyện Vũ Thư", "Thái Bình", "2024", ["inspection_supervision", "discipline", "member_management"])
F("inspections", 214, "đã kiểm tra 214 tổ chức đảng")
F("inspections", 389, "kiểm tra 214 tổ chức đảng và 389 đảng viên", alt=["other"])
F("inspections", 97, "giám sát chuyên đề 97 tổ chức đảng")
F("inspections", 152, "giám sát chuyên đề 97 tổ chức đảng, 152 đảng viên", alt=["other"])
F("inspections", 3, "kiểm tra khi có dấu hiệu vi phạm đối với 3 tổ chức đảng")
F("inspections", 7, "3 tổ chức đảng và 7 đảng viên", alt=["other"])
F("members_disciplined", 5, "kết luận 5 đảng viên có vi phạm đến mức phải xử lý kỷ luật", alt=["other"])
F("members_disciplined", 19, "Toàn Đảng bộ đã thi hành kỷ luật 19 đảng viên")
F("other", 6, "giảm 6 trường hợp so với năm 2023", alt=["members_disciplined"])
F("members_disciplined", 12, "khiển trách 12")
F("members_disciplined", 5, "cảnh cáo 5")
F("members_removed", 2, "khai trừ 2 đảng viên", alt=["members_disciplined"])
F("members_removed", 4, "các chi bộ đã xóa tên 4 đảng viên")
F("inspections", 2, "Đảng ủy thành lập 2 đoàn giám sát", loc="xã Song Lãng")
F("inspections", 100, "phấn đấu 100% tổ chức cơ sở đảng được kiểm tra, giám sát", u="percent",
  kind="target", per="2025")

D("hl3_007", "huyện Văn Chấn", "Yên Bái", "2024", ["training"])
F("training_courses", 17, "đã mở 17 lớp đào tạo, bồi dưỡng")
F("trainees", 1845, "với 1.845 lượt học viên")
F("training_courses", 113, "đạt 113% kế hoạch năm", u="percent", alt=["trainees"])
F("training_courses", 2, "2 lớp sơ cấp lý luận chính trị")
F("trainees", 148, "2 lớp sơ cấp lý luận chính trị cho 148 học viên")
F("training_courses", 5, "5 lớp bồi dưỡng nhận thức về Đảng")
F("trainees", 326, "cho 326 quần chúng ưu tú")
F("training_courses", 4, "4 lớp đảng viên mới")
F("trainees", 291, "4 lớp đảng viên mới với 291 học viên")
F("training_courses", 1, "huyện mở 1 lớp tập huấn nghiệp vụ")
F("trainees", 258, "cho 258 bí thư, phó bí thư chi bộ thôn, bản")
F("trainees", 100, "100% bí thư chi bộ trong huyện đã được bồi dưỡng nghiệp vụ công tác đảng", u="percent", per=None)
F("cadre_qualification", 62, "khoảng 62% có trình độ trung cấp lý luận chính trị trở lên", q="about", u="percent", per=None)
F("cadre_qualification", 30, "vẫn còn gần 30 bí thư chi bộ chưa qua đào tạo chuyên môn", q="nearly", neg=True,
  alt=["trainees"], per=None)
F("training_courses", 15, "huyện dự kiến mở 15 – 18 lớp", vmax=18, kind="target", per="2025")

D("hl3_008", "huyện Mai Châu", "Hòa Bình", "2020-2023", ["cadre_rotation", "leadership_merge"])
F("other", 23, "đã luân chuyển 23 lượt cán bộ", alt=["nonlocal_cadre"])
F("nonlocal_cadre", 9, "có 9 đồng chí từ huyện về giữ chức vụ bí thư, phó bí thư đảng ủy, chủ tịch UBND xã",
  alt=["other"])
F("nonlocal_cadre", 4, "Hiện toàn huyện có 4/15 bí thư đảng ủy xã, thị trấn không phải là người địa phương",
  tot=15, per=None)
F("nonlocal_cadre", 6, "6 chủ tịch UBND xã là cán bộ được điều động từ nơi khác đến", per=None)
F("members_admitted", 11, "Đảng bộ xã kết nạp 11 đảng viên là người Mông", loc="xã Hang Kia", per=None)
F("villages_without_members", 2, "xóa được 2 bản “trắng” đảng viên", neg=True, alt=["other"],
  loc="xã Hang Kia", per=None)
F("secretary_is_chair", 3, "được thực hiện thí điểm ở 3 xã", alt=["pilot_orgs"], per=None)

D("hl3_009", "huyện Sìn Hồ", "Lai Châu", None, ["member_recruitment", "village_head_membership"])
F("villages_without_members", 15, "huyện Sìn Hồ còn mười lăm bản chưa có đảng viên", per="2021")
F("villages_without_members", 2, "toàn huyện chỉ còn hai bản chưa có đảng viên")
F("grassroots_orgs", 29, "Đảng bộ huyện hiện có 29 tổ chức cơ sở đảng")
F("party_members", 4310, "29 tổ chức cơ sở đảng với 4.310 đảng viên")
F("member_composition", 78, "đảng viên là người dân tộc thiểu số chiếm khoảng 78%", q="about", u="percent")
F("members_admitted", 612, "Giai đoạn 2021 - 2023, huyện kết nạp 612 đảng viên", per="2021-2023")
F("members_admitted", 205, "riêng năm 2023 kết nạp 205 đảng viên", per="2023")
F("village_head_is_member", 34, "34 đồng chí là trưởng bản, phó bản", alt=["member_composition", "members_admitted"],
  per="2023")
F("admin_units", 14, "Xã Làng Mô có 14 bản", loc="xã Làng Mô")
F("villages_with_cell", 13, "13 bản đã có chi bộ", tot=14, loc="xã Làng Mô")
F("party_members", 3, "mới có ba đảng viên", loc="bản Sì Choang")
F("village_head_is_member", 9, "Hiện 9/14 trưởng bản của xã là đảng viên", tot=14, loc="xã Làng Mô")
F("villages_without_members", 100, "đến hết năm 2025 có 100% bản có đảng viên", u="percent", neg=True,
  alt=["other"], kind="target", per="2025")
F("village_head_is_member", 95, "95% trưởng bản là đảng viên", u="percent", kind="target", per="2025")

D("hl3_010", "huyện Cầu Ngang", "Trà Vinh", "2024", ["member_recruitment", "mass_mobilization"])
F("party_badges", 86, "trao Huy hiệu Đảng đợt 3/2 năm 2024 cho 86 đảng viên")
F("party_badges", 2, "có 2 đồng chí nhận Huy hiệu 75 năm tuổi Đảng")
F("party_badges", 7, "7 đồng chí nhận Huy hiệu 60 năm")
F("party_badges", 19, "19 đồng chí nhận Huy hiệu 50 năm")
F("members_admitted", 12, "huyện trao quyết định kết nạp cho 12 quần chúng ưu tú")
F("member_composition", 5, "5 người là đồng bào Khmer", alt=["members_admitted"])
F("party_members", 5137, "Toàn Đảng bộ huyện hiện có 5.137 đảng viên", per=None)
F("grassroots_orgs", 37, "sinh hoạt tại 37 tổ chức cơ sở đảng", per=None)
F("member_composition", 23.6, "đảng viên người Khmer chiếm 23,6%", u="percent", per=None)
F("member_composition", 31, "đảng viên nữ chiếm 31%", u="percent", per=None)
F("members_admitted", 231, "Năm 2023, huyện kết nạp 231 đảng viên", per="2023")
F("members_admitted", 102.6, "kết nạp 231 đảng viên, đạt 102,6% chỉ tiêu", u="percent", per="2023")
F("other", 80, "hơn 80% dân số là đồng bào Khmer", q="over", u="percent", loc="xã Nhị Trường", per=None)
F("villages_with_cell", 14, "14/14 ấp đều có chi bộ", tot=14, loc="xã Nhị Trường", per=None)
F("other", 6, "6 vị sư sãi, achar tham gia vận động đồng bào", loc="xã Nhị Trường", per=None)
F("admin_units", 2, "Xã có 2 ấp đặc biệt khó khăn", alt=["other"], loc="xã Nhị Trường", per=None)

D("hl3_011", "huyện Hồng Dân", "Bạc Liêu", "2024", ["inspection_supervision", "weak_org_consolidation"])
F("members_admitted", 98, "toàn Đảng bộ kết nạp 98 đảng viên")
F("members_admitted", 57.6, "kết nạp 98 đảng viên, đạt 57,6% chỉ tiêu năm", u="percent")
F("other", 104, "chuyển đảng chính thức cho 104 đảng viên dự bị")
F("party_badges", 41, "đề nghị tặng Huy hiệu Đảng cho 41 đồng chí", alt=["other"])
F("members_admitted", 14, "- Đảng bộ thị trấn Ngan Dừa: 14 đảng viên", loc="thị trấn Ngan Dừa")
F("members_admitted", 11, "- Đảng bộ xã Ninh Quới A: 11 đảng viên", loc="xã Ninh Quới A")
F("members_admitted", 9, "- Đảng bộ xã Vĩnh Lộc: 9 đảng viên", loc="xã Vĩnh Lộc")
F("members_admitted", 3, "- Đảng bộ xã Lộc Ninh: 3 đảng viên", loc="xã Lộc Ninh")
F("party_members", 2906, "Hiện huyện có 2.906 đảng viên", per=None)
F("grassroots_orgs", 18, "2.906 đảng viên, 18 tổ chức cơ sở đảng", per=None)
F("party_committees", 9, "trong đó 9 đảng bộ xã, thị trấn", per=None)
F("villages_with_cell", 97, "Có 97/97 ấp, khóm đã có chi bộ", tot=97, per=None)
F("party_members", 15, "bình quân mỗi chi bộ ấp chỉ khoảng 15 đảng viên", q="about", alt=["other"], per=None)
F("inspections", 4, "Huyện ủy đã tổ chức 4 cuộc kiểm tra, giám sát")
F("inspections", 6, "4 cuộc kiểm tra, giám sát đối với 6 tổ chức đảng", alt=["other"])

D("hl3_012", "huyện Giồng Riềng", "Kiên Giang", "2025", ["personnel_planning", "secretary_village_head"])
F("other", 100, "chỉ đạo 100% chi bộ trực thuộc đảng ủy cơ sở hoàn thành đại hội", u="percent", kind="target",
  alt=["party_cells"])
F("other", 211, "đã có 211/236 chi bộ tổ chức xong đại hội", tot=236, alt=["party_cells"])
F("other", 89.4, "chi bộ tổ chức xong đại hội, chiếm 89,4%", u="percent", alt=["party_cells"])
F("other", 38, "có 38 bí thư chi bộ tái cử")
F("other", 19, "19 đồng chí lần đầu tham gia cấp ủy")
F("member_composition", 18, "cấp ủy viên nữ chiếm trên 18%", q="over", u="percent", alt=["other"])
F("member_composition", 21, "cấp ủy viên dưới 40 tuổi chiếm khoảng 21%", q="about", u="percent", alt=["other"])
F("secretary_is_village_head", 168, "Có 168 bí thư chi bộ ấp đồng thời là trưởng ấp", per=None)
F("secretary_is_village_head", 88.4, "đồng thời là trưởng ấp, đạt 88,4%", u="percent", per=None)
F("party_cells", 12, "tất cả 12 chi bộ ấp đều chọn được bí thư có uy tín", alt=["other"], loc="xã Thạnh Hưng")
F("admin_units", 19, "Huyện hiện có 19 xã, thị trấn", per=None)
F("admin_units", 190, "19 xã, thị trấn với 190 ấp, khu phố", per=None)

# --------------------------------------------------------------- post-merger
D("hl3_013", "xã Quỳnh Phụ", "Hưng Yên", None, ["leadership_merge", "meeting_quality", "member_recruitment"])
F("party_cells", 58, "Đảng bộ xã hiện có 58 chi bộ trực thuộc")
F("party_members", 3412, "58 chi bộ trực thuộc với 3.412 đảng viên")
F("party_cells", 31, "trong đó 31 chi bộ thôn")
F("party_cells", 19, "19 chi bộ trường học, trạm y tế")
F("party_cells", 8, "8 chi bộ cơ quan")
F("admin_units", 31, "Xã có 31 thôn, tổ dân phố")
F("other", 47, "Ban Chấp hành Đảng bộ xã lâm thời có 47 đồng chí")
F("other", 13, "Ban Thường vụ 13 đồng chí")
F("other", 100, "Đảng ủy đã kiện toàn 100% chi ủy", u="percent", per="2025")
F("cell_meetings", 58, "chỉ đạo 58/58 chi bộ sinh hoạt định kỳ", tot=58, per="2025")
F("members_admitted", 45, "Đảng ủy giao chỉ tiêu năm 2025 kết nạp 45 đảng viên", kind="target", per="2025")
F("members_admitted", 32, "9 tháng năm 2025 đã kết nạp 32 đảng viên", per="2025")
F("members_admitted", 71.1, "đã kết nạp 32 đảng viên, đạt 71,1% kế hoạch", u="percent", per="2025")
F("trainees", 100, "100% đảng viên được học tập, quán triệt Nghị quyết", u="percent", alt=["other"], per="2025")

D("hl3_014", "xã Lục Ngạn", "Bắc Ninh", None,
  ["secretary_village_head", "village_head_membership", "upper_level_attendance", "member_recruitment"])
F("admin_units", 41, "xã Lục Ngạn (tỉnh Bắc Ninh) có 41 thôn, tổ dân phố")
F("party_cells", 41, "kiện toàn 41 chi bộ thôn, tổ dân phố")
F("secretary_is_village_head", 36, "36 bí thư chi bộ đồng thời là trưởng thôn")
F("secretary_is_village_head", 5, "5 thôn chưa thực hiện nhất thể hóa", neg=True, alt=["other"])
F("village_head_is_member", 39, "Có 39/41 trưởng thôn là đảng viên", tot=41)
F("village_head_is_member", 2, "2 trưởng thôn chưa phải là đảng viên", neg=True)
F("households", 286, "Thôn Kim Sơn có 286 hộ", loc="thôn Kim Sơn")
F("party_members", 72, "286 hộ với 72 đảng viên", loc="thôn Kim Sơn")
F("income_per_capita", 68000000, "thu nhập bình quân đầu người của thôn đạt 68 triệu đồng", u="vnd",
  loc="thôn Kim Sơn", per="2024")
F("poverty_rate", 1.2, "tỷ lệ hộ nghèo còn 1,2%", u="percent", loc="thôn Kim Sơn", per="2024")
F("other", 15, "phân công 15 đảng ủy viên phụ trách các chi bộ")
F("other", 1, "dự sinh hoạt ít nhất 1 lần/tháng", q="over", alt=["cell_meetings"])
F("secretary_is_village_head", 100, "100% bí thư chi bộ thôn kiêm trưởng thôn", u="percent", kind="target",
  per="2025")

D("hl3_015", "phường Đồng Hới", "Quảng Trị", None, ["meeting_quality", "weak_org_consolidation"])
F("party_members", 6820, "Đảng bộ phường Đồng Hới hiện có 6.820 đảng viên")
F("party_cells", 97, "sinh hoạt ở 97 chi bộ")
F("party_cells", 64, "trong đó có 64 chi bộ tổ dân phố")
F("party_members", 60, "bình quân có từ 60 đến 90 đảng viên", vmax=90, alt=["other"])
F("pilot_orgs", 8, "Đảng ủy phường chọn 8 chi bộ làm điểm về sinh hoạt chuyên đề")
F("cell_meetings", 92, "92% chi bộ sinh hoạt đúng định kỳ", u="percent", per="2025")
F("other", 3, "3 chi bộ chưa bảo đảm nội dung", alt=["party_cells", "cell_meetings"], per="2025")
F("party_badges", 23, "trao Huy hiệu 40 năm tuổi Đảng cho 23 đảng viên", per="2025")
F("members_admitted", 57, "Từ đầu năm đến nay, phường kết nạp 57 đảng viên", per="2025")
F("member_composition", 18, "18 đảng viên là sinh viên, đoàn viên dưới 30 tuổi", alt=["members_admitted"], per="2025")
F("other", 1146, "Hiện có 1.146 đảng viên được miễn sinh hoạt, công tác", alt=["member_composition", "party_members"])

D("hl3_016", "xã Đồng Văn", "Tuyên Quang", None,
  ["member_recruitment", "mass_mobilization", "member_management", "village_head_membership"])
F("villages_without_members", 27, "toàn tỉnh hiện còn 27 thôn chưa có đảng viên", loc="tỉnh Tuyên Quang")
F("villages_with_cell", 61, "61 thôn chưa có chi bộ riêng, phải sinh hoạt ghép", neg=True, alt=["other"],
  loc="tỉnh Tuyên Quang")
F("admin_units", 40, "Xã Đồng Văn có 40 thôn")
F("party_members", 1108, "40 thôn, 1.108 đảng viên")
F("villages_without_members", 4, "4 thôn chưa có đảng viên")
F("other", 21, "giao cho 21 đảng viên là cán bộ, giáo viên, bộ đội biên phòng", alt=["member_composition"])
F("members_admitted", 26, "10 tháng năm 2025, xã kết nạp 26 đảng viên", per="2025")
F("member_composition", 24, "24 người dân tộc Mông", alt=["members_admitted"], per="2025")
F("other", 11, "tăng 11 đảng viên so với cùng kỳ năm 2024", alt=["members_admitted"], per="2025")
F("other", 16, "cấp ủy đã tổ chức 16 buổi tuyên truyền ở các thôn", loc="xã Mèo Vạc", per="2025")
F("other", 2000, "thu hút gần 2.000 lượt người dân tham gia", q="nearly", loc="xã Mèo Vạc", per="2025")
F("other", 5, "vận động 5 trưởng thôn đăng ký phấn đấu vào Đảng", alt=["village_head_is_member"],
  loc="xã Mèo Vạc", per="2025")

D("hl3_017", "xã Đầm Dơi", "Cà Mau", "2025", ["quality_rating", "inspection_supervision", "discipline"])
F("rating_excellent", 8, "trên tổng số 42 chi bộ trực thuộc có 8 chi bộ hoàn thành xuất sắc nhiệm vụ", tot=42)
F("rating_good_or_better", 30, "30 chi bộ hoàn thành tốt nhiệm vụ", tot=42)
F("other", 4, "4 chi bộ hoàn thành nhiệm vụ", tot=42)
F("party_members", 2174, "Trong 2.174 đảng viên được đánh giá", alt=["other"])
F("rating_excellent", 15, "có 15% hoàn thành xuất sắc nhiệm vụ", u="percent")
F("rating_good_or_better", 80, "gần 80% hoàn thành tốt nhiệm vụ", q="nearly", u="percent")
F("rating_failed", 11, "11 đảng viên không hoàn thành nhiệm vụ")
F("inspections", 6, "Ủy ban Kiểm tra Đảng ủy xã kiểm tra 6 chi bộ")
F("inspections", 18, "kiểm tra 6 chi bộ và 18 đảng viên", alt=["other"])
F("members_disciplined", 3, "xử lý kỷ luật 3 đảng viên bằng hình thức khiển trách")
F("members_disciplined", 1, "1 đảng viên bằng hình thức cảnh cáo")
F("rating_excellent", 20, "có ít nhất 20% chi bộ hoàn thành xuất sắc nhiệm vụ", q="over", u="percent",
  kind="target", per="2026")

D("hl3_018", "tỉnh Sơn La", "Sơn La", None, ["cadre_rotation", "leadership_merge", "training"])
F("other", 312, "đã điều động, luân chuyển 312 cán bộ", alt=["nonlocal_cadre"], per="2025")
F("admin_units", 75, "về công tác tại 75 xã, phường", per="2025")
F("nonlocal_cadre", 41, "Hiện có 41/75 bí thư đảng ủy xã, phường không phải người địa phương", tot=75)
F("cadre_qualification", 100, "100% chủ tịch UBND cấp xã có trình độ đại học trở lên", u="percent")
F("party_cells", 54, "Đảng bộ xã có 54 chi bộ", loc="xã Thuận Châu")
F("party_members", 3960, "54 chi bộ, 3.960 đảng viên", loc="xã Thuận Châu")
F("training_courses", 2, "Xã đã mở 2 lớp bồi dưỡng", loc="xã Thuận Châu")
F("trainees", 245, "cho 245 cán bộ, công chức và bí thư chi bộ", loc="xã Thuận Châu")
F("admin_units", 29, "Xã Mường É có 29 bản", loc="xã Mường É")
F("village_head_is_member", 6, "còn 6 bản có trưởng bản chưa là đảng viên", neg=True, loc="xã Mường É")
F("members_admitted", 19, "Trong năm 2025, xã kết nạp được 19 đảng viên", loc="xã Mường É", per="2025")
F("members_admitted", 70, "chưa đến 70% chỉ tiêu được giao", q="under", u="percent", loc="xã Mường É", per="2025")

D("hl3_019", "xã A Lưới 2", "Huế", None, ["mass_mobilization", "member_management", "seminars_models"])
F("admin_units", 3, "hợp nhất 3 xã cũ", alt=["other"])
F("admin_units", 17, "có 17 thôn với hơn 2.300 hộ")
F("households", 2300, "17 thôn với hơn 2.300 hộ", q="over")
F("other", 85, "đồng bào dân tộc Pa Kô, Tà Ôi chiếm gần 85% dân số", q="nearly", u="percent")
F("party_cells", 25, "Đảng bộ xã có 25 chi bộ")
F("party_members", 812, "25 chi bộ, 812 đảng viên")
F("member_composition", 71.2, "đảng viên là người dân tộc thiểu số chiếm 71,2%", u="percent")
F("other", 10, "mỗi đảng viên được phân công phụ trách từ 10 đến 15 hộ gia đình", vmax=15, alt=["households"])
F("other", 43, "vận động người dân tháo dỡ 43 nhà tạm")
F("poverty_rate", 14.6, "Tỷ lệ hộ nghèo của xã hiện còn 14,6%", u="percent")
F("other", 2.3, "giảm 2,3% so với cuối năm 2024", u="percent", alt=["poverty_rate"])
F("other", 100, "chỉ đạo 100% chi bộ tổ dân phố xây dựng ít nhất 1 mô hình", u="percent", kind="target",
  loc="phường Phong Điền")
F("other", 38, "đến nay phường có 38 mô hình được công nhận", loc="phường Phong Điền")
F("other", 6, "trong đó 6 mô hình cấp thành phố", loc="phường Phong Điền")

D("hl3_020", "xã Sao Vàng", "Thanh Hóa", None, ["personnel_planning", "member_recruitment"])
F("other", 180, "Về dự có 180 đại biểu")
F("party_members", 2965, "180 đại biểu đại diện cho 2.965 đảng viên")
F("party_cells", 46, "2.965 đảng viên của 46 chi bộ trực thuộc")
F("members_admitted", 214, "kết nạp tổng cộng 214 đảng viên", per="2020-2025")
F("rating_good_or_better", 85, "hằng năm có từ 85 – 90% tổ chức đảng hoàn thành tốt nhiệm vụ trở lên", vmax=90,
  u="percent", per="2020-2025")
F("villages_with_cell", 100, "100% thôn có chi bộ", u="percent")
F("secretary_is_village_head", 39, "39/41 bí thư chi bộ đồng thời là trưởng thôn", tot=41)
F("other", 18, "Đại hội đề ra 18 chỉ tiêu chủ yếu")
F("members_admitted", 50, "kết nạp bình quân mỗi năm từ 50 đảng viên trở lên", q="over", kind="target",
  per="2025-2030")
F("income_per_capita", 95000000, "thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng", u="vnd",
  kind="target", per="2030")
F("poverty_rate", 1, "tỷ lệ hộ nghèo giảm xuống dưới 1%", q="under", u="percent", kind="target", per="2030")
F("other", 33, "bầu Ban Chấp hành Đảng bộ xã gồm 33 đồng chí")
F("other", 21, "bầu 21 đại biểu đi dự Đại hội đại biểu Đảng bộ tỉnh")


def main():
    texts = {a["id"]: unicodedata.normalize("NFC", a["text"]) for a in ARTICLES}
    assert len(texts) == len(ARTICLES) == 20
    for a in ARTICLES:
        n = len(a["text"])
        assert 600 <= n <= 1000, (a["id"], n)
    bad = 0
    for g in GOLD:
        q = unicodedata.normalize("NFC", g["quote"])
        if q not in texts[g["doc"]]:
            print("QUOTE NOT FOUND", g["doc"], repr(g["quote"]))
            bad += 1
    assert set(PRACTICES) == set(texts)
    assert not bad, f"{bad} quotes not found"
    with open(OUT / "articles.jsonl", "w", encoding="utf-8") as f:
        for a in ARTICLES:
            rec = {"id": a["id"], "url": a["url"], "site": a["site"], "published": a["published"],
                   "text": unicodedata.normalize("NFC", a["text"])}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(OUT / "gold.jsonl", "w", encoding="utf-8") as f:
        for a in ARTICLES:
            for g in GOLD:
                if g["doc"] == a["id"]:
                    f.write(json.dumps(g, ensure_ascii=False) + "\n")
            f.write(json.dumps({"type": "practices", "doc": a["id"], "codes": PRACTICES[a["id"]]},
                               ensure_ascii=False) + "\n")
    pre = sum(1 for a in ARTICLES if a["published"] < "2025-07-01")
    print(f"{len(ARTICLES)} articles ({pre} pre-merger, {len(ARTICLES) - pre} post), "
          f"{len(GOLD)} figures, {len(PRACTICES)} practices records, "
          f"{sum(len(v) for v in PRACTICES.values())} practice codes")


if __name__ == "__main__":
    main()
