package vn.dva.bench;

import java.util.List;

/**
 * Word lists for synthetic "dân vận" news, written for this benchmark in the register of provincial
 * portals: who acts, what they do, the movements and models they report, and the people who speak.
 * All strings are NFC. Slots in braces are filled by {@link ArticleWriter}.
 */
final class Vocabulary {

  private Vocabulary() {}

  /** Bodies that act in a sentence; {p} is the province. */
  static final List<String> ACTORS =
      List.of(
          "Ban Dân vận Tỉnh ủy",
          "Ban Thường vụ Tỉnh ủy",
          "Ủy ban MTTQ Việt Nam tỉnh",
          "UBND tỉnh",
          "Hội Liên hiệp Phụ nữ tỉnh",
          "Tỉnh đoàn",
          "Hội Nông dân tỉnh",
          "Hội Cựu chiến binh tỉnh",
          "Liên đoàn Lao động tỉnh",
          "Ban Dân vận Huyện ủy",
          "Đảng ủy xã",
          "Khối dân vận các cơ quan tỉnh",
          "Ban Chỉ đạo Quy chế dân chủ ở cơ sở tỉnh",
          "Bộ Chỉ huy Quân sự tỉnh",
          "Công an tỉnh",
          "Sở Nội vụ",
          "Sở Giáo dục và Đào tạo",
          "Sở Y tế",
          "Ban Tôn giáo tỉnh",
          "Ban Dân tộc tỉnh",
          "các cấp ủy, chính quyền",
          "cán bộ, đảng viên",
          "Tổ dân vận thôn",
          "các đoàn thể chính trị - xã hội",
          "Ban Thường trực Ủy ban MTTQ",
          "Đảng đoàn HĐND tỉnh",
          "Ban Tuyên giáo Tỉnh ủy",
          "Ủy ban Kiểm tra Tỉnh ủy");

  static final List<String> VERBS =
      List.of(
          "đã tổ chức",
          "tiếp tục triển khai",
          "chỉ đạo thực hiện",
          "đẩy mạnh",
          "quan tâm lãnh đạo",
          "phối hợp tuyên truyền",
          "tăng cường kiểm tra, giám sát",
          "ban hành kế hoạch thực hiện",
          "nâng cao chất lượng",
          "đổi mới nội dung, phương thức",
          "sơ kết đánh giá",
          "nhân rộng",
          "vận động nhân dân tham gia",
          "phát huy vai trò",
          "thường xuyên nắm bắt",
          "kịp thời giải quyết",
          "hướng dẫn triển khai",
          "tổ chức hội nghị quán triệt",
          "khen thưởng kịp thời",
          "xây dựng và duy trì");

  static final List<String> OBJECTS =
      List.of(
          "công tác dân vận của hệ thống chính trị",
          "phong trào thi đua \"Dân vận khéo\"",
          "Quy chế dân chủ ở cơ sở",
          "cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"",
          "mô hình \"Chính quyền thân thiện\"",
          "công tác dân vận chính quyền",
          "khối đại đoàn kết toàn dân tộc",
          "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
          "công tác cải cách hành chính",
          "công tác tiếp công dân",
          "việc giải quyết đơn thư, khiếu nại, tố cáo",
          "chương trình xây dựng nông thôn mới",
          "công tác giảm nghèo bền vững",
          "an sinh xã hội",
          "công tác tôn giáo",
          "công tác dân tộc",
          "chính sách đối với đồng bào dân tộc thiểu số",
          "phong trào \"Ngày thứ Bảy văn minh\"",
          "công tác chuyển đổi số",
          "giám sát và phản biện xã hội của Mặt trận Tổ quốc",
          "công tác xây dựng Đảng",
          "mô hình \"Dân vận khéo\" trên lĩnh vực kinh tế",
          "phát triển kinh tế - xã hội",
          "công tác bảo vệ môi trường",
          "phong trào \"Toàn dân bảo vệ an ninh Tổ quốc\"",
          "hòa giải ở cơ sở",
          "việc lấy ý kiến nhân dân",
          "công tác vận động quần chúng",
          "thủ tục hành chính trực tuyến",
          "việc xây dựng nhà văn hóa thôn",
          "phong trào khuyến học, khuyến tài",
          "bình đẳng giới");

  static final List<String> ADVERBIALS =
      List.of(
          "trên địa bàn tỉnh",
          "tại các xã vùng sâu, vùng xa",
          "trong tình hình mới",
          "năm {y}",
          "giai đoạn {y0} - {y}",
          "ở khu dân cư",
          "theo phương châm \"dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng\"",
          "gắn với nhiệm vụ chính trị của địa phương",
          "với nhiều hình thức phong phú, thiết thực",
          "đến năm 2030 và những năm tiếp theo",
          "trong đồng bào dân tộc thiểu số",
          "tại các doanh nghiệp ngoài khu vực nhà nước",
          "trong các cơ quan nhà nước",
          "nhiệm kỳ 2020 - 2025",
          "nhiệm kỳ 2025 - 2030",
          "một cách đồng bộ, hiệu quả");

  static final List<String> RESULTS =
      List.of(
          "Toàn tỉnh có {n} mô hình \"Dân vận khéo\" được công nhận, tăng {m} mô hình so với cùng kỳ.",
          "Đã có {n} lượt cán bộ, đảng viên tham gia học tập, quán triệt, đạt {pc}%.",
          "Nhân dân đã hiến {n} m² đất, đóng góp {m} ngày công để làm đường giao thông nông thôn.",
          "{pc}% xã, phường, thị trấn đạt chuẩn \"Chính quyền thân thiện\".",
          "Trong năm, các cơ quan đã tiếp {n} lượt công dân, giải quyết dứt điểm {m} vụ việc.",
          "Tỷ lệ hộ nghèo giảm còn {pc}%, có {n} căn nhà Đại đoàn kết được bàn giao.",
          "Có {n} tập thể và {m} cá nhân được khen thưởng vì có thành tích xuất sắc.",
          "Tổng kinh phí huy động đạt hơn {n} tỷ đồng, trong đó nhân dân đóng góp {m} tỷ đồng.",
          "{pc}% hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn.",
          "Có {n} tổ hòa giải ở cơ sở hoạt động hiệu quả, hòa giải thành {m} vụ việc.");

  static final List<String> QUOTES =
      List.of(
          "Công tác dân vận phải xuất phát từ lợi ích chính đáng của nhân dân",
          "mỗi cán bộ, đảng viên phải thật sự gần dân, hiểu dân, tin dân và có trách nhiệm với dân",
          "cần phát huy hơn nữa vai trò của Mặt trận Tổ quốc và các đoàn thể",
          "phải làm tốt công tác nắm bắt tình hình tư tưởng của nhân dân, không để phát sinh điểm nóng",
          "tiếp tục nhân rộng các mô hình hay, cách làm sáng tạo ở cơ sở",
          "dân vận khéo thì việc gì cũng thành công");

  static final List<String> TITLE_HEADS =
      List.of(
          "Hội nghị tổng kết công tác dân vận năm {y}",
              "Sơ kết phong trào thi đua \"Dân vận khéo\"",
          "Nâng cao hiệu quả công tác dân vận chính quyền",
              "Tăng cường sự lãnh đạo của Đảng đối với công tác dân vận",
          "Triển khai nhiệm vụ công tác dân vận năm {y}",
              "Đối thoại giữa người đứng đầu cấp ủy với nhân dân",
          "Phát huy vai trò của Mặt trận Tổ quốc trong xây dựng nông thôn mới",
              "Thực hiện tốt Quy chế dân chủ ở cơ sở",
          "Tuyên dương điển hình \"Dân vận khéo\"",
              "Kiểm tra việc thực hiện công tác dân vận tại cơ sở",
          "Hội thảo đổi mới phương thức vận động quần chúng",
              "Giao ban công tác dân vận quý {q} năm {y}",
          "Bàn giao nhà Đại đoàn kết cho hộ nghèo", "Tập huấn nghiệp vụ công tác dân vận",
          "Đẩy mạnh công tác dân vận trong vùng đồng bào dân tộc thiểu số",
              "Phát huy sức mạnh khối đại đoàn kết toàn dân tộc",
          "Tiếp xúc cử tri trước kỳ họp HĐND tỉnh", "Gặp mặt chức sắc, chức việc các tôn giáo");

  static final List<String> FAMILY =
      List.of(
          "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
          "Ngô", "Dương", "Lý", "Lương", "Triệu", "Hà", "Lò", "Nông");
  static final List<String> MIDDLE =
      List.of("Văn", "Thị", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Ngọc", "Xuân", "Công");
  static final List<String> GIVEN =
      List.of(
          "Hùng", "Dũng", "Lan", "Hương", "Tuấn", "Nghiệm", "Thủy", "Hòa", "Bình", "Cường", "Hạnh",
          "Khánh", "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Thắng", "Trang", "Vinh", "Yến",
          "Hải", "Thảo");
  static final List<String> POSTS =
      List.of(
          "Phó Bí thư Thường trực Tỉnh ủy",
          "Trưởng Ban Dân vận Tỉnh ủy",
          "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
          "Phó Trưởng Ban Dân vận Tỉnh ủy",
          "Chủ tịch UBND tỉnh",
          "Bí thư Huyện ủy",
          "Chủ tịch Hội Nông dân tỉnh",
          "Phó Chủ tịch UBND huyện",
          "Bí thư Đảng ủy xã");

  /** Syllables for names of communes and villages. */
  static final List<String> PLACE =
      List.of(
          "Tân", "Lập", "Hòa", "Bình", "An", "Phú", "Thạnh", "Đông", "Tây", "Nam", "Bắc", "Yên",
          "Thượng", "Hạ", "Mỹ", "Lộc", "Phước", "Long", "Hưng", "Quang", "Trung", "Sơn", "Thủy",
          "Xuân", "Vĩnh", "Định", "Hải");

  /** Central Party documents the genre cites most, with their issue dates (ISO). */
  static final List<String[]> CENTRAL =
      List.of(
          new String[] {
            "25-NQ/TW",
            "2013-06-03",
            "Nghị quyết",
            "về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới"
          },
          new String[] {
            "49-CT/TW",
            "2015-10-20",
            "Chỉ thị",
            "về tăng cường và đổi mới công tác dân vận của Đảng ở vùng đồng bào có đạo"
          },
          new String[] {
            "114-KL/TW",
            "2015-07-14",
            "Kết luận",
            "về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp"
          },
          new String[] {
            "23-QĐ/TW",
            "2021-07-30",
            "Quyết định",
            "ban hành Quy chế công tác dân vận của hệ thống chính trị"
          },
          new String[] {
            "217-QĐ/TW",
            "2013-12-12",
            "Quyết định",
            "ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc"
          },
          new String[] {
            "218-QĐ/TW",
            "2013-12-12",
            "Quyết định",
            "quy định về việc Mặt trận Tổ quốc, các đoàn thể tham gia góp ý xây dựng Đảng"
          },
          new String[] {
            "05-CT/TW",
            "2016-05-15",
            "Chỉ thị",
            "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
          },
          new String[] {
            "43-NQ/TW",
            "2018-11-24",
            "Nghị quyết",
            "về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc"
          },
          new String[] {
            "18-CT/TW",
            "2022-10-26",
            "Chỉ thị",
            "về phát huy vai trò, nâng cao chất lượng, hiệu quả công tác hòa giải ở cơ sở"
          },
          new String[] {
            "30-CT/TW", "1998-02-18", "Chỉ thị", "về xây dựng và thực hiện Quy chế dân chủ ở cơ sở"
          },
          new String[] {
            "43-KL/TW", "2022-01-07", "Kết luận", "về tiếp tục thực hiện Nghị quyết số 25-NQ/TW"
          });

  /** Local document types: code, name, issuer codes. */
  static final List<String[]> LOCAL_TYPES =
      List.of(
          new String[] {"CT", "Chỉ thị", "TU"}, new String[] {"NQ", "Nghị quyết", "TU"},
          new String[] {"KH", "Kế hoạch", "TU"}, new String[] {"ĐA", "Đề án", "TU"},
          new String[] {"HD", "Hướng dẫn", "BDVTU"}, new String[] {"KH", "Kế hoạch", "BDVTU"},
          new String[] {"CTr", "Chương trình", "TU"}, new String[] {"KL", "Kết luận", "TU"},
          new String[] {"QĐ", "Quyết định", "TU"}, new String[] {"CT", "Chỉ thị", "HU"});

  static final List<String> WEEKDAYS =
      List.of("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật");
}
