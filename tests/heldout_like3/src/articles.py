# -*- coding: utf-8 -*-
"""Article excerpts of heldout_like3 (written for this set; see ../README.md)."""

ARTICLES = [
dict(id="hl3_001", site="baothanhhoa.vn", published="2024-05-14",
     url="https://baothanhhoa.vn/tho-xuan-231-254-bi-thu-chi-bo-kiem-truong-thon-214011.htm",
     title="Thọ Xuân: 231/254 bí thư chi bộ kiêm trưởng thôn",
     text="""Thọ Xuân: 231/254 bí thư chi bộ kiêm trưởng thôn

Thực hiện Kết luận số 13-KL/TU của Ban Thường vụ Tỉnh ủy, những năm qua Huyện ủy Thọ Xuân đã chỉ đạo các đảng bộ xã, thị trấn đẩy mạnh thực hiện mô hình bí thư chi bộ đồng thời là trưởng thôn, khu phố. Toàn huyện hiện có 254 thôn, khu phố với 254 chi bộ trực thuộc đảng ủy xã, thị trấn. Đến nay, đã có 231/254 bí thư chi bộ kiêm trưởng thôn, khu phố, đạt 90,9%; 23 thôn chưa thực hiện được do bí thư chi bộ tuổi cao hoặc chưa được nhân dân tín nhiệm.

Tại xã Xuân Lập, cả 9/9 thôn đều thực hiện nhất thể hóa. Đồng chí Lê Văn Hùng, 56 tuổi, Bí thư Chi bộ kiêm Trưởng thôn Phú Xá, cho biết: sau 3 năm kiêm nhiệm, việc vận động nhân dân hiến đất làm đường thuận lợi hơn nhiều. Trong năm 2023, Chi bộ thôn Phú Xá kết nạp 2 đảng viên, nâng tổng số đảng viên của chi bộ lên 47 đồng chí.

Theo đồng chí Phó Trưởng Ban Tổ chức Huyện ủy, thời gian tới huyện phấn đấu đến năm 2025 có 100% bí thư chi bộ thôn đồng thời là trưởng thôn.

Minh Hằng"""),

dict(id="hl3_002", site="baonghean.vn", published="2024-01-09",
     url="https://baonghean.vn/quynh-luu-ket-nap-356-dang-vien-moi-vuot-chi-tieu-nam-2023-10267114.html",
     title="Quỳnh Lưu kết nạp 356 đảng viên mới, vượt chỉ tiêu năm 2023",
     text="""Quỳnh Lưu kết nạp 356 đảng viên mới, vượt chỉ tiêu năm 2023

Năm 2023, Đảng bộ huyện Quỳnh Lưu kết nạp được 356 đảng viên, đạt 118,7% chỉ tiêu Nghị quyết Đại hội đề ra, tăng 41 đồng chí so với năm 2022. Trong số đảng viên mới, có 97 đảng viên nữ; 212 đồng chí là đoàn viên thanh niên; 6 người là giáo dân. Đáng chú ý, các chi bộ thôn, xóm kết nạp 183 đảng viên, chiếm 51,4% tổng số đảng viên mới.

Hiện toàn Đảng bộ có 62 tổ chức cơ sở đảng, 14.827 đảng viên. Tuy nhiên, vẫn còn một số chi bộ xóm hai năm liền không kết nạp được đảng viên; có đảng viên mới vi phạm tư cách phải xóa tên (2 trường hợp).

Tại xã Quỳnh Thạch, Đảng ủy giao chỉ tiêu cụ thể cho từng chi bộ, phân công đảng viên kèm cặp, giúp đỡ quần chúng ưu tú. Nhờ vậy, năm 2023 xã kết nạp 14 đảng viên, trong đó Chi bộ xóm 5 kết nạp 4 người. Năm 2024, huyện phấn đấu kết nạp từ 330 đảng viên trở lên.

Ảnh: Lễ kết nạp đảng viên tại Chi bộ xóm 5, xã Quỳnh Thạch."""),

dict(id="hl3_003", site="baohatinh.vn", published="2024-01-20",
     url="https://baohatinh.vn/huong-khe-19-to-chuc-co-so-dang-hoan-thanh-xuat-sac-nhiem-vu-post259114.html",
     title="Hương Khê: 19 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ năm 2023",
     text="""Hương Khê: 19 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ năm 2023

Kết quả đánh giá, xếp loại chất lượng năm 2023 của Đảng bộ huyện Hương Khê cho thấy, trong tổng số 47 tổ chức cơ sở đảng có 19 tổ chức hoàn thành xuất sắc nhiệm vụ (chiếm 40,4%); 24 tổ chức hoàn thành tốt nhiệm vụ; 3 tổ chức hoàn thành nhiệm vụ và 1 tổ chức không hoàn thành nhiệm vụ. Đối với đảng viên, có 1.126 đồng chí hoàn thành xuất sắc nhiệm vụ, 5.903 đồng chí hoàn thành tốt nhiệm vụ, khoảng 4% hoàn thành nhiệm vụ và 37 đảng viên không hoàn thành nhiệm vụ.

So với năm 2022, số tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ tăng 3 đơn vị. Tại xã Phúc Trạch, 12/12 chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên; riêng Chi bộ thôn Trung Hòa nhiều năm liền đạt danh hiệu “Chi bộ 4 tốt”.

Ban Thường vụ Huyện ủy yêu cầu việc đánh giá phải thực chất, gắn với kết quả thực hiện nhiệm vụ chính trị, khắc phục tình trạng nể nang, “dĩ hòa vi quý”; chỉ đạo củng cố, kiện toàn tổ chức đảng không hoàn thành nhiệm vụ."""),

dict(id="hl3_004", site="baoquangtri.vn", published="2024-08-22",
     url="https://baoquangtri.vn/hai-lang-nang-cao-chat-luong-sinh-hoat-chi-bo-188312.htm",
     title="Hải Lăng nâng cao chất lượng sinh hoạt chi bộ",
     text="""Hải Lăng nâng cao chất lượng sinh hoạt chi bộ

Thực hiện Chỉ thị số 10-CT/TW của Ban Bí thư, Huyện ủy Hải Lăng phân công 32 đồng chí huyện ủy viên và 186 đảng ủy viên các xã, thị trấn theo dõi, dự sinh hoạt định kỳ tại các chi bộ. Trong 6 tháng đầu năm 2024, cấp ủy cấp trên đã dự 1.412 cuộc sinh hoạt chi bộ, bình quân mỗi chi bộ được dự hơn 5 lần.

Toàn Đảng bộ huyện hiện có 256 chi bộ trực thuộc đảng ủy cơ sở. Có 98% chi bộ duy trì sinh hoạt thường kỳ vào ngày 5 hằng tháng; mỗi quý các chi bộ tổ chức ít nhất 1 kỳ sinh hoạt chuyên đề. Tỷ lệ đảng viên tham gia sinh hoạt đạt trên 95%.

Tại xã Hải Phong, Chi bộ thôn Thiện Chánh đưa nội dung chuyển đổi số vào kỳ sinh hoạt chuyên đề tháng 6, có 41/43 đảng viên dự họp. Tuy vậy, còn 4 chi bộ nội dung sinh hoạt đơn điệu, chưa mời được đại diện các đoàn thể tham dự.

Huyện ủy yêu cầu từ quý III, mỗi cấp ủy viên phụ trách chi bộ dự sinh hoạt ít nhất 2 lần/quý."""),

dict(id="hl3_005", site="baobinhdinh.vn", published="2020-07-18",
     url="https://baobinhdinh.vn/viewer.aspx?macm=1&macmp=1&mabb=198011",
     title="Đại hội Đảng bộ huyện Hoài Ân lần thứ XXII, nhiệm kỳ 2020 - 2025",
     text="""Đại hội Đảng bộ huyện Hoài Ân lần thứ XXII, nhiệm kỳ 2020 - 2025

Ngày 17.7, Đảng bộ huyện Hoài Ân tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2020 - 2025. Dự đại hội có 250 đại biểu thay mặt cho hơn 5.600 đảng viên trong toàn Đảng bộ.

Nhiệm kỳ 2015 - 2020, công tác xây dựng Đảng có nhiều chuyển biến. Toàn huyện kết nạp 812 đảng viên, đạt 116% chỉ tiêu nghị quyết; thành lập mới 6 chi bộ, nâng tổng số lên 39 tổ chức cơ sở đảng. Hằng năm có trên 85% tổ chức cơ sở đảng đạt trong sạch, vững mạnh; không có tổ chức cơ sở đảng yếu kém. Huyện đã giải quyết dứt điểm tình trạng thôn chưa có chi bộ: 100% thôn, khu phố có chi bộ; 2 xã miền núi Đak Mang, Bok Tới không còn làng “trắng” đảng viên.

Nhiệm kỳ 2020 - 2025, Đại hội đề ra chỉ tiêu: mỗi năm kết nạp từ 170 đảng viên trở lên; 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên. Đại hội đã bầu 37 đồng chí vào Ban Chấp hành Đảng bộ huyện khóa XXII.

HOÀNG ANH"""),

dict(id="hl3_006", site="baothaibinh.com.vn", published="2024-12-26",
     url="https://baothaibinh.com.vn/tin-tuc/4/215521/uy-ban-kiem-tra-huyen-uy-vu-thu-nang-cao-chat-luong-cong-tac-kiem-tra-giam-sat",
     title="Ủy ban Kiểm tra Huyện ủy Vũ Thư: Nâng cao chất lượng công tác kiểm tra, giám sát",
     text="""Ủy ban Kiểm tra Huyện ủy Vũ Thư: Nâng cao chất lượng công tác kiểm tra, giám sát

Năm 2024, cấp ủy, ủy ban kiểm tra các cấp trong Đảng bộ huyện Vũ Thư đã kiểm tra 214 tổ chức đảng và 389 đảng viên; giám sát chuyên đề 97 tổ chức đảng, 152 đảng viên. Ủy ban Kiểm tra Huyện ủy tiến hành kiểm tra khi có dấu hiệu vi phạm đối với 3 tổ chức đảng và 7 đảng viên, kết luận 5 đảng viên có vi phạm đến mức phải xử lý kỷ luật.

Toàn Đảng bộ đã thi hành kỷ luật 19 đảng viên, giảm 6 trường hợp so với năm 2023, trong đó khiển trách 12, cảnh cáo 5, khai trừ 2 đảng viên. Ngoài ra, các chi bộ đã xóa tên 4 đảng viên bỏ sinh hoạt quá 3 tháng không có lý do chính đáng.

Tại xã Song Lãng, Đảng ủy thành lập 2 đoàn giám sát việc tu dưỡng, rèn luyện của đảng viên sinh hoạt nơi cư trú, lấy ý kiến nhận xét của chi ủy nơi cư trú đối với đảng viên. Năm 2025, Ủy ban Kiểm tra Huyện ủy phấn đấu 100% tổ chức cơ sở đảng được kiểm tra, giám sát ít nhất một lần.

Thu Hiền"""),

dict(id="hl3_007", site="baoyenbai.com.vn", published="2024-10-03",
     url="https://baoyenbai.com.vn/12/331204/Van-Chan-chu-trong-boi-duong-bi-thu-chi-bo.aspx",
     title="Văn Chấn chú trọng bồi dưỡng bí thư chi bộ",
     text="""Văn Chấn chú trọng bồi dưỡng bí thư chi bộ

Từ đầu năm đến nay, Trung tâm Chính trị huyện Văn Chấn đã mở 17 lớp đào tạo, bồi dưỡng với 1.845 lượt học viên, đạt 113% kế hoạch năm. Trong đó có 2 lớp sơ cấp lý luận chính trị cho 148 học viên; 5 lớp bồi dưỡng nhận thức về Đảng cho 326 quần chúng ưu tú và 4 lớp đảng viên mới với 291 học viên. Đặc biệt, huyện mở 1 lớp tập huấn nghiệp vụ cho 258 bí thư, phó bí thư chi bộ thôn, bản trong 3 ngày, có phiên dịch tiếng Mông.

Hiện nay, 100% bí thư chi bộ trong huyện đã được bồi dưỡng nghiệp vụ công tác đảng; khoảng 62% có trình độ trung cấp lý luận chính trị trở lên. Tuy vậy, ở các xã vùng cao Nậm Búng, Suối Giàng vẫn còn gần 30 bí thư chi bộ chưa qua đào tạo chuyên môn.

Năm 2025, huyện dự kiến mở 15 – 18 lớp, tập trung bồi dưỡng cấp ủy viên cơ sở nhiệm kỳ 2025 - 2030."""),

dict(id="hl3_008", site="baohoabinh.com.vn", published="2023-11-15",
     url="https://baohoabinh.com.vn/12/185432/Mai-Chau-luan-chuyen-can-bo-ve-co-so.htm",
     title="Mai Châu: Luân chuyển cán bộ về cơ sở",
     text="""Mai Châu: Luân chuyển cán bộ về cơ sở

Thực hiện Quy định số 65-QĐ/TW của Bộ Chính trị về luân chuyển cán bộ, từ đầu nhiệm kỳ 2020 - 2025 đến nay, Ban Thường vụ Huyện ủy Mai Châu đã luân chuyển 23 lượt cán bộ, trong đó có 9 đồng chí từ huyện về giữ chức vụ bí thư, phó bí thư đảng ủy, chủ tịch UBND xã. Hiện toàn huyện có 4/15 bí thư đảng ủy xã, thị trấn không phải là người địa phương; 6 chủ tịch UBND xã là cán bộ được điều động từ nơi khác đến.

Đồng chí Hà Văn Thanh, 39 tuổi, nguyên Phó Trưởng phòng Nội vụ huyện, được luân chuyển về làm Bí thư Đảng ủy xã Hang Kia từ tháng 3/2022. Sau hơn 1 năm, Đảng bộ xã kết nạp 11 đảng viên là người Mông, xóa được 2 bản “trắng” đảng viên.

Bên cạnh đó, mô hình bí thư đảng ủy đồng thời là chủ tịch UBND xã được thực hiện thí điểm ở 3 xã: Pà Cò, Tân Thành, Cun Pheo. Riêng thị trấn Mai Châu chưa thực hiện bố trí bí thư đồng thời là chủ tịch HĐND."""),

dict(id="hl3_009", site="baolaichau.vn", published="2024-06-12",
     url="https://baolaichau.vn/xay-dung-dang/sin-ho-xoa-ban-trang-dang-vien-716022",
     title="Sìn Hồ xóa bản “trắng” đảng viên",
     text="""Sìn Hồ xóa bản “trắng” đảng viên

Đầu năm 2021, huyện Sìn Hồ còn mười lăm bản chưa có đảng viên, chủ yếu ở các xã Tả Ngảo, Làng Mô, Pa Khóa. Đến nay, toàn huyện chỉ còn hai bản chưa có đảng viên và không còn bản nào chưa có chi bộ.

Đảng bộ huyện hiện có 29 tổ chức cơ sở đảng với 4.310 đảng viên, trong đó đảng viên là người dân tộc thiểu số chiếm khoảng 78%. Giai đoạn 2021 - 2023, huyện kết nạp 612 đảng viên; riêng năm 2023 kết nạp 205 đảng viên, trong đó 34 đồng chí là trưởng bản, phó bản.

Xã Làng Mô có 14 bản thì 13 bản đã có chi bộ; bản Sì Choang đang ghép sinh hoạt với chi bộ bản bên cạnh vì mới có ba đảng viên. Hiện 9/14 trưởng bản của xã là đảng viên.

Huyện phấn đấu đến hết năm 2025 có 100% bản có đảng viên, 95% trưởng bản là đảng viên.

Ảnh: Lễ kết nạp đảng viên tại bản Nậm Cuổi, xã Nậm Cuổi."""),

dict(id="hl3_010", site="baotravinh.vn", published="2024-02-02",
     url="https://www.baotravinh.vn/chinh-tri/cau-ngang-trao-huy-hieu-dang-dot-3-2-cho-86-dang-vien-134211.html",
     title="Cầu Ngang trao Huy hiệu Đảng đợt 3/2 cho 86 đảng viên",
     text="""Cầu Ngang trao Huy hiệu Đảng đợt 3/2 cho 86 đảng viên

Sáng 1/2, Huyện ủy Cầu Ngang tổ chức lễ trao Huy hiệu Đảng đợt 3/2 năm 2024 cho 86 đảng viên, trong đó có 2 đồng chí nhận Huy hiệu 75 năm tuổi Đảng, 7 đồng chí nhận Huy hiệu 60 năm, 19 đồng chí nhận Huy hiệu 50 năm; số còn lại nhận Huy hiệu 30, 40 và 45 năm tuổi Đảng.

Nhân dịp này, huyện trao quyết định kết nạp cho 12 quần chúng ưu tú, trong đó 5 người là đồng bào Khmer. Toàn Đảng bộ huyện hiện có 5.137 đảng viên sinh hoạt tại 37 tổ chức cơ sở đảng; đảng viên người Khmer chiếm 23,6%, đảng viên nữ chiếm 31%. Năm 2023, huyện kết nạp 231 đảng viên, đạt 102,6% chỉ tiêu.

Tại xã Nhị Trường, nơi có hơn 80% dân số là đồng bào Khmer, 14/14 ấp đều có chi bộ; 6 vị sư sãi, achar tham gia vận động đồng bào. Xã có 2 ấp đặc biệt khó khăn là Bông Ven và Giồng Lớn."""),

dict(id="hl3_011", site="baobaclieu.vn", published="2024-07-10",
     url="https://baobaclieu.vn/chinh-tri/hong-dan-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam-2024-98231.html",
     title="Hồng Dân: Sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024",
     text="""Hồng Dân: Sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024

Theo báo cáo của Ban Tổ chức Huyện ủy Hồng Dân, 6 tháng đầu năm 2024, toàn Đảng bộ kết nạp 98 đảng viên, đạt 57,6% chỉ tiêu năm; chuyển đảng chính thức cho 104 đảng viên dự bị; đề nghị tặng Huy hiệu Đảng cho 41 đồng chí. Kết quả kết nạp ở một số đơn vị:
- Đảng bộ thị trấn Ngan Dừa: 14 đảng viên;
- Đảng bộ xã Ninh Quới A: 11 đảng viên;
- Đảng bộ xã Vĩnh Lộc: 9 đảng viên;
- Đảng bộ xã Lộc Ninh: 3 đảng viên.

Hiện huyện có 2.906 đảng viên, 18 tổ chức cơ sở đảng, trong đó 9 đảng bộ xã, thị trấn. Có 97/97 ấp, khóm đã có chi bộ, nhưng số đảng viên ở ấp còn ít, bình quân mỗi chi bộ ấp chỉ khoảng 15 đảng viên.

Huyện ủy đã tổ chức 4 cuộc kiểm tra, giám sát đối với 6 tổ chức đảng. Chi bộ ấp Bà Gồng (xã Ninh Thạnh Lợi) được chọn làm điểm để củng cố, nâng chất sinh hoạt chi bộ."""),

dict(id="hl3_012", site="baokiengiang.vn", published="2025-04-18",
     url="https://baokiengiang.vn/chinh-tri/giong-rieng-chuan-bi-nhan-su-dai-hoi-chi-bo-65210.html",
     title="Giồng Riềng chuẩn bị nhân sự đại hội chi bộ",
     text="""Giồng Riềng chuẩn bị nhân sự đại hội chi bộ

Ban Thường vụ Huyện ủy Giồng Riềng chỉ đạo 100% chi bộ trực thuộc đảng ủy cơ sở hoàn thành đại hội nhiệm kỳ 2025 - 2027 trước ngày 30/4. Đến ngày 15/4, đã có 211/236 chi bộ tổ chức xong đại hội, chiếm 89,4%. Qua đại hội, có 38 bí thư chi bộ tái cử, 19 đồng chí lần đầu tham gia cấp ủy; bí thư chi bộ trẻ nhất mới 29 tuổi.

Nhân sự được giới thiệu bảo đảm cơ cấu: cấp ủy viên nữ chiếm trên 18%, cấp ủy viên dưới 40 tuổi chiếm khoảng 21%. Có 168 bí thư chi bộ ấp đồng thời là trưởng ấp, đạt 88,4%; những ấp còn lại chưa thực hiện bí thư chi bộ kiêm trưởng ấp vì chưa có nhân sự phù hợp.

Tại xã Thạnh Hưng, Đảng ủy chỉ đạo các chi bộ lấy ý kiến nhân dân đối với nhân sự dự kiến; tất cả 12 chi bộ ấp đều chọn được bí thư có uy tín. Huyện hiện có 19 xã, thị trấn với 190 ấp, khu phố."""),

dict(id="hl3_013", site="baohungyen.vn", published="2025-09-16",
     url="https://baohungyen.vn/dang-bo-xa-quynh-phu-on-dinh-to-chuc-sau-hop-nhat-3186542.html",
     title="Đảng bộ xã Quỳnh Phụ ổn định tổ chức sau hợp nhất",
     text="""Đảng bộ xã Quỳnh Phụ ổn định tổ chức sau hợp nhất

Từ ngày 1/7/2025, xã Quỳnh Phụ (tỉnh Hưng Yên) chính thức hoạt động trên cơ sở sắp xếp thị trấn Quỳnh Côi và các xã lân cận của huyện Quỳnh Phụ cũ. Đảng bộ xã hiện có 58 chi bộ trực thuộc với 3.412 đảng viên; trong đó 31 chi bộ thôn, 19 chi bộ trường học, trạm y tế và 8 chi bộ cơ quan. Xã có 31 thôn, tổ dân phố.

Ban Chấp hành Đảng bộ xã lâm thời có 47 đồng chí, Ban Thường vụ 13 đồng chí. Bí thư Đảng ủy xã đồng thời là Chủ tịch HĐND xã. Ba tháng sau hợp nhất, Đảng ủy đã kiện toàn 100% chi ủy, chỉ đạo 58/58 chi bộ sinh hoạt định kỳ vào ngày mùng 3 hằng tháng, ban hành quy chế làm việc mới.

Đảng ủy giao chỉ tiêu năm 2025 kết nạp 45 đảng viên; 9 tháng năm 2025 đã kết nạp 32 đảng viên, đạt 71,1% kế hoạch. Trong đợt sinh hoạt chính trị vừa qua, 100% đảng viên được học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I."""),

dict(id="hl3_014", site="baobacninhtv.vn", published="2025-08-20",
     url="https://baobacninhtv.vn/xa-luc-ngan-bi-thu-chi-bo-kiem-truong-thon-sau-sap-nhap-postid421877.bbg",
     title="Xã Lục Ngạn: Bí thư chi bộ kiêm trưởng thôn sau sáp nhập thôn",
     text="""Xã Lục Ngạn: Bí thư chi bộ kiêm trưởng thôn sau sáp nhập thôn

Sau sắp xếp, xã Lục Ngạn (tỉnh Bắc Ninh) có 41 thôn, tổ dân phố. Đảng ủy xã đã chỉ đạo kiện toàn 41 chi bộ thôn, tổ dân phố; đến nay, 36 bí thư chi bộ đồng thời là trưởng thôn, 5 thôn chưa thực hiện nhất thể hóa. Có 39/41 trưởng thôn là đảng viên; 2 trưởng thôn chưa phải là đảng viên đang được bồi dưỡng, tạo nguồn kết nạp.

Thôn Kim Sơn có 286 hộ với 72 đảng viên. Bí thư Chi bộ kiêm Trưởng thôn Nguyễn Văn Tình chia sẻ: “Kiêm nhiệm giúp triển khai nghị quyết nhanh hơn, họp chi bộ xong là họp thôn ngay”. Năm 2024, thu nhập bình quân đầu người của thôn đạt 68 triệu đồng, tỷ lệ hộ nghèo còn 1,2%.

Đảng ủy xã phân công 15 đảng ủy viên phụ trách các chi bộ, dự sinh hoạt ít nhất 1 lần/tháng. Phấn đấu đến cuối năm 2025, 100% bí thư chi bộ thôn kiêm trưởng thôn."""),

dict(id="hl3_015", site="baoquangtri.vn", published="2025-10-08",
     url="https://baoquangtri.vn/xay-dung-dang/phuong-dong-hoi-doi-moi-sinh-hoat-chi-bo-to-dan-pho-197420.htm",
     title="Phường Đồng Hới: Đổi mới sinh hoạt chi bộ tổ dân phố",
     text="""Phường Đồng Hới: Đổi mới sinh hoạt chi bộ tổ dân phố

Đảng bộ phường Đồng Hới hiện có 6.820 đảng viên, sinh hoạt ở 97 chi bộ, trong đó có 64 chi bộ tổ dân phố. Sau khi sắp xếp, mỗi chi bộ tổ dân phố bình quân có từ 60 đến 90 đảng viên, nhiều đảng viên cao tuổi.

Đảng ủy phường chọn 8 chi bộ làm điểm về sinh hoạt chuyên đề. Tại Chi bộ tổ dân phố 7, các kỳ sinh hoạt đều có tài liệu định hướng của Đảng ủy, mời đại diện Ban công tác Mặt trận và Hội Cựu chiến binh dự. Trong quý III/2025, 92% chi bộ sinh hoạt đúng định kỳ; 3 chi bộ chưa bảo đảm nội dung, bị nhắc nhở.

Nhân dịp Đại hội Đảng bộ tỉnh Quảng Trị lần thứ I, nhiệm kỳ 2025 - 2030, Đảng bộ phường trao Huy hiệu 40 năm tuổi Đảng cho 23 đảng viên. Từ đầu năm đến nay, phường kết nạp 57 đảng viên, trong đó 18 đảng viên là sinh viên, đoàn viên dưới 30 tuổi. Hiện có 1.146 đảng viên được miễn sinh hoạt, công tác.

PHAN LÊ"""),

dict(id="hl3_016", site="baotuyenquang.com.vn", published="2025-11-05",
     url="https://baotuyenquang.com.vn/xay-dung-dang/vung-cao-phia-bac-no-luc-xoa-thon-trang-dang-vien-221845.html",
     title="Vùng cao phía Bắc Tuyên Quang nỗ lực xóa thôn “trắng” đảng viên",
     text="""Vùng cao phía Bắc Tuyên Quang nỗ lực xóa thôn “trắng” đảng viên

Sau hợp nhất tỉnh, khu vực cao nguyên đá (trước đây thuộc tỉnh Hà Giang) vẫn là nơi có nhiều thôn chưa có đảng viên nhất tỉnh Tuyên Quang. Theo Ban Tổ chức Tỉnh ủy, toàn tỉnh hiện còn 27 thôn chưa có đảng viên, 61 thôn chưa có chi bộ riêng, phải sinh hoạt ghép.

Xã Đồng Văn có 40 thôn, 1.108 đảng viên; 4 thôn chưa có đảng viên. Đảng ủy xã giao cho 21 đảng viên là cán bộ, giáo viên, bộ đội biên phòng “bám thôn”, kèm cặp quần chúng. 10 tháng năm 2025, xã kết nạp 26 đảng viên, trong đó 24 người dân tộc Mông, tăng 11 đảng viên so với cùng kỳ năm 2024.

Ở xã Mèo Vạc, từ tháng 7 đến nay, cấp ủy đã tổ chức 16 buổi tuyên truyền ở các thôn, thu hút gần 2.000 lượt người dân tham gia; vận động 5 trưởng thôn đăng ký phấn đấu vào Đảng. Mục tiêu của tỉnh là đến năm 2027 không còn thôn chưa có đảng viên."""),

dict(id="hl3_017", site="baocamau.vn", published="2025-12-10",
     url="https://baocamau.vn/dang-bo-xa-dam-doi-kiem-diem-xep-loai-chat-luong-nam-2025-a41207.html",
     title="Đảng bộ xã Đầm Dơi kiểm điểm, xếp loại chất lượng năm 2025",
     text="""Đảng bộ xã Đầm Dơi kiểm điểm, xếp loại chất lượng năm 2025

Đảng bộ xã Đầm Dơi vừa hoàn thành kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2025. Kết quả, trên tổng số 42 chi bộ trực thuộc có 8 chi bộ hoàn thành xuất sắc nhiệm vụ, 30 chi bộ hoàn thành tốt nhiệm vụ, 4 chi bộ hoàn thành nhiệm vụ; không có chi bộ không hoàn thành nhiệm vụ. Trong 2.174 đảng viên được đánh giá, có 15% hoàn thành xuất sắc nhiệm vụ, gần 80% hoàn thành tốt nhiệm vụ; 11 đảng viên không hoàn thành nhiệm vụ, chủ yếu do không đóng đảng phí, không tham gia sinh hoạt.

Trong năm, Ủy ban Kiểm tra Đảng ủy xã kiểm tra 6 chi bộ và 18 đảng viên; xử lý kỷ luật 3 đảng viên bằng hình thức khiển trách, 1 đảng viên bằng hình thức cảnh cáo do vi phạm quy định về quản lý đất đai, nuôi trồng thủy sản.

Đảng ủy đề ra chỉ tiêu năm 2026: có ít nhất 20% chi bộ hoàn thành xuất sắc nhiệm vụ, không có đảng viên không hoàn thành nhiệm vụ.

Hữu Nghĩa"""),

dict(id="hl3_018", site="baosonla.vn", published="2026-01-14",
     url="https://baosonla.vn/xay-dung-dang/son-la-dieu-dong-can-bo-ve-cac-xa-moi-aBcD12.html",
     title="Sơn La: Điều động cán bộ về các xã mới",
     text="""Sơn La: Điều động cán bộ về các xã mới

Thực hiện chủ trương sắp xếp tổ chức bộ máy, từ tháng 7/2025 đến nay, Ban Thường vụ Tỉnh ủy Sơn La đã điều động, luân chuyển 312 cán bộ từ tỉnh và các huyện cũ về công tác tại 75 xã, phường. Hiện có 41/75 bí thư đảng ủy xã, phường không phải người địa phương; 100% chủ tịch UBND cấp xã có trình độ đại học trở lên.

Tại xã Thuận Châu, Đảng bộ xã có 54 chi bộ, 3.960 đảng viên. Bí thư Đảng ủy xã được điều động từ Sở Nội vụ về, đồng thời là Chủ tịch HĐND xã. Xã đã mở 2 lớp bồi dưỡng cho 245 cán bộ, công chức và bí thư chi bộ về vận hành chính quyền hai cấp.

Xã Mường É có 29 bản, tất cả đều đã có chi bộ; song còn 6 bản có trưởng bản chưa là đảng viên. Trong năm 2025, xã kết nạp được 19 đảng viên, chưa đến 70% chỉ tiêu được giao."""),

dict(id="hl3_019", site="baothuathienhue.vn", published="2025-08-12",
     url="https://baothuathienhue.vn/chinh-tri/xay-dung-dang/a-luoi-2-dang-vien-lam-nong-cot-trong-cong-tac-dan-van-152304.html",
     title="A Lưới 2: Đảng viên làm nòng cốt trong công tác dân vận",
     text="""A Lưới 2: Đảng viên làm nòng cốt trong công tác dân vận

Xã A Lưới 2 (thành phố Huế) được thành lập từ ngày 1/7/2025 trên cơ sở hợp nhất 3 xã cũ, có 17 thôn với hơn 2.300 hộ, trong đó đồng bào dân tộc Pa Kô, Tà Ôi chiếm gần 85% dân số. Đảng bộ xã có 25 chi bộ, 812 đảng viên; đảng viên là người dân tộc thiểu số chiếm 71,2%.

Thực hiện phong trào “Dân vận khéo”, mỗi đảng viên được phân công phụ trách từ 10 đến 15 hộ gia đình. Hai tháng qua, các chi bộ đã vận động người dân tháo dỡ 43 nhà tạm, hiến đất mở rộng đường thôn. Tỷ lệ hộ nghèo của xã hiện còn 14,6%, giảm 2,3% so với cuối năm 2024.

Ở phường Phong Điền, Đảng ủy phường chỉ đạo 100% chi bộ tổ dân phố xây dựng ít nhất 1 mô hình “Dân vận khéo”; đến nay phường có 38 mô hình được công nhận, trong đó 6 mô hình cấp thành phố."""),

dict(id="hl3_020", site="baothanhhoa.vn", published="2025-08-06",
     url="https://baothanhhoa.vn/dai-hoi-dang-bo-xa-sao-vang-lan-thu-i-nhiem-ky-2025-2030-255871.htm",
     title="Đại hội Đảng bộ xã Sao Vàng lần thứ I, nhiệm kỳ 2025 - 2030",
     text="""Đại hội Đảng bộ xã Sao Vàng lần thứ I, nhiệm kỳ 2025 - 2030

Ngày 5/8, Đảng bộ xã Sao Vàng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Về dự có 180 đại biểu đại diện cho 2.965 đảng viên của 46 chi bộ trực thuộc.

Đảng bộ xã Sao Vàng được thành lập trên cơ sở hợp nhất Đảng bộ thị trấn Sao Vàng và một số xã lân cận. Nhiệm kỳ qua, các đảng bộ (cũ) kết nạp tổng cộng 214 đảng viên; hằng năm có từ 85 – 90% tổ chức đảng hoàn thành tốt nhiệm vụ trở lên; 100% thôn có chi bộ, 39/41 bí thư chi bộ đồng thời là trưởng thôn.

Đại hội đề ra 18 chỉ tiêu chủ yếu, trong đó: kết nạp bình quân mỗi năm từ 50 đảng viên trở lên; thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng; tỷ lệ hộ nghèo giảm xuống dưới 1%. Đại hội bầu Ban Chấp hành Đảng bộ xã gồm 33 đồng chí, bầu 21 đại biểu đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI.

Lê Hội"""),
]
