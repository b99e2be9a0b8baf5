# ---------------- DNN (5) ----------------
art(slug='vinh-phuc-dan-van-khu-cong-nghiep', fam='dnn', prov='Vĩnh Phúc', date='2018-04-23', time='10:00', style='dash',
    site='Ban Dân vận Tỉnh ủy Vĩnh Phúc',
    title='Vĩnh Phúc: công tác dân vận trong công nhân lao động ở các khu công nghiệp',
    paras=[
      'Vĩnh Phúc hiện có hơn 100 nghìn công nhân lao động làm việc tại các khu công nghiệp, phần lớn là lao động trẻ đến từ các tỉnh khác. Làm tốt công tác dân vận trong công nhân là yêu cầu cấp thiết để giữ ổn định quan hệ lao động.',
      'Thực hiện Nghị quyết số 20-NQ/TW ngày 28/01/2008 của Ban Chấp hành Trung ương khóa X về tiếp tục xây dựng giai cấp công nhân Việt Nam, Liên đoàn Lao động tỉnh đã thành lập công đoàn cơ sở ở 85% doanh nghiệp có từ 25 lao động trở lên.',
      'Các cấp công đoàn chủ động đối thoại với người sử dụng lao động, giải quyết kịp thời các kiến nghị về tiền lương, bữa ăn ca và nhà ở, nên năm qua không xảy ra ngừng việc tập thể kéo dài.',
      'Ban Dân vận Tỉnh ủy đề nghị các địa phương có khu công nghiệp quan tâm xây dựng thiết chế văn hóa, nhà trọ đạt chuẩn cho công nhân.',
    ])

art(slug='nam-dinh-phu-nu-nghi-quyet-11', fam='dnn', prov='Nam Định', date='2017-03-06', time='15:45', style='dash',
    site='Ban Dân vận Tỉnh ủy Nam Định',
    title='Nam Định sơ kết 10 năm thực hiện Nghị quyết 11-NQ/TW về công tác phụ nữ',
    paras=[
      'Ngày 03/3, Ban Thường vụ Tỉnh ủy Nam Định tổ chức hội nghị sơ kết 10 năm thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị khóa X về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước.',
      'Sau 10 năm, tỷ lệ nữ tham gia cấp ủy, HĐND các cấp của tỉnh tăng lên; Hội Liên hiệp Phụ nữ các cấp đã giúp hàng nghìn hội viên nghèo vay vốn phát triển kinh tế, học nghề, thoát nghèo.',
      'Cuộc vận động “Xây dựng gia đình 5 không, 3 sạch” được triển khai rộng khắp, góp phần xây dựng nông thôn mới ở các huyện ven biển Giao Thủy, Hải Hậu, Nghĩa Hưng.',
    ])

art(slug='lao-cai-hoi-nghi-dan-van-2026', fam='dnn', prov='Lào Cai', date='2026-01-09', time='16:15', style='dash',
    site='Ban Dân vận Tỉnh ủy Lào Cai',
    title='Lào Cai triển khai nhiệm vụ công tác dân vận năm 2026',
    paras=[
      'Ngày 08/01/2026, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên tỉnh Lào Cai mới, được hợp nhất từ hai tỉnh Lào Cai và Yên Bái, tổng kết công tác dân vận.',
      'Năm 2025, hệ thống dân vận đã tham mưu thực hiện tốt công tác tư tưởng, vận động nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính, tổ chức thành công đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030.',
      'Năm 2026, các cấp ủy tập trung tổng kết 10 năm thực hiện Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị và sơ kết 5 năm thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021; đồng thời tiếp tục thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc.',
      'Đồng chí Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh yêu cầu đổi mới phương thức tiếp cận người dân trên không gian mạng, kịp thời đấu tranh với thông tin sai trái theo Nghị định 15/2020/NĐ-CP của Chính phủ.',
    ])

art(slug='phu-yen-mat-tran-ket-luan-62', fam='dnn', prov='Phú Yên', date='2016-11-18', time='09:00', style='dash',
    site='Ban Dân vận Tỉnh ủy Phú Yên',
    title='Phú Yên: đổi mới hoạt động của Mặt trận và các đoàn thể ở cơ sở',
    paras=[
      'Thực hiện Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị về tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội, các đoàn thể ở Phú Yên đã hướng mạnh hoạt động về khu dân cư.',
      'Nhiều mô hình tự quản như “Khu dân cư tự quản về an ninh trật tự”, “Tổ hòa giải ở cơ sở” phát huy hiệu quả, góp phần giải quyết mâu thuẫn trong nhân dân ngay từ thôn, khu phố.',
      'Ủy ban MTTQ tỉnh đã phối hợp vận động xây dựng 312 nhà đại đoàn kết cho hộ nghèo ở các huyện miền núi Sông Hinh, Đồng Xuân, Sơn Hòa.',
    ])

art(slug='ba-ria-vung-tau-ngu-dan-bam-bien', fam='dnn', prov='Bà Rịa - Vũng Tàu', date='2022-09-14', time='07:30', style='dash',
    site='Ban Dân vận Tỉnh ủy Bà Rịa - Vũng Tàu',
    title='Bà Rịa - Vũng Tàu vận động ngư dân chống khai thác hải sản bất hợp pháp',
    paras=[
      'Để gỡ “thẻ vàng” của Ủy ban châu Âu, Ban Dân vận Tỉnh ủy Bà Rịa - Vũng Tàu đã phối hợp với Hội Nghề cá, Bộ đội Biên phòng tỉnh tổ chức nhiều đợt tuyên truyền, vận động ngư dân không vi phạm vùng biển nước ngoài.',
      'Các tổ đoàn kết trên biển được củng cố, chủ tàu ký cam kết lắp đặt và duy trì thiết bị giám sát hành trình 24/24 giờ. Đến nay, 100% tàu cá có chiều dài từ 15 mét trở lên đã lắp đặt thiết bị.',
      'Ban Dân vận Tỉnh ủy đánh giá, sự vào cuộc của Mặt trận và các đoàn thể đã góp phần nâng cao ý thức chấp hành pháp luật của ngư dân ở các huyện Long Điền, Đất Đỏ và thành phố Vũng Tàu.',
    ])

# ---------------- Newspaper (8) ----------------
art(slug='bao-quang-nam-dan-van-ket-luan-114', fam='newspaper', prov='Quảng Nam', date='2025-07-15', time='17:24', style='bao', jsonld=True,
    site='Báo Quảng Nam', author='VĂN PHIN',
    sapo='Sau 10 năm, chính quyền các cấp ở Quảng Nam đã gần dân, sát dân hơn, nhiều vụ việc phức tạp được giải quyết ngay từ cơ sở.',
    title='Quảng Nam tổng kết 10 năm thực hiện Kết luận số 114-KL/TW',
    paras=[
      'Chiều 14/7, Ban Thường vụ Tỉnh ủy Quảng Nam tổ chức hội nghị tổng kết 10 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp.',
      'Theo báo cáo, 10 năm qua các cơ quan nhà nước đã rà soát, cắt giảm hàng trăm thủ tục hành chính; mức độ hài lòng của người dân với sự phục vụ của cơ quan hành chính tăng qua từng năm.',
      'Công tác tiếp công dân, đối thoại với nhân dân được duy trì nền nếp. Chủ tịch UBND các cấp đã tiếp hơn 12.000 lượt công dân, giải quyết dứt điểm nhiều vụ việc tồn đọng liên quan đến đất đai ở các dự án ven biển.',
      'CAPTION:Đại biểu dự hội nghị tổng kết',
      'Hội nghị diễn ra trong những ngày đầu tỉnh Quảng Nam cũ hợp nhất vào thành phố Đà Nẵng, vì vậy các đại biểu đề nghị sớm chuyển giao đầy đủ hồ sơ, kiến nghị của nhân dân để không bị gián đoạn.',
      'Khen thưởng 20 tập thể và 25 cá nhân có thành tích xuất sắc trong 10 năm thực hiện Kết luận số 114-KL/TW.',
    ])

art(slug='bao-binh-phuoc-dan-van-kheo-2023', fam='newspaper', prov='Bình Phước', date='2023-10-16', time='19:10', style='cn', jsonld=True, meta=False,
    site='Báo Bình Phước', author='N.Hà',
    title='Bình Phước biểu dương 150 điển hình “Dân vận khéo” giai đoạn 2021 - 2023',
    paras=[
      'Tối 15/10, Ban Dân vận Tỉnh ủy Bình Phước tổ chức hội nghị biểu dương điển hình “Dân vận khéo” giai đoạn 2021 - 2023 và kỷ niệm 93 năm Ngày truyền thống công tác dân vận của Đảng.',
      'Trong 3 năm, toàn tỉnh có 1.530 mô hình “Dân vận khéo” được công nhận ở các cấp. Nhiều mô hình tiêu biểu như “Tổ dân vận khéo vận động nhân dân hiến đất làm đường” ở Bù Đăng, “Dân vận khéo trong cải cách hành chính” ở Đồng Xoài.',
      'Phát biểu tại hội nghị, lãnh đạo tỉnh đề nghị tiếp tục thực hiện có hiệu quả Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị, đồng thời chuẩn bị tốt cho việc tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW về công tác dân vận.',
      'Dịp này, 150 tập thể, cá nhân được khen thưởng vì có thành tích xuất sắc trong phong trào thi đua.',
    ])

art(slug='bao-ha-giang-nghi-quyet-25-tong-ket', fam='newspaper', prov='Hà Giang', date='2023-05-30', time='11:15', style='bao',
    site='Báo Hà Giang điện tử', author='Thu Phương',
    title='Hà Giang tổng kết 10 năm thực hiện Nghị quyết Trung ương 7 khóa XI về công tác dân vận',
    paras=[
      'Sáng 29/5, Ban Thường vụ Tỉnh ủy Hà Giang tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.',
      'Qua 10 năm, nhận thức của các cấp ủy, chính quyền, cán bộ, đảng viên về công tác dân vận được nâng lên. Tỉnh đã ban hành nhiều nghị quyết chuyên đề gắn với công tác dân vận như xây dựng nông thôn mới, phát triển du lịch cộng đồng ở cao nguyên đá.',
      'Các đoàn thể đã vận động nhân dân hiến trên 200 nghìn m² đất, đóng góp hàng vạn ngày công làm đường bê tông nông thôn; tỷ lệ hộ nghèo giảm bình quân trên 3% mỗi năm.',
      'Đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy tiếp tục thực hiện nghiêm Kết luận số 43-KL/TW của Ban Bí thư, coi công tác dân vận là nhiệm vụ của cả hệ thống chính trị.',
    ])

art(slug='bao-lang-son-chi-thi-18-ct-tu', fam='newspaper', prov='Lạng Sơn', date='2023-11-06', time='06:50', style='cn',
    site='Báo Lạng Sơn', author=None, og=False,
    title='Một năm thực hiện Chỉ thị số 18-CT/TU: công đoàn vào doanh nghiệp ngoài nhà nước',
    paras=[
      'Sau một năm thực hiện Chỉ thị số 18-CT/TU, ngày 04/11/2022 của Ban Thường vụ Tỉnh ủy Lạng Sơn, công đoàn các cấp đã phát triển thêm 2.150 đoàn viên và thành lập mới 34 công đoàn cơ sở trong các doanh nghiệp ngoài khu vực nhà nước.',
      'Ban Dân vận Tỉnh ủy đã chủ trì hướng dẫn, kiểm tra việc thực hiện chỉ thị, đồng thời tham mưu Ban Thường vụ Tỉnh ủy giao chỉ tiêu phát triển đoàn viên cho từng huyện, thành phố.',
      'Một số doanh nghiệp tại khu kinh tế cửa khẩu Đồng Đăng và khu công nghiệp Đồng Bành đã chủ động phối hợp, tạo điều kiện cho người lao động gia nhập tổ chức công đoàn.',
      'Tuy vậy, việc vận động tại các hộ kinh doanh cá thể và doanh nghiệp nhỏ vẫn gặp nhiều khó khăn do lao động thường xuyên biến động.',
    ])

art(slug='bao-gia-lai-dan-van-nguoi-co-uy-tin-2025', fam='newspaper', prov='Gia Lai', date='2025-11-20', time='14:05', style='bao', jsonld=True,
    site='Báo và Phát thanh, Truyền hình Gia Lai', author='Minh Châu',
    title='Gia Lai phát huy vai trò người có uy tín sau hợp nhất tỉnh',
    paras=[
      'Sau khi tỉnh Gia Lai mới được thành lập trên cơ sở hợp nhất tỉnh Gia Lai và tỉnh Bình Định, địa bàn có hơn 1.500 người có uy tín là già làng, trưởng thôn, chức sắc tôn giáo trong đồng bào Jrai, Bahnar, Chăm H’roi.',
      'Tỉnh đã tổ chức hội nghị gặp mặt người có uy tín ở khu vực phía tây, lắng nghe những kiến nghị về đất sản xuất, nước sinh hoạt và giá nông sản.',
      'Trong bối cảnh thực hiện Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư đã tròn 10 năm, các cấp ủy được yêu cầu hoàn thành báo cáo tổng kết trước ngày 15/12/2025.',
      'Những người có uy tín tiếp tục là cầu nối quan trọng, vận động bà con không nghe theo kẻ xấu, đoàn kết giữ gìn bình yên buôn làng.',
    ])

art(slug='bao-khanh-hoa-dan-van-du-lich', fam='newspaper', prov='Khánh Hòa', date='2016-04-11', time='08:00', style='bao', meta=False,
    site='Báo Khánh Hòa điện tử', author='HẢI LĂNG', nfd=True,
    title='Khánh Hoà: công tác dân vận trong phát triển du lịch biển đảo',
    paras=[
      'Nghề du lịch biển đảo ở Khánh Hoà phát triển nhanh kéo theo nhiều vấn đề về môi trường, trật tự đô thị và sinh kế của ngư dân khi vùng nuôi trồng bị thu hẹp.',
      'Ban Dân vận Tỉnh uỷ đã chỉ đạo Mặt trận, Hội Nông dân, Đoàn Thanh niên phối hợp với chính quyền vận động hộ nuôi trồng thuỷ sản trên vịnh Nha Trang di dời lồng bè, chuyển sang làm dịch vụ du lịch.',
      'Nhờ làm tốt công tác tư tưởng, nhiều hộ dân đã đồng thuận, một số hộ được hỗ trợ vay vốn mở nhà hàng nổi, cho thuê thiết bị lặn biển, có thu nhập ổn định hơn trước.',
      'Tỉnh cũng yêu cầu các doanh nghiệp du lịch ưu tiên tuyển dụng lao động địa phương, chung tay giữ gìn vẻ đẹp vịnh biển.',
    ])

art(slug='bao-ca-mau-ket-luan-43-tuyen-truyen', fam='newspaper', prov='Cà Mau', date='2024-10-15', time='10:45', style='posted',
    site='Báo Cà Mau', author='Thảo Nguyên',
    title='Cà Mau kỷ niệm 94 năm Ngày truyền thống công tác dân vận của Đảng',
    paras=[
      'Sáng 14/10, Ban Dân vận Tỉnh ủy Cà Mau tổ chức họp mặt kỷ niệm 94 năm Ngày truyền thống công tác dân vận của Đảng và 25 năm Ngày “Dân vận” của cả nước.',
      'Dịp này, tỉnh cũng sơ kết 5 năm thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư. Các cấp ủy đã chỉ đạo đưa nội dung công tác dân vận vào chương trình công tác toàn khóa và hằng năm.',
      'Nhiều mô hình ở vùng bãi bồi ven biển Ngọc Hiển, Đầm Dơi đã giúp người dân ổn định cuộc sống, bảo vệ rừng phòng hộ và phát triển nuôi tôm sinh thái.',
      'Ban Dân vận Tỉnh ủy đã trao tặng kỷ niệm chương cho 42 cá nhân và biểu dương các điển hình “Dân vận khéo” tiêu biểu năm 2024.',
    ])

art(slug='bao-da-nang-dan-van-do-thi', fam='newspaper', prov='Đà Nẵng', date='2026-06-05', time='21:30', style='bao', jsonld=True,
    site='Báo Đà Nẵng', author='HOÀNG HIỆP',
    title='Đà Nẵng lấy ý kiến người dân trước khi thực hiện các dự án chỉnh trang đô thị',
    paras=[
      'Thành phố Đà Nẵng vừa yêu cầu các phường, xã tổ chức lấy ý kiến người dân trước khi triển khai các dự án chỉnh trang đô thị, mở rộng đường kiệt, hẻm theo phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”.',
      'Theo Ban Dân vận Thành ủy, việc lấy ý kiến được thực hiện theo Luật Thực hiện dân chủ ở cơ sở, bảo đảm công khai phương án bồi thường, thời gian thi công và trách nhiệm của các bên.',
      'Tại nhiều phường, người dân đã tự nguyện hiến đất, tháo dỡ công trình để mở rộng kiệt, góp phần cải thiện hạ tầng và bảo đảm phòng cháy, chữa cháy.',
    ])

# ---------------- Old table layout (6) ----------------
art(slug='tra-vinh-dan-van-2014', fam='table', prov='Trà Vinh', date='2014-11-03', style='dot',
    site='Ban Dân vận Tỉnh ủy Trà Vinh', author='Thạch Sô Phal',
    title='Trà Vinh: kết quả 10 tháng thực hiện công tác dân vận năm 2014',
    paras=[
      'Trong 10 tháng năm 2014, Ban Dân vận Tỉnh ủy Trà Vinh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành chương trình hành động thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI.',
      'Công tác vận động đồng bào Khmer được chú trọng; các chùa Khmer trong tỉnh tổ chức tốt lễ Sene Đôlta, đảm bảo an ninh trật tự. Ban Dân vận các huyện đã thăm hỏi, tặng quà cho các vị sư cả, Ban quản trị chùa nhân dịp lễ.',
      'Mặt trận Tổ quốc và các đoàn thể bước đầu triển khai Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, xây dựng kế hoạch giám sát năm 2015.',
    ])

art(slug='bac-lieu-dan-van-kheo-2016', fam='table', prov='Bạc Liêu', date='2016-07-20', style='dot', brs=True,
    site='Ban Dân vận Tỉnh ủy Bạc Liêu', author=None,
    title='Bạc Liêu nhân rộng mô hình “Dân vận khéo” trong xây dựng nông thôn mới',
    paras=[
      'Thời gian qua, phong trào “Dân vận khéo” ở Bạc Liêu đã có nhiều chuyển biến, gắn với phong trào “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.',
      'Toàn tỉnh có 634 mô hình được đăng ký, trong đó nổi bật là mô hình vận động nhân dân góp tiền, góp đất làm đường giao thông nông thôn ở huyện Phước Long và mô hình chuyển đổi sản xuất lúa - tôm ở huyện Hồng Dân.',
      'Ban Dân vận Tỉnh ủy đề nghị các địa phương tiếp tục phát hiện, bồi dưỡng và nhân rộng điển hình, kịp thời khen thưởng những cách làm hay để phong trào ngày càng lan tỏa.',
    ])

art(slug='hau-giang-tiep-xuc-doi-thoai-2015', fam='table', prov='Hậu Giang', date=None, brs=False,
    site='Ban Dân vận Tỉnh ủy Hậu Giang', author='Phạm Văn Út',
    title='Hậu Giang: tổ chức tiếp xúc, đối thoại với nhân dân ở cơ sở',
    paras=[
      'Thực hiện Quy chế dân chủ ở cơ sở, năm 2015 các xã, phường, thị trấn ở Hậu Giang đã tổ chức 210 cuộc tiếp xúc, đối thoại giữa lãnh đạo cấp ủy, chính quyền với nhân dân.',
      'Qua đối thoại, người dân đã nêu nhiều kiến nghị về giá lúa, cấp giấy chứng nhận quyền sử dụng đất và sửa chữa các tuyến đường giao thông nông thôn xuống cấp.',
      'Những vấn đề thuộc thẩm quyền đã được giải quyết ngay; những nội dung vượt thẩm quyền được tổng hợp, kiến nghị cấp trên xem xét.',
    ])

art(slug='long-an-nghi-quyet-25-so-ket-2018', fam='table', prov='Long An', date='2018-06-01', style='plain', charset='windows-1258',
    site='Ban Dân vận Tỉnh ủy Long An', author='Nguyễn Thị Lan',
    title='Long An sơ kết 5 năm thực hiện Nghị quyết số 25-NQ/TW về công tác dân vận',
    paras=[
      'Ban Thường vụ Tỉnh ủy Long An vừa tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.',
      'Qua 5 năm, các cấp ủy đảng đã quan tâm lãnh đạo công tác dân vận, thực hiện tốt phương châm “dân biết, dân bàn, dân làm, dân kiểm tra”. Phong trào thi đua “Dân vận khéo” có hơn 1.800 mô hình, tập trung vào xây dựng nông thôn mới và bảo đảm an ninh biên giới.',
      'Hội nghị chỉ ra những hạn chế như một bộ phận cán bộ, công chức còn quan liêu, xa dân; việc giải quyết khiếu nại, tố cáo ở một số nơi còn chậm.',
      'Thời gian tới, tỉnh tiếp tục thực hiện Kết luận số 114-KL/TW của Ban Bí thư về công tác dân vận của cơ quan nhà nước, chính quyền các cấp.',
    ])

art(slug='quang-binh-dan-van-lu-lut-2020', fam='table', prov='Quảng Bình', date='2020-11-24', style='spelled',
    site='Ban Dân vận Tỉnh ủy Quảng Bình', author='Hoàng Thị Mỹ',
    title='Quảng Bình: hệ thống dân vận chung tay giúp dân khắc phục hậu quả lũ lụt',
    paras=[
      'Đợt mưa lũ lịch sử tháng 10/2020 đã gây thiệt hại nặng nề cho người dân Quảng Bình, nhất là các huyện Lệ Thủy, Quảng Ninh và Quảng Trạch.',
      'Ngay sau lũ, Ban Dân vận Tỉnh ủy đã chỉ đạo Mặt trận, các đoàn thể và lực lượng vũ trang huy động hàng nghìn lượt người giúp dân dọn dẹp nhà cửa, trường học, vệ sinh môi trường.',
      'Ủy ban MTTQ tỉnh đã tiếp nhận, phân bổ hàng trăm tỷ đồng và nhiều hàng hóa cứu trợ, bảo đảm công khai, minh bạch, đúng đối tượng theo quy định.',
    ])

art(slug='thai-binh-tong-ket-dan-van-2014', fam='table', prov='Thái Bình', date='2014-12-26', style='dot', charset='windows-1258',
    site='Ban Dân vận Tỉnh ủy Thái Bình', author='Vũ Đình Hòa',
    title='Thái Bình tổng kết công tác dân vận năm 2014',
    paras=[
      'Ngày 25/12, Ban Dân vận Tỉnh ủy Thái Bình tổ chức hội nghị tổng kết công tác dân vận năm 2014, triển khai nhiệm vụ năm 2015.',
      'Năm 2014, hệ thống dân vận đã tham mưu cấp ủy lãnh đạo thực hiện tốt Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI và Quy chế công tác dân vận của hệ thống chính trị; công tác dân vận trong đồng bào Công giáo ở các huyện ven biển có nhiều chuyển biến tích cực.',
      'Năm 2015, các cấp tập trung tuyên truyền, vận động nhân dân tham gia đóng góp ý kiến vào dự thảo văn kiện đại hội đảng các cấp, thực hiện tốt Quyết định 217, 218-QĐ/TW của Bộ Chính trị.',
    ])

# ---------------- Plain text (2) ----------------
art(slug='hai-phong-ghi-chep-dan-van-kheo', fam='text', prov='Hải Phòng', date='2024-08-19', ext='txt',
    title='Hải Phòng: những cách làm hay trong phong trào “Dân vận khéo”',
    lines=[
      'Hải Phòng: những cách làm hay trong phong trào “Dân vận khéo”',
      'Thứ Hai, 19/8/2024',
      'Phong trào thi đua “Dân vận khéo” ở Hải Phòng thời gian qua đã trở thành động lực giúp nhiều địa phương hoàn thành nhiệm vụ chính trị, nhất là trong giải phóng mặt bằng các dự án hạ tầng.',
      'Ở huyện Thủy Nguyên, các tổ dân vận đã đến từng nhà vận động người dân di dời mồ mả, bàn giao đất cho dự án đường vành đai. Ở quận Lê Chân, mô hình “Phố văn minh, kiệt sạch đẹp” được nhân dân hưởng ứng tích cực.',
      'Ban Dân vận Thành ủy cho biết sẽ tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị và chuẩn bị sơ kết 5 năm vào năm 2026.',
    ])

art(slug='nghe-an-ban-tin-dan-van-2015', fam='text', prov='Nghệ An', date=None, ext='txt',
    title='Bản tin công tác dân vận tháng 5/2015',
    lines=[
      'Skip to main content',
      'Bản tin công tác dân vận tháng 5/2015',
      'Ban Dân vận Tỉnh ủy Nghệ An',
      'Trong tháng, Ban Dân vận Tỉnh ủy đã hướng dẫn các huyện, thành, thị ủy tổ chức các hoạt động kỷ niệm 125 năm Ngày sinh Chủ tịch Hồ Chí Minh, gắn với sơ kết 4 năm thực hiện Chỉ thị 03-CT/TW của Bộ Chính trị.',
      'Các đoàn thể tiếp tục vận động nhân dân tham gia xây dựng nông thôn mới, thực hiện Quy chế dân chủ ở cơ sở và chuẩn bị tốt cho đại hội đảng bộ các cấp nhiệm kỳ 2015 - 2020.',
    ])
