A = []
def art(id, url, site, published, text):
    A.append(dict(id=id, url=url, site=site, published=published, text=text))

art("hp001", "https://baonamdinh.vn/xay-dung-dang/202303/hai-hau-ket-nap-312-dang-vien-moi-dat-104-chi-tieu-5a1b2c3/", "baonamdinh.vn", "2023-03-15",
"""Hải Hậu kết nạp 312 đảng viên mới, đạt 104% chỉ tiêu

Năm 2022, Đảng bộ huyện Hải Hậu kết nạp được 312 đảng viên mới, đạt 104% so với chỉ tiêu Tỉnh ủy giao, trong đó đảng viên 30 tuổi trở xuống chiếm tỷ lệ 71,5%. Toàn Đảng bộ hiện có 47 tổ chức cơ sở đảng với 16.820 đảng viên, bình quân mỗi chi bộ có 38 đảng viên.

Đảng ủy xã Hải Minh kết nạp 14 đảng viên, tăng gấp đôi so với năm 2021. Chi bộ xóm 5 xã Hải Minh lần đầu kết nạp 2 học sinh vừa tròn 18 tuổi. Theo đồng chí Trần Văn Hùng, Bí thư Đảng ủy xã, số đảng viên được miễn sinh hoạt của xã là 126 đồng chí, chiếm gần 1/4 tổng số đảng viên.

Để làm tốt công tác tạo nguồn, Ban Thường vụ Huyện ủy chỉ đạo các chi bộ phân công đảng viên giúp đỡ quần chúng ưu tú, mở 3 lớp bồi dưỡng nhận thức về Đảng cho 285 quần chúng. Năm 2023, huyện phấn đấu kết nạp từ 300 đến 320 đảng viên.

Văn Hùng""")

art("hp002", "https://baohanam.com.vn/chinh-tri/xay-dung-dang/thi-xa-kim-bang-nang-cao-chat-luong-chi-bo-to-dan-pho-128744.html", "baohanam.com.vn", "2025-03-20",
"""Thị xã Kim Bảng: Nâng cao chất lượng chi bộ tổ dân phố

Thị xã Kim Bảng hiện có 176 thôn, tổ dân phố, 100% thôn, tổ dân phố có chi bộ. Trong đó, 118/176 bí thư chi bộ đồng thời là trưởng thôn, tổ trưởng tổ dân phố, đạt 67%; 9 trưởng thôn chưa phải là đảng viên.

Tại phường Ba Sao, Đảng ủy phường duy trì sinh hoạt chuyên đề mỗi quý 1 lần và sinh hoạt định kỳ vào ngày 5 hằng tháng. Năm 2024, 100% chi bộ trực thuộc Đảng ủy phường tổ chức sinh hoạt đủ 12 kỳ/năm; 3 chi bộ được chọn làm điểm để rút kinh nghiệm.

Đồng chí Nguyễn Thị Lan, Phó Bí thư Thường trực Thị ủy cho biết: Thực hiện Kết luận 18-KL/TU của Ban Thường vụ Tỉnh ủy, đến nay thị xã không còn chi bộ yếu kém; gần 95% trưởng thôn, tổ trưởng là đảng viên. Thị ủy phân công 35 đồng chí cấp ủy viên phụ trách, dự sinh hoạt với các chi bộ.""")

art("hp003", "https://baohaiphong.vn/tien-lang-92-3-to-chuc-co-so-dang-hoan-thanh-tot-nhiem-vu-tro-len-461202.html", "baohaiphong.vn", "2022-01-12",
"""Tiên Lãng: 92,3% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên

Kết quả đánh giá, xếp loại chất lượng năm 2021, Đảng bộ huyện Tiên Lãng có 52 tổ chức cơ sở đảng được xếp loại; trong đó 48 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, chiếm tỷ lệ 92,3%; 11 tổ chức hoàn thành xuất sắc nhiệm vụ; 1 tổ chức cơ sở đảng không hoàn thành nhiệm vụ.

Về đảng viên, trong tổng số 9.874 đảng viên được đánh giá, có 1.215 đảng viên hoàn thành xuất sắc nhiệm vụ (12,3%); 42 đảng viên không hoàn thành nhiệm vụ. Có 164 đảng viên được miễn đánh giá theo quy định.

Đảng bộ xã Kiến Thiết là đơn vị có 3 năm liền đạt hoàn thành xuất sắc nhiệm vụ. Xã có 8 chi bộ trực thuộc với 412 đảng viên, không có đảng viên vi phạm phải xử lý kỷ luật.

Ông Phạm Văn Thắng, Trưởng Ban Tổ chức Huyện ủy cho rằng, việc đánh giá thực chất giúp phân loại đúng chất lượng tổ chức đảng và đảng viên, tránh tình trạng "dĩ hòa vi quý", nể nang trong tự phê bình và phê bình.""")

art("hp004", "https://baoquangnam.vn/chinh-tri/duy-xuyen-ky-luat-27-dang-vien-vi-pham-140512.html", "baoquangnam.vn", "2023-06-05",
"""Duy Xuyên: Kỷ luật 27 đảng viên vi phạm

Từ đầu nhiệm kỳ 2020 - 2025 đến nay, Ủy ban Kiểm tra Huyện ủy Duy Xuyên đã kiểm tra 14 tổ chức đảng và 36 đảng viên khi có dấu hiệu vi phạm; giám sát chuyên đề 52 cuộc. Qua kiểm tra, cấp ủy và ủy ban kiểm tra các cấp đã thi hành kỷ luật 27 đảng viên, gồm: khiển trách 15, cảnh cáo 8, cách chức 1, khai trừ 3 đảng viên. Ngoài ra, các chi bộ đã xóa tên 6 đảng viên do bỏ sinh hoạt đảng quá 3 tháng.

Riêng 6 tháng đầu năm 2023, Đảng ủy xã Duy Trung kiểm tra 2 chi bộ, giám sát 4 đảng viên; chưa phát hiện trường hợp vi phạm phải xử lý kỷ luật.

Ông Lê Văn Tâm, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy cho biết, thời gian tới, Huyện ủy tiếp tục thực hiện Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng, tập trung kiểm tra đảng viên là người đứng đầu, cán bộ quản lý đất đai, tài chính.""")

art("hp005", "https://baokhanhhoa.vn/chinh-tri/202007/dai-hoi-dang-bo-xa-cam-hai-tay-lan-thu-xv-8172630/", "baokhanhhoa.vn", "2020-07-18",
"""Đại hội đại biểu Đảng bộ xã Cam Hải Tây lần thứ XV thành công tốt đẹp

Ngày 17-7, Đảng bộ xã Cam Hải Tây (huyện Cam Lâm) tổ chức Đại hội đại biểu lần thứ XV, nhiệm kỳ 2020 - 2025. Dự đại hội có 120 đại biểu đại diện cho 356 đảng viên sinh hoạt tại 14 chi bộ trực thuộc.

Nhiệm kỳ qua, Đảng bộ kết nạp được 58 đảng viên, vượt 16% chỉ tiêu nghị quyết; thu nhập bình quân đầu người năm 2019 đạt 52 triệu đồng; tỷ lệ hộ nghèo giảm còn 1,8%. Xã có 4/9 thôn có bí thư chi bộ kiêm trưởng thôn.

Đại hội đã bầu Ban Chấp hành Đảng bộ xã gồm 15 đồng chí; bầu 11 đại biểu đi dự Đại hội đại biểu Đảng bộ huyện Cam Lâm lần thứ IX. Đồng chí Nguyễn Văn Minh tái đắc cử Bí thư Đảng ủy xã.

Nhiệm kỳ 2020 - 2025, Đảng bộ xã phấn đấu mỗi năm kết nạp ít nhất 12 đảng viên, đến năm 2025 thu nhập bình quân đầu người đạt trên 75 triệu đồng, không còn hộ nghèo.

Thanh Hà""")

art("hp006", "https://baophuyen.vn/chinh-tri/202401/tuy-an-boi-duong-ly-luan-chinh-tri-cho-gan-1200-luot-can-bo-dang-vien-3117/", "baophuyen.vn", "2024-01-22",
"""Tuy An bồi dưỡng lý luận chính trị cho gần 1.200 lượt cán bộ, đảng viên

Năm 2023, Trung tâm Chính trị huyện Tuy An mở 21 lớp đào tạo, bồi dưỡng với gần 1.200 lượt học viên, vượt 5% kế hoạch. Trong đó có 2 lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới (156 học viên), 1 lớp trung cấp lý luận chính trị hệ không tập trung (62 học viên), 4 lớp bồi dưỡng nghiệp vụ công tác đảng cho bí thư, phó bí thư chi bộ.

Đến nay, 100% bí thư chi bộ thôn, khu phố của huyện có trình độ trung cấp lý luận chính trị trở lên; 87,6% cán bộ chủ chốt xã, thị trấn có trình độ đại học.

Xã An Ninh Đông là địa phương có nhiều học viên nhất, với 94 lượt. Đồng chí Huỳnh Văn Sơn, Bí thư Đảng ủy xã cho biết, xã bố trí kinh phí hỗ trợ 50.000 đồng/người/ngày cho học viên. Năm 2024, huyện đề ra kế hoạch mở 20 - 22 lớp.""")

art("hp007", "https://baodaknong.vn/dak-mil-xoa-thon-bon-trang-dang-vien-159230.html", "baodaknong.vn", "2022-11-03",
"""Đắk Mil xóa thôn, bon "trắng" đảng viên

Những năm trước, huyện Đắk Mil còn 3 bon chưa có đảng viên, tập trung ở xã Đắk Gằn và xã Đắk N'Drót. Thực hiện Kế hoạch số 45-KH/HU, Huyện ủy giao chỉ tiêu cho từng đảng ủy xã, phân công 6 đảng viên có kinh nghiệm về giúp đỡ, tạo nguồn tại chỗ. Đến tháng 10-2022, cả 3 bon đều đã có đảng viên, 2 bon thành lập được chi bộ riêng.

Hiện nay, toàn huyện có 10 xã, thị trấn với 178 thôn, bon, tổ dân phố; đảng viên là người đồng bào dân tộc thiểu số có 612 đồng chí, chiếm 11,4% tổng số đảng viên toàn huyện. Tại xã Đắk Gằn, chi bộ bon mới thành lập có 4 đảng viên, trong đó 3 đảng viên là người M'nông, được kết nạp trong năm nay.

Năm 2022, Đảng bộ huyện phấn đấu kết nạp 250 đảng viên; đến ngày 30-9 đã kết nạp được 198 đồng chí, đạt 79,2% kế hoạch.""")

art("hp008", "https://baolongan.vn/duc-hoa-nang-chat-sinh-hoat-chi-bo-a170344.html", "baolongan.vn", "2024-02-27",
"""Đức Hòa nâng chất sinh hoạt chi bộ

Năm 2023, Đảng bộ huyện Đức Hòa có 589 chi bộ trực thuộc đảng bộ cơ sở; 98,6% chi bộ duy trì sinh hoạt định kỳ hằng tháng, bình quân mỗi chi bộ sinh hoạt chuyên đề 4 lần/năm. Một số chi bộ tiêu biểu:
- Chi bộ ấp Bình Tiền 1, xã Đức Hòa Hạ: 42 đảng viên, 12 kỳ sinh hoạt, tỷ lệ dự 95%;
- Chi bộ ấp Chánh, thị trấn Đức Hòa: 37 đảng viên, 12 kỳ sinh hoạt, tỷ lệ dự 92%;
- Chi bộ khu phố Lộc Thạnh, thị trấn Hậu Nghĩa: 55 đảng viên.
Tuy nhiên, vẫn còn 8 chi bộ sinh hoạt chưa đủ 12 kỳ; khoảng 3% đảng viên vắng sinh hoạt không lý do từ 2 - 3 lần trong năm.

Ban Thường vụ Huyện ủy yêu cầu các chi bộ gửi nội dung sinh hoạt chuyên đề cho cấp ủy cấp trên trước 5 ngày; cấp ủy viên huyện dự sinh hoạt với chi bộ ít nhất 1 lần/quý; xử lý nghiêm đảng viên vắng sinh hoạt không có lý do.""")

art("hp009", "https://baodongkhoi.vn/mo-cay-nam-luan-chuyen-bo-tri-bi-thu-khong-la-nguoi-dia-phuong-14092023-a118201.html", "baodongkhoi.vn", "2023-09-14",
"""Mỏ Cày Nam: Luân chuyển, bố trí bí thư không là người địa phương

Thực hiện Kết luận số 25-KL/TU, từ năm 2021 đến nay, Ban Thường vụ Huyện ủy Mỏ Cày Nam đã luân chuyển 19 cán bộ từ huyện về xã, thị trấn và ngược lại. Hiện có 7/16 bí thư đảng ủy xã, thị trấn không là người địa phương, chiếm 43,75%; 5 chủ tịch UBND xã không là người địa phương.

Toàn huyện có 11 đồng chí bí thư đảng ủy đồng thời là chủ tịch HĐND xã. Tại xã Định Thủy, đồng chí bí thư được luân chuyển từ Ban Tuyên giáo Huyện ủy về đã có hơn 2 năm công tác, góp phần đưa thu nhập bình quân đầu người của xã năm 2022 lên 68 triệu đồng, tỷ lệ hộ nghèo còn 0,92%, tức 31 hộ.

Theo đề án, giai đoạn 2023 - 2025, huyện tiếp tục luân chuyển khoảng 10 - 12 cán bộ.""")

art("hp010", "https://baosoctrang.org.vn/xay-dung-dang/202104/my-tu-trao-huy-hieu-dang-cho-86-dang-vien-1012345/", "baosoctrang.org.vn", "2021-04-08",
"""Mỹ Tú trao Huy hiệu Đảng đợt 3-2 cho 86 đảng viên

Sáng 7-4, Huyện ủy Mỹ Tú tổ chức lễ trao Huy hiệu Đảng đợt 3-2 cho 86 đảng viên, trong đó có 2 đồng chí nhận Huy hiệu 70 năm tuổi Đảng, 5 đồng chí nhận Huy hiệu 60 năm, 14 đồng chí nhận Huy hiệu 50 năm, 65 đồng chí nhận Huy hiệu 30, 40 và 45 năm tuổi Đảng.

Đồng chí Bí thư Huyện ủy trao Huy hiệu 70 năm tuổi Đảng cho đảng viên lão thành tại thị trấn Huỳnh Hữu Nghĩa.

Dịp này, Đảng bộ huyện cũng kết nạp 9 đảng viên là người dân tộc Khmer. Hiện, Đảng bộ huyện có 3.947 đảng viên, trong đó đảng viên dân tộc Khmer chiếm 18,2%; đảng viên nữ 1.106 người. Xã Mỹ Hương có 2 đảng viên đang học tập, lao động ở nước ngoài.

Ngô Thanh""")

art("hp011", "https://baodienbienphu.info.vn/tin-tuc/chinh-tri/muong-cha-no-luc-xoa-ban-trang-dang-vien-231877", "baodienbienphu.info.vn", "2024-10-15",
"""Mường Chà nỗ lực xóa bản "trắng" đảng viên

Toàn huyện Mường Chà có 107 bản, tổ dân phố; hiện còn 4 bản chưa có đảng viên, giảm 6 bản so với đầu nhiệm kỳ. Các bản này tập trung ở xã Huổi Mí và xã Sa Lông, nơi đồng bào Mông chiếm trên 90% dân số.

Xã Sa Lông có 8 bản thì 7 bản đã có chi bộ, 1 bản mới có 2 đảng viên sinh hoạt ghép. Đảng ủy xã giao mỗi chi bộ ít nhất phải giới thiệu 1 quần chúng ưu tú trong năm. Từ đầu năm đến nay, xã đã kết nạp 11 đảng viên, đều là người dân tộc Mông, 30 tuổi trở xuống.

Tỷ lệ hộ nghèo của huyện hiện còn 39,5%, thu nhập bình quân đầu người khoảng 26 triệu đồng/năm. Theo mục tiêu, đến cuối năm 2025, huyện không còn bản chưa có đảng viên.""")

art("hp012", "https://baolaocai.vn/bat-xat-hon-mot-nua-bi-thu-chi-bo-kiem-truong-thon-post380112.html", "baolaocai.vn", "2023-12-05",
"""Bát Xát: Hơn một nửa bí thư chi bộ kiêm trưởng thôn

Huyện Bát Xát hiện có 196 chi bộ thôn, tổ dân phố. Trong đó, hơn một nửa số bí thư chi bộ, cụ thể là 104 đồng chí, đồng thời là trưởng thôn; 152 trưởng thôn là đảng viên, đạt 77,6%.

Năm 2023, Huyện ủy tổ chức hai lớp tập huấn nghiệp vụ cho bí thư chi bộ thôn với 196 học viên; mỗi lớp kéo dài 3 ngày. Tại xã Y Tý, 12/12 thôn có chi bộ, 100% bí thư chi bộ đã qua bồi dưỡng.

Đồng chí Lý Văn Chảo, Bí thư Đảng ủy xã Y Tý chia sẻ: "Xã có 347 đảng viên, 98% là đồng bào dân tộc Hà Nhì và Mông. Ba năm qua, xã kết nạp được mười lăm đảng viên trẻ".

Năm 2024, huyện đặt mục tiêu 85% trưởng thôn là đảng viên.""")

art("hp013", "https://baoninhbinh.org.vn/xa-binh-luc-kien-toan-to-chuc-dang-sau-sap-nhap-20250812.htm", "baoninhbinh.org.vn", "2025-08-12",
"""Xã Bình Lục kiện toàn tổ chức đảng sau sáp nhập

Từ ngày 1-7-2025, xã Bình Lục (tỉnh Ninh Bình) chính thức đi vào hoạt động trên cơ sở sáp nhập 4 xã, thị trấn cũ. Đảng bộ xã hiện có 58 chi bộ trực thuộc với 2.914 đảng viên, trong đó 47 chi bộ thôn, tổ dân phố. Ban Chấp hành Đảng bộ xã lâm thời gồm 33 đồng chí, Ban Thường vụ 11 đồng chí.

Trong tháng 7 và tháng 8, Đảng ủy xã đã hợp nhất 19 chi bộ thôn có quy mô nhỏ thành 8 chi bộ; chỉ đạo 100% chi bộ tổ chức sinh hoạt thường kỳ đúng quy định. Đảng ủy xã phân công các đồng chí ủy viên Ban Chấp hành phụ trách địa bàn, dự sinh hoạt với chi bộ.

Trong 7 tháng đầu năm, các chi bộ trên địa bàn đã kết nạp 41 đảng viên, đạt 68,3% chỉ tiêu năm; số đảng viên được miễn sinh hoạt là 212 đồng chí. Đồng chí Trần Quang Huy, Bí thư Đảng ủy xã cho biết, Đảng bộ phấn đấu năm 2025 kết nạp trên 60 đảng viên.""")

art("hp014", "https://baodanang.vn/dai-hoi-dai-bieu-dang-bo-xa-dai-loc-lan-thu-i-nhiem-ky-2025-2030-3301245.html", "baodanang.vn", "2025-09-03",
"""Đại hội đại biểu Đảng bộ xã Đại Lộc lần thứ I, nhiệm kỳ 2025 - 2030

Ngày 2-9, Đảng bộ xã Đại Lộc (thành phố Đà Nẵng) tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Về dự có 150 đại biểu, thay mặt cho hơn 2.100 đảng viên sinh hoạt tại 52 chi bộ.

Nhiệm kỳ 2020 - 2025, các đảng bộ xã cũ trên địa bàn kết nạp 318 đảng viên; tỷ lệ hộ nghèo giảm từ 4,6% xuống còn 0,8%; thu nhập bình quân đầu người năm 2024 đạt 62,5 triệu đồng.

Đại hội bầu Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030 gồm 31 đồng chí; bầu đoàn đại biểu đi dự Đại hội Đảng bộ thành phố lần thứ XXIII gồm 9 đại biểu chính thức và 1 đại biểu dự khuyết.

Đại hội đề ra chỉ tiêu: hằng năm kết nạp từ 60 đảng viên trở lên; trên 90% chi bộ hoàn thành tốt nhiệm vụ trở lên; đến năm 2030 thu nhập bình quân đầu người đạt 120 triệu đồng.""")

art("hp015", "https://baogialai.com.vn/xa-phu-cat-chu-trong-phat-trien-dang-vien-trong-thanh-nien-post331820.html", "baogialai.com.vn", "2025-10-20",
"""Xã Phù Cát: Chú trọng phát triển đảng viên trong thanh niên

Sau hợp nhất, Đảng bộ xã Phù Cát (tỉnh Gia Lai) có 1.864 đảng viên sinh hoạt tại 41 chi bộ. Từ ngày 1-7 đến ngày 30-9-2025, Đảng ủy xã đã kết nạp 23 đảng viên trên tổng số 35 quần chúng được xét, trong đó 17 đảng viên là đoàn viên thanh niên, 3 đảng viên là người có đạo.

Đảng ủy xã đang làm thủ tục chuyển sinh hoạt cho 4 đảng viên ở nước ngoài và xóa tên 2 đảng viên tự ý bỏ sinh hoạt. Hiện, 26/32 thôn có bí thư chi bộ đồng thời là trưởng thôn; 6 thôn còn lại, trưởng thôn chưa là đảng viên.

Theo đồng chí Võ Thị Hoa, Phó Bí thư Thường trực Đảng ủy xã, mỗi chi bộ thôn được giao chỉ tiêu kết nạp ít nhất 2 đảng viên/năm; 100% chi bộ đã xây dựng kế hoạch tạo nguồn phát triển đảng viên.""")

art("hp016", "https://baoangiang.com.vn/tri-ton-cung-co-chi-bo-ap-vung-dong-bao-khmer-a470112.html", "baoangiang.com.vn", "2025-11-18",
"""Tri Tôn: Củng cố chi bộ ấp vùng đồng bào Khmer

Xã Tri Tôn (tỉnh An Giang) có 28 ấp, khóm với 1.320 đảng viên; đồng bào Khmer chiếm gần 60% dân số nhưng đảng viên người Khmer mới chiếm chưa đến 15%. Hiện còn 2 ấp có dưới 10 đảng viên, phải sinh hoạt ghép.

Quý III-2025, Ủy ban Kiểm tra Đảng ủy xã tổ chức 3 cuộc kiểm tra, 5 cuộc giám sát đối với chi bộ ấp; đề nghị thi hành kỷ luật khiển trách 1 đảng viên. Đảng ủy xã chọn 4 chi bộ ấp làm điểm để củng cố, nâng chất lượng sinh hoạt.

Đảng ủy xã cử 15 cán bộ, đảng viên người Khmer tham gia lớp bồi dưỡng tiếng Khmer và kỹ năng vận động quần chúng do Trường Chính trị tỉnh tổ chức. Tỷ lệ hộ nghèo theo chuẩn mới của xã là 5,12%, tương đương 514 hộ.""")

art("hp017", "https://baocantho.com.vn/dang-bo-thanh-pho-can-tho-co-103-dang-bo-xa-phuong-a190233.html", "baocantho.com.vn", "2025-07-28",
"""Đảng bộ thành phố Cần Thơ có 103 đảng bộ xã, phường

Theo Ban Tổ chức Thành ủy Cần Thơ, sau khi hợp nhất Đảng bộ thành phố Cần Thơ, Đảng bộ tỉnh Hậu Giang và Đảng bộ tỉnh Sóc Trăng, Đảng bộ thành phố hiện có 103 đảng bộ xã, phường, 32 đảng bộ cơ sở khác với tổng số gần 147.000 đảng viên.

Tại xã Phong Điền, Đảng bộ xã có 36 chi bộ, 1.405 đảng viên. Ngày 27-7, Đảng ủy xã tổ chức trao Huy hiệu 40 năm tuổi Đảng cho 12 đảng viên và Huy hiệu 30 năm tuổi Đảng cho 21 đảng viên.

Dịp này, 100% đảng viên của xã đã chuyển sinh hoạt về chi bộ mới; 7 đảng viên là công chức cấp huyện cũ được phân công về công tác tại xã. Ban Thường vụ Thành ủy lưu ý các đảng bộ không để đảng viên bị "treo" sinh hoạt quá 30 ngày.""")

art("hp018", "https://baovinhlong.vn/xa-ba-tri-ket-nap-52-dang-vien-trong-nam-2025-a215561.html", "baovinhlong.vn", "2025-12-02",
"""Xã Ba Tri: Kết nạp 52 đảng viên trong năm 2025

Năm 2025, Đảng bộ xã Ba Tri (tỉnh Vĩnh Long) kết nạp được 52 đảng viên, vượt 4% chỉ tiêu; trong đó 31 đảng viên nữ, 40 đảng viên 30 tuổi trở xuống. Tổng số đảng viên của Đảng bộ là 1.742 đồng chí, sinh hoạt ở 44 chi bộ; có 18 chi bộ có từ 50 đảng viên trở lên.

Đảng ủy xã duy trì sinh hoạt chuyên đề ít nhất 1 quý/lần; 6 tháng cuối năm tổ chức 2 hội nghị chuyên đề về nâng cao chất lượng sinh hoạt chi bộ. Mô hình "Chi bộ 4 tốt" được nhân rộng tại 12 ấp.

Thu nhập bình quân đầu người của xã năm 2025 ước đạt 71 triệu đồng; hộ nghèo còn 0,67%. Năm 2026, xã phấn đấu kết nạp 55 - 60 đảng viên.""")

art("hp019", "https://baocaobang.vn/trung-khanh-con-3-xom-chua-co-chi-bo-3178201.html", "baocaobang.vn", "2025-08-25",
"""Trùng Khánh: Còn 3 xóm chưa có chi bộ

Xã Trùng Khánh (tỉnh Cao Bằng) được thành lập trên cơ sở sắp xếp thị trấn Trùng Khánh và các xã lân cận, hiện có 42 xóm, tổ dân phố. Toàn Đảng bộ xã có 39 chi bộ trực thuộc; còn 3 xóm chưa có chi bộ, trong đó 1 xóm chưa có đảng viên.

Trong số 42 trưởng xóm, tổ trưởng tổ dân phố, có 30 người là đảng viên, chiếm 71,4%; 22 bí thư chi bộ kiêm trưởng xóm. Đảng ủy xã giao 11 đồng chí ủy viên Ban Chấp hành trực tiếp phụ trách các xóm khó khăn, dự sinh hoạt chi bộ mỗi tháng 1 lần.

Theo Nghị quyết Đại hội Đảng bộ xã lần thứ I, đến năm 2027, 100% xóm có chi bộ, 85% trưởng xóm là đảng viên.""")

art("hp020", "https://baothainguyen.vn/xay-dung-dang/cho-don-mo-lop-boi-duong-cho-bi-thu-chi-bo-sau-sap-xep-410233.html", "baothainguyen.vn", None,
"""Chợ Đồn mở lớp bồi dưỡng cho bí thư chi bộ sau sắp xếp

Từ ngày 23 đến 25-9, Đảng ủy xã Chợ Đồn (tỉnh Thái Nguyên) phối hợp với Trường Chính trị tỉnh mở lớp bồi dưỡng nghiệp vụ công tác đảng cho 64 học viên là bí thư, phó bí thư chi bộ và cấp ủy viên. Đây là lớp thứ hai trong năm 2025, nâng tổng số học viên được bồi dưỡng lên 131 lượt.

Đảng bộ xã Chợ Đồn hiện có 34 chi bộ với 1.186 đảng viên, đảng viên là người dân tộc Tày, Dao chiếm 83%. Có 15/34 bí thư chi bộ mới được bầu hoặc chỉ định lần đầu sau sắp xếp, chưa qua bồi dưỡng nghiệp vụ.

Phát biểu bế mạc lớp học, đồng chí Hoàng Văn Tuấn, Bí thư Đảng ủy xã đề nghị các học viên vận dụng 6 nội dung đã học vào sinh hoạt chi bộ, nhất là việc chuẩn bị nội dung, điều hành sinh hoạt.

Minh Anh""")
