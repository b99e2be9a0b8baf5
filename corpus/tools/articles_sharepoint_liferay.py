# ---------------- SharePoint (6) ----------------
art(slug='ha-noi-dan-van-chinh-quyen-2019', fam='sharepoint', prov='Hà Nội', date='2019-03-15', time='09:30', style='plain',
    site='Cổng thông tin điện tử Ban Dân vận Thành ủy Hà Nội', author='Thu Hà',
    title='Hà Nội đẩy mạnh công tác dân vận chính quyền năm 2019',
    paras=[
      'Thành ủy Hà Nội vừa ban hành kế hoạch thực hiện công tác dân vận chính quyền năm 2019 với chủ đề “Năm dân vận chính quyền”, tập trung vào cải cách thủ tục hành chính và nâng cao tinh thần thái độ phục vụ nhân dân của cán bộ, công chức.',
      'Kế hoạch yêu cầu các quận, huyện, thị xã thực hiện nghiêm Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư và Quyết định số 99-QĐ/TW ngày 03/10/2017 về khung hướng dẫn công tác dân vận của cơ quan nhà nước, chính quyền các cấp.',
      'CAPTION:Cán bộ bộ phận một cửa phường hướng dẫn người dân làm thủ tục hành chính',
      'Các cơ quan nhà nước phải công khai thủ tục, phí, lệ phí; xử lý nghiêm cán bộ gây phiền hà, sách nhiễu nhân dân. Người đứng đầu chính quyền các cấp tổ chức đối thoại ít nhất mỗi năm một lần với nhân dân.',
      'Ban Dân vận Thành ủy chủ trì theo dõi, đôn đốc và định kỳ 6 tháng báo cáo Ban Thường vụ Thành ủy kết quả thực hiện.',
    ])

art(slug='thua-thien-hue-tong-ket-20-nam-nghi-quyet-23', fam='sharepoint', prov='Thừa Thiên Huế', date='2023-03-21', time='16:00', style='spelled',
    site='Ban Dân vận Tỉnh ủy Thừa Thiên Huế', author='Hồ Văn Phước',
    title='Thừa Thiên Huế tổng kết 20 năm thực hiện Nghị quyết về đại đoàn kết toàn dân tộc',
    paras=[
      'Ban Thường vụ Tỉnh ủy Thừa Thiên Huế đã tổ chức hội nghị tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng (khóa IX) về phát huy sức mạnh đại đoàn kết toàn dân tộc vì dân giàu, nước mạnh, xã hội công bằng, dân chủ, văn minh.',
      'Trong 20 năm, khối đại đoàn kết trên địa bàn tỉnh không ngừng được củng cố. Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” đã huy động hàng nghìn tỷ đồng từ nhân dân và các nhà hảo tâm.',
      'Hội nghị đồng thời tổng kết 20 năm thực hiện Nghị quyết số 24-NQ/TW ngày 12/3/2003 về công tác dân tộc ở hai huyện miền núi A Lưới và Nam Đông, nơi đời sống đồng bào Tà Ôi, Cơ Tu có nhiều đổi thay.',
      'Ban Thường vụ Tỉnh ủy yêu cầu tiếp tục đổi mới phương thức tập hợp các tầng lớp nhân dân, chú trọng trí thức, doanh nhân, đồng bào có đạo và người Việt Nam ở nước ngoài.',
    ])

art(slug='kien-giang-cong-tac-dan-van-dong-bao-khmer', fam='sharepoint', prov='Kiên Giang', date='2020-01-10', time='08:45', style='cn',
    site='Ban Dân vận Tỉnh ủy Kiên Giang', author='Danh Sơn',
    title='Kiên Giang: nâng cao hiệu quả công tác dân vận vùng đồng bào Khmer',
    paras=[
      'Thực hiện Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới, Ban Dân vận Tỉnh ủy Kiên Giang đã tham mưu xây dựng chương trình hành động và kế hoạch kiểm tra định kỳ.',
      'Hai năm qua, các huyện Gò Quao, Châu Thành, Giồng Riềng đã xây dựng hàng trăm căn nhà đại đoàn kết, hỗ trợ bò giống và vốn vay ưu đãi cho hộ nghèo người Khmer. Các chùa Phật giáo Nam tông Khmer được hỗ trợ sửa chữa, tổ chức lớp dạy chữ Khmer trong dịp hè.',
      'Đội ngũ sư sãi, người có uy tín trong phum, sóc tích cực vận động bà con cho con em đến trường, tham gia bảo vệ an ninh trật tự và chấp hành tốt chủ trương, chính sách.',
      'Năm 2020, tỉnh tập trung chuẩn bị tốt các điều kiện để tổ chức lễ hội Chôl Chnăm Thmây an toàn, vui tươi, tiết kiệm.',
    ])

art(slug='ha-tinh-dan-van-kheo-giai-phong-mat-bang', fam='sharepoint', prov='Hà Tĩnh', date='2017-11-02', time='10:20', style='plain',
    site='Ban Dân vận Tỉnh ủy Hà Tĩnh', author='Trần Hậu',
    title='Hà Tĩnh vận động nhân dân giải phóng mặt bằng dự án đường ven biển',
    paras=[
      'Để bảo đảm tiến độ dự án đường ven biển, Ban Dân vận Tỉnh ủy Hà Tĩnh đã chỉ đạo các huyện Kỳ Anh, Cẩm Xuyên, Thạch Hà thành lập tổ dân vận đến từng hộ gia đình nằm trong diện thu hồi đất.',
      'Các tổ công tác kiên trì giải thích chính sách bồi thường, hỗ trợ, tái định cư; kịp thời tiếp nhận kiến nghị và phối hợp với chính quyền giải quyết những trường hợp phức tạp. Nhờ vậy, hơn 95% hộ dân đã bàn giao mặt bằng đúng hạn.',
      'Cách làm ở Hà Tĩnh cho thấy khi thực hiện đúng phương châm dân biết, dân bàn, dân kiểm tra theo Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư, người dân sẽ đồng thuận và chia sẻ với khó khăn của địa phương.',
    ])

art(slug='binh-dinh-mat-tran-giam-sat-2022', fam='sharepoint', prov='Bình Định', date='2022-06-28', time='14:30', style='spelled',
    site='Ban Dân vận Tỉnh ủy Bình Định', author='Lê Hồng Nhung',
    title='Bình Định: Mặt trận Tổ quốc tăng cường giám sát, phản biện xã hội',
    paras=[
      'Trong 6 tháng đầu năm 2022, Ủy ban MTTQ Việt Nam tỉnh Bình Định và các tổ chức chính trị - xã hội đã chủ trì 146 cuộc giám sát theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.',
      'Nội dung giám sát tập trung vào việc thực hiện chính sách hỗ trợ người lao động gặp khó khăn do đại dịch Covid-19, công tác quản lý đất đai và bảo vệ môi trường ở các khu công nghiệp.',
      'Thực hiện Quyết định số 218-QĐ/TW, Mặt trận các cấp đã tổ chức 32 hội nghị lấy ý kiến nhân dân góp ý xây dựng Đảng, xây dựng chính quyền; nhiều ý kiến được cấp ủy tiếp thu.',
      'Ban Dân vận Tỉnh ủy đề nghị các cơ quan được giám sát nghiêm túc trả lời kiến nghị, tránh tình trạng kiến nghị kéo dài, gây bức xúc trong nhân dân.',
    ])

art(slug='lai-chau-so-ket-ket-luan-43', fam='sharepoint', prov='Lai Châu', date='2024-04-09', time='15:10', style='cn',
    site='Ban Dân vận Tỉnh ủy Lai Châu', author='Tẩn Láo Sử',
    title='Lai Châu sơ kết 5 năm thực hiện Kết luận số 43-KL/TW',
    paras=[
      'Ngày 08/4, Ban Thường vụ Tỉnh ủy Lai Châu tổ chức hội nghị sơ kết 5 năm thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI.',
      'Sau 5 năm, công tác dân vận đã góp phần quan trọng vào việc thực hiện thắng lợi các chương trình mục tiêu quốc gia ở địa bàn vùng cao biên giới. Đồng bào các dân tộc Mông, Dao, Hà Nhì, Lự tích cực chuyển đổi cơ cấu cây trồng, phát triển cây chè, cây mắc ca.',
      'Hội nghị đã đề ra 5 nhóm giải pháp cho giai đoạn tới, trong đó nhấn mạnh việc nâng cao năng lực cho cán bộ dân vận ở xã, bản và đổi mới phương thức tuyên truyền phù hợp với phong tục tập quán của từng dân tộc.',
    ])

# ---------------- Liferay (6) ----------------
art(slug='dien-bien-dan-van-luc-luong-vu-trang', fam='liferay', prov='Điện Biên', date='2020-12-22', time='17:24', style='bao',
    site='Ban Dân vận Tỉnh ủy Điện Biên',
    title='Điện Biên: phối hợp công tác dân vận giữa chính quyền và lực lượng vũ trang',
    paras=[
      'Ban Dân vận Tỉnh ủy Điện Biên vừa phối hợp với Bộ Chỉ huy Quân sự tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổng kết chương trình phối hợp công tác dân vận giai đoạn 2016 - 2020.',
      'Trong 5 năm, các đơn vị lực lượng vũ trang đã giúp nhân dân hàng chục nghìn ngày công làm đường, kênh mương, xây dựng nhà văn hóa bản; tổ chức khám bệnh, cấp thuốc miễn phí cho đồng bào các xã biên giới Mường Nhé, Nậm Pồ.',
      'Mô hình “Bộ đội Biên phòng nâng bước em tới trường”, “Con nuôi đồn Biên phòng” đã giúp nhiều học sinh nghèo có điều kiện tiếp tục đi học.',
      'Các bên thống nhất tiếp tục thực hiện tốt Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị, gắn với phong trào thi đua “Dân vận khéo”.',
    ])

art(slug='soc-trang-tong-ket-10-nam-chi-thi-23', fam='liferay', prov='Sóc Trăng', date='2023-02-16', time='11:00', style='posted',
    site='Ban Dân vận Tỉnh ủy Sóc Trăng',
    title='Sóc Trăng tổng kết 10 năm thực hiện Chỉ thị số 23-CT/TW của Ban Bí thư',
    paras=[
      'Ban Thường vụ Tỉnh ủy Sóc Trăng đã tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 23-CT/TW ngày 05/01/2013 của Ban Bí thư và đánh giá kết quả công tác dân vận trong đồng bào có đạo trên địa bàn tỉnh.',
      'Qua 10 năm, các cấp ủy, chính quyền đã nắm chắc tình hình, chủ động giải quyết các vụ việc phát sinh ngay từ cơ sở, không để các đối tượng xấu lợi dụng, kích động gây mất ổn định.',
      'Tỉnh cũng chú trọng thực hiện chính sách đối với đồng bào Khmer, chăm lo sinh kế, nhà ở, học tập cho người dân, qua đó củng cố lòng tin của nhân dân đối với Đảng và chính quyền.',
    ])

art(slug='quang-tri-hoi-thi-dan-van-kheo-2019', fam='liferay', prov='Quảng Trị', date='2019-09-27', time='20:05', style='bao',
    site='Ban Dân vận Tỉnh ủy Quảng Trị',
    title='Quảng Trị tổ chức hội thi “Dân vận khéo” năm 2019',
    paras=[
      'CAPTION:Các đội thi tham gia phần chào hỏi tại hội thi',
      'Tối 26/9, tại thành phố Đông Hà, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức vòng chung kết hội thi “Dân vận khéo” năm 2019 với sự tham gia của 10 đội thi đến từ các huyện, thị xã, thành phố.',
      'Qua các phần thi chào hỏi, kiến thức và xử lý tình huống, các đội đã thể hiện sự hiểu biết về Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI) và những cách làm hay trong vận động nhân dân.',
      'Chung cuộc, đội thi huyện Vĩnh Linh giành giải nhất, giải nhì thuộc về đội thị xã Quảng Trị, hai giải ba được trao cho đội huyện Hải Lăng và huyện Đakrông.',
    ])

art(slug='tien-giang-dan-van-chuong-trinh-ocop', fam='liferay', prov='Tiền Giang', date='2021-05-18', time='09:40', style='cn',
    site='Ban Dân vận Tỉnh ủy Tiền Giang',
    title='Tiền Giang: hội viên nông dân làm giàu từ sản phẩm OCOP',
    paras=[
      'Hưởng ứng phong trào “Dân vận khéo”, Hội Nông dân tỉnh Tiền Giang đã hướng dẫn hội viên liên kết thành lập tổ hợp tác, hợp tác xã để sản xuất các sản phẩm đạt chuẩn OCOP như xoài cát Hòa Lộc, sầu riêng Ngũ Hiệp, thanh long Chợ Gạo.',
      'Nhiều hội viên đã mạnh dạn áp dụng quy trình sản xuất an toàn, truy xuất nguồn gốc, đưa nông sản vào hệ thống siêu thị và xuất khẩu. Thu nhập bình quân của các hộ tham gia tăng từ 20 đến 30% so với trước.',
      'Ban Dân vận Tỉnh ủy đánh giá đây là minh chứng cho hiệu quả của việc gắn công tác vận động nông dân với phát triển kinh tế, đúng tinh thần Nghị quyết số 26-NQ/TW ngày 05/8/2008 của Ban Chấp hành Trung ương Đảng khóa X về nông nghiệp, nông dân, nông thôn.',
    ])

art(slug='hai-duong-tong-ket-25-nam-chi-thi-30', fam='liferay', prov='Hải Dương', date='2023-05-25', time='16:30', style='spelled',
    site='Ban Dân vận Tỉnh ủy Hải Dương',
    title='Hải Dương tổng kết 25 năm thực hiện Chỉ thị 30-CT/TW về xây dựng quy chế dân chủ ở cơ sở',
    paras=[
      'Ban Thường vụ Tỉnh ủy Hải Dương đã tổ chức hội nghị tổng kết 25 năm thực hiện Chỉ thị số 30-CT/TW ngày 18/02/1998 của Bộ Chính trị (khóa VIII) về xây dựng và thực hiện quy chế dân chủ ở cơ sở.',
      'Hội nghị đánh giá, dân chủ trực tiếp và dân chủ đại diện ở cơ sở ngày càng được mở rộng; quyền làm chủ của nhân dân được phát huy trong xây dựng nông thôn mới, quản lý đất đai, tài chính công ở các xã, phường.',
      'Bên cạnh kết quả đạt được, việc công khai, minh bạch ở một số cơ quan, đơn vị còn hạn chế; tình trạng khiếu kiện đông người về đất đai vẫn còn xảy ra ở một vài địa phương.',
      'Thời gian tới, tỉnh tập trung triển khai hiệu quả Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày 01/7/2023 và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật.',
    ])

art(slug='dong-nai-dan-van-xa-moi-2026', fam='liferay', prov='Đồng Nai', date='2026-03-12', time='08:20', style='posted',
    site='Ban Dân vận Tỉnh ủy Đồng Nai',
    title='Đồng Nai: công tác dân vận ở các xã mới sau sắp xếp địa giới',
    paras=[
      'Sau khi hợp nhất với tỉnh Bình Phước, tỉnh Đồng Nai mới có diện tích lớn thứ hai vùng Đông Nam Bộ, nhiều xã biên giới và vùng đồng bào dân tộc S’tiêng, M’nông sinh sống.',
      'Ban Dân vận Tỉnh ủy đã hướng dẫn các đảng ủy xã xây dựng kế hoạch công tác dân vận phù hợp với mô hình chính quyền hai cấp, phân công cán bộ phụ trách từng ấp, sóc, nắm chắc tâm tư của người dân về các thủ tục hành chính sau sắp xếp.',
      'Trong năm 2026, tỉnh sẽ sơ kết 5 năm thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị và tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.',
      'Các xã được yêu cầu duy trì phong trào “Dân vận khéo”, phát huy những mô hình hiệu quả từ hai tỉnh trước đây như “Ngày thứ bảy vì dân”, “Dân vận khéo trong cải cách hành chính”.',
    ])
