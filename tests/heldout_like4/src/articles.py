"""Article excerpts for heldout_like4 (written for this set, not copied)."""

ARTICLES = [
# ---------------------------------------------------------------- pre-merger
dict(id="hl4_001", site="baovinhphuc.com.vn", published="2024-05-14",
     url="https://baovinhphuc.com.vn/xay-dung-dang/chi-bo-truong-hoc-hat-nhan-doi-moi-giao-duc-o-tam-duong-118764.htm",
     text="""Chi bộ trường học – hạt nhân đổi mới giáo dục ở Tam Dương

Đảng bộ huyện Tam Dương hiện có 24 chi bộ trường học với 512 đảng viên là cán bộ quản lý, giáo viên, nhân viên. Năm 2023, các chi bộ trường học kết nạp 37 đảng viên mới, trong đó có 9 học sinh lớp 12 của Trường THPT Tam Dương và Trường THPT Trần Hưng Đạo.

Chi bộ Trường THCS Hợp Hòa có 19 đảng viên trên tổng số 46 cán bộ, giáo viên, nhân viên. Chi bộ duy trì sinh hoạt thường kỳ vào ngày 3 hằng tháng, mỗi quý tổ chức 1 buổi sinh hoạt chuyên đề gắn với đổi mới phương pháp dạy học. Năm học 2022 - 2023, trường có 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh.

Đồng chí Bí thư Chi bộ, 47 tuổi, chia sẻ: "Sau 5 năm, số đảng viên của chi bộ đã tăng gấp đôi". Năm 2023, 100% chi bộ trường học được xếp loại hoàn thành tốt nhiệm vụ trở lên, trong đó 8 chi bộ hoàn thành xuất sắc nhiệm vụ.

Huyện ủy phấn đấu đến năm 2025 không còn trường học chưa có chi bộ độc lập."""),

dict(id="hl4_002", site="baobackan.vn", published="2024-09-10",
     url="https://baobackan.vn/xay-dung-dang/chi-bo-thon-pac-ngoi-nho-ma-vung-20240910.html",
     text="""Chi bộ thôn Pác Ngòi: nhỏ mà vững

Thôn Pác Ngòi, xã Nam Mẫu (huyện Ba Bể) nằm ven hồ Ba Bể, có 98 hộ, chủ yếu là đồng bào Tày. Chi bộ thôn hiện có 17 đảng viên, trong đó 6 đảng viên nữ và 2 đảng viên dưới 30 tuổi.

Bí thư Chi bộ Hoàng Văn Chiến, 52 tuổi, đồng thời là trưởng thôn, cho biết: chi bộ sinh hoạt cố định vào tối mùng 5 hằng tháng, tỷ lệ đảng viên dự sinh hoạt đạt trên 95%. Từ năm 2020 đến nay, chi bộ kết nạp được ba đảng viên mới, đều là đoàn viên thanh niên làm du lịch cộng đồng. Thôn hiện có 26 homestay; thu nhập bình quân đầu người năm 2023 đạt 48 triệu đồng, tăng 17 triệu đồng so với năm 2019.

Chi bộ phân công mỗi đảng viên phụ trách từ 5 – 7 hộ, vận động bà con giữ gìn vệ sinh môi trường hồ. Năm 2023, thôn chỉ còn 2 hộ nghèo, giảm 4 hộ so với năm 2021. Nhiều năm liền, Chi bộ thôn Pác Ngòi được xếp loại hoàn thành tốt nhiệm vụ."""),

dict(id="hl4_003", site="baoquangninh.vn", published="2023-11-22",
     url="https://baoquangninh.vn/binh-lieu-xay-dung-dang-vung-bien-3254187.html",
     text="""Bình Liêu: Xây dựng Đảng ở vùng biên

(QN) - Phóng viên có cuộc trao đổi với đồng chí Bí thư Huyện ủy Bình Liêu về công tác xây dựng Đảng ở huyện biên giới này.

- Thưa đồng chí, xin đồng chí cho biết một vài nét về tổ chức đảng của huyện?

- Đảng bộ huyện hiện có 27 tổ chức cơ sở đảng, 185 chi bộ trực thuộc với gần 3.200 đảng viên. Đồng bào dân tộc thiểu số chiếm hơn 96% dân số, nên đảng viên người dân tộc thiểu số chiếm khoảng 85%. Từ đầu nhiệm kỳ 2020 - 2025 đến nay, huyện kết nạp 412 đảng viên, đạt 103% chỉ tiêu nghị quyết đại hội.

- Việc xóa thôn "trắng" đảng viên đã được thực hiện thế nào?

- Năm 2020, huyện còn 3 thôn chưa có chi bộ riêng. Chúng tôi giao mỗi đồng chí Huyện ủy viên phụ trách một thôn, bám thôn, kèm cặp quần chúng. Đến nay, 100% thôn, bản đã có chi bộ. Mỗi năm, Huyện ủy mở 2 lớp bồi dưỡng lý luận chính trị cho đối tượng kết nạp Đảng, mỗi lớp chừng 60 học viên."""),

dict(id="hl4_004", site="baoapbac.vn", published="2024-03-08",
     url="https://baoapbac.vn/chinh-tri/202403/cai-be-ket-nap-dang-vien-nam-2023-1012345/",
     text="""Cái Bè: Kết nạp 286 đảng viên trong năm 2023

Năm 2023, Đảng bộ huyện Cái Bè kết nạp 286 đảng viên, đạt 104% chỉ tiêu Tỉnh ủy giao, tăng 21 đảng viên so với năm 2022. Tổng số đảng viên toàn Đảng bộ huyện là 7.954 đồng chí, sinh hoạt ở 52 tổ chức cơ sở đảng.

Một số đảng bộ xã có số kết nạp cao như sau:

- Đảng bộ xã Hậu Mỹ Bắc A: 14 đảng viên;
- Đảng bộ xã An Hữu: 12 đảng viên;
- Đảng bộ xã Mỹ Đức Tây: 11 đảng viên;
- Đảng bộ thị trấn Cái Bè: 9 đảng viên.

Ngược lại, vẫn còn 2 đảng bộ xã chưa đạt chỉ tiêu, kết nạp chưa đến 60% kế hoạch. Trong số đảng viên mới, có 48 đồng chí là đoàn viên ưu tú, 17 đồng chí là người có đạo. Riêng Chi bộ ấp 3, xã Mỹ Lợi A lần đầu kết nạp 1 đảng viên là chức sắc tôn giáo.

Huyện ủy đặt mục tiêu năm 2024 kết nạp từ 290 đến 300 đảng viên."""),

dict(id="hl4_005", site="baobinhduong.vn", published="2023-07-19",
     url="https://baobinhduong.vn/dau-tieng-xay-dung-dang-trong-doanh-nghiep-a301245.html",
     text="""Dầu Tiếng: Xây dựng tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước

Toàn huyện Dầu Tiếng có khoảng 620 doanh nghiệp đang hoạt động, nhưng mới có 11 doanh nghiệp ngoài nhà nước thành lập được chi bộ đảng, với 97 đảng viên.

Chi bộ Công ty TNHH Cao su Minh Tân (xã Minh Tân) là một điển hình. Công ty có 1.350 lao động, chi bộ có 15 đảng viên, trong đó 4 đồng chí giữ chức vụ quản lý. Năm 2022, chi bộ kết nạp 3 đảng viên là công nhân trực tiếp sản xuất. Thu nhập bình quân của người lao động đạt 9,5 triệu đồng/tháng.

Theo Ban Tổ chức Huyện ủy, giai đoạn 2020 - 2022, toàn huyện kết nạp 26 đảng viên là công nhân, lao động trong doanh nghiệp ngoài nhà nước. Tuy vậy, còn trên 40% doanh nghiệp có từ 30 lao động trở lên chưa có đảng viên.

Huyện ủy chỉ đạo các tổ chức đảng phối hợp với công đoàn nắm tình hình, phát hiện quần chúng ưu tú để bồi dưỡng, tạo nguồn kết nạp; phấn đấu đến năm 2025 thành lập mới thêm 5 chi bộ doanh nghiệp."""),

dict(id="hl4_006", site="baohaugiang.com.vn", published="2025-04-02",
     url="https://baohaugiang.com.vn/xay-dung-dang/phung-hiep-kiem-tra-giam-sat-quy-i-2025-142233.html",
     text="""Phụng Hiệp: Nâng cao hiệu quả công tác kiểm tra, giám sát

Năm 2024, Ủy ban Kiểm tra Huyện ủy Phụng Hiệp kiểm tra khi có dấu hiệu vi phạm đối với 7 đảng viên và 2 tổ chức đảng; qua kiểm tra, kết luận 6 đảng viên có vi phạm đến mức phải xử lý kỷ luật. Cấp ủy và ủy ban kiểm tra các cấp trong huyện đã thi hành kỷ luật 19 đảng viên, gồm khiển trách 11, cảnh cáo 5, cách chức 1, khai trừ 2, giảm 4 trường hợp so với năm 2023.

Ủy ban Kiểm tra Huyện ủy cũng tiến hành giám sát chuyên đề 14 tổ chức đảng và 23 đảng viên. Đảng bộ xã Hòa An có 2 đảng viên bị xử lý kỷ luật do vi phạm quy định về những điều đảng viên không được làm.

Theo Quy định số 22-QĐ/TW, ủy ban kiểm tra phải thông báo kết luận trong vòng 10 ngày. Quý I/2025, Ủy ban Kiểm tra Huyện ủy đã giải quyết 3 đơn tố cáo, đạt 100% số đơn thuộc thẩm quyền. Trong năm 2024, các chi bộ cũng đã xóa tên 8 đảng viên bỏ sinh hoạt đảng quá 3 tháng không có lý do."""),

# ---------------------------------------------------------------- post-merger
dict(id="hl4_007", site="baohaiphong.vn", published="2025-10-06",
     url="https://baohaiphong.vn/dang-bo-xa-thanh-ha-sau-100-ngay-van-hanh-524118.html",
     text="""Đảng bộ xã Thanh Hà sau 100 ngày vận hành

Xã Thanh Hà (thành phố Hải Phòng) được thành lập từ thị trấn Thanh Hà và 2 xã Thanh Tân, Thanh Sơn của huyện Thanh Hà (tỉnh Hải Dương cũ). Đảng bộ xã hiện có 46 chi bộ trực thuộc với 2.137 đảng viên, trong đó 31 chi bộ thôn, khu dân cư.

Ba tháng qua, Đảng ủy xã đã ban hành 18 văn bản chỉ đạo, kiện toàn 5 ban xây dựng Đảng. Bí thư Đảng ủy xã đồng thời là Chủ tịch HĐND xã. Trong quý III/2025, Đảng bộ xã kết nạp 12 đảng viên mới, trao Huy hiệu Đảng cho 29 đảng viên, trong đó có 2 đồng chí nhận Huy hiệu 70 năm tuổi Đảng.

Xã có 31 thôn, khu dân cư với hơn 14.800 hộ; đến nay 29/31 trưởng thôn là đảng viên. Hai trưởng thôn còn lại chưa phải là đảng viên, đang được chi bộ tạo nguồn để kết nạp trong năm 2026.

Đảng ủy xã tổ chức 3 lớp bồi dưỡng nghiệp vụ cho 247 lượt cán bộ, công chức sau sắp xếp, đồng thời phân công đảng ủy viên phụ trách, dự sinh hoạt định kỳ tại các chi bộ."""),

dict(id="hl4_008", site="baokhanhhoa.vn", published="2025-09-18",
     url="https://baokhanhhoa.vn/chinh-tri/202509/xa-ninh-hai-quan-ly-dang-vien-di-lam-an-xa-12f3a81/",
     text="""Xã Ninh Hải: Quản lý đảng viên đi làm ăn xa

Đảng bộ xã Ninh Hải (tỉnh Khánh Hòa) có 1.086 đảng viên sinh hoạt tại 34 chi bộ. Theo thống kê của Đảng ủy xã, hiện có 73 đảng viên đi làm ăn xa, trong đó 9 đảng viên đang lao động ở nước ngoài (Hàn Quốc, Nhật Bản, Đài Loan).

Các chi bộ thôn Phương Cựu 1 và Tri Thủy 2 có số đảng viên đi làm ăn xa nhiều nhất, lần lượt là 11 và 8 đồng chí. Đảng ủy xã đã giải quyết cho 64 đảng viên được miễn, tạm miễn sinh hoạt đảng; 5 đảng viên được giới thiệu sinh hoạt tạm thời ở nơi làm việc.

Đồng chí Phó Bí thư Thường trực Đảng ủy xã cho biết, mỗi chi bộ lập sổ theo dõi riêng, duy trì liên lạc qua nhóm Zalo ít nhất mỗi tháng một lần. Sau 3 tháng hoạt động theo mô hình chính quyền hai cấp, xã đã đưa 4 đảng viên đi làm ăn xa trở về sinh hoạt bình thường.

Tuy nhiên, vẫn còn 2 đảng viên chưa liên lạc được hơn 6 tháng, chi bộ đang xem xét đề nghị xóa tên theo quy định."""),

dict(id="hl4_009", site="baodaklak.vn", published="2025-11-12",
     url="https://baodaklak.vn/chinh-tri/202511/bi-thu-dang-uy-xa-krong-pac-lay-dan-lam-goc-a3c91f2/",
     text="""Bí thư Đảng ủy xã Krông Pắc: "Lấy dân làm gốc"

PV: Xin đồng chí cho biết quy mô Đảng bộ xã Krông Pắc sau sáp nhập?

Bí thư Đảng ủy xã: Xã Krông Pắc được hợp nhất từ thị trấn Phước An và 3 xã Ea Yông, Hòa An, Hòa Tiến. Đảng bộ xã có 58 chi bộ với khoảng 2.400 đảng viên, quản lý 64 thôn, buôn, tổ dân phố. Trong số này có 12 buôn đồng bào Êđê.

PV: Xã làm gì để phát triển đảng viên trong buôn làng?

Bí thư Đảng ủy xã: Chúng tôi giao chỉ tiêu cho từng chi bộ, mỗi năm phải giới thiệu ít nhất 1 quần chúng ưu tú. Từ tháng 7 đến tháng 10 năm 2025, xã kết nạp được 21 đảng viên, trong đó 7 đảng viên là người Êđê. Hiện nay xã không còn buôn nào chưa có đảng viên, nhưng còn 3 buôn chưa có chi bộ riêng, đang sinh hoạt ghép.

PV: Còn mục tiêu thời gian tới?

Bí thư Đảng ủy xã: Phấn đấu năm 2026 có trên 90% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên, kết nạp 60 đảng viên mới."""),

dict(id="hl4_010", site="baolamdong.vn", published="2025-12-03",
     url="https://baolamdong.vn/xa-tuy-phong-uy-ban-kiem-tra-dang-uy-xa-hoat-dong-nen-nep-401288.html",
     text="""Ủy ban Kiểm tra Đảng ủy xã Tuy Phong đi vào nền nếp

Sau hơn 5 tháng thành lập, Ủy ban Kiểm tra Đảng ủy xã Tuy Phong (tỉnh Lâm Đồng) có 5 thành viên, trong đó 2 đồng chí chuyên trách. Từ tháng 7/2025 đến nay, Đảng ủy và Ủy ban Kiểm tra Đảng ủy xã đã kiểm tra 9 tổ chức đảng và 16 đảng viên; giám sát thường xuyên 22 chi bộ.

Qua kiểm tra dấu hiệu vi phạm đối với 4 đảng viên, có 3 đảng viên vi phạm đến mức phải thi hành kỷ luật. Đảng ủy xã đã thi hành kỷ luật bằng hình thức khiển trách 2 đảng viên, cảnh cáo 1 đảng viên; không có tổ chức đảng nào bị kỷ luật.

Chi bộ thôn 2 là một trong những chi bộ được kiểm tra việc thu, nộp đảng phí, phát hiện chênh lệch 1,2 triệu đồng, đã yêu cầu truy thu.

Đồng chí Chủ nhiệm Ủy ban Kiểm tra cho biết, năm 2026 sẽ kiểm tra ít nhất 30% số chi bộ trực thuộc, tập trung vào việc chấp hành Điều lệ Đảng, Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm."""),

dict(id="hl4_011", site="baotayninh.vn", published="2025-08-21",
     url="https://baotayninh.vn/xa-duc-hoa-ket-qua-ket-nap-dang-vien-7-thang-nam-2025-a201933.html",
     text="""Xã Đức Hòa: Những con số ấn tượng

Sau hợp nhất thị trấn Đức Hòa, xã Đức Hòa Hạ và xã Hữu Thạnh, xã Đức Hòa (tỉnh Tây Ninh) là một trong những xã đông dân nhất tỉnh. Dưới đây là những con số ấn tượng về công tác xây dựng Đảng của xã:

- 3.021: số đảng viên của Đảng bộ xã.
- 63: số chi bộ trực thuộc, trong đó có 28 chi bộ ấp, khu phố.
- 45: số đảng viên được kết nạp trong 7 tháng năm 2025, đạt 75% chỉ tiêu cả năm.
- 100%: tỷ lệ bí thư chi bộ ấp, khu phố đồng thời là trưởng ấp, trưởng khu phố.
- 1.200: số hộ được đảng viên nhận đỡ đầu, giúp đỡ.
- 18/28: số ấp, khu phố có mô hình "Dân vận khéo".

Xã hiện có 2 đảng viên được tặng Huy hiệu 75 năm tuổi Đảng, là những người cao tuổi nhất, đều đã ngoài 95 tuổi. Đảng ủy xã xác định năm 2026 sẽ tiếp tục phát huy vai trò nêu gương của đảng viên, lấy ấp 3 làm điểm xây dựng "Chi bộ 4 tốt"."""),

dict(id="hl4_012", site="baolaocai.vn", published="2025-10-27",
     url="https://baolaocai.vn/chi-bo-ban-de-xu-phinh-xa-mu-cang-chai-post402331.html",
     text="""Chi bộ bản Dế Xu Phình vươn lên từ khó khăn

Bản Dế Xu Phình, xã Mù Cang Chải (tỉnh Lào Cai) có 112 hộ đồng bào Mông. Năm 2019, bản mới có 4 đảng viên, phải sinh hoạt ghép với bản bên cạnh. Đến nay, chi bộ bản có 13 đảng viên, trong đó 3 đảng viên là nữ.

Đồng chí Giàng A Dế, Bí thư Chi bộ, đồng thời là Trưởng bản, cho biết: Chi bộ duy trì sinh hoạt 12 kỳ/năm, nội dung sinh hoạt gắn với việc làm ruộng bậc thang, phát triển du lịch. Năm 2025, bản đón khoảng 3.500 lượt khách, tăng gần gấp đôi so với năm trước. Tỷ lệ hộ nghèo của bản giảm từ 46% năm 2020 xuống còn 18% năm 2025.

Chín tháng năm 2025, chi bộ kết nạp thêm hai đảng viên là người trẻ tuổi, đều sinh năm 2001. Đảng viên trong chi bộ nhận giúp đỡ 20 hộ nghèo, cận nghèo.

Nhờ sự gương mẫu của đảng viên, bản Dế Xu Phình 3 năm liền giữ danh hiệu bản văn hóa."""),

dict(id="hl4_013", site="baolangson.vn", published="2025-09-30",
     url="https://baolangson.vn/xa-binh-gia-hoan-thanh-dai-hoi-chi-bo-theo-chi-thi-45-5061812.html",
     text="""Xã Bình Gia hoàn thành đại hội chi bộ trực thuộc theo Chỉ thị 45

Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Đảng bộ xã Bình Gia (tỉnh Lạng Sơn) đã chỉ đạo 39/39 chi bộ trực thuộc tổ chức đại hội nhiệm kỳ 2025 - 2027, xong trước thời gian quy định 10 ngày.

Qua đại hội, có 35 đồng chí bí thư chi bộ được bầu lại, 4 đồng chí lần đầu tham gia. Số cấp ủy viên là nữ chiếm 24,5%, tăng 3,1% so với nhiệm kỳ trước. 27 chi bộ thực hiện mô hình bí thư chi bộ đồng thời là trưởng thôn, đạt 84,4% số chi bộ thôn.

Trước đó, Đảng ủy xã tổ chức 2 lớp tập huấn nghiệp vụ công tác đại hội cho 156 học viên là bí thư, phó bí thư chi bộ. Đảng ủy xã chọn chi bộ thôn Nà Pàn làm điểm để rút kinh nghiệm trước khi nhân rộng.

Tổng số đảng viên của Đảng bộ xã hiện là 1.417 đồng chí, thuộc 39 chi bộ."""),

dict(id="hl4_014", site="hanoimoi.vn", published="2026-01-08",
     url="https://hanoimoi.vn/xa-soc-son-nhin-lai-6-thang-dau-tien-738215.html",
     text="""Xã Sóc Sơn nhìn lại 6 tháng đầu tiên

Xã Sóc Sơn (thành phố Hà Nội) được thành lập trên cơ sở thị trấn Sóc Sơn và 5 xã Phù Linh, Tân Minh, Tiên Dược, Đông Xuân, Phù Lỗ. Với khoảng 120 nghìn dân, Đảng bộ xã có hơn 5.600 đảng viên sinh hoạt tại 89 chi bộ.

Sau 6 tháng, Đảng ủy xã kết nạp 38 đảng viên mới, đạt 63% kế hoạch năm 2025. Xã đã tổ chức 4 hội nghị chuyên đề về chuyển đổi số trong công tác đảng; 100% chi bộ sử dụng sổ tay đảng viên điện tử.

Về đánh giá, xếp loại năm 2025, Đảng bộ xã có 81/89 chi bộ đạt hoàn thành tốt nhiệm vụ trở lên, 2 chi bộ không hoàn thành nhiệm vụ; có 216 đảng viên được xếp loại hoàn thành xuất sắc nhiệm vụ. So với năm 2024 (tính gộp 6 đơn vị cũ), số chi bộ không hoàn thành nhiệm vụ giảm 3 chi bộ.

Toàn xã còn 7 tổ dân phố, thôn có trưởng thôn chưa phải là đảng viên trong tổng số 64 thôn, tổ dân phố. Đảng ủy xã đề ra mục tiêu đến năm 2027, 100% trưởng thôn, tổ trưởng dân phố là đảng viên."""),

dict(id="hl4_015", site="baophutho.vn", published="2025-12-19",
     url="https://baophutho.vn/xa-tan-lac-thuc-hien-nghi-quyet-ve-cong-tac-can-bo-240911.htm",
     text="""Xã Tân Lạc: Chuẩn bị nhân sự cho nhiệm kỳ mới

Xã Tân Lạc (tỉnh Phú Thọ) được thành lập từ thị trấn Mãn Đức và 4 xã Tử Nê, Thanh Hối, Ngọc Mỹ, Đông Lai của huyện Tân Lạc (tỉnh Hòa Bình cũ). Đảng bộ xã có 1.932 đảng viên, 47 chi bộ, trong đó 38 chi bộ xóm, khu phố.

Thực hiện Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về công tác cán bộ, Đảng ủy xã đã rà soát, bổ sung quy hoạch cấp ủy nhiệm kỳ 2025 - 2030 với 52 đồng chí, trong đó nữ chiếm 30,8%, dưới 40 tuổi chiếm 38,5%. Có 6 cán bộ được luân chuyển từ xã về giữ chức bí thư chi bộ ở các xóm khó khăn.

Hiện 100% cán bộ chủ chốt của xã có trình độ đại học trở lên; 21 đồng chí có trình độ cao cấp lý luận chính trị. Đảng ủy xã cử 45 đồng chí đi học trung cấp lý luận chính trị trong năm 2025.

Tỷ lệ hộ nghèo toàn xã cuối năm 2025 còn 4,7%, giảm 1,9% so với năm 2024. Xóm Lục 3 là xóm duy nhất còn trên 10% hộ nghèo."""),
]
