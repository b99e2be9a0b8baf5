package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The issuing body and subject (trích yếu) read from each citation. */
class CitationDetailReaderTest {

  static Stream<Arguments> citations() {
    return Stream.of(
        arguments(
            "Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng"
                + " cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới;"
                + " các cấp ủy đã quán triệt.",
            "25-NQ/TW",
            "Ban Chấp hành Trung ương Đảng",
            "tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới"),
        arguments(
            "Chỉ thị số 18-CT/TU, ngày 04/11/2022 của BTV Tỉnh ủy về tiếp tục tăng cường lãnh đạo công"
                + " tác phát triển đoàn viên. Năm nay",
            "18-CT/TU",
            "Ban Thường vụ Tỉnh ủy Lạng Sơn",
            "tiếp tục tăng cường lãnh đạo công tác phát triển đoàn viên"),
        arguments(
            "theo Nghị quyết 25-NQ/TW ngày 13/6/2013 của Hội nghị Trung ương 7 (khóa XI) về công tác dân"
                + " vận\n",
            "25-NQ/TW",
            "Ban Chấp hành Trung ương Đảng",
            "công tác dân vận"),
        arguments(
            "Kết luận số 62-KL/TW của Bộ Chính trị (khóa X) “Về tiếp tục đổi mới nội dung, phương thức"
                + " hoạt động của Mặt trận Tổ quốc”. Tổ chức thực hiện",
            "62-KL/TW",
            "Bộ Chính trị",
            "tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc"),
        arguments(
            "Chỉ thị số 23-CT/TW ngày 05/01/2013 của Ban Bí thư về chủ trương, giải pháp giải quyết hoạt"
                + " động phục hồi “giáo hội phật giáo Việt Nam thống nhất”; Tổng kết",
            "23-CT/TW",
            "Ban Bí thư",
            "chủ trương, giải pháp giải quyết hoạt động phục hồi “giáo hội phật giáo Việt Nam thống"
                + " nhất”"),
        arguments(
            "Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số"
                + " 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương về tăng cường công tác dân vận;",
            "43-KL/TW",
            "Ban Bí thư",
            "tiếp tục thực hiện Nghị quyết số 25-NQ/TW"),
        arguments(
            "triển khai Quyết định số 217-QĐ/TW về việc ban hành Quy chế giám sát và phản biện xã hội,"
                + " Quyết định số 218-QĐ/TW về việc Mặt trận Tổ quốc góp ý xây dựng Đảng.",
            "217-QĐ/TW",
            null,
            "việc ban hành Quy chế giám sát và phản biện xã hội"),
        arguments(
            "Tỉnh ủy đã ban hành Chỉ thị số 16-CT/TU ngày 25/6/2022 về đẩy mạnh cải cách TTHC trên địa bàn"
                + " tỉnh; UBND tỉnh",
            "16-CT/TU",
            "Tỉnh ủy Lạng Sơn",
            "đẩy mạnh cải cách TTHC trên địa bàn tỉnh"),
        arguments(
            "Báo cáo số 263-BC/TU ngày 20/12/2022, Ban Thường vụ Tỉnh ủy đã yêu cầu cấp ủy các cấp.",
            "263-BC/TU",
            null,
            null),
        arguments(
            "Thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Hội nghị lần thứ bảy Ban Chấp hành"
                + " Trung ương Đảng (khóa IX) về công tác tôn giáo, các cấp uỷ đã chỉ đạo giải quyết.",
            "25-NQ/TW",
            "Ban Chấp hành Trung ương Đảng",
            "công tác tôn giáo"),
        arguments(
            "Quyết định số 1234/QĐ-UBND ngày 5/5/2020 của UBND tỉnh Bình Phước về ban hành quy chế phối"
                + " hợp; Nghị định số 15/2020/NĐ-CP của Chính phủ về xử phạt vi phạm hành chính.",
            "1234/QĐ-UBND",
            "Ủy ban nhân dân tỉnh Bình Phước",
            "ban hành quy chế phối hợp"),
        arguments(
            "Nghị định số 15/2020/NĐ-CP của Chính phủ về xử phạt vi phạm hành chính.",
            "15/2020/NĐ-CP",
            "Chính phủ",
            "xử phạt vi phạm hành chính"),
        arguments(
            "Nghị quyết số 28-NQ/TW về cải cách chính sách bảo hiểm xã hội, trong đó đặt ra mục tiêu"
                + " đến năm 2021.",
            "28-NQ/TW",
            null,
            "cải cách chính sách bảo hiểm xã hội"),
        arguments(
            "Quy định số 179-QĐi/TW của Ban Bí thư về chế độ kiểm tra, giám sát công tác cán bộ. Quy"
                + " định này thay thế Quy chế cũ.",
            "179-QĐi/TW",
            "Ban Bí thư",
            "chế độ kiểm tra, giám sát công tác cán bộ"),
        arguments(
            "Nghị quyết số 27-NQ/TW của Ban Chấp hành Trung ương về cải cách chính sách tiền lương:"
                + " Thực hiện thống nhất chế độ hợp đồng.",
            "27-NQ/TW",
            "Ban Chấp hành Trung ương Đảng",
            "cải cách chính sách tiền lương"),
        arguments(
            "Nghị quyết số 11-NQ/TU của Tỉnh ủy về phát triển du lịch TP. Hạ Long đến năm 2030;",
            "11-NQ/TU",
            "Tỉnh ủy Lạng Sơn",
            "phát triển du lịch TP. Hạ Long đến năm 2030"),
        arguments(
            "Quy định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về Quy chế công tác dân vận của hệ"
                + " thống chính trị được triển khai ngay từ quý IV.",
            "23-QĐ/TW",
            "Bộ Chính trị",
            "Quy chế công tác dân vận của hệ thống chính trị"),
        arguments(
            "sơ kết Nghị quyết số 24-NQ/TW ngày 12/3/2003 về công tác dân tộc ở hai huyện miền núi,"
                + " nơi đời sống đồng bào có nhiều đổi thay.",
            "24-NQ/TW",
            null,
            "công tác dân tộc ở hai huyện miền núi"),
        arguments(
            "quán triệt Chỉ thị 05 của Bộ Chính trị chuyên đề năm 2020.",
            "05-CT/TW",
            "Bộ Chính trị",
            null));
  }

  @ParameterizedTest
  @MethodSource("citations")
  void readsTheIssuingBodyAndTheSubjectUpToWhereTheCitationEnds(
      String text, String number, String issuedBy, String subject) {
    DirectiveCitation c =
        DirectiveExtractor.extract(text, "Lạng Sơn").citations().stream()
            .filter(x -> x.number().equals(number))
            .findFirst()
            .orElseThrow();
    if (issuedBy == null) assertThat(c.issuedBy()).isEmpty();
    else assertThat(c.issuedBy()).containsExactly(issuedBy);
    if (subject == null) assertThat(c.subjects()).isEmpty();
    else assertThat(c.subjects()).containsExactly(subject);
  }

  @Test
  void aListOfNumbersSharesTheBodyButGetsNoSubject() {
    DirectiveExtraction e =
        DirectiveExtractor.extract(
            "Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về MTTQ tham gia giám sát.",
            null);
    assertThat(e.citations()).hasSize(2);
    for (DirectiveCitation c : e.citations()) {
      assertThat(c.issuedBy()).containsExactly("Bộ Chính trị");
      assertThat(c.subjects()).isEmpty();
    }
  }

  @Test
  void aSubjectThatNeverEndsIsNotTaken() {
    String text = "Chỉ thị số 18-CT/TU về " + "công tác dân vận ".repeat(60);
    assertThat(DirectiveExtractor.extract(text, null).citations().get(0).subjects()).isEmpty();
  }

  @Test
  void randomTextAroundCitationsNeverThrows() {
    Random random = new Random(16);
    String alphabet = "về của ngày “”\";.,()\n-/ 25-NQ/TW Tỉnh ủy Bộ Chính trị 3/6/2013 khóa XI";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(200); i > 0; i--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      DirectiveExtraction e = DirectiveExtractor.extract(s.toString(), "Lạng Sơn");
      for (DirectiveCitation c : e.citations()) {
        assertThat(c.subjects()).allSatisfy(x -> assertThat(x).isNotBlank());
      }
    }
  }
}
