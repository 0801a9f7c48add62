"""Gold for heldout_like4.  Run: python3 src/gold.py  (from anywhere).

Checks the articles (15, 600-1000 characters), that every quote occurs in its
article, that every doc has a practices record, and rewrites
../articles.jsonl and ../gold.jsonl.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from articles import ARTICLES  # noqa: E402

INDICATORS = {
    "party_members", "grassroots_orgs", "party_committees", "party_cells", "admin_units",
    "members_admitted", "members_disciplined", "members_removed", "party_badges",
    "member_composition", "cadre_qualification", "trainees", "training_courses",
    "secretary_is_village_head", "village_head_is_member", "secretary_is_chair",
    "nonlocal_cadre", "villages_with_cell", "villages_without_members", "rating_excellent",
    "rating_good_or_better", "rating_failed", "cell_meetings", "inspections", "pilot_orgs",
    "households", "income_per_capita", "poverty_rate", "other",
}
PRACTICES = {
    "training", "personnel_planning", "inspection_supervision", "upper_level_attendance",
    "meeting_quality", "secretary_village_head", "village_head_membership",
    "member_recruitment", "cadre_rotation", "leadership_merge", "weak_org_consolidation",
    "quality_rating", "mass_mobilization", "member_management", "discipline", "seminars_models",
}

FIGS, PRACS = [], []
_ctx = {}
_UNSET = object()


def D(doc, locality, province, period=None, codes=()):
    """Start a document: default locality/province/period for its figures."""
    _ctx.clear()
    _ctx.update(doc=doc, locality=locality, province=province, period=period)
    PRACS.append({"type": "practices", "doc": doc, "codes": list(codes)})


def F(indicator, value, quote, alt=(), vmax=None, q="exact", unit="count", total=None,
      neg=False, kind="actual", loc=None, prov=None, period=_UNSET):
    FIGS.append({
        "type": "figure", "doc": _ctx["doc"], "indicator": indicator,
        "indicator_alt": list(alt), "value": value, "value_max": vmax, "qualifier": q,
        "unit": unit, "total": total, "negated": neg, "kind": kind,
        "locality": loc or _ctx["locality"], "province": prov or _ctx["province"],
        "period": _ctx["period"] if period is _UNSET else period, "quote": quote,
    })


P = "percent"

# ============================================================ pre-merger ===
# hl4_001 — school party cells, huyện Tam Dương (Vĩnh Phúc), 2024-05-14
D("hl4_001", "huyện Tam Dương", "Vĩnh Phúc", None, ["meeting_quality"])
F("party_cells", 24, "Đảng bộ huyện Tam Dương hiện có 24 chi bộ trường học")
F("party_members", 512, "với 512 đảng viên là cán bộ quản lý, giáo viên, nhân viên")
F("members_admitted", 37, "các chi bộ trường học kết nạp 37 đảng viên mới", period="2023")
F("member_composition", 9, "trong đó có 9 học sinh lớp 12", alt=["members_admitted"], period="2023")
F("party_members", 19, "Chi bộ Trường THCS Hợp Hòa có 19 đảng viên trên tổng số 46 cán bộ, giáo viên, nhân viên",
  total=46, loc="thị trấn Hợp Hòa")
F("cell_meetings", 1, "mỗi quý tổ chức 1 buổi sinh hoạt chuyên đề", loc="thị trấn Hợp Hòa")
F("other", 12, "trường có 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh",
  loc="thị trấn Hợp Hòa", period="2022-2023")
F("rating_good_or_better", 100, "100% chi bộ trường học được xếp loại hoàn thành tốt nhiệm vụ trở lên",
  unit=P, period="2023")
F("rating_excellent", 8, "trong đó 8 chi bộ hoàn thành xuất sắc nhiệm vụ", period="2023")

# hl4_002 — one village cell, thôn Pác Ngòi, xã Nam Mẫu, huyện Ba Bể (Bắc Kạn), 2024-09-10
D("hl4_002", "thôn Pác Ngòi", "Bắc Kạn", None,
  ["secretary_village_head", "meeting_quality", "member_management", "mass_mobilization"])
F("households", 98, "có 98 hộ, chủ yếu là đồng bào Tày")
F("party_members", 17, "Chi bộ thôn hiện có 17 đảng viên")
F("member_composition", 6, "trong đó 6 đảng viên nữ")
F("member_composition", 2, "2 đảng viên dưới 30 tuổi")
F("cell_meetings", 95, "tỷ lệ đảng viên dự sinh hoạt đạt trên 95%", alt=["other"], q="over", unit=P)
F("members_admitted", 3, "chi bộ kết nạp được ba đảng viên mới", period="2020-2024")
F("other", 26, "Thôn hiện có 26 homestay")
F("income_per_capita", 48000000, "thu nhập bình quân đầu người năm 2023 đạt 48 triệu đồng",
  unit="vnd", period="2023")
F("other", 17000000, "tăng 17 triệu đồng so với năm 2019", alt=["income_per_capita"],
  unit="vnd", period="2023")
F("households", 5, "phân công mỗi đảng viên phụ trách từ 5 – 7 hộ", alt=["other"], vmax=7)
F("poverty_rate", 2, "thôn chỉ còn 2 hộ nghèo", period="2023")
F("other", 4, "giảm 4 hộ so với năm 2021", alt=["poverty_rate"], period="2023")

# hl4_003 — interview, huyện Bình Liêu (Quảng Ninh), 2023-11-22
D("hl4_003", "huyện Bình Liêu", "Quảng Ninh", None,
  ["upper_level_attendance", "member_recruitment", "training"])
F("grassroots_orgs", 27, "Đảng bộ huyện hiện có 27 tổ chức cơ sở đảng")
F("party_cells", 185, "185 chi bộ trực thuộc")
F("party_members", 3200, "với gần 3.200 đảng viên", q="nearly")
F("other", 96, "Đồng bào dân tộc thiểu số chiếm hơn 96% dân số", q="over", unit=P)
F("member_composition", 85, "đảng viên người dân tộc thiểu số chiếm khoảng 85%", q="about", unit=P)
F("members_admitted", 412, "huyện kết nạp 412 đảng viên", period="2020-2023")
F("members_admitted", 103, "đạt 103% chỉ tiêu nghị quyết đại hội", unit=P, period="2020-2023")
F("villages_with_cell", 3, "huyện còn 3 thôn chưa có chi bộ riêng", neg=True, period="2020")
F("villages_with_cell", 100, "100% thôn, bản đã có chi bộ", unit=P)
F("training_courses", 2, "Huyện ủy mở 2 lớp bồi dưỡng lý luận chính trị cho đối tượng kết nạp Đảng")
F("trainees", 60, "mỗi lớp chừng 60 học viên", q="about")

# hl4_004 — dash table, huyện Cái Bè (Tiền Giang), 2024-03-08
D("hl4_004", "huyện Cái Bè", "Tiền Giang", "2023", [])
F("members_admitted", 286, "Đảng bộ huyện Cái Bè kết nạp 286 đảng viên")
F("members_admitted", 104, "đạt 104% chỉ tiêu Tỉnh ủy giao", unit=P)
F("other", 21, "tăng 21 đảng viên so với năm 2022", alt=["members_admitted"])
F("party_members", 7954, "Tổng số đảng viên toàn Đảng bộ huyện là 7.954 đồng chí")
F("grassroots_orgs", 52, "sinh hoạt ở 52 tổ chức cơ sở đảng")
F("members_admitted", 14, "- Đảng bộ xã Hậu Mỹ Bắc A: 14 đảng viên", loc="xã Hậu Mỹ Bắc A")
F("members_admitted", 12, "- Đảng bộ xã An Hữu: 12 đảng viên", loc="xã An Hữu")
F("members_admitted", 11, "- Đảng bộ xã Mỹ Đức Tây: 11 đảng viên", loc="xã Mỹ Đức Tây")
F("members_admitted", 9, "- Đảng bộ thị trấn Cái Bè: 9 đảng viên", loc="thị trấn Cái Bè")
F("other", 2, "vẫn còn 2 đảng bộ xã chưa đạt chỉ tiêu", alt=["party_committees", "members_admitted"], neg=True)
F("members_admitted", 60, "kết nạp chưa đến 60% kế hoạch", q="under", unit=P)
F("member_composition", 48, "có 48 đồng chí là đoàn viên ưu tú", alt=["members_admitted"])
F("member_composition", 17, "17 đồng chí là người có đạo", alt=["members_admitted"])
F("members_admitted", 1, "lần đầu kết nạp 1 đảng viên là chức sắc tôn giáo",
  alt=["member_composition"], loc="ấp 3")
F("members_admitted", 290, "kết nạp từ 290 đến 300 đảng viên", vmax=300, kind="target", period="2024")

# hl4_005 — party cells in private enterprises, huyện Dầu Tiếng (Bình Dương), 2023-07-19
D("hl4_005", "huyện Dầu Tiếng", "Bình Dương", None, ["member_recruitment"])
F("other", 620, "Toàn huyện Dầu Tiếng có khoảng 620 doanh nghiệp đang hoạt động", q="about")
F("other", 11, "mới có 11 doanh nghiệp ngoài nhà nước thành lập được chi bộ đảng", alt=["party_cells"])
F("party_members", 97, "với 97 đảng viên")
F("other", 1350, "Công ty có 1.350 lao động", loc="xã Minh Tân")
F("party_members", 15, "chi bộ có 15 đảng viên", loc="xã Minh Tân")
F("member_composition", 4, "trong đó 4 đồng chí giữ chức vụ quản lý", alt=["other"], loc="xã Minh Tân")
F("members_admitted", 3, "Năm 2022, chi bộ kết nạp 3 đảng viên là công nhân trực tiếp sản xuất",
  loc="xã Minh Tân", period="2022")
F("other", 9500000, "Thu nhập bình quân của người lao động đạt 9,5 triệu đồng/tháng",
  alt=["income_per_capita"], unit="vnd", loc="xã Minh Tân")
F("members_admitted", 26, "toàn huyện kết nạp 26 đảng viên là công nhân", period="2020-2022")
F("other", 40, "còn trên 40% doanh nghiệp có từ 30 lao động trở lên chưa có đảng viên",
  q="over", unit=P, neg=True)
F("other", 5, "phấn đấu đến năm 2025 thành lập mới thêm 5 chi bộ doanh nghiệp", alt=["party_cells"],
  kind="target", period="2025")

# hl4_006 — inspection commission, huyện Phụng Hiệp (Hậu Giang), 2025-04-02
D("hl4_006", "huyện Phụng Hiệp", "Hậu Giang", "2024", ["inspection_supervision", "discipline"])
F("inspections", 7, "kiểm tra khi có dấu hiệu vi phạm đối với 7 đảng viên")
F("inspections", 2, "7 đảng viên và 2 tổ chức đảng")
F("members_disciplined", 6, "kết luận 6 đảng viên có vi phạm đến mức phải xử lý kỷ luật", alt=["other"])
F("members_disciplined", 19, "đã thi hành kỷ luật 19 đảng viên")
F("members_disciplined", 11, "gồm khiển trách 11")
F("members_disciplined", 5, "cảnh cáo 5")
F("members_disciplined", 1, "cách chức 1")
F("members_removed", 2, "khai trừ 2", alt=["members_disciplined"])
F("other", 4, "giảm 4 trường hợp so với năm 2023", alt=["members_disciplined"])
F("inspections", 14, "giám sát chuyên đề 14 tổ chức đảng")
F("inspections", 23, "14 tổ chức đảng và 23 đảng viên")
F("members_disciplined", 2, "Đảng bộ xã Hòa An có 2 đảng viên bị xử lý kỷ luật", loc="xã Hòa An")
F("other", 3, "Ủy ban Kiểm tra Huyện ủy đã giải quyết 3 đơn tố cáo", alt=["inspections"], period="2025")
F("other", 100, "đạt 100% số đơn thuộc thẩm quyền", unit=P, period="2025")
F("members_removed", 8, "các chi bộ cũng đã xóa tên 8 đảng viên")

# =========================================================== post-merger ===
# hl4_007 — new commune's first 100 days, xã Thanh Hà (Hải Phòng), 2025-10-06
D("hl4_007", "xã Thanh Hà", "Hải Phòng", None,
  ["leadership_merge", "village_head_membership", "member_recruitment", "training",
   "upper_level_attendance"])
F("admin_units", 2, "được thành lập từ thị trấn Thanh Hà và 2 xã Thanh Tân, Thanh Sơn")
F("party_cells", 46, "Đảng bộ xã hiện có 46 chi bộ trực thuộc")
F("party_members", 2137, "với 2.137 đảng viên")
F("party_cells", 31, "trong đó 31 chi bộ thôn, khu dân cư")
F("other", 18, "Đảng ủy xã đã ban hành 18 văn bản chỉ đạo", period="2025")
F("other", 5, "kiện toàn 5 ban xây dựng Đảng", period="2025")
F("members_admitted", 12, "Đảng bộ xã kết nạp 12 đảng viên mới", period="2025")
F("party_badges", 29, "trao Huy hiệu Đảng cho 29 đảng viên", period="2025")
F("party_badges", 2, "trong đó có 2 đồng chí nhận Huy hiệu 70 năm tuổi Đảng", period="2025")
F("admin_units", 31, "Xã có 31 thôn, khu dân cư")
F("households", 14800, "với hơn 14.800 hộ", q="over")
F("village_head_is_member", 29, "đến nay 29/31 trưởng thôn là đảng viên", total=31)
F("village_head_is_member", 2, "Hai trưởng thôn còn lại chưa phải là đảng viên", alt=["other"], neg=True)
F("training_courses", 3, "Đảng ủy xã tổ chức 3 lớp bồi dưỡng nghiệp vụ", period="2025")
F("trainees", 247, "cho 247 lượt cán bộ, công chức sau sắp xếp", period="2025")

# hl4_008 — members working away / abroad, xã Ninh Hải (Khánh Hòa), 2025-09-18
D("hl4_008", "xã Ninh Hải", "Khánh Hòa", None, ["member_management"])
AWAY = ["member_composition", "party_members"]
F("party_members", 1086, "Đảng bộ xã Ninh Hải (tỉnh Khánh Hòa) có 1.086 đảng viên")
F("party_cells", 34, "sinh hoạt tại 34 chi bộ")
F("other", 73, "hiện có 73 đảng viên đi làm ăn xa", alt=AWAY)
F("other", 9, "trong đó 9 đảng viên đang lao động ở nước ngoài", alt=AWAY)
F("other", 11, "lần lượt là 11 và 8 đồng chí", alt=AWAY, loc="thôn Phương Cựu 1")
F("other", 8, "lần lượt là 11 và 8 đồng chí", alt=AWAY, loc="thôn Tri Thủy 2")
F("other", 64, "Đảng ủy xã đã giải quyết cho 64 đảng viên được miễn, tạm miễn sinh hoạt đảng", alt=AWAY)
F("other", 5, "5 đảng viên được giới thiệu sinh hoạt tạm thời ở nơi làm việc", alt=AWAY)
F("other", 4, "xã đã đưa 4 đảng viên đi làm ăn xa trở về sinh hoạt bình thường", alt=AWAY, period="2025")
F("other", 2, "vẫn còn 2 đảng viên chưa liên lạc được hơn 6 tháng", alt=AWAY, neg=True)

# hl4_009 — interview, xã Krông Pắc (Đắk Lắk), 2025-11-12
D("hl4_009", "xã Krông Pắc", "Đắk Lắk", None, ["member_recruitment"])
F("admin_units", 3, "thị trấn Phước An và 3 xã Ea Yông, Hòa An, Hòa Tiến")
F("party_cells", 58, "Đảng bộ xã có 58 chi bộ")
F("party_members", 2400, "với khoảng 2.400 đảng viên", q="about")
F("admin_units", 64, "quản lý 64 thôn, buôn, tổ dân phố")
F("admin_units", 12, "Trong số này có 12 buôn đồng bào Êđê")
F("other", 1, "mỗi năm phải giới thiệu ít nhất 1 quần chúng ưu tú", alt=["members_admitted"],
  q="over", kind="target")
F("members_admitted", 21, "xã kết nạp được 21 đảng viên", period="2025")
F("member_composition", 7, "trong đó 7 đảng viên là người Êđê", alt=["members_admitted"], period="2025")
F("villages_with_cell", 3, "còn 3 buôn chưa có chi bộ riêng", neg=True)
F("rating_good_or_better", 90, "Phấn đấu năm 2026 có trên 90% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên",
  q="over", unit=P, kind="target", period="2026")
F("members_admitted", 60, "kết nạp 60 đảng viên mới", kind="target", period="2026")

# hl4_010 — commune inspection commission, xã Tuy Phong (Lâm Đồng), 2025-12-03
D("hl4_010", "xã Tuy Phong", "Lâm Đồng", "2025", ["inspection_supervision", "discipline"])
F("other", 5, "Ủy ban Kiểm tra Đảng ủy xã Tuy Phong (tỉnh Lâm Đồng) có 5 thành viên", period=None)
F("other", 2, "trong đó 2 đồng chí chuyên trách", period=None)
F("inspections", 9, "đã kiểm tra 9 tổ chức đảng")
F("inspections", 16, "9 tổ chức đảng và 16 đảng viên")
F("inspections", 22, "giám sát thường xuyên 22 chi bộ")
F("inspections", 4, "Qua kiểm tra dấu hiệu vi phạm đối với 4 đảng viên")
F("members_disciplined", 3, "có 3 đảng viên vi phạm đến mức phải thi hành kỷ luật", alt=["other"])
F("members_disciplined", 2, "khiển trách 2 đảng viên")
F("members_disciplined", 1, "cảnh cáo 1 đảng viên")
F("other", 1200000, "phát hiện chênh lệch 1,2 triệu đồng", unit="vnd", loc="thôn 2", period=None)
F("inspections", 30, "năm 2026 sẽ kiểm tra ít nhất 30% số chi bộ trực thuộc", q="over", unit=P,
  kind="target", period="2026")

# hl4_011 — "Những con số ấn tượng" box, xã Đức Hòa (Tây Ninh), 2025-08-21
D("hl4_011", "xã Đức Hòa", "Tây Ninh", None,
  ["secretary_village_head", "member_management", "mass_mobilization", "weak_org_consolidation"])
F("party_members", 3021, "3.021: số đảng viên của Đảng bộ xã")
F("party_cells", 63, "63: số chi bộ trực thuộc")
F("party_cells", 28, "trong đó có 28 chi bộ ấp, khu phố")
F("members_admitted", 45, "45: số đảng viên được kết nạp trong 7 tháng năm 2025", period="2025")
F("members_admitted", 75, "đạt 75% chỉ tiêu cả năm", unit=P, period="2025")
F("secretary_is_village_head", 100,
  "100%: tỷ lệ bí thư chi bộ ấp, khu phố đồng thời là trưởng ấp, trưởng khu phố", unit=P)
F("households", 1200, "1.200: số hộ được đảng viên nhận đỡ đầu, giúp đỡ", alt=["other"])
F("other", 18, "18/28: số ấp, khu phố có mô hình", total=28)
F("party_badges", 2, "Xã hiện có 2 đảng viên được tặng Huy hiệu 75 năm tuổi Đảng")

# hl4_012 — one village cell, bản Dế Xu Phình, xã Mù Cang Chải (Lào Cai), 2025-10-27
D("hl4_012", "bản Dế Xu Phình", "Lào Cai", None,
  ["secretary_village_head", "meeting_quality", "member_management"])
F("households", 112, "có 112 hộ đồng bào Mông")
F("party_members", 4, "Năm 2019, bản mới có 4 đảng viên", period="2019")
F("party_members", 13, "chi bộ bản có 13 đảng viên")
F("member_composition", 3, "trong đó 3 đảng viên là nữ")
F("cell_meetings", 12, "Chi bộ duy trì sinh hoạt 12 kỳ/năm")
F("other", 3500, "bản đón khoảng 3.500 lượt khách", q="about", period="2025")
F("poverty_rate", 46, "Tỷ lệ hộ nghèo của bản giảm từ 46% năm 2020", unit=P, period="2020")
F("poverty_rate", 18, "xuống còn 18% năm 2025", unit=P, period="2025")
F("members_admitted", 2, "chi bộ kết nạp thêm hai đảng viên là người trẻ tuổi", period="2025")
F("households", 20, "Đảng viên trong chi bộ nhận giúp đỡ 20 hộ nghèo, cận nghèo",
  alt=["poverty_rate", "other"])

# hl4_013 — review of Directive 45 (cell congresses), xã Bình Gia (Lạng Sơn), 2025-09-30
D("hl4_013", "xã Bình Gia", "Lạng Sơn", "2025",
  ["personnel_planning", "secretary_village_head", "training", "seminars_models"])
F("other", 39, "đã chỉ đạo 39/39 chi bộ trực thuộc tổ chức đại hội nhiệm kỳ 2025 - 2027",
  alt=["party_cells"], total=39)
F("other", 35, "có 35 đồng chí bí thư chi bộ được bầu lại")
F("other", 4, "4 đồng chí lần đầu tham gia")
F("member_composition", 24.5, "Số cấp ủy viên là nữ chiếm 24,5%", unit=P)
F("other", 3.1, "tăng 3,1% so với nhiệm kỳ trước", alt=["member_composition"], unit=P)
F("secretary_is_village_head", 27, "27 chi bộ thực hiện mô hình bí thư chi bộ đồng thời là trưởng thôn")
F("secretary_is_village_head", 84.4, "đạt 84,4% số chi bộ thôn", unit=P)
F("training_courses", 2, "Đảng ủy xã tổ chức 2 lớp tập huấn nghiệp vụ công tác đại hội")
F("trainees", 156, "cho 156 học viên là bí thư, phó bí thư chi bộ")
F("party_members", 1417, "Tổng số đảng viên của Đảng bộ xã hiện là 1.417 đồng chí", period=None)
F("party_cells", 39, "thuộc 39 chi bộ", period=None)

# hl4_014 — six months of a merged commune, xã Sóc Sơn (Hà Nội), 2026-01-08
D("hl4_014", "xã Sóc Sơn", "Hà Nội", None, ["village_head_membership", "seminars_models"])
F("admin_units", 5, "thị trấn Sóc Sơn và 5 xã Phù Linh")
F("other", 120000, "Với khoảng 120 nghìn dân", q="about")
F("party_members", 5600, "Đảng bộ xã có hơn 5.600 đảng viên", q="over")
F("party_cells", 89, "sinh hoạt tại 89 chi bộ")
F("members_admitted", 38, "Sau 6 tháng, Đảng ủy xã kết nạp 38 đảng viên mới", period="2025")
F("members_admitted", 63, "đạt 63% kế hoạch năm 2025", unit=P, period="2025")
F("other", 4, "Xã đã tổ chức 4 hội nghị chuyên đề về chuyển đổi số trong công tác đảng", period="2025")
F("other", 100, "100% chi bộ sử dụng sổ tay đảng viên điện tử", unit=P)
F("rating_good_or_better", 81, "81/89 chi bộ đạt hoàn thành tốt nhiệm vụ trở lên", total=89, period="2025")
F("rating_failed", 2, "2 chi bộ không hoàn thành nhiệm vụ", period="2025")
F("rating_excellent", 216, "có 216 đảng viên được xếp loại hoàn thành xuất sắc nhiệm vụ", period="2025")
F("admin_units", 6, "tính gộp 6 đơn vị cũ", alt=["other"])
F("other", 3, "số chi bộ không hoàn thành nhiệm vụ giảm 3 chi bộ", alt=["rating_failed"], period="2025")
F("village_head_is_member", 7,
  "Toàn xã còn 7 tổ dân phố, thôn có trưởng thôn chưa phải là đảng viên trong tổng số 64 thôn, tổ dân phố",
  total=64, neg=True)
F("village_head_is_member", 100, "đến năm 2027, 100% trưởng thôn, tổ trưởng dân phố là đảng viên",
  unit=P, kind="target", period="2027")

# hl4_015 — cadre planning in a merged commune, xã Tân Lạc (Phú Thọ), 2025-12-19
D("hl4_015", "xã Tân Lạc", "Phú Thọ", None, ["personnel_planning", "cadre_rotation", "training"])
F("admin_units", 4, "thị trấn Mãn Đức và 4 xã Tử Nê, Thanh Hối, Ngọc Mỹ, Đông Lai")
F("party_members", 1932, "Đảng bộ xã có 1.932 đảng viên")
F("party_cells", 47, "47 chi bộ, trong đó 38 chi bộ xóm, khu phố")
F("party_cells", 38, "trong đó 38 chi bộ xóm, khu phố")
F("other", 52, "bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030 với 52 đồng chí", period="2025-2030")
F("member_composition", 30.8, "trong đó nữ chiếm 30,8%", alt=["other"], unit=P, period="2025-2030")
F("member_composition", 38.5, "dưới 40 tuổi chiếm 38,5%", alt=["other"], unit=P, period="2025-2030")
F("other", 6, "Có 6 cán bộ được luân chuyển từ xã về giữ chức bí thư chi bộ ở các xóm khó khăn",
  alt=["nonlocal_cadre"])
F("cadre_qualification", 100, "100% cán bộ chủ chốt của xã có trình độ đại học trở lên", unit=P)
F("cadre_qualification", 21, "21 đồng chí có trình độ cao cấp lý luận chính trị")
F("trainees", 45, "Đảng ủy xã cử 45 đồng chí đi học trung cấp lý luận chính trị trong năm 2025",
  alt=["cadre_qualification"], period="2025")
F("poverty_rate", 4.7, "Tỷ lệ hộ nghèo toàn xã cuối năm 2025 còn 4,7%", unit=P, period="2025")
F("other", 1.9, "giảm 1,9% so với năm 2024", alt=["poverty_rate"], unit=P, period="2025")
F("poverty_rate", 10, "Xóm Lục 3 là xóm duy nhất còn trên 10% hộ nghèo", q="over", unit=P,
  loc="xóm Lục 3", period="2025")


def main():
    assert len(ARTICLES) == 15, len(ARTICLES)
    texts = {}
    for a in ARTICLES:
        n = len(a["text"])
        assert 600 <= n <= 1000, (a["id"], n)
        assert a["id"] not in texts
        texts[a["id"]] = a["text"]
    for f in FIGS:
        assert f["indicator"] in INDICATORS, f
        assert all(x in INDICATORS for x in f["indicator_alt"]), f
        assert f["qualifier"] in {"exact", "over", "under", "nearly", "about"}, f
        assert f["unit"] in {"count", "percent", "vnd"}, f
        assert f["kind"] in {"actual", "target"}, f
        assert f["quote"] in texts[f["doc"]], (f["doc"], f["quote"])
    docs = {p["doc"] for p in PRACS}
    assert docs == set(texts), docs ^ set(texts)
    for p in PRACS:
        assert set(p["codes"]) <= PRACTICES, p
    with open(OUT / "articles.jsonl", "w", encoding="utf-8") as fh:
        for a in ARTICLES:
            rec = {k: a[k] for k in ("id", "url", "site", "published", "text")}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(OUT / "gold.jsonl", "w", encoding="utf-8") as fh:
        for a in ARTICLES:
            for f in FIGS:
                if f["doc"] == a["id"]:
                    fh.write(json.dumps(f, ensure_ascii=False) + "\n")
            for p in PRACS:
                if p["doc"] == a["id"]:
                    fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"{len(ARTICLES)} articles, {len(FIGS)} figures, {len(PRACS)} practices records, "
          f"{sum(len(p['codes']) for p in PRACS)} practice codes")


if __name__ == "__main__":
    main()
