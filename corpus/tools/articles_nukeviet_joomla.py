# Articles in the shape of NukeViet and Joomla portals (written by the dva team).
# Fields: slug, fam (folder), tpl (template variant), prov (expected province), date (ISO or None), time,
# style (how the page prints its date, see portal_templates.visible_date), site, author, title, paras
# (one entry per paragraph; 'CAPTION:' marks an image caption, 'SUB:' a bold subheading).

# ---------------- NukeViet (9) ----------------
art(slug='lang-son-giao-ban-dan-van-quy-i-2023', fam='nukeviet', prov='Lạng Sơn', date='2023-04-06', time='15:42', style='nv',
    site='Ban Dân vận Tỉnh ủy Lạng Sơn', author='Hoàng Thu Trang',
    title='Lạng Sơn: giao ban công tác dân vận quý I năm 2023',
    paras=[
      'Chiều 05/4, Ban Dân vận Tỉnh ủy Lạng Sơn tổ chức hội nghị giao ban công tác dân vận quý I, triển khai nhiệm vụ quý II năm 2023. Dự hội nghị có lãnh đạo Ủy ban MTTQ tỉnh, các tổ chức chính trị - xã hội và trưởng ban dân vận các huyện ủy, thành ủy.',
      'Trong quý I, hệ thống dân vận các cấp đã tham mưu cấp ủy triển khai Chỉ thị số 18-CT/TU, ngày 04/11/2022 của BTV Tỉnh ủy về tăng cường lãnh đạo công tác phát triển đoàn viên công đoàn trong doanh nghiệp ngoài khu vực nhà nước. Đề án số 05-ĐA/TU, ngày 11/8/2022 về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể tiếp tục được cụ thể hóa bằng kế hoạch ở từng huyện.',
      'CAPTION:Quang cảnh hội nghị giao ban công tác dân vận quý I năm 2023',
      'Các địa phương đã chuẩn bị chu đáo cho việc tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Đến hết tháng 3, 11/11 huyện, thành phố đã hoàn thành xây dựng báo cáo tổng kết.',
      'Phong trào thi đua “Dân vận khéo” tiếp tục lan tỏa với 214 mô hình mới đăng ký, tập trung vào phát triển kinh tế hộ gia đình, giữ gìn an ninh trật tự ở thôn bản biên giới và xây dựng nông thôn mới nâng cao.',
      'Phát biểu kết luận, đồng chí Trưởng Ban Dân vận Tỉnh ủy đề nghị các đơn vị bám sát cơ sở, nắm chắc tình hình nhân dân, kịp thời tham mưu giải quyết những vấn đề bức xúc nảy sinh, không để hình thành điểm nóng.',
    ])

art(slug='binh-phuoc-ket-qua-dan-van-chinh-quyen-2021', fam='nukeviet', prov='Bình Phước', date='2021-12-28', time='10:05', style='nv',
    site='Ban Dân vận Tỉnh ủy Bình Phước', author='Lê Văn Toàn',
    title='Bình Phước tổng kết năm “Dân vận chính quyền” 2021',
    paras=[
      'Sáng 27/12, UBND tỉnh Bình Phước phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận chính quyền năm 2021. Hội nghị được tổ chức theo hình thức trực tuyến đến 11 điểm cầu huyện, thị xã, thành phố.',
      'Năm 2021, các cơ quan hành chính nhà nước trong tỉnh tiếp tục thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp. Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 99,2%, số vụ khiếu nại đông người giảm rõ rệt so với năm trước.',
      'Việc thực hiện Quy chế dân chủ ở cơ sở gắn với Nghị định 04/2015/NĐ-CP về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước được các đơn vị chú trọng. Người đứng đầu cấp ủy, chính quyền các cấp đã tổ chức 1.326 buổi tiếp công dân định kỳ và đột xuất.',
      'Trong đồng bào DTTS, đội ngũ người có uy tín tiếp tục phát huy vai trò cầu nối giữa cấp ủy, chính quyền với nhân dân ở các xã biên giới Lộc Ninh, Bù Đốp và Bù Gia Mập.',
      'Hội nghị đã khen thưởng 18 tập thể, 25 cá nhân có thành tích xuất sắc trong thực hiện năm “Dân vận chính quyền” 2021.',
    ])

art(slug='ha-giang-tong-ket-10-nam-chi-thi-49', fam='nukeviet', prov='Hà Giang', date='2025-05-20', time='16:10', style='nv', meta=False,
    site='Ban Dân vận Tỉnh ủy Hà Giang', author='Vàng Thị Mai',
    title='Hà Giang tổng kết 10 năm thực hiện Chỉ thị số 49-CT/TW về công tác dân vận ở vùng đồng bào dân tộc thiểu số',
    paras=[
      'Ngày 19/5, Ban Thường vụ Tỉnh ủy Hà Giang tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận ở vùng đồng bào dân tộc thiểu số.',
      'Sau 10 năm, nhận thức của cấp ủy, chính quyền về vị trí, vai trò của công tác dân vận ở vùng DTTS có chuyển biến rõ nét. Toàn tỉnh đã xây dựng 1.150 mô hình “Dân vận khéo”, trong đó nhiều mô hình gắn với phát triển du lịch cộng đồng trên cao nguyên đá Đồng Văn.',
      'SUB:Những kết quả nổi bật',
      'Các cấp ủy đã chỉ đạo thực hiện nghiêm Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị. Đội ngũ cán bộ, đảng viên được phân công phụ trách hộ gia đình đã giúp đồng bào xóa nhà tạm, xóa bỏ tập tục lạc hậu trong việc cưới, việc tang.',
      'Tình trạng tảo hôn, hôn nhân cận huyết thống giảm mạnh; an ninh chính trị, trật tự an toàn xã hội ở vùng biên giới được giữ vững. Những năm tới, tỉnh tiếp tục đặt mục tiêu 100% thôn, bản có mô hình dân vận khéo hiệu quả.',
    ])

art(slug='quang-nam-so-ket-5-nam-quyet-dinh-99', fam='nukeviet', prov='Quảng Nam', date='2022-11-15', time='09:30', style='nv',
    site='Ban Dân vận Tỉnh ủy Quảng Nam', author='Phan Thị Hiền',
    title='Quảng Nam sơ kết 5 năm thực hiện Quyết định 99-QĐ/TW',
    paras=[
      'Ban Dân vận Tỉnh ủy Quảng Nam vừa tổ chức hội nghị sơ kết 5 năm thực hiện Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư ban hành khung hướng dẫn tiếp tục đẩy mạnh và nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp.',
      'Qua 5 năm, phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng” được cụ thể hóa trong từng chương trình, dự án. Nhiều địa phương miền núi như Nam Trà My, Tây Giang đã vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn.',
      'Công tác dân vận của lực lượng vũ trang tỉnh tiếp tục phát huy hiệu quả, nhất là trong phòng chống thiên tai, giúp dân khắc phục hậu quả bão lũ ở các huyện ven biển và vùng núi phía tây tỉnh.',
      'Hội nghị cũng chỉ ra một số hạn chế như việc đối thoại giữa người đứng đầu với nhân dân ở một số nơi còn hình thức, chưa giải quyết dứt điểm kiến nghị sau đối thoại. Thời gian tới, các cấp ủy cần chỉ đạo kiểm tra, giám sát việc thực hiện kết luận sau đối thoại.',
    ])

art(slug='nghe-an-dan-van-kheo-xay-dung-nong-thon-moi', fam='nukeviet', prov='Nghệ An', date='2019-08-09', time='08:15', style='nv',
    site='Ban Dân vận Tỉnh ủy Nghệ An', author='Nguyễn Hữu Quang',
    title='Nghệ An: “Dân vận khéo” góp sức xây dựng nông thôn mới',
    paras=[
      'CAPTION:Người dân xã Diễn Kỷ, huyện Diễn Châu hiến đất mở rộng đường làng',
      'Những năm qua, phong trào thi đua “Dân vận khéo” ở Nghệ An được triển khai sâu rộng, gắn với Chương trình mục tiêu quốc gia xây dựng nông thôn mới. Đến nay, toàn tỉnh có hơn 3.000 mô hình được công nhận ở các cấp.',
      'Thực hiện Chỉ thị 05 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, nhiều cán bộ, đảng viên đã gương mẫu đi đầu, vận động gia đình, dòng họ hiến đất, dỡ bỏ tường rào để làm đường.',
      'Ở huyện Yên Thành, mô hình “Chi bộ 4 tốt, 4 không” đã giúp 100% hộ dân thực hiện nếp sống văn minh trong việc cưới, việc tang. Tại các xã miền núi Kỳ Sơn, Tương Dương, mô hình “Cán bộ bám bản, giúp dân” góp phần giảm tỷ lệ hộ nghèo trong đồng bào DTTS.',
      'Ban Dân vận Tỉnh ủy xác định sẽ tiếp tục lựa chọn những mô hình tiêu biểu để nhân rộng, đồng thời kịp thời khen thưởng các tập thể, cá nhân có cách làm hay, sáng tạo.',
    ])

art(slug='cao-bang-hoi-nghi-nguoi-co-uy-tin-2016', fam='nukeviet', prov='Cao Bằng', date='2016-10-21', time='14:00', style='nv', meta=False,
    site='Ban Dân vận Tỉnh ủy Cao Bằng', author='Nông Văn Hùng',
    title='Cao Bằng gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2016',
    paras=[
      'Ngày 20/10, Ban Dân vận Tỉnh ủy Cao Bằng phối hợp với Ban Dân tộc tỉnh tổ chức gặp mặt 250 người có uy tín tiêu biểu trong đồng bào các dân tộc thiểu số năm 2016.',
      'Tại buổi gặp mặt, các đại biểu đã trao đổi về việc triển khai Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư, trong đó nhấn mạnh vai trò của già làng, trưởng bản, người có uy tín trong vận động đồng bào chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
      'Nhiều ý kiến phản ánh tình trạng người dân bị lôi kéo theo đạo trái pháp luật ở một số xóm vùng cao; đề nghị các cấp tăng cường tuyên truyền, đồng thời quan tâm hơn đến đời sống, sinh kế của bà con.',
      'Các ý kiến đã được lãnh đạo tỉnh ghi nhận và giao các sở, ngành liên quan nghiên cứu, giải quyết theo thẩm quyền.',
    ])

art(slug='son-la-tap-huan-quy-che-dan-chu', fam='nukeviet', prov='Sơn La', date=None, style='nv',
    site='Ban Dân vận Tỉnh ủy Sơn La', author='Lò Thị Hương',
    title='Sơn La tập huấn nghiệp vụ thực hiện Quy chế dân chủ ở cơ sở',
    paras=[
      'Ban Dân vận Tỉnh ủy Sơn La vừa tổ chức lớp tập huấn nghiệp vụ công tác dân vận và thực hiện Quy chế dân chủ ở cơ sở cho hơn 200 học viên là cán bộ làm công tác dân vận ở các xã, phường, thị trấn.',
      'Các học viên được quán triệt Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện Quy chế dân chủ ở cơ sở; những điểm mới của Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15.',
      'Báo cáo viên cũng hướng dẫn kỹ năng nắm tình hình nhân dân, kỹ năng tổ chức đối thoại và tiếp nhận, xử lý kiến nghị của cử tri, giúp cán bộ cơ sở vận dụng vào thực tiễn ở bản làng vùng cao.',
    ])

art(slug='kon-tum-ky-niem-ngay-truyen-thong-dan-van-2018', fam='nukeviet', prov='Kon Tum', date='2018-10-15', time='07:45', style='nv',
    site='Ban Dân vận Tỉnh ủy Kon Tum', author='Y Liên',
    title='Kon Tum kỷ niệm 88 năm Ngày truyền thống công tác dân vận của Đảng',
    paras=[
      'Sáng 14/10, Ban Dân vận Tỉnh ủy Kon Tum long trọng tổ chức lễ kỷ niệm 88 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2018) và 19 năm Ngày “Dân vận” của cả nước.',
      'Diễn văn ôn lại chặng đường vẻ vang của công tác dân vận, khẳng định những thành tựu mà hệ thống dân vận tỉnh đạt được sau 5 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI.',
      'Trong năm, Mặt trận Tổ quốc và các đoàn thể đã thực hiện tốt Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, tổ chức 64 cuộc giám sát và 12 hội nghị phản biện xã hội đối với dự thảo văn bản của tỉnh.',
      'Nhân dịp này, 35 cá nhân được trao tặng Kỷ niệm chương “Vì sự nghiệp dân vận” của Ban Dân vận Trung ương.',
    ])

art(slug='tuyen-quang-dan-van-sau-sap-nhap-2025', fam='nukeviet', prov='Tuyên Quang', date='2025-10-14', time='17:20', style='nv',
    site='Ban Dân vận Tỉnh ủy Tuyên Quang', author='Triệu Văn Sơn',
    title='Tuyên Quang: hệ thống dân vận vận hành thông suốt sau hợp nhất tỉnh',
    paras=[
      'Sau hơn ba tháng tỉnh Tuyên Quang mới được hình thành trên cơ sở hợp nhất hai tỉnh Tuyên Quang và Hà Giang, hệ thống dân vận các cấp đã nhanh chóng ổn định tổ chức, đi vào hoạt động nền nếp theo mô hình chính quyền địa phương hai cấp.',
      'Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành quy chế phối hợp mới giữa các cơ quan tham mưu của Đảng với Mặt trận Tổ quốc, các đoàn thể ở cấp xã, bảo đảm không để gián đoạn việc tiếp nhận, giải quyết kiến nghị của nhân dân.',
      'Các xã vùng cao phía bắc tiếp tục duy trì mô hình “Dân vận khéo” trong giữ gìn an ninh biên giới, phát triển du lịch cộng đồng. Việc chuẩn bị sơ kết 5 năm thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị được triển khai ngay từ quý IV năm 2025 để tiến hành trong năm 2026.',
      'Lãnh đạo tỉnh yêu cầu cán bộ cấp xã sau sắp xếp phải gần dân, sát dân hơn, lắng nghe và giải quyết kịp thời những vướng mắc của người dân trong thủ tục hành chính.',
    ])

# ---------------- Joomla 3 (5) ----------------
art(slug='hoa-binh-chuyen-de-dan-van-ton-giao', fam='joomla', tpl='joomla3', prov='Hòa Bình', date='2017-06-12', time='09:00',
    site='Ban Dân vận Tỉnh ủy Hoà Bình', author='Bùi Thị Thuỷ',
    title='Hoà Bình: sơ kết công tác dân vận đối với đồng bào có đạo',
    paras=[
      'Ngày 09/6, Ban Dân vận Tỉnh ủy Hoà Bình tổ chức hội nghị chuyên đề về công tác vận động đồng bào có đạo trên địa bàn tỉnh giai đoạn 2013 - 2017.',
      'Thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng (khóa IX) về công tác tôn giáo, các cấp uỷ đã chỉ đạo giải quyết kịp thời nhu cầu sinh hoạt tôn giáo chính đáng của đồng bào, đồng thời kiên quyết đấu tranh với các hoạt động lợi dụng tôn giáo.',
      'Chức sắc, chức việc các tôn giáo trong tỉnh cơ bản hoạt động tuân thủ pháp luật, tích cực vận động tín đồ tham gia phong trào “Toàn dân đoàn kết xây dựng đời sống văn hoá”, giữ gìn hoà thuận trong khu dân cư.',
      'Hội nghị thống nhất thời gian tới tăng cường tập huấn cho cán bộ cơ sở về kỹ năng vận động đồng bào có đạo, chú trọng các xã vùng sâu của huyện Đà Bắc và Mai Châu.',
    ])

art(slug='bac-giang-thanh-nien-nghi-quyet-25-2008', fam='joomla', tpl='joomla3', prov='Bắc Giang', date='2018-07-24', time='10:30',
    site='Ban Dân vận Tỉnh ủy Bắc Giang', author='Thân Văn Đức',
    title='Bắc Giang tổng kết 10 năm thực hiện Nghị quyết Trung ương 7 khóa X về công tác thanh niên',
    paras=[
      'Ban Thường vụ Tỉnh ủy Bắc Giang đã tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành Trung ương Đảng khóa X về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa.',
      'Trong 10 năm, Đoàn Thanh niên các cấp đã tập hợp, vận động đoàn viên tham gia phát triển kinh tế, lập nghiệp; hơn 4.200 thanh niên được hỗ trợ vốn vay thông qua các tổ tiết kiệm và vay vốn do Đoàn quản lý.',
      'Tuy nhiên, hội nghị cũng chỉ rõ việc tập hợp thanh niên công nhân trong các khu công nghiệp còn khó khăn, tỷ lệ đoàn viên trong doanh nghiệp ngoài nhà nước còn thấp.',
      'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tiếp tục quan tâm đào tạo, bồi dưỡng cán bộ Đoàn và xem kết quả công tác thanh niên là một tiêu chí đánh giá cấp ủy hằng năm.',
    ])

art(slug='quang-ninh-giam-sat-phan-bien-217-218', fam='joomla', tpl='joomla3', prov='Quảng Ninh', date='2023-12-05', time='16:45',
    site='Ban Dân vận Tỉnh ủy Quảng Ninh', author='Đỗ Minh Ngọc',
    title='Quảng Ninh tổng kết 10 năm thực hiện Quyết định 217, 218-QĐ/TW',
    paras=[
      'Chiều 04/12, Ban Thường vụ Tỉnh ủy Quảng Ninh tổ chức hội nghị tổng kết 10 năm thực hiện Quyết định số 217- QĐ/TW về Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội, Quyết định số 218-QĐ/TW về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền.',
      'Trong 10 năm, Ủy ban MTTQ và các đoàn thể các cấp trong tỉnh đã chủ trì hơn 2.800 cuộc giám sát, tổ chức 540 hội nghị phản biện xã hội. Nhiều kiến nghị sau giám sát đã được UBND các cấp tiếp thu, điều chỉnh chính sách cho phù hợp với thực tiễn.',
      'Hội nghị cũng đánh giá việc thực hiện Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư về giám sát của MTTQ và các đoàn thể đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên.',
      'Phát biểu chỉ đạo, đồng chí Phó Bí thư Tỉnh ủy đề nghị HĐND, UBND các cấp tiếp tục tạo điều kiện để Mặt trận và các đoàn thể thực hiện tốt vai trò giám sát, phản biện xã hội, góp phần xây dựng Đảng bộ và chính quyền trong sạch, vững mạnh.',
    ])

art(slug='an-giang-ket-qua-dan-van-2015', fam='joomla', tpl='joomla3', prov='An Giang', date='2015-12-30', time='08:00',
    site='Ban Dân vận Tỉnh ủy An Giang', author='Trần Thanh Sơn',
    title='Kết quả công tác dân vận năm 2015 và phương hướng năm 2016',
    paras=[
      'Năm 2015, hệ thống dân vận tỉnh An Giang đã tập trung tham mưu cấp ủy lãnh đạo tổ chức thành công đại hội đảng bộ các cấp, đồng thời triển khai Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư đến toàn thể cán bộ, công chức.',
      'Công tác dân vận đối với đồng bào Khmer và đồng bào Chăm theo đạo Hồi ở các huyện Tri Tôn, Tịnh Biên, An Phú được quan tâm thường xuyên. Các ngày lễ, tết truyền thống của đồng bào đều được lãnh đạo tỉnh thăm hỏi, chúc mừng.',
      'Phong trào thi đua “Dân vận khéo” có 2.976 mô hình đăng ký, trong đó nhiều mô hình về sản xuất lúa chất lượng cao, xây dựng cầu nông thôn đã mang lại hiệu quả thiết thực cho người dân vùng đồng bằng sông Cửu Long.',
      'Năm 2016, hệ thống dân vận tập trung tuyên truyền Nghị quyết Đại hội XII của Đảng, vận động nhân dân tham gia bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2016 - 2021.',
    ])

art(slug='dak-nong-luat-thuc-hien-dan-chu-co-so', fam='joomla', tpl='joomla3', prov='Đắk Nông', date='2023-07-03', time='14:20',
    site='Ban Dân vận Tỉnh ủy Đắk Nông', author=None,
    title='Đắk Nông triển khai Luật Thực hiện dân chủ ở cơ sở',
    paras=[
      'Từ ngày 01/7/2023, Luật Thực hiện dân chủ ở cơ sở chính thức có hiệu lực. Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Đắk Nông đã ban hành kế hoạch tuyên truyền, phổ biến luật đến từng thôn, bon, tổ dân phố.',
      'Theo kế hoạch, các huyện, thành phố tổ chức hội nghị quán triệt cho cán bộ chủ chốt; Mặt trận Tổ quốc các cấp phối hợp biên soạn tài liệu song ngữ tiếng Việt - tiếng M’nông để tuyên truyền trong đồng bào DTTS tại chỗ.',
      'Cùng với đó, tỉnh tiếp tục thực hiện Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị, gắn việc thực hiện dân chủ ở cơ sở với cải cách hành chính, xây dựng chính quyền thân thiện, phục vụ nhân dân.',
    ])

# ---------------- Joomla 1.5 (3) ----------------
art(slug='thanh-hoa-hoi-nghi-quy-che-dan-van-2014', fam='joomla', tpl='joomla15', prov='Thanh Hóa', date='2014-09-26', time='09:15',
    site='Ban Dân vận Tỉnh ủy Thanh Hoá',
    title='Thanh Hoá sơ kết thực hiện Quy chế công tác dân vận của hệ thống chính trị',
    paras=[
      'Ban Thường vụ Tỉnh uỷ Thanh Hoá vừa tổ chức hội nghị sơ kết thực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị (khoá X) ban hành Quy chế công tác dân vận của hệ thống chính trị.',
      'Qua 4 năm thực hiện, 100% cấp uỷ huyện, thị, thành uỷ và đảng uỷ trực thuộc đã cụ thể hoá quy chế phù hợp với đặc điểm địa phương. Công tác dân vận của các cơ quan nhà nước, nhất là trong giải phóng mặt bằng các dự án lớn ở Nghi Sơn, có nhiều chuyển biến.',
      'Hội nghị cũng bàn giải pháp triển khai Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương (khoá XI) đến chi bộ, gắn với việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh theo Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị.',
      'Đồng chí Phó Bí thư Tỉnh uỷ yêu cầu các cấp uỷ đảng thường xuyên kiểm tra, giám sát việc thực hiện quy chế, coi đây là nhiệm vụ thường xuyên của cả hệ thống chính trị.',
    ])

art(slug='ben-tre-doi-thoai-nguoi-dung-dau-2015', fam='joomla', tpl='joomla15', prov='Bến Tre', date='2015-08-07', time='15:30',
    site='Ban Dân vận Tỉnh ủy Bến Tre',
    title='Bến Tre duy trì đối thoại giữa người đứng đầu cấp ủy với nhân dân',
    paras=[
      'Những năm gần đây, các cấp ủy, chính quyền ở Bến Tre duy trì đều đặn việc đối thoại trực tiếp giữa người đứng đầu với nhân dân, coi đây là cách làm thiết thực để thực hiện Quy chế dân chủ ở cơ sở.',
      'Riêng 6 tháng đầu năm 2015, toàn tỉnh tổ chức 182 cuộc đối thoại với hơn 9.000 lượt người tham dự. Các kiến nghị chủ yếu liên quan đến bồi thường giải phóng mặt bằng, xây dựng cầu giao thông nông thôn và chuyển đổi cây trồng trên đất lúa kém hiệu quả.',
      'Việc đối thoại được gắn với thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương và Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.',
      'Ban Dân vận Tỉnh ủy đề nghị sau mỗi buổi đối thoại phải có thông báo kết luận, phân công rõ cơ quan, thời hạn giải quyết và công khai kết quả để nhân dân giám sát.',
    ])

art(slug='yen-bai-hoc-tap-lam-theo-bac-2016', fam='joomla', tpl='joomla15', prov='Yên Bái', date='2016-06-17', time='10:10',
    site='Ban Dân vận Tỉnh ủy Yên Bái',
    title='Yên Bái triển khai Chỉ thị 05-CT/TW trong khối dân vận',
    paras=[
      'Ngày 16/6, Ban Dân vận Tỉnh ủy Yên Bái tổ chức hội nghị quán triệt, triển khai Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đến cán bộ khối dân vận, Mặt trận và các đoàn thể.',
      'Hội nghị nhấn mạnh yêu cầu mỗi cán bộ làm công tác dân vận phải “trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân”, nói đi đôi với làm, nêu gương trong cuộc sống hằng ngày.',
      'Các đơn vị đăng ký việc làm cụ thể như giúp đỡ hộ nghèo người Mông ở Mù Cang Chải, Trạm Tấu phát triển chăn nuôi, trồng quế, góp phần giảm nghèo bền vững ở vùng cao Yên Bái.',
    ])
