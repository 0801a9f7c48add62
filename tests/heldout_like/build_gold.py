# Part 1: articles ho001-ho012
A = []   # (id, url, site, published, text)
G = []   # gold figures
P = {}   # practices

def F(doc, ind, v, loc, prov, per, quote, alt=(), vm=None, q="exact", u="count", t=None, neg=False, k="actual"):
    G.append(dict(type="figure", doc=doc, indicator=ind, indicator_alt=list(alt), value=v, value_max=vm,
                  qualifier=q, unit=u, total=t, negated=neg, kind=k, locality=loc, province=prov,
                  period=per, quote=quote))

# ---------------------------------------------------------------- ho001
d = "ho001"
A.append((d, "https://baonghean.vn/quy-chau-127-dang-vien-duoc-tang-huy-hieu-dang-dot-3-2-10189542.html", "baonghean.vn", "2019-02-02",
"""Quỳ Châu: 127 đảng viên được tặng Huy hiệu Đảng đợt 3/2

(Baonghean.vn) - Sáng 2/2, Huyện ủy Quỳ Châu long trọng tổ chức lễ trao Huy hiệu Đảng đợt 3/2/2019 nhân kỷ niệm 89 năm Ngày thành lập Đảng Cộng sản Việt Nam.

Đợt này, toàn huyện có 127 đảng viên được tặng Huy hiệu Đảng, trong đó: 2 đồng chí nhận Huy hiệu 70 năm tuổi Đảng; 5 đồng chí nhận Huy hiệu 60 năm; 11 đồng chí nhận Huy hiệu 55 năm; 23 đồng chí nhận Huy hiệu 50 năm; còn lại là Huy hiệu 45, 40 và 30 năm tuổi Đảng. Riêng Đảng bộ xã Châu Bính có mười hai đảng viên được nhận Huy hiệu đợt này, nhiều nhất trong toàn huyện.

Đồng chí Bí thư Huyện ủy trao Huy hiệu 70 năm tuổi Đảng cho đảng viên Lang Văn Pục (bản Hạnh Tiến, xã Châu Hạnh). Ảnh: Công Kiên

Dịp này, Huyện ủy cũng tặng quà cho 15 đảng viên cao tuổi có hoàn cảnh khó khăn, mỗi suất quà trị giá 500 nghìn đồng. Phát biểu tại buổi lễ, đồng chí Bí thư Huyện ủy mong muốn các đảng viên tiếp tục phát huy vai trò gương mẫu, tham gia xây dựng chi bộ, đảng bộ trong sạch, vững mạnh.

Hiện Đảng bộ huyện Quỳ Châu có 32 tổ chức cơ sở đảng với trên 4.100 đảng viên.

Công Kiên"""))
L, Pv = "huyện Quỳ Châu", "Nghệ An"
F(d, "party_badges", 127, L, Pv, "2019", "toàn huyện có 127 đảng viên được tặng Huy hiệu Đảng")
F(d, "party_badges", 2, L, Pv, "2019", "2 đồng chí nhận Huy hiệu 70 năm tuổi Đảng")
F(d, "party_badges", 5, L, Pv, "2019", "5 đồng chí nhận Huy hiệu 60 năm")
F(d, "party_badges", 11, L, Pv, "2019", "11 đồng chí nhận Huy hiệu 55 năm")
F(d, "party_badges", 23, L, Pv, "2019", "23 đồng chí nhận Huy hiệu 50 năm")
F(d, "party_badges", 12, "xã Châu Bính", Pv, "2019", "Đảng bộ xã Châu Bính có mười hai đảng viên được nhận Huy hiệu đợt này")
F(d, "other", 15, L, Pv, "2019", "tặng quà cho 15 đảng viên cao tuổi có hoàn cảnh khó khăn")
F(d, "other", 500000, L, Pv, "2019", "mỗi suất quà trị giá 500 nghìn đồng", u="vnd")
F(d, "grassroots_orgs", 32, L, Pv, None, "Đảng bộ huyện Quỳ Châu có 32 tổ chức cơ sở đảng")
F(d, "party_members", 4100, L, Pv, None, "32 tổ chức cơ sở đảng với trên 4.100 đảng viên", q="over")
P[d] = []

# ---------------------------------------------------------------- ho002
d = "ho002"
A.append((d, "https://baoquangninh.vn/binh-lieu-100-bi-thu-chi-bo-kiem-truong-thon-khu-pho-3091882.html", "baoquangninh.vn", "2018-06-14",
"""Bình Liêu: 100% bí thư chi bộ kiêm trưởng thôn, khu phố

Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương (khóa XII) và Đề án số 25-ĐA/TU của Tỉnh ủy về nhất thể hóa một số chức danh, đến nay huyện Bình Liêu đã có 100% bí thư chi bộ thôn, khu phố kiêm trưởng thôn, khu phố.

Huyện Bình Liêu có 8 xã, thị trấn với 104 thôn, khu phố. Trước khi triển khai, toàn huyện mới có 61/104 bí thư chi bộ đồng thời là trưởng thôn. Qua kỳ bầu cử trưởng thôn, khu phố nhiệm kỳ 2018 - 2020 diễn ra trong tháng 4 vừa qua, 43 thôn, khu phố còn lại đã bầu bí thư chi bộ làm trưởng thôn với tỷ lệ phiếu bầu bình quân trên 90%.

Tại xã Húc Động, cả 9 thôn đều thực hiện mô hình này. Theo Bí thư Đảng ủy xã, việc nhất thể hóa giúp giảm 9 chức danh, mỗi năm tiết kiệm cho ngân sách khoảng 120 triệu đồng tiền phụ cấp.

Cùng với đó, Ban Thường vụ Huyện ủy chỉ đạo luân chuyển 3 cán bộ huyện về giữ chức bí thư đảng ủy xã; hiện có 5/8 bí thư đảng ủy xã, thị trấn không phải là người địa phương.

Thanh Hải"""))
L, Pv = "huyện Bình Liêu", "Quảng Ninh"
F(d, "secretary_is_village_head", 100, L, Pv, None, "huyện Bình Liêu đã có 100% bí thư chi bộ thôn, khu phố kiêm trưởng thôn, khu phố", u="percent")
F(d, "admin_units", 8, L, Pv, None, "Huyện Bình Liêu có 8 xã, thị trấn với 104 thôn, khu phố")
F(d, "admin_units", 104, L, Pv, None, "Huyện Bình Liêu có 8 xã, thị trấn với 104 thôn, khu phố")
F(d, "secretary_is_village_head", 61, L, Pv, None, "toàn huyện mới có 61/104 bí thư chi bộ đồng thời là trưởng thôn", t=104)
F(d, "secretary_is_village_head", 43, L, Pv, "2018", "43 thôn, khu phố còn lại đã bầu bí thư chi bộ làm trưởng thôn", alt=["other"])
F(d, "other", 90, L, Pv, "2018", "với tỷ lệ phiếu bầu bình quân trên 90%", q="over", u="percent")
F(d, "secretary_is_village_head", 9, "xã Húc Động", Pv, None, "Tại xã Húc Động, cả 9 thôn đều thực hiện mô hình này", alt=["admin_units"])
F(d, "other", 9, "xã Húc Động", Pv, None, "việc nhất thể hóa giúp giảm 9 chức danh")
F(d, "other", 120000000, "xã Húc Động", Pv, None, "mỗi năm tiết kiệm cho ngân sách khoảng 120 triệu đồng tiền phụ cấp", q="about", u="vnd")
F(d, "nonlocal_cadre", 3, L, Pv, None, "luân chuyển 3 cán bộ huyện về giữ chức bí thư đảng ủy xã", alt=["other"])
F(d, "nonlocal_cadre", 5, L, Pv, None, "hiện có 5/8 bí thư đảng ủy xã, thị trấn không phải là người địa phương", t=8)
P[d] = ["secretary_village_head", "cadre_rotation"]

# ---------------------------------------------------------------- ho003
d = "ho003"
A.append((d, "https://baothaibinh.com.vn/tin-tuc/4/171203/vu-thu-183-to-chuc-co-so-dang-hoan-thanh-xuat-sac-nhiem-vu", "baothaibinh.com.vn", "2023-01-10",
"""Vũ Thư: 18,3% tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ năm 2022

Theo Ban Tổ chức Huyện ủy Vũ Thư, kết quả đánh giá, xếp loại chất lượng năm 2022, toàn Đảng bộ huyện có 60 tổ chức cơ sở đảng được đánh giá. Trong đó, 11 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ, chiếm 18,3%; 44 tổ chức hoàn thành tốt nhiệm vụ, chiếm 73,3%; 4 tổ chức hoàn thành nhiệm vụ; 1 tổ chức không hoàn thành nhiệm vụ (Đảng bộ xã Song Lãng).

Đối với đảng viên, toàn huyện có 9.870 đảng viên được đánh giá; trong đó 1.402 đảng viên hoàn thành xuất sắc nhiệm vụ (14,2%), 7.911 đảng viên hoàn thành tốt nhiệm vụ, 461 đảng viên hoàn thành nhiệm vụ và 96 đảng viên không hoàn thành nhiệm vụ, chiếm 0,97%.

Năm 2022, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 8 tổ chức đảng và 14 đảng viên khi có dấu hiệu vi phạm; thi hành kỷ luật 12 đảng viên, trong đó khiển trách 7, cảnh cáo 3, khai trừ 2 đảng viên.

Ban Thường vụ Huyện ủy yêu cầu các cấp ủy khắc phục tình trạng đánh giá còn nể nang, chạy theo thành tích; gắn kết quả đánh giá, xếp loại với công tác cán bộ.

Minh Hương"""))
L, Pv, y = "huyện Vũ Thư", "Thái Bình", "2022"
F(d, "other", 60, L, Pv, y, "toàn Đảng bộ huyện có 60 tổ chức cơ sở đảng được đánh giá", alt=["grassroots_orgs"])
F(d, "rating_excellent", 11, L, Pv, y, "11 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ")
F(d, "rating_excellent", 18.3, L, Pv, y, "11 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ, chiếm 18,3%", u="percent")
F(d, "rating_good_or_better", 44, L, Pv, y, "44 tổ chức hoàn thành tốt nhiệm vụ", alt=["other"])
F(d, "rating_good_or_better", 73.3, L, Pv, y, "44 tổ chức hoàn thành tốt nhiệm vụ, chiếm 73,3%", alt=["other"], u="percent")
F(d, "other", 4, L, Pv, y, "4 tổ chức hoàn thành nhiệm vụ")
F(d, "rating_failed", 1, L, Pv, y, "1 tổ chức không hoàn thành nhiệm vụ (Đảng bộ xã Song Lãng)")
F(d, "other", 9870, L, Pv, y, "toàn huyện có 9.870 đảng viên được đánh giá", alt=["party_members"])
F(d, "rating_excellent", 1402, L, Pv, y, "1.402 đảng viên hoàn thành xuất sắc nhiệm vụ (14,2%)")
F(d, "rating_excellent", 14.2, L, Pv, y, "1.402 đảng viên hoàn thành xuất sắc nhiệm vụ (14,2%)", u="percent")
F(d, "rating_good_or_better", 7911, L, Pv, y, "7.911 đảng viên hoàn thành tốt nhiệm vụ", alt=["other"])
F(d, "other", 461, L, Pv, y, "461 đảng viên hoàn thành nhiệm vụ")
F(d, "rating_failed", 96, L, Pv, y, "96 đảng viên không hoàn thành nhiệm vụ")
F(d, "rating_failed", 0.97, L, Pv, y, "96 đảng viên không hoàn thành nhiệm vụ, chiếm 0,97%", u="percent")
F(d, "inspections", 8, L, Pv, y, "Ủy ban Kiểm tra Huyện ủy đã kiểm tra 8 tổ chức đảng")
F(d, "inspections", 14, L, Pv, y, "kiểm tra 8 tổ chức đảng và 14 đảng viên khi có dấu hiệu vi phạm")
F(d, "members_disciplined", 12, L, Pv, y, "thi hành kỷ luật 12 đảng viên")
F(d, "members_disciplined", 7, L, Pv, y, "trong đó khiển trách 7")
F(d, "members_disciplined", 3, L, Pv, y, "cảnh cáo 3")
F(d, "members_removed", 2, L, Pv, y, "khai trừ 2 đảng viên", alt=["members_disciplined"])
P[d] = ["quality_rating", "inspection_supervision", "discipline"]

# ---------------------------------------------------------------- ho004
d = "ho004"
A.append((d, "https://baobacninh.vn/gia-binh-trao-huy-hieu-dang-cho-84-dang-vien-dot-19-5-129870.html", "baobacninh.vn", "2021-05-19",
"""Gia Bình trao Huy hiệu Đảng cho 84 đảng viên đợt 19/5

Nhân kỷ niệm 131 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2021), Ban Thường vụ Tỉnh ủy quyết định tặng Huy hiệu Đảng cho 84 đảng viên thuộc Đảng bộ huyện Gia Bình, gồm: 1 đồng chí Huy hiệu 75 năm tuổi Đảng, 4 đồng chí Huy hiệu 65 năm, 9 đồng chí Huy hiệu 60 năm, 26 đồng chí Huy hiệu 50 năm, 18 đồng chí Huy hiệu 45 năm, 12 đồng chí Huy hiệu 40 năm và 14 đồng chí Huy hiệu 30 năm tuổi Đảng.

Tại thị trấn Gia Bình, lễ trao Huy hiệu được tổ chức lúc 8 giờ 30 phút tại Hội trường Đảng ủy cho 7 đồng chí.

Đồng chí Bí thư Huyện ủy trao Huy hiệu 65 năm tuổi Đảng cho đảng viên Nguyễn Văn Tư (thôn Đông Khê, xã Song Giang).

Cùng với việc tôn vinh đảng viên lâu năm, công tác phát triển đảng viên được Huyện ủy chú trọng. Từ đầu năm đến nay, Đảng bộ huyện đã kết nạp 95 đảng viên mới, đạt 52,8% chỉ tiêu năm. Toàn huyện phấn đấu kết nạp 180 đảng viên trong năm 2021.

Thu Phương"""))
L, Pv, y = "huyện Gia Bình", "Bắc Ninh", "2021"
F(d, "party_badges", 84, L, Pv, y, "tặng Huy hiệu Đảng cho 84 đảng viên thuộc Đảng bộ huyện Gia Bình")
for v, qt in [(1, "1 đồng chí Huy hiệu 75 năm tuổi Đảng"), (4, "4 đồng chí Huy hiệu 65 năm"), (9, "9 đồng chí Huy hiệu 60 năm"),
              (26, "26 đồng chí Huy hiệu 50 năm"), (18, "18 đồng chí Huy hiệu 45 năm"), (12, "12 đồng chí Huy hiệu 40 năm"),
              (14, "14 đồng chí Huy hiệu 30 năm tuổi Đảng")]:
    F(d, "party_badges", v, L, Pv, y, qt)
F(d, "party_badges", 7, "thị trấn Gia Bình", Pv, y, "Tại thị trấn Gia Bình, lễ trao Huy hiệu được tổ chức lúc 8 giờ 30 phút tại Hội trường Đảng ủy cho 7 đồng chí")
F(d, "members_admitted", 95, L, Pv, y, "Đảng bộ huyện đã kết nạp 95 đảng viên mới")
F(d, "members_admitted", 52.8, L, Pv, y, "kết nạp 95 đảng viên mới, đạt 52,8% chỉ tiêu năm", u="percent")
F(d, "members_admitted", 180, L, Pv, y, "Toàn huyện phấn đấu kết nạp 180 đảng viên trong năm 2021", k="target")
P[d] = ["member_recruitment"]

# ---------------------------------------------------------------- ho005
d = "ho005"
A.append((d, "https://baohagiang.vn/xay-dung-dang/201608/meo-vac-xoa-thon-trang-dang-vien-658123/", "baohagiang.vn", "2016-08-20",
"""Mèo Vạc xóa thôn “trắng” đảng viên

Đầu nhiệm kỳ 2015 - 2020, huyện Mèo Vạc còn 14 thôn, bản chưa có đảng viên, tập trung ở các xã Sơn Vĩ, Xín Cái, Thượng Phùng. Thực hiện Nghị quyết số 05-NQ/TU ngày 12/1/2016 của Tỉnh ủy, các chi bộ đã phân công đảng viên kèm cặp, giúp đỡ quần chúng ưu tú, tạo nguồn phát triển đảng viên.

Đến tháng 7/2016, huyện đã xóa được 9 thôn “trắng” đảng viên; hiện toàn huyện còn 5 thôn chưa có đảng viên và 2 thôn chưa có chi bộ. Xã Sơn Vĩ có 20 thôn thì 19 thôn đã có chi bộ.

Sáu tháng đầu năm 2016, Đảng bộ huyện kết nạp 62 đảng viên mới, trong đó 57 đảng viên là người dân tộc Mông, Dao; 21 đảng viên là nữ. Huyện phấn đấu đến cuối năm 2017 không còn thôn, bản trắng đảng viên.

Toàn huyện có 18 xã, thị trấn với 192 thôn, tổ dân phố; tỷ lệ hộ nghèo còn 51,6%.

Mai Thanh"""))
L, Pv = "huyện Mèo Vạc", "Hà Giang"
F(d, "villages_without_members", 14, L, Pv, "2015", "huyện Mèo Vạc còn 14 thôn, bản chưa có đảng viên")
F(d, "villages_without_members", 9, L, Pv, "2016", "huyện đã xóa được 9 thôn “trắng” đảng viên", alt=["other"])
F(d, "villages_without_members", 5, L, Pv, "2016", "hiện toàn huyện còn 5 thôn chưa có đảng viên")
F(d, "villages_with_cell", 2, L, Pv, "2016", "2 thôn chưa có chi bộ", neg=True)
F(d, "admin_units", 20, "xã Sơn Vĩ", Pv, "2016", "Xã Sơn Vĩ có 20 thôn thì 19 thôn đã có chi bộ")
F(d, "villages_with_cell", 19, "xã Sơn Vĩ", Pv, "2016", "Xã Sơn Vĩ có 20 thôn thì 19 thôn đã có chi bộ")
F(d, "members_admitted", 62, L, Pv, "2016", "Đảng bộ huyện kết nạp 62 đảng viên mới")
F(d, "member_composition", 57, L, Pv, "2016", "57 đảng viên là người dân tộc Mông, Dao", alt=["members_admitted"])
F(d, "member_composition", 21, L, Pv, "2016", "21 đảng viên là nữ", alt=["members_admitted"])
F(d, "admin_units", 18, L, Pv, None, "Toàn huyện có 18 xã, thị trấn với 192 thôn, tổ dân phố")
F(d, "admin_units", 192, L, Pv, None, "Toàn huyện có 18 xã, thị trấn với 192 thôn, tổ dân phố")
F(d, "poverty_rate", 51.6, L, Pv, None, "tỷ lệ hộ nghèo còn 51,6%", u="percent")
P[d] = ["member_recruitment"]

# ---------------------------------------------------------------- ho006
d = "ho006"
A.append((d, "https://baocamau.vn/uy-ban-kiem-tra-huyen-uy-tran-van-thoi-kiem-tra-27-to-chuc-dang-a112233.html", "baocamau.vn", "2020-12-28",
"""Ủy ban Kiểm tra Huyện ủy Trần Văn Thời: Kiểm tra 27 tổ chức đảng trong năm 2020

Năm 2020, cấp ủy, Ủy ban Kiểm tra (UBKT) các cấp trong Đảng bộ huyện Trần Văn Thời đã kiểm tra 27 tổ chức đảng và 63 đảng viên; giám sát chuyên đề 19 tổ chức đảng và 41 đảng viên. Qua kiểm tra, có 3 tổ chức đảng và 9 đảng viên có vi phạm đến mức phải xử lý kỷ luật.

Các cấp ủy đã thi hành kỷ luật 1 tổ chức đảng bằng hình thức khiển trách và 21 đảng viên (khiển trách 13, cảnh cáo 5, cách chức 1, khai trừ 2). Ngoài ra, các chi bộ đã xóa tên 6 đảng viên bỏ sinh hoạt đảng, vi phạm tư cách.

Tại Đảng bộ thị trấn Sông Đốc, qua kiểm tra tài chính đảng, phát hiện sai phạm hơn 150 triệu đồng, đã thu hồi nộp ngân sách.

Đồng chí Chủ nhiệm UBKT Huyện ủy cho biết, thời gian tới sẽ tập trung kiểm tra việc thực hiện Nghị quyết Trung ương 4 (khóa XII) gắn với Chỉ thị số 05-CT/TW; chọn từ 5 - 7 chi bộ ấp, khóm để giám sát thường xuyên. Người dân có thể phản ánh qua số điện thoại 0290.3895.127.

Hoàng Vũ"""))
L, Pv, y = "huyện Trần Văn Thời", "Cà Mau", "2020"
F(d, "inspections", 27, L, Pv, y, "đã kiểm tra 27 tổ chức đảng và 63 đảng viên")
F(d, "inspections", 63, L, Pv, y, "đã kiểm tra 27 tổ chức đảng và 63 đảng viên")
F(d, "inspections", 19, L, Pv, y, "giám sát chuyên đề 19 tổ chức đảng và 41 đảng viên")
F(d, "inspections", 41, L, Pv, y, "giám sát chuyên đề 19 tổ chức đảng và 41 đảng viên")
F(d, "other", 3, L, Pv, y, "có 3 tổ chức đảng và 9 đảng viên có vi phạm đến mức phải xử lý kỷ luật", alt=["members_disciplined"])
F(d, "other", 9, L, Pv, y, "có 3 tổ chức đảng và 9 đảng viên có vi phạm đến mức phải xử lý kỷ luật", alt=["members_disciplined"])
F(d, "members_disciplined", 1, L, Pv, y, "thi hành kỷ luật 1 tổ chức đảng bằng hình thức khiển trách")
F(d, "members_disciplined", 21, L, Pv, y, "và 21 đảng viên (khiển trách 13, cảnh cáo 5, cách chức 1, khai trừ 2)")
F(d, "members_disciplined", 13, L, Pv, y, "khiển trách 13")
F(d, "members_disciplined", 5, L, Pv, y, "cảnh cáo 5")
F(d, "members_disciplined", 1, L, Pv, y, "cách chức 1")
F(d, "members_removed", 2, L, Pv, y, "khai trừ 2", alt=["members_disciplined"])
F(d, "members_removed", 6, L, Pv, y, "các chi bộ đã xóa tên 6 đảng viên bỏ sinh hoạt đảng")
F(d, "other", 150000000, "thị trấn Sông Đốc", Pv, y, "phát hiện sai phạm hơn 150 triệu đồng", q="over", u="vnd")
F(d, "inspections", 5, L, Pv, None, "chọn từ 5 - 7 chi bộ ấp, khóm để giám sát thường xuyên", alt=["pilot_orgs", "other"], vm=7, k="target")
P[d] = ["inspection_supervision", "discipline"]

# ---------------------------------------------------------------- ho007
d = "ho007"
A.append((d, "https://baotayninh.vn/dai-hoi-dang-bo-xa-thai-binh-lan-thu-xii-nhiem-ky-2020-2025-a125678.html", "baotayninh.vn", "2020-07-20",
"""Đại hội Đảng bộ xã Thái Bình lần thứ XII, nhiệm kỳ 2020 - 2025

Ngày 18/7, Đảng bộ xã Thái Bình (huyện Châu Thành) tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2020 – 2025. Dự đại hội có 120 đại biểu chính thức, đại diện cho 236 đảng viên đang sinh hoạt tại 14 chi bộ trực thuộc.

Nhiệm kỳ 2015 – 2020, Đảng bộ xã đã lãnh đạo thực hiện đạt và vượt 15/17 chỉ tiêu nghị quyết đề ra. Thu nhập bình quân đầu người đạt 48 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 1,2%. Công tác xây dựng Đảng được chú trọng, 5 năm qua kết nạp 42 đảng viên, đạt 105% chỉ tiêu; hằng năm có trên 80% chi bộ hoàn thành tốt nhiệm vụ trở lên.

Nhiệm kỳ 2020 – 2025, Đảng bộ xã phấn đấu đến năm 2025 thu nhập bình quân đầu người đạt 65 triệu đồng; kết nạp từ 40 đến 45 đảng viên mới; giảm tỷ lệ hộ nghèo xuống dưới 1%.

Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa XII gồm 15 đồng chí; bầu 8 đại biểu chính thức và 1 đại biểu dự khuyết đi dự Đại hội Đảng bộ huyện Châu Thành lần thứ XII.

Thanh Tâm"""))
L, Pv = "xã Thái Bình", "Tây Ninh"
F(d, "other", 120, L, Pv, None, "Dự đại hội có 120 đại biểu chính thức")
F(d, "party_members", 236, L, Pv, None, "đại diện cho 236 đảng viên đang sinh hoạt tại 14 chi bộ trực thuộc")
F(d, "party_cells", 14, L, Pv, None, "236 đảng viên đang sinh hoạt tại 14 chi bộ trực thuộc")
F(d, "other", 15, L, Pv, "2015-2020", "thực hiện đạt và vượt 15/17 chỉ tiêu nghị quyết đề ra", t=17)
F(d, "income_per_capita", 48000000, L, Pv, "2015-2020", "Thu nhập bình quân đầu người đạt 48 triệu đồng/năm", u="vnd")
F(d, "poverty_rate", 1.2, L, Pv, "2015-2020", "tỷ lệ hộ nghèo giảm còn 1,2%", u="percent")
F(d, "members_admitted", 42, L, Pv, "2015-2020", "5 năm qua kết nạp 42 đảng viên")
F(d, "members_admitted", 105, L, Pv, "2015-2020", "kết nạp 42 đảng viên, đạt 105% chỉ tiêu", u="percent")
F(d, "rating_good_or_better", 80, L, Pv, "2015-2020", "hằng năm có trên 80% chi bộ hoàn thành tốt nhiệm vụ trở lên", q="over", u="percent")
F(d, "income_per_capita", 65000000, L, Pv, "2025", "phấn đấu đến năm 2025 thu nhập bình quân đầu người đạt 65 triệu đồng", u="vnd", k="target")
F(d, "members_admitted", 40, L, Pv, "2020-2025", "kết nạp từ 40 đến 45 đảng viên mới", vm=45, k="target")
F(d, "poverty_rate", 1, L, Pv, "2020-2025", "giảm tỷ lệ hộ nghèo xuống dưới 1%", q="under", u="percent", k="target")
F(d, "other", 15, L, Pv, "2020-2025", "bầu Ban Chấp hành Đảng bộ xã khóa XII gồm 15 đồng chí")
F(d, "other", 8, L, Pv, "2020-2025", "bầu 8 đại biểu chính thức và 1 đại biểu dự khuyết")
F(d, "other", 1, L, Pv, "2020-2025", "bầu 8 đại biểu chính thức và 1 đại biểu dự khuyết")
P[d] = []

# ---------------------------------------------------------------- ho008
d = "ho008"
A.append((d, "https://baobinhduong.vn/thuan-an-boi-duong-ly-luan-chinh-tri-cho-1-250-luot-can-bo-dang-vien-a301245.html", "baobinhduong.vn", "2023-09-15",
"""Thuận An: Bồi dưỡng lý luận chính trị cho 1.250 lượt cán bộ, đảng viên

Từ đầu năm 2023 đến nay, Trung tâm Chính trị TP.Thuận An đã phối hợp tổ chức 18 lớp đào tạo, bồi dưỡng với 1.250 lượt học viên tham gia. Trong đó có 4 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 312 học viên; 2 lớp bồi dưỡng nhận thức về Đảng với 185 quần chúng ưu tú; 3 lớp bồi dưỡng nghiệp vụ công tác Đảng cho bí thư, phó bí thư chi bộ khu phố; còn lại là các lớp cập nhật kiến thức.

Đặc biệt, lớp Trung cấp lý luận chính trị – hành chính hệ không tập trung khai giảng ngày 5/9 có 96 học viên, thời gian học 18 tháng.

Đến nay, 100% bí thư chi bộ khu phố trên địa bàn 10 phường, xã của thành phố đã qua bồi dưỡng nghiệp vụ; có 78% cán bộ chủ chốt cấp phường có trình độ trung cấp lý luận chính trị trở lên. Thành phố phấn đấu đến năm 2025 có 100% cán bộ, công chức phường đạt chuẩn về trình độ chuyên môn.

Phường Lái Thiêu hiện có 27 chi bộ trực thuộc với 612 đảng viên.

Kim Hà"""))
L, Pv, y = "thành phố Thuận An", "Bình Dương", "2023"
F(d, "training_courses", 18, L, Pv, y, "đã phối hợp tổ chức 18 lớp đào tạo, bồi dưỡng")
F(d, "trainees", 1250, L, Pv, y, "18 lớp đào tạo, bồi dưỡng với 1.250 lượt học viên tham gia")
F(d, "training_courses", 4, L, Pv, y, "có 4 lớp bồi dưỡng lý luận chính trị cho đảng viên mới")
F(d, "trainees", 312, L, Pv, y, "4 lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 312 học viên")
F(d, "training_courses", 2, L, Pv, y, "2 lớp bồi dưỡng nhận thức về Đảng")
F(d, "trainees", 185, L, Pv, y, "2 lớp bồi dưỡng nhận thức về Đảng với 185 quần chúng ưu tú")
F(d, "training_courses", 3, L, Pv, y, "3 lớp bồi dưỡng nghiệp vụ công tác Đảng cho bí thư, phó bí thư chi bộ khu phố")
F(d, "trainees", 96, L, Pv, y, "khai giảng ngày 5/9 có 96 học viên")
F(d, "trainees", 100, L, Pv, None, "100% bí thư chi bộ khu phố trên địa bàn 10 phường, xã của thành phố đã qua bồi dưỡng nghiệp vụ", u="percent")
F(d, "admin_units", 10, L, Pv, None, "trên địa bàn 10 phường, xã của thành phố")
F(d, "cadre_qualification", 78, L, Pv, None, "có 78% cán bộ chủ chốt cấp phường có trình độ trung cấp lý luận chính trị trở lên", u="percent")
F(d, "cadre_qualification", 100, L, Pv, "2025", "phấn đấu đến năm 2025 có 100% cán bộ, công chức phường đạt chuẩn về trình độ chuyên môn", u="percent", k="target")
F(d, "party_cells", 27, "phường Lái Thiêu", Pv, None, "Phường Lái Thiêu hiện có 27 chi bộ trực thuộc với 612 đảng viên")
F(d, "party_members", 612, "phường Lái Thiêu", Pv, None, "Phường Lái Thiêu hiện có 27 chi bộ trực thuộc với 612 đảng viên")
P[d] = ["training"]

# ---------------------------------------------------------------- ho009
d = "ho009"
A.append((d, "http://baolaichau.vn/chinh-tri/sin-ho-nang-cao-chat-luong-chi-bo-ban-4213", "baolaichau.vn", "2018-10-05",
"""Sìn Hồ nâng cao chất lượng chi bộ bản

Huyện Sìn Hồ hiện có 22 xã, thị trấn với 272 bản, khu phố. Toàn Đảng bộ huyện có 38 tổ chức cơ sở đảng, 4.672 đảng viên, trong đó đảng viên là người dân tộc thiểu số chiếm trên 80%.

Hiện nay, 100% bản đã có đảng viên, 262/272 bản có chi bộ; 10 bản còn sinh hoạt ghép. Trong số 272 trưởng bản, có 198 người là đảng viên, chiếm 72,8%; còn 74 trưởng bản chưa phải là đảng viên. Toàn huyện có 156 đồng chí bí thư chi bộ đồng thời là trưởng bản.

Xã Tả Phìn có 11 bản, nhưng đến nay mới có 4 trưởng bản là đảng viên. Theo Bí thư Đảng ủy xã, trình độ dân trí còn hạn chế, nhiều bản chưa có nguồn để kết nạp.

Tỷ lệ hộ nghèo toàn huyện năm 2017 là 43,5%; thu nhập bình quân đầu người đạt 18 triệu đồng/năm.

Huyện ủy đặt mục tiêu đến năm 2020 có 90% trưởng bản là đảng viên, mỗi năm kết nạp từ 250 đảng viên mới trở lên.

Quang Thái"""))
L, Pv = "huyện Sìn Hồ", "Lai Châu"
F(d, "admin_units", 22, L, Pv, None, "Huyện Sìn Hồ hiện có 22 xã, thị trấn với 272 bản, khu phố")
F(d, "admin_units", 272, L, Pv, None, "Huyện Sìn Hồ hiện có 22 xã, thị trấn với 272 bản, khu phố")
F(d, "grassroots_orgs", 38, L, Pv, None, "Toàn Đảng bộ huyện có 38 tổ chức cơ sở đảng, 4.672 đảng viên")
F(d, "party_members", 4672, L, Pv, None, "Toàn Đảng bộ huyện có 38 tổ chức cơ sở đảng, 4.672 đảng viên")
F(d, "member_composition", 80, L, Pv, None, "đảng viên là người dân tộc thiểu số chiếm trên 80%", q="over", u="percent")
F(d, "villages_without_members", 100, L, Pv, None, "100% bản đã có đảng viên", alt=["other"], u="percent", neg=True)
F(d, "villages_with_cell", 262, L, Pv, None, "262/272 bản có chi bộ", t=272)
F(d, "villages_with_cell", 10, L, Pv, None, "10 bản còn sinh hoạt ghép", alt=["other"], neg=True)
F(d, "village_head_is_member", 198, L, Pv, None, "Trong số 272 trưởng bản, có 198 người là đảng viên", t=272)
F(d, "village_head_is_member", 72.8, L, Pv, None, "có 198 người là đảng viên, chiếm 72,8%", u="percent")
F(d, "village_head_is_member", 74, L, Pv, None, "còn 74 trưởng bản chưa phải là đảng viên", neg=True)
F(d, "secretary_is_village_head", 156, L, Pv, None, "Toàn huyện có 156 đồng chí bí thư chi bộ đồng thời là trưởng bản")
F(d, "admin_units", 11, "xã Tả Phìn", Pv, None, "Xã Tả Phìn có 11 bản")
F(d, "village_head_is_member", 4, "xã Tả Phìn", Pv, None, "mới có 4 trưởng bản là đảng viên")
F(d, "poverty_rate", 43.5, L, Pv, "2017", "Tỷ lệ hộ nghèo toàn huyện năm 2017 là 43,5%", u="percent")
F(d, "income_per_capita", 18000000, L, Pv, "2017", "thu nhập bình quân đầu người đạt 18 triệu đồng/năm", u="vnd")
F(d, "village_head_is_member", 90, L, Pv, "2020", "đến năm 2020 có 90% trưởng bản là đảng viên", u="percent", k="target")
F(d, "members_admitted", 250, L, Pv, "2020", "mỗi năm kết nạp từ 250 đảng viên mới trở lên", q="over", k="target")
P[d] = ["village_head_membership", "secretary_village_head", "member_recruitment"]

# ---------------------------------------------------------------- ho010
d = "ho010"
A.append((d, "https://baoyenbai.com.vn/12/338765/Tram-Tau-ket-nap-112-dang-vien-vuot-chi-tieu-nam-2024.aspx", "baoyenbai.com.vn", "2024-12-20",
"""Trạm Tấu kết nạp 112 đảng viên, vượt chỉ tiêu năm 2024

Tính đến ngày 15/12/2024, Đảng bộ huyện Trạm Tấu đã kết nạp được 112 đảng viên mới, đạt 124,4% chỉ tiêu tỉnh giao, nâng tổng số đảng viên toàn huyện lên 2.431 đồng chí. Trong số đảng viên mới, có 98 đồng chí là người dân tộc Mông, 37 đồng chí là nữ và 12 đồng chí là học sinh Trường PTDT Nội trú THCS&THPT huyện.

Có 9/12 đảng bộ xã, thị trấn kết nạp vượt chỉ tiêu; đáng chú ý, Đảng bộ xã Xà Hồ kết nạp 16 đảng viên, đạt 160%; xã Pá Lau kết nạp mười đảng viên. Riêng Đảng bộ xã Bản Mù mới kết nạp 3 đảng viên, đạt 37,5% kế hoạch.

So với năm 2023, số đảng viên kết nạp tăng 19 đồng chí. Năm 2025, huyện phấn đấu kết nạp từ 100 đảng viên trở lên; 100% chi bộ thôn có đảng viên sinh hoạt tại chỗ.

Tuấn Anh"""))
L, Pv, y = "huyện Trạm Tấu", "Yên Bái", "2024"
F(d, "members_admitted", 112, L, Pv, y, "Đảng bộ huyện Trạm Tấu đã kết nạp được 112 đảng viên mới")
F(d, "members_admitted", 124.4, L, Pv, y, "đạt 124,4% chỉ tiêu tỉnh giao", u="percent")
F(d, "party_members", 2431, L, Pv, y, "nâng tổng số đảng viên toàn huyện lên 2.431 đồng chí")
F(d, "member_composition", 98, L, Pv, y, "có 98 đồng chí là người dân tộc Mông", alt=["members_admitted"])
F(d, "member_composition", 37, L, Pv, y, "37 đồng chí là nữ", alt=["members_admitted"])
F(d, "member_composition", 12, L, Pv, y, "12 đồng chí là học sinh Trường PTDT Nội trú THCS&THPT huyện", alt=["members_admitted"])
F(d, "other", 9, L, Pv, y, "Có 9/12 đảng bộ xã, thị trấn kết nạp vượt chỉ tiêu", alt=["party_committees", "members_admitted"], t=12)
F(d, "members_admitted", 16, "xã Xà Hồ", Pv, y, "Đảng bộ xã Xà Hồ kết nạp 16 đảng viên")
F(d, "members_admitted", 160, "xã Xà Hồ", Pv, y, "Đảng bộ xã Xà Hồ kết nạp 16 đảng viên, đạt 160%", u="percent")
F(d, "members_admitted", 10, "xã Pá Lau", Pv, y, "xã Pá Lau kết nạp mười đảng viên")
F(d, "members_admitted", 3, "xã Bản Mù", Pv, y, "Đảng bộ xã Bản Mù mới kết nạp 3 đảng viên")
F(d, "members_admitted", 37.5, "xã Bản Mù", Pv, y, "kết nạp 3 đảng viên, đạt 37,5% kế hoạch", u="percent")
F(d, "other", 19, L, Pv, y, "So với năm 2023, số đảng viên kết nạp tăng 19 đồng chí", alt=["members_admitted"])
F(d, "members_admitted", 100, L, Pv, "2025", "Năm 2025, huyện phấn đấu kết nạp từ 100 đảng viên trở lên", q="over", k="target")
F(d, "other", 100, L, Pv, "2025", "100% chi bộ thôn có đảng viên sinh hoạt tại chỗ", alt=["villages_with_cell"], u="percent", k="target")
P[d] = ["member_recruitment"]

# ---------------------------------------------------------------- ho011
d = "ho011"
A.append((d, "https://baohoabinh.com.vn/12/152233/Mai-Chau-bo-tri-bi-thu-cap-uy-khong-la-nguoi-dia-phuong.htm", "baohoabinh.com.vn", "2020-09-10",
"""Mai Châu: Bố trí bí thư cấp ủy không là người địa phương

Thực hiện chủ trương của Tỉnh ủy về bố trí bí thư cấp ủy cấp xã không là người địa phương, đến nay huyện Mai Châu đã bố trí được 6/16 bí thư đảng ủy xã, thị trấn không là người địa phương.

Trong năm 2019 và 8 tháng đầu năm 2020, Ban Thường vụ Huyện ủy đã luân chuyển 11 cán bộ từ huyện về cơ sở và từ xã này sang xã khác, trong đó có 4 đồng chí giữ chức bí thư đảng ủy, 2 đồng chí giữ chức chủ tịch UBND xã.

Đồng chí Hà Văn Thắng, nguyên Phó Trưởng ban Tổ chức Huyện ủy, được luân chuyển về làm Bí thư Đảng ủy xã Pà Cò từ tháng 3/2020. Sau gần 6 tháng, xã đã kết nạp 5 đảng viên mới, xóa được 1 bản “trắng” đảng viên. Xã Pà Cò hiện có 7 bản với 1.280 hộ, tỷ lệ hộ nghèo còn 38,7%.

Cùng với đó, huyện thực hiện thí điểm mô hình bí thư đảng ủy đồng thời là chủ tịch UBND xã tại 2 xã Tòng Đậu và Mai Hạ. Toàn huyện hiện có 13 bí thư đảng ủy xã, thị trấn đồng thời là chủ tịch HĐND.

Hồng Duyên"""))
L, Pv = "huyện Mai Châu", "Hòa Bình"
F(d, "nonlocal_cadre", 6, L, Pv, None, "huyện Mai Châu đã bố trí được 6/16 bí thư đảng ủy xã, thị trấn không là người địa phương", t=16)
F(d, "other", 11, L, Pv, "2019-2020", "Ban Thường vụ Huyện ủy đã luân chuyển 11 cán bộ từ huyện về cơ sở", alt=["nonlocal_cadre"])
F(d, "other", 4, L, Pv, "2019-2020", "trong đó có 4 đồng chí giữ chức bí thư đảng ủy", alt=["nonlocal_cadre"])
F(d, "other", 2, L, Pv, "2019-2020", "2 đồng chí giữ chức chủ tịch UBND xã", alt=["nonlocal_cadre"])
F(d, "members_admitted", 5, "xã Pà Cò", Pv, "2020", "xã đã kết nạp 5 đảng viên mới")
F(d, "villages_without_members", 1, "xã Pà Cò", Pv, "2020", "xóa được 1 bản “trắng” đảng viên", alt=["other"])
F(d, "admin_units", 7, "xã Pà Cò", Pv, None, "Xã Pà Cò hiện có 7 bản với 1.280 hộ")
F(d, "households", 1280, "xã Pà Cò", Pv, None, "Xã Pà Cò hiện có 7 bản với 1.280 hộ")
F(d, "poverty_rate", 38.7, "xã Pà Cò", Pv, None, "tỷ lệ hộ nghèo còn 38,7%", u="percent")
F(d, "pilot_orgs", 2, L, Pv, None, "thí điểm mô hình bí thư đảng ủy đồng thời là chủ tịch UBND xã tại 2 xã Tòng Đậu và Mai Hạ", alt=["secretary_is_chair"])
F(d, "secretary_is_chair", 13, L, Pv, None, "Toàn huyện hiện có 13 bí thư đảng ủy xã, thị trấn đồng thời là chủ tịch HĐND")
P[d] = ["cadre_rotation", "leadership_merge", "member_recruitment"]

# ---------------------------------------------------------------- ho012
d = "ho012"
A.append((d, "https://baoquangtri.vn/huong-hoa-nang-cao-chat-luong-sinh-hoat-chi-bo-88123.htm", "baoquangtri.vn", "2015-03-05",
"""Hướng Hóa nâng cao chất lượng sinh hoạt chi bộ

Năm 2014, 100% chi bộ trực thuộc các đảng bộ cơ sở ở huyện Hướng Hóa duy trì sinh hoạt định kỳ hằng tháng; có 142/156 chi bộ tổ chức sinh hoạt chuyên đề ít nhất 1 lần/quý, đạt 91%. Nếu như năm 2012, tỷ lệ đảng viên dự sinh hoạt chi bộ chỉ đạt khoảng 75% thì nay đã đạt trên 90%.

Huyện ủy phân công 35 huyện ủy viên, cán bộ các ban xây dựng Đảng phụ trách, dự sinh hoạt tại 58 chi bộ còn yếu, khó khăn ở vùng đồng bào Vân Kiều, Pa Kô. Bình quân mỗi năm, các chi bộ sinh hoạt từ 12 đến 15 kỳ.

Kết quả đánh giá năm 2014, toàn huyện có 48 tổ chức cơ sở đảng, trong đó 29 tổ chức đạt trong sạch, vững mạnh, 2 tổ chức yếu kém. Chi bộ bản Cu Dong (xã Ba Tầng) có 17 đảng viên, 3 năm liền đạt trong sạch, vững mạnh.

Nguyễn Vinh"""))
L, Pv = "huyện Hướng Hóa", "Quảng Trị"
F(d, "cell_meetings", 100, L, Pv, "2014", "100% chi bộ trực thuộc các đảng bộ cơ sở ở huyện Hướng Hóa duy trì sinh hoạt định kỳ hằng tháng", u="percent")
F(d, "cell_meetings", 142, L, Pv, "2014", "có 142/156 chi bộ tổ chức sinh hoạt chuyên đề ít nhất 1 lần/quý", t=156)
F(d, "cell_meetings", 91, L, Pv, "2014", "sinh hoạt chuyên đề ít nhất 1 lần/quý, đạt 91%", u="percent")
F(d, "other", 75, L, Pv, "2012", "tỷ lệ đảng viên dự sinh hoạt chi bộ chỉ đạt khoảng 75%", alt=["cell_meetings"], q="about", u="percent")
F(d, "other", 90, L, Pv, None, "thì nay đã đạt trên 90%", alt=["cell_meetings"], q="over", u="percent")
F(d, "other", 35, L, Pv, None, "Huyện ủy phân công 35 huyện ủy viên, cán bộ các ban xây dựng Đảng phụ trách")
F(d, "other", 58, L, Pv, None, "dự sinh hoạt tại 58 chi bộ còn yếu, khó khăn", alt=["pilot_orgs", "party_cells", "rating_failed"])
F(d, "cell_meetings", 12, L, Pv, None, "các chi bộ sinh hoạt từ 12 đến 15 kỳ", vm=15)
F(d, "grassroots_orgs", 48, L, Pv, "2014", "toàn huyện có 48 tổ chức cơ sở đảng")
F(d, "rating_good_or_better", 29, L, Pv, "2014", "29 tổ chức đạt trong sạch, vững mạnh")
F(d, "rating_failed", 2, L, Pv, "2014", "2 tổ chức yếu kém")
F(d, "party_members", 17, "bản Cu Dong", Pv, None, "Chi bộ bản Cu Dong (xã Ba Tầng) có 17 đảng viên")
P[d] = ["meeting_quality", "upper_level_attendance"]
# ---------------------------------------------------------------- ho013
d = "ho013"
A.append((d, "https://dangcongsan.vn/xay-dung-dang/son-la-phat-trien-dang-vien-o-ban-dac-biet-kho-khan-452310.html", "dangcongsan.vn", "2017-11-08",
"""Sơn La: Phát triển đảng viên ở bản đặc biệt khó khăn

(ĐCSVN) - Năm 2016, toàn Đảng bộ tỉnh Sơn La kết nạp 3.412 đảng viên, tỷ lệ kết nạp đạt 4,1% so với tổng số đảng viên đầu năm. Hiện Đảng bộ tỉnh có 17 đảng bộ trực thuộc, 575 tổ chức cơ sở đảng với hơn 84.000 đảng viên.

Toàn tỉnh có 3.225 bản, tiểu khu, tổ dân phố; trong đó còn 62 bản chưa có chi bộ, 14 bản chưa có đảng viên. Huyện Sốp Cộp là địa bàn khó khăn nhất: năm 2014 còn 21 bản chưa có đảng viên, nay chỉ còn hai bản.

Ở vùng thấp, nhiều chi bộ đã đổi mới nội dung sinh hoạt. Chi bộ tiểu khu 5, thị trấn Thuận Châu hiện có 46 đảng viên, duy trì sinh hoạt 12 kỳ/năm, mỗi quý có một kỳ sinh hoạt chuyên đề.

Tỉnh ủy Sơn La đặt mục tiêu mỗi năm kết nạp từ 3-4% đảng viên mới so với tổng số đảng viên; đến năm 2020 xóa hết bản “trắng” đảng viên.

Lò Hương"""))
L, Pv = "tỉnh Sơn La", "Sơn La"
F(d, "members_admitted", 3412, L, Pv, "2016", "toàn Đảng bộ tỉnh Sơn La kết nạp 3.412 đảng viên")
F(d, "members_admitted", 4.1, L, Pv, "2016", "tỷ lệ kết nạp đạt 4,1% so với tổng số đảng viên đầu năm", u="percent")
F(d, "party_committees", 17, L, Pv, None, "Hiện Đảng bộ tỉnh có 17 đảng bộ trực thuộc")
F(d, "grassroots_orgs", 575, L, Pv, None, "575 tổ chức cơ sở đảng với hơn 84.000 đảng viên")
F(d, "party_members", 84000, L, Pv, None, "575 tổ chức cơ sở đảng với hơn 84.000 đảng viên", q="over")
F(d, "admin_units", 3225, L, Pv, None, "Toàn tỉnh có 3.225 bản, tiểu khu, tổ dân phố")
F(d, "villages_with_cell", 62, L, Pv, None, "còn 62 bản chưa có chi bộ", neg=True)
F(d, "villages_without_members", 14, L, Pv, None, "14 bản chưa có đảng viên")
F(d, "villages_without_members", 21, "huyện Sốp Cộp", Pv, "2014", "năm 2014 còn 21 bản chưa có đảng viên")
F(d, "villages_without_members", 2, "huyện Sốp Cộp", Pv, None, "nay chỉ còn hai bản")
F(d, "party_members", 46, "tiểu khu 5", Pv, None, "Chi bộ tiểu khu 5, thị trấn Thuận Châu hiện có 46 đảng viên")
F(d, "cell_meetings", 12, "tiểu khu 5", Pv, None, "duy trì sinh hoạt 12 kỳ/năm")
F(d, "cell_meetings", 1, "tiểu khu 5", Pv, None, "mỗi quý có một kỳ sinh hoạt chuyên đề", alt=["other"])
F(d, "members_admitted", 3, L, Pv, None, "mỗi năm kết nạp từ 3-4% đảng viên mới so với tổng số đảng viên", vm=4, u="percent", k="target")
P[d] = ["member_recruitment", "meeting_quality"]

# ---------------------------------------------------------------- ho014
d = "ho014"
A.append((d, "https://www.xaydungdang.org.vn/co-so-dang/huong-khe-sap-xep-chi-bo-thon-sau-sap-nhap-17322", "xaydungdang.org.vn", "2022-06-20",
"""Hương Khê sắp xếp chi bộ thôn sau sáp nhập

Thực hiện Nghị quyết số 37-NQ/TW của Bộ Chính trị và Nghị quyết số 819/NQ-UBTVQH14 của Ủy ban Thường vụ Quốc hội, giai đoạn 2019 - 2021, huyện Hương Khê (Hà Tĩnh) đã giảm từ 22 xuống còn 20 xã, thị trấn; sáp nhập 213 thôn, tổ dân phố thành 146 thôn, tổ dân phố. Theo đó, số chi bộ thôn giảm 67 chi bộ.

Sau sắp xếp, Đảng bộ huyện có 45 tổ chức cơ sở đảng, 376 chi bộ trực thuộc và 8.950 đảng viên. Việc sáp nhập tạo ra những chi bộ đông đảng viên: chi bộ thôn Trung Hòa (xã Hương Trạch) có 112 đảng viên; hơn 30 chi bộ có trên 60 đảng viên.

Năm 2021, tỷ lệ chi bộ thôn có bí thư đồng thời là trưởng thôn đạt 87%; 100% thôn, tổ dân phố có trưởng thôn là đảng viên. Cũng trong năm 2021, có 96,5% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ.

Phan Trâm"""))
L, Pv = "huyện Hương Khê", "Hà Tĩnh"
F(d, "admin_units", 22, L, Pv, "2019-2021", "đã giảm từ 22 xuống còn 20 xã, thị trấn", alt=["other"])
F(d, "admin_units", 20, L, Pv, "2019-2021", "đã giảm từ 22 xuống còn 20 xã, thị trấn")
F(d, "admin_units", 213, L, Pv, "2019-2021", "sáp nhập 213 thôn, tổ dân phố thành 146 thôn, tổ dân phố", alt=["other"])
F(d, "admin_units", 146, L, Pv, "2019-2021", "sáp nhập 213 thôn, tổ dân phố thành 146 thôn, tổ dân phố")
F(d, "other", 67, L, Pv, "2019-2021", "số chi bộ thôn giảm 67 chi bộ", alt=["party_cells"])
F(d, "grassroots_orgs", 45, L, Pv, None, "Đảng bộ huyện có 45 tổ chức cơ sở đảng, 376 chi bộ trực thuộc và 8.950 đảng viên")
F(d, "party_cells", 376, L, Pv, None, "Đảng bộ huyện có 45 tổ chức cơ sở đảng, 376 chi bộ trực thuộc và 8.950 đảng viên")
F(d, "party_members", 8950, L, Pv, None, "Đảng bộ huyện có 45 tổ chức cơ sở đảng, 376 chi bộ trực thuộc và 8.950 đảng viên")
F(d, "party_members", 112, "thôn Trung Hòa", Pv, None, "chi bộ thôn Trung Hòa (xã Hương Trạch) có 112 đảng viên")
F(d, "other", 30, L, Pv, None, "hơn 30 chi bộ có trên 60 đảng viên", alt=["party_cells"], q="over")
F(d, "secretary_is_village_head", 87, L, Pv, "2021", "tỷ lệ chi bộ thôn có bí thư đồng thời là trưởng thôn đạt 87%", u="percent")
F(d, "village_head_is_member", 100, L, Pv, "2021", "100% thôn, tổ dân phố có trưởng thôn là đảng viên", u="percent")
F(d, "rating_good_or_better", 96.5, L, Pv, "2021", "có 96,5% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", u="percent")
P[d] = ["secretary_village_head"]

# ---------------------------------------------------------------- ho015
d = "ho015"
A.append((d, "https://baophutho.vn/dai-hoi-dang-bo-xa-tam-dao-lan-thu-i-nhiem-ky-2025-2030-237412.htm", "baophutho.vn", "2025-08-05",
"""Đại hội Đảng bộ xã Tam Đảo lần thứ I, nhiệm kỳ 2025 - 2030

Trong 2 ngày 4 - 5/8, Đảng bộ xã Tam Đảo, tỉnh Phú Thọ tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự Đại hội có 150 đại biểu chính thức, đại diện cho 1.236 đảng viên sinh hoạt tại 41 chi bộ trực thuộc.

Đảng bộ xã Tam Đảo được thành lập trên cơ sở sáp nhập 4 đơn vị hành chính: thị trấn Tam Đảo, thị trấn Hợp Châu, xã Hồ Sơn và xã Minh Quang thuộc huyện Tam Đảo (cũ).

Nhiệm kỳ 2020 - 2025, các chỉ tiêu chủ yếu đều đạt và vượt; thu nhập bình quân đầu người năm 2024 đạt 62,5 triệu đồng; tỷ lệ hộ nghèo theo chuẩn mới còn 2,1%. Trong 5 năm, các chi bộ kết nạp được 118 đảng viên; hằng năm có trên 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.

Đại hội đề ra mục tiêu đến năm 2030 thu nhập bình quân đầu người đạt trên 100 triệu đồng; mỗi năm kết nạp từ 25 đảng viên trở lên.

Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 27 đồng chí; bầu Đoàn đại biểu đi dự Đại hội Đảng bộ tỉnh Phú Thọ lần thứ XX gồm 5 đồng chí.

Minh Hiền"""))
L, Pv = "xã Tam Đảo", "Phú Thọ"
F(d, "other", 150, L, Pv, None, "Dự Đại hội có 150 đại biểu chính thức")
F(d, "party_members", 1236, L, Pv, None, "đại diện cho 1.236 đảng viên sinh hoạt tại 41 chi bộ trực thuộc")
F(d, "party_cells", 41, L, Pv, None, "1.236 đảng viên sinh hoạt tại 41 chi bộ trực thuộc")
F(d, "admin_units", 4, L, Pv, None, "được thành lập trên cơ sở sáp nhập 4 đơn vị hành chính")
F(d, "income_per_capita", 62500000, L, Pv, "2024", "thu nhập bình quân đầu người năm 2024 đạt 62,5 triệu đồng", u="vnd")
F(d, "poverty_rate", 2.1, L, Pv, "2020-2025", "tỷ lệ hộ nghèo theo chuẩn mới còn 2,1%", u="percent")
F(d, "members_admitted", 118, L, Pv, "2020-2025", "Trong 5 năm, các chi bộ kết nạp được 118 đảng viên")
F(d, "rating_good_or_better", 85, L, Pv, "2020-2025", "hằng năm có trên 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", q="over", u="percent")
F(d, "income_per_capita", 100000000, L, Pv, "2030", "đến năm 2030 thu nhập bình quân đầu người đạt trên 100 triệu đồng", q="over", u="vnd", k="target")
F(d, "members_admitted", 25, L, Pv, "2025-2030", "mỗi năm kết nạp từ 25 đảng viên trở lên", q="over", k="target")
F(d, "other", 27, L, Pv, "2025-2030", "bầu Ban Chấp hành Đảng bộ xã khóa I gồm 27 đồng chí")
F(d, "other", 5, L, Pv, "2025-2030", "Đại hội Đảng bộ tỉnh Phú Thọ lần thứ XX gồm 5 đồng chí")
P[d] = []

# ---------------------------------------------------------------- ho016
d = "ho016"
A.append((d, "https://baotuyenquang.com.vn/chinh-tri/xay-dung-dang/xa-dong-van-trao-huy-hieu-dang-dot-2-9-215530.html", "baotuyenquang.com.vn", "2025-09-01",
"""Xã Đồng Văn trao Huy hiệu Đảng đợt 2/9

Sáng 1/9, Đảng ủy xã Đồng Văn, tỉnh Tuyên Quang tổ chức lễ trao Huy hiệu Đảng đợt 2/9/2025 cho 9 đảng viên. Đây là đợt trao Huy hiệu Đảng đầu tiên kể từ khi xã Đồng Văn mới được thành lập trên cơ sở sáp nhập thị trấn Đồng Văn, các xã Thài Phìn Tủng, Tả Phìn, Tả Lủng (huyện Đồng Văn cũ) và xã Pải Lủng (huyện Mèo Vạc cũ).

Trong số đảng viên được nhận Huy hiệu đợt này, có 1 đồng chí nhận Huy hiệu 50 năm tuổi Đảng, 3 đồng chí nhận Huy hiệu 40 năm và 5 đồng chí nhận Huy hiệu 30 năm tuổi Đảng. Đảng viên nhận Huy hiệu 50 năm là đồng chí Vàng Mí Lử, nguyên Bí thư Đảng ủy xã Tả Phìn.

Hiện Đảng bộ xã Đồng Văn có 52 chi bộ trực thuộc với 1.140 đảng viên; toàn xã có 58 thôn, tổ dân phố, trong đó 3 thôn chưa có chi bộ riêng.

Dịp này, Đảng ủy xã cũng trao quyết định kết nạp Đảng cho hai quần chúng ưu tú.

Hoàng Bách"""))
L, Pv = "xã Đồng Văn", "Tuyên Quang"
F(d, "party_badges", 9, L, Pv, "2025", "tổ chức lễ trao Huy hiệu Đảng đợt 2/9/2025 cho 9 đảng viên")
F(d, "party_badges", 1, L, Pv, "2025", "có 1 đồng chí nhận Huy hiệu 50 năm tuổi Đảng")
F(d, "party_badges", 3, L, Pv, "2025", "3 đồng chí nhận Huy hiệu 40 năm")
F(d, "party_badges", 5, L, Pv, "2025", "5 đồng chí nhận Huy hiệu 30 năm tuổi Đảng")
F(d, "party_cells", 52, L, Pv, None, "Hiện Đảng bộ xã Đồng Văn có 52 chi bộ trực thuộc với 1.140 đảng viên")
F(d, "party_members", 1140, L, Pv, None, "Hiện Đảng bộ xã Đồng Văn có 52 chi bộ trực thuộc với 1.140 đảng viên")
F(d, "admin_units", 58, L, Pv, None, "toàn xã có 58 thôn, tổ dân phố")
F(d, "villages_with_cell", 3, L, Pv, None, "trong đó 3 thôn chưa có chi bộ riêng", neg=True)
F(d, "members_admitted", 2, L, Pv, "2025", "trao quyết định kết nạp Đảng cho hai quần chúng ưu tú")
P[d] = []

# ---------------------------------------------------------------- ho017
d = "ho017"
A.append((d, "https://baolaocai.vn/mu-cang-chai-day-manh-nhat-the-hoa-bi-thu-chi-bo-kiem-truong-thon-post412233.html", "baolaocai.vn", "2025-10-20",
"""Mù Cang Chải đẩy mạnh nhất thể hóa bí thư chi bộ kiêm trưởng thôn

Sau sắp xếp đơn vị hành chính, xã Mù Cang Chải (tỉnh Lào Cai) được thành lập trên cơ sở thị trấn Mù Cang Chải và các xã Mồ Dề, Chế Cu Nha, Kim Nọi của huyện Mù Cang Chải cũ. Đảng bộ xã hiện có 47 chi bộ, trong đó có 38 chi bộ thôn, tổ dân phố, với 986 đảng viên.

Theo Bí thư Đảng ủy xã Giàng A Chu, đến nay toàn xã có 31/38 bí thư chi bộ thôn, tổ dân phố đồng thời là trưởng thôn, đạt 81,6%; 7 thôn còn lại đang chuẩn bị nhân sự để thực hiện trong đợt bầu trưởng thôn sắp tới. 100% trưởng thôn, tổ trưởng tổ dân phố là đảng viên.

Chi bộ thôn Mồ Dề có 24 đảng viên. Đồng chí Sùng A Dê, Bí thư chi bộ kiêm trưởng thôn cho biết: từ khi thực hiện nhất thể hóa, chi bộ sinh hoạt đúng ngày 5 hằng tháng, tỷ lệ đảng viên dự sinh hoạt đạt trên 95%. Thu nhập bình quân của thôn năm 2024 đạt 28 triệu đồng/người; số hộ nghèo giảm còn 19 hộ.

Năm 2025, xã phấn đấu 100% bí thư chi bộ thôn kiêm trưởng thôn.

Thanh Ba"""))
L, Pv = "xã Mù Cang Chải", "Lào Cai"
F(d, "party_cells", 47, L, Pv, None, "Đảng bộ xã hiện có 47 chi bộ")
F(d, "party_cells", 38, L, Pv, None, "trong đó có 38 chi bộ thôn, tổ dân phố, với 986 đảng viên")
F(d, "party_members", 986, L, Pv, None, "38 chi bộ thôn, tổ dân phố, với 986 đảng viên")
F(d, "secretary_is_village_head", 31, L, Pv, None, "toàn xã có 31/38 bí thư chi bộ thôn, tổ dân phố đồng thời là trưởng thôn", t=38)
F(d, "secretary_is_village_head", 81.6, L, Pv, None, "đồng thời là trưởng thôn, đạt 81,6%", u="percent")
F(d, "secretary_is_village_head", 7, L, Pv, None, "7 thôn còn lại đang chuẩn bị nhân sự để thực hiện", alt=["other"], neg=True)
F(d, "village_head_is_member", 100, L, Pv, None, "100% trưởng thôn, tổ trưởng tổ dân phố là đảng viên", u="percent")
F(d, "party_members", 24, "thôn Mồ Dề", Pv, None, "Chi bộ thôn Mồ Dề có 24 đảng viên")
F(d, "cell_meetings", 95, "thôn Mồ Dề", Pv, None, "tỷ lệ đảng viên dự sinh hoạt đạt trên 95%", alt=["other"], q="over", u="percent")
F(d, "income_per_capita", 28000000, "thôn Mồ Dề", Pv, "2024", "Thu nhập bình quân của thôn năm 2024 đạt 28 triệu đồng/người", u="vnd")
F(d, "poverty_rate", 19, "thôn Mồ Dề", Pv, None, "số hộ nghèo giảm còn 19 hộ", alt=["households"])
F(d, "secretary_is_village_head", 100, L, Pv, "2025", "Năm 2025, xã phấn đấu 100% bí thư chi bộ thôn kiêm trưởng thôn", u="percent", k="target")
P[d] = ["secretary_village_head", "meeting_quality", "personnel_planning"]

# ---------------------------------------------------------------- ho018
d = "ho018"
A.append((d, "https://baobacninhtv.vn/dang-bo-xa-hiep-hoa-923-dang-vien-hoan-thanh-tot-nhiem-vu-tro-len-postid431120.bbg", "baobacninhtv.vn", "2026-01-14",
"""Đảng bộ xã Hiệp Hòa: 92,3% đảng viên hoàn thành tốt nhiệm vụ trở lên

Theo kết quả đánh giá, xếp loại chất lượng năm 2025, Đảng bộ xã Hiệp Hòa, tỉnh Bắc Ninh có 1.812 đảng viên được đánh giá, trong đó 248 đảng viên hoàn thành xuất sắc nhiệm vụ, 1.425 đảng viên hoàn thành tốt nhiệm vụ, 121 đảng viên hoàn thành nhiệm vụ và 18 đảng viên không hoàn thành nhiệm vụ. Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 92,3%.

Với tổ chức đảng, trong 53 chi bộ trực thuộc có 9 chi bộ hoàn thành xuất sắc nhiệm vụ, 40 chi bộ hoàn thành tốt nhiệm vụ, 4 chi bộ hoàn thành nhiệm vụ; không có chi bộ không hoàn thành nhiệm vụ.

Xã Hiệp Hòa được thành lập từ việc sáp nhập thị trấn Thắng và 4 xã Lương Phong, Danh Thắng, Đoan Bái, Đông Lỗ của huyện Hiệp Hòa (tỉnh Bắc Giang cũ). Sau sáp nhập, Đảng ủy xã đã rà soát, kiện toàn các chi bộ, giải thể 6 chi bộ cơ quan không còn phù hợp.

Năm 2026, Đảng bộ xã phấn đấu có trên 90% chi bộ hoàn thành tốt nhiệm vụ trở lên, kết nạp từ 60 đảng viên mới.

Ngọc Thúy"""))
L, Pv, y = "xã Hiệp Hòa", "Bắc Ninh", "2025"
F(d, "other", 1812, L, Pv, y, "có 1.812 đảng viên được đánh giá", alt=["party_members"])
F(d, "rating_excellent", 248, L, Pv, y, "248 đảng viên hoàn thành xuất sắc nhiệm vụ")
F(d, "rating_good_or_better", 1425, L, Pv, y, "1.425 đảng viên hoàn thành tốt nhiệm vụ", alt=["other"])
F(d, "other", 121, L, Pv, y, "121 đảng viên hoàn thành nhiệm vụ")
F(d, "rating_failed", 18, L, Pv, y, "18 đảng viên không hoàn thành nhiệm vụ")
F(d, "rating_good_or_better", 92.3, L, Pv, y, "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt 92,3%", u="percent")
F(d, "party_cells", 53, L, Pv, y, "trong 53 chi bộ trực thuộc có 9 chi bộ hoàn thành xuất sắc nhiệm vụ")
F(d, "rating_excellent", 9, L, Pv, y, "có 9 chi bộ hoàn thành xuất sắc nhiệm vụ", t=53)
F(d, "rating_good_or_better", 40, L, Pv, y, "40 chi bộ hoàn thành tốt nhiệm vụ", alt=["other"])
F(d, "other", 4, L, Pv, y, "4 chi bộ hoàn thành nhiệm vụ")
F(d, "admin_units", 4, L, Pv, None, "sáp nhập thị trấn Thắng và 4 xã Lương Phong, Danh Thắng, Đoan Bái, Đông Lỗ")
F(d, "other", 6, L, Pv, y, "giải thể 6 chi bộ cơ quan không còn phù hợp", alt=["party_cells"])
F(d, "rating_good_or_better", 90, L, Pv, "2026", "phấn đấu có trên 90% chi bộ hoàn thành tốt nhiệm vụ trở lên", q="over", u="percent", k="target")
F(d, "members_admitted", 60, L, Pv, "2026", "kết nạp từ 60 đảng viên mới", k="target")
P[d] = ["quality_rating"]
# ---------------------------------------------------------------- ho019
d = "ho019"
A.append((d, "https://baohungyen.vn/xa-vu-thu-ket-nap-35-dang-vien-moi-3187654.html", "baohungyen.vn", "2025-11-10",
"""Xã Vũ Thư kết nạp 35 đảng viên mới

Từ ngày 1/7/2025 đến nay, Đảng bộ xã Vũ Thư (tỉnh Hưng Yên) đã kết nạp 35 đảng viên mới, đạt 87,5% kế hoạch năm. Trong số đảng viên mới, có 11 đồng chí là đoàn viên thanh niên, 6 đồng chí là người lao động trong doanh nghiệp tư nhân, 2 đồng chí là người có đạo Thiên chúa.

Xã Vũ Thư được hình thành trên cơ sở sáp nhập thị trấn Vũ Thư và 5 xã Minh Khai, Dũng Nghĩa, Minh Quang, Tam Quang, Hòa Bình thuộc huyện Vũ Thư, tỉnh Thái Bình (cũ). Đảng bộ xã hiện có 74 chi bộ trực thuộc, 3.105 đảng viên; trong đó có 1.020 đảng viên được miễn sinh hoạt, công tác do tuổi cao, sức yếu.

Để tạo nguồn, Đảng ủy xã chỉ đạo các chi bộ rà soát, lập danh sách 96 quần chúng ưu tú; mở 2 lớp bồi dưỡng nhận thức về Đảng cho 128 học viên. Chi bộ thôn Tống Vũ kết nạp 3 đảng viên, là chi bộ có số đảng viên mới nhiều nhất.

Thu Hằng"""))
L, Pv, y = "xã Vũ Thư", "Hưng Yên", "2025"
F(d, "members_admitted", 35, L, Pv, y, "Đảng bộ xã Vũ Thư (tỉnh Hưng Yên) đã kết nạp 35 đảng viên mới")
F(d, "members_admitted", 87.5, L, Pv, y, "đạt 87,5% kế hoạch năm", u="percent")
F(d, "member_composition", 11, L, Pv, y, "có 11 đồng chí là đoàn viên thanh niên", alt=["members_admitted"])
F(d, "member_composition", 6, L, Pv, y, "6 đồng chí là người lao động trong doanh nghiệp tư nhân", alt=["members_admitted"])
F(d, "member_composition", 2, L, Pv, y, "2 đồng chí là người có đạo Thiên chúa", alt=["members_admitted"])
F(d, "admin_units", 5, L, Pv, None, "sáp nhập thị trấn Vũ Thư và 5 xã Minh Khai, Dũng Nghĩa, Minh Quang, Tam Quang, Hòa Bình")
F(d, "party_cells", 74, L, Pv, None, "Đảng bộ xã hiện có 74 chi bộ trực thuộc, 3.105 đảng viên")
F(d, "party_members", 3105, L, Pv, None, "Đảng bộ xã hiện có 74 chi bộ trực thuộc, 3.105 đảng viên")
F(d, "member_composition", 1020, L, Pv, None, "có 1.020 đảng viên được miễn sinh hoạt, công tác do tuổi cao, sức yếu", alt=["party_members"])
F(d, "other", 96, L, Pv, y, "lập danh sách 96 quần chúng ưu tú")
F(d, "training_courses", 2, L, Pv, y, "mở 2 lớp bồi dưỡng nhận thức về Đảng cho 128 học viên")
F(d, "trainees", 128, L, Pv, y, "mở 2 lớp bồi dưỡng nhận thức về Đảng cho 128 học viên")
F(d, "members_admitted", 3, "thôn Tống Vũ", Pv, y, "Chi bộ thôn Tống Vũ kết nạp 3 đảng viên")
P[d] = ["member_recruitment", "training"]

# ---------------------------------------------------------------- ho020
d = "ho020"
A.append((d, "https://baoninhbinh.org.vn/phuong-nam-dinh-boi-duong-nghiep-vu-cho-186-bi-thu-pho-bi-thu-chi-bo-d7012.html", "baoninhbinh.org.vn", "2025-12-05",
"""Phường Nam Định bồi dưỡng nghiệp vụ cho 186 bí thư, phó bí thư chi bộ

Từ ngày 2 đến 4/12, Đảng ủy phường Nam Định, tỉnh Ninh Bình tổ chức lớp bồi dưỡng nghiệp vụ công tác đảng cho 186 đồng chí bí thư, phó bí thư chi bộ và cấp ủy viên các chi bộ trực thuộc.

Phường Nam Định được thành lập từ 7 phường và 1 xã của thành phố Nam Định (cũ), là phường có quy mô dân số lớn nhất tỉnh với trên 118.000 người. Đảng bộ phường hiện có 112 chi bộ trực thuộc, gồm 68 chi bộ tổ dân phố và 44 chi bộ cơ quan, trường học, doanh nghiệp, với tổng số 6.420 đảng viên.

Trong 5 tháng hoạt động theo mô hình chính quyền địa phương 2 cấp, Ủy ban Kiểm tra Đảng ủy phường đã tiến hành 4 cuộc kiểm tra, giám sát đối với 12 chi bộ; nhắc nhở 3 chi bộ chậm nộp đảng phí.

Dự kiến năm 2026, phường sẽ mở từ 5 đến 6 lớp bồi dưỡng lý luận chính trị cho đảng viên mới và quần chúng cảm tình Đảng. Thông tin liên hệ: Văn phòng Đảng ủy phường, điện thoại 0228.3849.216.

Đức Trung"""))
L, Pv = "phường Nam Định", "Ninh Bình"
F(d, "trainees", 186, L, Pv, "2025", "tổ chức lớp bồi dưỡng nghiệp vụ công tác đảng cho 186 đồng chí bí thư, phó bí thư chi bộ")
F(d, "admin_units", 7, L, Pv, None, "Phường Nam Định được thành lập từ 7 phường và 1 xã")
F(d, "admin_units", 1, L, Pv, None, "Phường Nam Định được thành lập từ 7 phường và 1 xã")
F(d, "other", 118000, L, Pv, None, "với trên 118.000 người", q="over")
F(d, "party_cells", 112, L, Pv, None, "Đảng bộ phường hiện có 112 chi bộ trực thuộc")
F(d, "party_cells", 68, L, Pv, None, "gồm 68 chi bộ tổ dân phố")
F(d, "party_cells", 44, L, Pv, None, "44 chi bộ cơ quan, trường học, doanh nghiệp")
F(d, "party_members", 6420, L, Pv, None, "với tổng số 6.420 đảng viên")
F(d, "inspections", 4, L, Pv, "2025", "đã tiến hành 4 cuộc kiểm tra, giám sát đối với 12 chi bộ")
F(d, "inspections", 12, L, Pv, "2025", "đã tiến hành 4 cuộc kiểm tra, giám sát đối với 12 chi bộ", alt=["other"])
F(d, "other", 3, L, Pv, "2025", "nhắc nhở 3 chi bộ chậm nộp đảng phí", alt=["members_disciplined"])
F(d, "training_courses", 5, L, Pv, "2026", "phường sẽ mở từ 5 đến 6 lớp bồi dưỡng lý luận chính trị", vm=6, k="target")
P[d] = ["training", "inspection_supervision"]

# ---------------------------------------------------------------- ho021
d = "ho021"
A.append((d, "https://baotayninh.vn/xa-can-giuoc-64-dang-vien-duoc-trao-huy-hieu-dang-dot-3-2-a198877.html", "baotayninh.vn", "2026-02-03",
"""Xã Cần Giuộc: 64 đảng viên được trao Huy hiệu Đảng đợt 3/2

Nhân kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2026), sáng 2/2, Đảng ủy xã Cần Giuộc, tỉnh Tây Ninh tổ chức lễ trao Huy hiệu Đảng cho 64 đảng viên. Trong đó, có 2 đồng chí nhận Huy hiệu 75 năm tuổi Đảng, 1 đồng chí nhận Huy hiệu 70 năm, 8 đồng chí Huy hiệu 55 năm, 15 đồng chí Huy hiệu 45 năm, 17 đồng chí Huy hiệu 40 năm và 21 đồng chí Huy hiệu 30 năm tuổi Đảng.

Xã Cần Giuộc được thành lập trên cơ sở sáp nhập từ 3 xã, thị trấn: thị trấn Cần Giuộc, xã Long Hậu và xã Phước Lại thuộc huyện Cần Giuộc, tỉnh Long An (cũ). Hiện Đảng bộ xã có 3.890 đảng viên, sinh hoạt tại 61 chi bộ trực thuộc.

Cùng ngày, Đảng ủy xã tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025. Năm qua, Đảng bộ xã kết nạp 47 đảng viên, đạt 104,4% chỉ tiêu; tỷ lệ hộ nghèo còn 0,42%.

Minh Thư"""))
L, Pv = "xã Cần Giuộc", "Tây Ninh"
F(d, "party_badges", 64, L, Pv, "2026", "tổ chức lễ trao Huy hiệu Đảng cho 64 đảng viên")
for v, qt in [(2, "có 2 đồng chí nhận Huy hiệu 75 năm tuổi Đảng"), (1, "1 đồng chí nhận Huy hiệu 70 năm"), (8, "8 đồng chí Huy hiệu 55 năm"),
              (15, "15 đồng chí Huy hiệu 45 năm"), (17, "17 đồng chí Huy hiệu 40 năm"), (21, "21 đồng chí Huy hiệu 30 năm tuổi Đảng")]:
    F(d, "party_badges", v, L, Pv, "2026", qt)
F(d, "admin_units", 3, L, Pv, None, "sáp nhập từ 3 xã, thị trấn")
F(d, "party_members", 3890, L, Pv, None, "Hiện Đảng bộ xã có 3.890 đảng viên")
F(d, "party_cells", 61, L, Pv, None, "sinh hoạt tại 61 chi bộ trực thuộc")
F(d, "members_admitted", 47, L, Pv, "2025", "Đảng bộ xã kết nạp 47 đảng viên")
F(d, "members_admitted", 104.4, L, Pv, "2025", "kết nạp 47 đảng viên, đạt 104,4% chỉ tiêu", u="percent")
F(d, "poverty_rate", 0.42, L, Pv, "2025", "tỷ lệ hộ nghèo còn 0,42%", u="percent")
P[d] = []

# ---------------------------------------------------------------- ho022
d = "ho022"
A.append((d, "https://baocamau.vn/phuong-bac-lieu-thi-hanh-ky-luat-5-dang-vien-vi-pham-a401122.html", "baocamau.vn", "2025-08-20",
"""Phường Bạc Liêu: Thi hành kỷ luật 5 đảng viên vi phạm

Ngày 19/8, Ủy ban Kiểm tra Đảng ủy phường Bạc Liêu, tỉnh Cà Mau cho biết, từ khi thành lập Đảng bộ phường (1/7/2025) đến nay, UBKT đã tham mưu Đảng ủy thi hành kỷ luật 5 đảng viên vi phạm, trong đó khiển trách 3 đồng chí, cảnh cáo 1 đồng chí và khai trừ ra khỏi Đảng 1 đồng chí do vi phạm đạo đức, lối sống. Ngoài ra, các chi bộ đã đề nghị xóa tên 4 đảng viên tự ý bỏ sinh hoạt đảng quá 3 tháng không có lý do.

Đảng bộ phường Bạc Liêu được thành lập trên cơ sở hợp nhất Đảng bộ các phường 1, 2, 3, 7, 8 của thành phố Bạc Liêu (cũ), hiện có 58 tổ chức đảng trực thuộc với gần 3.200 đảng viên.

Trong 6 tháng cuối năm 2025, UBKT Đảng ủy phường xây dựng kế hoạch kiểm tra 8 chi bộ, giám sát chuyên đề 15 đảng viên là cấp ủy viên.

Trọng Nghĩa"""))
L, Pv, y = "phường Bạc Liêu", "Cà Mau", "2025"
F(d, "members_disciplined", 5, L, Pv, y, "thi hành kỷ luật 5 đảng viên vi phạm")
F(d, "members_disciplined", 3, L, Pv, y, "khiển trách 3 đồng chí")
F(d, "members_disciplined", 1, L, Pv, y, "cảnh cáo 1 đồng chí")
F(d, "members_removed", 1, L, Pv, y, "khai trừ ra khỏi Đảng 1 đồng chí", alt=["members_disciplined"])
F(d, "members_removed", 4, L, Pv, y, "các chi bộ đã đề nghị xóa tên 4 đảng viên tự ý bỏ sinh hoạt đảng")
F(d, "grassroots_orgs", 58, L, Pv, None, "hiện có 58 tổ chức đảng trực thuộc với gần 3.200 đảng viên", alt=["party_cells", "party_committees"])
F(d, "party_members", 3200, L, Pv, None, "58 tổ chức đảng trực thuộc với gần 3.200 đảng viên", q="nearly")
F(d, "inspections", 8, L, Pv, y, "xây dựng kế hoạch kiểm tra 8 chi bộ", k="target")
F(d, "inspections", 15, L, Pv, y, "giám sát chuyên đề 15 đảng viên là cấp ủy viên", k="target")
P[d] = ["discipline", "inspection_supervision"]

# ---------------------------------------------------------------- ho023
d = "ho023"
A.append((d, "https://baodongnai.com.vn/chinh-tri/202510/khai-mac-dai-hoi-dai-bieu-dang-bo-tinh-dong-nai-lan-thu-i-3198812/", "baodongnai.com.vn", "2025-10-01",
"""Khai mạc Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2025 - 2030

Sáng 1/10, tại Trung tâm Hội nghị tỉnh (phường Trấn Biên), Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2025 - 2030 long trọng khai mạc. Dự Đại hội có 450 đại biểu chính thức, đại diện cho gần 200.000 đảng viên sinh hoạt tại 26 đảng bộ trực thuộc.

Đảng bộ tỉnh Đồng Nai mới được thành lập trên cơ sở hợp nhất Đảng bộ tỉnh Đồng Nai và Đảng bộ tỉnh Bình Phước. Tỉnh có diện tích hơn 12.700 km2, dân số trên 4,4 triệu người, với 95 đơn vị hành chính cấp xã, gồm 23 phường và 72 xã.

Nhiệm kỳ 2020 - 2025, tốc độ tăng trưởng kinh tế bình quân của hai tỉnh đạt khoảng 7,5%/năm; tỷ lệ hộ nghèo theo chuẩn của tỉnh giảm còn dưới 0,5%. Toàn Đảng bộ kết nạp hơn 28.000 đảng viên.

Tại phường Đồng Xoài, trung tâm hành chính của tỉnh Bình Phước cũ, Đảng bộ phường hiện có 2.150 đảng viên.

Hạnh Dung"""))
L, Pv = "tỉnh Đồng Nai", "Đồng Nai"
F(d, "other", 450, L, Pv, None, "Dự Đại hội có 450 đại biểu chính thức")
F(d, "party_members", 200000, L, Pv, None, "đại diện cho gần 200.000 đảng viên", q="nearly")
F(d, "party_committees", 26, L, Pv, None, "sinh hoạt tại 26 đảng bộ trực thuộc")
F(d, "other", 12700, L, Pv, None, "Tỉnh có diện tích hơn 12.700 km2", q="over")
F(d, "other", 4400000, L, Pv, None, "dân số trên 4,4 triệu người", q="over")
F(d, "admin_units", 95, L, Pv, None, "với 95 đơn vị hành chính cấp xã")
F(d, "admin_units", 23, L, Pv, None, "gồm 23 phường và 72 xã")
F(d, "admin_units", 72, L, Pv, None, "gồm 23 phường và 72 xã")
F(d, "other", 7.5, L, Pv, "2020-2025", "tốc độ tăng trưởng kinh tế bình quân của hai tỉnh đạt khoảng 7,5%/năm", q="about", u="percent")
F(d, "poverty_rate", 0.5, L, Pv, "2020-2025", "tỷ lệ hộ nghèo theo chuẩn của tỉnh giảm còn dưới 0,5%", q="under", u="percent")
F(d, "members_admitted", 28000, L, Pv, "2020-2025", "Toàn Đảng bộ kết nạp hơn 28.000 đảng viên", q="over")
F(d, "party_members", 2150, "phường Đồng Xoài", Pv, None, "Đảng bộ phường hiện có 2.150 đảng viên")
P[d] = []

# ---------------------------------------------------------------- ho024
d = "ho024"
A.append((d, "https://baothainguyen.vn/xay-dung-dang/202603/phuong-duc-xuan-chi-bo-to-dan-pho-nang-chat-luong-sinh-hoat-a2209.html", "baothainguyen.vn", "2026-03-02",
"""Phường Đức Xuân: Chi bộ tổ dân phố nâng chất lượng sinh hoạt

Sau sắp xếp, phường Đức Xuân (tỉnh Thái Nguyên) được thành lập từ 3 phường Nguyễn Thị Minh Khai, Đức Xuân, Huyền Tụng của thành phố Bắc Kạn cũ. Đảng bộ phường hiện có 39 chi bộ, trong đó 27 chi bộ tổ dân phố, với 2.014 đảng viên.

Năm 2025, 100% chi bộ tổ dân phố duy trì sinh hoạt định kỳ vào ngày mùng 3 hằng tháng; mỗi quý sinh hoạt chuyên đề ít nhất 1 lần. Đảng ủy phường phân công 15 đồng chí đảng ủy viên trực tiếp dự sinh hoạt với các chi bộ. Chi bộ Tổ dân phố 10 hiện có 56 đảng viên, là chi bộ đông nhất phường.

Kết quả đánh giá năm 2025, có 35/39 chi bộ hoàn thành tốt nhiệm vụ trở lên; 1 chi bộ không hoàn thành nhiệm vụ. Năm 2026, Đảng ủy phường đặt mục tiêu kết nạp từ 30 đến 35 đảng viên, không để chi bộ yếu kém.

Bảo Ngọc"""))
L, Pv = "phường Đức Xuân", "Thái Nguyên"
F(d, "admin_units", 3, L, Pv, None, "được thành lập từ 3 phường Nguyễn Thị Minh Khai, Đức Xuân, Huyền Tụng")
F(d, "party_cells", 39, L, Pv, None, "Đảng bộ phường hiện có 39 chi bộ")
F(d, "party_cells", 27, L, Pv, None, "trong đó 27 chi bộ tổ dân phố, với 2.014 đảng viên")
F(d, "party_members", 2014, L, Pv, None, "27 chi bộ tổ dân phố, với 2.014 đảng viên")
F(d, "cell_meetings", 100, L, Pv, "2025", "100% chi bộ tổ dân phố duy trì sinh hoạt định kỳ vào ngày mùng 3 hằng tháng", u="percent")
F(d, "cell_meetings", 1, L, Pv, "2025", "mỗi quý sinh hoạt chuyên đề ít nhất 1 lần", alt=["other"], q="over")
F(d, "other", 15, L, Pv, "2025", "phân công 15 đồng chí đảng ủy viên trực tiếp dự sinh hoạt với các chi bộ")
F(d, "party_members", 56, "tổ dân phố 10", Pv, None, "Chi bộ Tổ dân phố 10 hiện có 56 đảng viên")
F(d, "rating_good_or_better", 35, L, Pv, "2025", "có 35/39 chi bộ hoàn thành tốt nhiệm vụ trở lên", t=39)
F(d, "rating_failed", 1, L, Pv, "2025", "1 chi bộ không hoàn thành nhiệm vụ")
F(d, "members_admitted", 30, L, Pv, "2026", "đặt mục tiêu kết nạp từ 30 đến 35 đảng viên", vm=35, k="target")
P[d] = ["meeting_quality", "upper_level_attendance", "quality_rating", "member_recruitment"]

# ---------------------------------------------------------------- ho025
d = "ho025"
A.append((d, "https://www.sggp.org.vn/phuong-thu-dau-mot-ket-nap-52-dang-vien-trong-nam-2025-post829901.html", "sggp.org.vn", "2025-12-12",
"""Phường Thủ Dầu Một kết nạp 52 đảng viên trong năm 2025

Ngày 11-12, Đảng ủy phường Thủ Dầu Một (TPHCM) tổ chức hội nghị sơ kết công tác phát triển đảng viên năm 2025. Từ đầu năm đến nay, Đảng bộ phường đã kết nạp 52 đảng viên, đạt 104% chỉ tiêu, trong đó có 19 đảng viên là công nhân lao động tại các doanh nghiệp ngoài nhà nước.

Phường Thủ Dầu Một được thành lập trên cơ sở sáp nhập 3 phường Phú Cường, Phú Thọ, Chánh Nghĩa của TP Thủ Dầu Một, tỉnh Bình Dương (cũ). Đảng bộ phường có 4.210 đảng viên, sinh hoạt tại 87 tổ chức đảng trực thuộc.

Tuy nhiên, vẫn còn 12 doanh nghiệp có đảng viên nhưng chưa thành lập được tổ chức đảng; 5 khu phố chưa kết nạp được đảng viên mới trong năm. Năm 2026, phường phấn đấu kết nạp ít nhất 55 đảng viên.

Quang Huy"""))
L, Pv, y = "phường Thủ Dầu Một", "Hồ Chí Minh", "2025"
F(d, "members_admitted", 52, L, Pv, y, "Đảng bộ phường đã kết nạp 52 đảng viên")
F(d, "members_admitted", 104, L, Pv, y, "kết nạp 52 đảng viên, đạt 104% chỉ tiêu", u="percent")
F(d, "member_composition", 19, L, Pv, y, "có 19 đảng viên là công nhân lao động tại các doanh nghiệp ngoài nhà nước", alt=["members_admitted"])
F(d, "admin_units", 3, L, Pv, None, "sáp nhập 3 phường Phú Cường, Phú Thọ, Chánh Nghĩa")
F(d, "party_members", 4210, L, Pv, None, "Đảng bộ phường có 4.210 đảng viên")
F(d, "grassroots_orgs", 87, L, Pv, None, "sinh hoạt tại 87 tổ chức đảng trực thuộc", alt=["party_cells", "party_committees"])
F(d, "other", 12, L, Pv, y, "vẫn còn 12 doanh nghiệp có đảng viên nhưng chưa thành lập được tổ chức đảng")
F(d, "other", 5, L, Pv, y, "5 khu phố chưa kết nạp được đảng viên mới trong năm", alt=["members_admitted"], neg=True)
F(d, "members_admitted", 55, L, Pv, "2026", "phường phấn đấu kết nạp ít nhất 55 đảng viên", q="over", k="target")
P[d] = ["member_recruitment"]

# ---------------------------------------------------------------- write
import json, os
out = os.path.dirname(os.path.abspath(__file__))
os.makedirs(out, exist_ok=True)
texts = {}
with open(f"{out}/articles.jsonl", "w", encoding="utf-8") as f:
    for (i, url, site, pub, text) in A:
        assert 400 <= len(text) <= 1500, (i, len(text))
        texts[i] = text
        rec = {"id": i, "url": url, "site": site}
        if pub: rec["published"] = pub
        rec["text"] = text
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
with open(f"{out}/gold.jsonl", "w", encoding="utf-8") as f:
    for g in G:
        assert g["quote"] in texts[g["doc"]], (g["doc"], g["quote"])
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
        
    for i in texts:
        f.write(json.dumps({"type": "practices", "doc": i, "codes": P[i]}, ensure_ascii=False) + "\n")
print(len(A), "articles", len(G), "figures", {i: len(t) for i, t in texts.items()})
