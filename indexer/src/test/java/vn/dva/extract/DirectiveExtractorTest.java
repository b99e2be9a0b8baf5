package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real-world phrasings of directive numbers as provincial portals print them, each with the
 * mentions ("number" or "number date") the extractor must read, and sentences that must yield none.
 */
class DirectiveExtractorTest {

  static Stream<Arguments> phrasings() {
    return Stream.of(
        // Party numbers with the type name before, dates in every spelling
        row(
            "Chỉ thị số 18-CT/TU, ngày 04/11/2022 của BTV Tỉnh ủy về tiếp tục tăng cường",
            "18-CT/TU 2022-11-04"),
        row(
            "Đề án số 05-ĐA/TU, ngày 11/8/2022 về tiếp tục đổi mới nội dung",
            "05-ĐA/TU 2022-08-11"),
        row(
            "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương",
            "25-NQ/TW 2013-06-03"),
        row("Chỉ thị số 16-CT/TU ngày 25/6/2022 về đẩy mạnh cải cách TTHC", "16-CT/TU 2022-06-25"),
        row("Kế hoạch số 112-KH/HU ngày 15 tháng 3 năm 2018 của Huyện ủy", "112-KH/HU 2018-03-15"),
        row(
            "Nghị quyết 20-NQ/TW ngày 28 tháng 01 năm 2008 của BCHTW khóa X",
            "20-NQ/TW 2008-01-28"),
        row("Chỉ thị số 18-CT/TU (ngày 04/11/2022)", "18-CT/TU 2022-11-04"),
        row("Chỉ thị số 18-CT/TU ngày 04-11-2022", "18-CT/TU 2022-11-04"),
        row("Chỉ thị số 18-CT/TU ngày 04.11.2022", "18-CT/TU 2022-11-04"),
        row("Chỉ thị số 18-CT/TU, 04/11/2022", "18-CT/TU 2022-11-04"),
        row("Chỉ thị số 16-CT/TU của Tỉnh ủy ngày 25/6/2022", "16-CT/TU 2022-06-25"),
        row(
            "Chỉ thị số 23-CT/TW ngày 05/01/2013 của Ban Bí thư về chủ trương",
            "23-CT/TW 2013-01-05"),
        row(
            "Nghị quyết số 25-NQ/TW, ngày 3/6/2013 của Hội nghị Trung ương 7 (khóa XI)",
            "25-NQ/TW 2013-06-03"),
        row("Quyết định số 1217-QĐ/TU ngày 28/11/2018 của Tỉnh ủy", "1217-QĐ/TU 2018-11-28"),
        row("Báo cáo số 263-BC/TU ngày 20/12/2022, Ban Thường vụ", "263-BC/TU 2022-12-20"),
        row("Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị", "05-CT/TW 2016-05-15"),
        row("Chỉ thị số 18-CT/TU ban hành ngày 04/11/2022", "18-CT/TU 2022-11-04"),
        row(
            "Nghị quyết số 24-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương khóa IX",
            "24-NQ/TW 2003-03-12"),
        // the type name after the number, or none at all
        row("18-CT/TU là chỉ thị của Ban Thường vụ Tỉnh ủy", "18-CT/TU"),
        row("thực hiện 25-NQ/TW (Nghị quyết về công tác dân vận)", "25-NQ/TW"),
        row("tinh thần 43-KL/TW, kết luận của Trung ương", "43-KL/TW"),
        row("theo Chỉ thị số 18-CT/TU", "18-CT/TU"),
        row("(Quyết định số 217-QĐ/TW)", "217-QĐ/TW"),
        row("triển khai Quyết định 217-QĐ/TW.", "217-QĐ/TW"),
        // lists
        row(
            "Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị",
            "217-QĐ/TW 2013-12-12",
            "218-QĐ/TW 2013-12-12"),
        row("Quyết định số 217 và 218-QĐ/TW của Bộ Chính trị", "217-QĐ/TW", "218-QĐ/TW"),
        row(
            "Nghị quyết số 24, 25-NQ/TW ngày 12/3/2003",
            "24-NQ/TW 2003-03-12",
            "25-NQ/TW 2003-03-12"),
        row("các Chỉ thị 18, 19, 20-CT/TU", "18-CT/TU", "19-CT/TU", "20-CT/TU"),
        row("Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW", "217-QĐ/TW", "218-QĐ/TW"),
        row("Chỉ thị số 18-CT/TW, 19-CT/TW ngày 10/01/2018", "18-CT/TW", "19-CT/TW 2018-01-10"),
        row("Năm 2022, 18-CT/TU được triển khai", "18-CT/TU"),
        // spaces around the hyphen and the slash, dashes
        row("Quyết định số 217- QĐ/TW về Quy chế giám sát", "217-QĐ/TW"),
        row("Quyết định số 217 - QĐ/TW", "217-QĐ/TW"),
        row("Quyết định số 217 -QĐ/TW", "217-QĐ/TW"),
        row("Chỉ thị 18 – CT/TU của Tỉnh ủy", "18-CT/TU"),
        row("Chỉ thị số 18-CT / TU", "18-CT/TU"),
        // lower and odd case, D for Đ, the look-alike Ð
        row("chỉ thị số 18-ct/tu", "18-CT/TU"),
        row("Nghị quyết 25-nq/tw", "25-NQ/TW"),
        row("Quyết định số 99-QD/TW", "99-QĐ/TW"),
        row("Đề án 05-DA/TU", "05-ĐA/TU"),
        row("Chương trình số 10-Ctr/TU", "10-CTr/TU"),
        row("Chương trình hành động số 17-CTR/TU", "17-CTr/TU"),
        row("Quy định số 08-QĐi/TW", "08-QĐi/TW"),
        row("Quy định số 69-qđi/tw", "69-QĐi/TW"),
        row("Quy định số 22-QDi/TW", "22-QĐi/TW"),
        row("Tờ trình số 17-TTr/TU", "17-TTr/TU"),
        row("Nghị quyết số 04-NQ/DU của Đảng ủy xã", "04-NQ/ĐU"),
        row("Quyết định 217-QÐ/TW", "217-QĐ/TW"),
        row("Nghị quyết 25-NQ/TƯ", "25-NQ/TW"),
        // slash and hyphen swapped
        row("Quyết định số 217/QĐ-TW", "217-QĐ/TW"),
        row("Nghị quyết số 49/NQ-TU của Tỉnh ủy", "49-NQ/TU"),
        row("Chỉ thị 05/CT-TW", "05-CT/TW"),
        // glued to the word before or after
        row("Quyết định số31-QĐ/TW", "31-QĐ/TW"),
        row("theo Nghị quyết số:25-NQ/TW", "25-NQ/TW"),
        row("Chỉ thị 18-CT/TUngày 04/11/2022", "18-CT/TU 2022-11-04"),
        // issuers
        row("Kế hoạch số 15-KH/BDVTU", "15-KH/BDVTU"),
        row("Thông báo số 12-TB/BDVTW", "12-TB/BDVTW"),
        row("Nghị quyết số 04-NQ/ĐU", "04-NQ/ĐU"),
        row("Chỉ thị 03-CT/ĐUK", "03-CT/ĐUK"),
        row("Nghị quyết 01-NQ/BCSĐ", "01-NQ/BCSĐ"),
        row("Kế hoạch số 68-KH/QU", "68-KH/QU"),
        row("Thông tri số 07-TT/TU", "07-TT/TU"),
        row("Quy chế số 03-QC/TU", "03-QC/TU"),
        row("Triển khai Công văn số 1926-CV/TU của Ban Thường vụ", "1926-CV/TU"),
        row("Hướng dẫn số 02-HD/BTGTW", "02-HD/BTGTW"),
        // the type name with the issuing body, no code
        row("thực hiện Chỉ thị 05 của Bộ Chính trị chuyên đề năm 2020", "05-CT/TW"),
        row("Chỉ thị số 05 của Bộ Chính trị về đẩy mạnh học tập", "05-CT/TW"),
        row("Kết luận 01 của Bộ Chính trị", "01-KL/TW"),
        row("Nghị quyết 25 của Ban Chấp hành Trung ương", "25-NQ/TW"),
        row("Chỉ thị 18 của Ban Thường vụ Tỉnh ủy", "18-CT/TU"),
        row("Nghị quyết số 15 của Huyện ủy", "15-NQ/HU"),
        row("Hướng dẫn 02 của Ban Dân vận Tỉnh ủy", "02-HD/BDVTU"),
        row("Quy định 08 của Ban Chấp hành Trung ương", "08-QĐi/TW"),
        row("Chỉ thị 05 ngày 15/5/2016 của Bộ Chính trị", "05-CT/TW 2016-05-15"),
        row("Kết luận số 62 do Bộ Chính trị ban hành", "62-KL/TW"),
        row("quán triệt các Nghị quyết số 26 và 27 của Trung ương", "26-NQ/TW", "27-NQ/TW"),
        row("Chỉ thị 18, 19 của Ban Thường vụ Tỉnh ủy", "18-CT/TU", "19-CT/TU"),
        // State numbers
        row("Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ", "15/2020/NĐ-CP 2020-02-03"),
        row("Quyết định số 1234/QĐ-UBND ngày 5/7/2021", "1234/QĐ-UBND 2021-07-05"),
        row("Nghị quyết số 202/2025/QH15 về sắp xếp đơn vị hành chính", "202/2025/QH15"),
        row("Quyết định 35/QĐ-TTg", "35/QĐ-TTg"),
        row("Thông tư số 05/2022/TT-BNV", "05/2022/TT-BNV"),
        row("Nghị quyết 23/NQ-HĐND", "23/NQ-HĐND"),
        row("Kế hoạch 45/KH-UBND", "45/KH-UBND"),
        row("quyết định số 1234/qđ-ubnd", "1234/QĐ-UBND"),
        row("Nghị định 15/2020/ND-CP", "15/2020/NĐ-CP"),
        row("UBND tỉnh có Công văn số 456/UBND-VX ngày 3/3/2023", "456/UBND-VX 2023-03-03"),
        row("UBND tỉnh gửi văn bản 456/UBND-VX"),
        // a date that belongs to another document is not taken
        row(
            "Kết luận của Tỉnh ủy ngày 25/6/2022 về Chương trình hành động số 17-TTr/TU có liên quan",
            "17-TTr/TU"),
        row(
            "Chỉ thị số 16-CT/TU về đẩy mạnh cải cách từ ngày 01/6/2022 đến ngày 31/8/2022",
            "16-CT/TU"),
        row(
            "Chỉ thị số 18-CT/TU và Kế hoạch số 12-KH/TU ngày 5/5/2023",
            "18-CT/TU",
            "12-KH/TU 2023-05-05"),
        row("Chỉ thị số 18-CT/TU và Kế hoạch ngày 5/5/2023", "18-CT/TU"),
        row("Chỉ thị số 18-CT/TU, hội nghị ngày 5/5/2023 đã quán triệt", "18-CT/TU"),
        row(
            "Nghị quyết số 24-NQ/TW và Nghị quyết số 25-NQ/TW cùng ngày 12/3/2003",
            "24-NQ/TW 2003-03-12",
            "25-NQ/TW 2003-03-12"),
        row("Chỉ thị số 03-CT/TW của Bộ Chính trị về học tập; ngày 19/5/2023 kỷ niệm", "03-CT/TW"),
        row("Kết luận số 62-KL/TW của Bộ Chính trị (khóa X) “Về tiếp tục đổi mới”", "62-KL/TW"),
        row(
            "Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Chấp hành Trung ương về tiếp tục thực hiện "
                + "Nghị quyết số 25-NQ/TW ngày 03/6/2013",
            "43-KL/TW 2019-01-07",
            "25-NQ/TW 2013-06-03"),
        // not directives
        row("Điện thoại: 0251.3879.123, Fax 0251-3879-124"),
        row("Đường dây nóng 0912-345-678"),
        row("kỷ niệm 85 năm Ngày truyền thống (15/10/1930 - 15/10/2015)"),
        row("ủng hộ phòng, chống dịch COVID-19: Chương trình “hộp cơm nghĩa tình”"),
        row("theo Nghị định 15 của Chính phủ"),
        row("Nghị định 15 quy định xử phạt"),
        row("Xem tiếp trang 15/20"),
        row("theo Điều 5 của Điều lệ Đảng"),
        row("Điều 5, Điều 6 và khoản 2"),
        row("phiên bản 2.1.0-beta/3 của phần mềm"),
        row("triển khai tại 166/200 (83%) xã, phường, thị trấn"),
        row("Quốc lộ 18-CT đi qua tỉnh"),
        row("chỉ tiêu 5-KT/XH của huyện"),
        row("mẫu số 01/TK-ĐT kèm theo"),
        row("Chương trình 135 của Chính phủ"),
        row("Kế hoạch năm 2023 của Tỉnh ủy"),
        row("Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng"),
        row("Chỉ thị 05 năm 2020 được quán triệt"),
        row("ngày 01/6/2022 đến ngày 31/8/2022"),
        row("khẩu hiệu 5 biết, 4 luôn, 3 thể hiện"),
        row("xe mang biển số 29A-123.45"),
        row("giai đoạn 2021- 2030 và tỷ lệ 93,9 %"),
        row("3123\nPhó Bí thư Thường trực Tỉnh ủy phát biểu"),
        // spellings met on real portals: a space for the hyphen after the type's name, a hyphen
        // for the slash before the assembly, the look-alike Ð (U+00D0), a space after the hyphen
        row("Thực hiện Chỉ thị 05 CT/TW của Bộ Chính trị", "05-CT/TW"),
        row("Chỉ thị số 05 CT/TW, Kế hoạch 66 KH/TU của Tỉnh ủy", "05-CT/TW", "66-KH/TU"),
        row("Nghị quyết số 653/2019-UBTVQH14 ngày 12/3/2019", "653/2019/UBTVQH14 2019-03-12"),
        row("Quy định số 179-QÐi/TW và Quyết định số 58-QÐ/TW", "179-QĐi/TW", "58-QĐ/TW"),
        row("Thực hiện Quyết định số 45/QĐ- TTg về việc cấp báo", "45/QĐ-TTg"),
        row("có 3 xã/phường và 2 HTX/tổ hợp tác tham gia"),
        row("Chỉ thị 05 NQ/TW không khớp loại"),
        row("năm 2019 CT/TW ban hành"));
  }

  private static Arguments row(String text, String... expected) {
    return arguments(text, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("phrasings")
  void readsEveryMentionWithItsOwnDate(String text, List<String> expected) {
    List<String> read =
        DirectiveExtractor.mentions(text).stream()
            .map(m -> m.number() + (m.issued() == null ? "" : " " + m.issued()))
            .toList();
    assertThat(read).as(text).containsExactlyElementsOf(expected);
  }

  @Test
  void hasAtLeastEightyPhrasings() {
    assertThat(phrasings().count()).isGreaterThanOrEqualTo(80);
  }

  @Test
  void numbersInGivesSpansIntoTheText() {
    String query = "văn bản 217- QĐ/TW và 15/2020/NĐ-CP";
    List<DirectiveExtractor.NumberMatch> found = DirectiveExtractor.numbersIn(query);
    assertThat(found)
        .extracting(DirectiveExtractor.NumberMatch::number)
        .containsExactly("217-QĐ/TW", "15/2020/NĐ-CP");
    assertThat(query.substring(found.get(0).start(), found.get(0).end())).isEqualTo("217- QĐ/TW");
    assertThat(query.substring(found.get(1).start(), found.get(1).end()))
        .isEqualTo("15/2020/NĐ-CP");
  }

  @Test
  void canonicalReadsWhatAUserTypes() {
    assertThat(DirectiveExtractor.canonical(" 25-nq/tw ")).isEqualTo("25-NQ/TW");
    assertThat(DirectiveExtractor.canonical("217/QĐ-TW")).isEqualTo("217-QĐ/TW");
    assertThat(DirectiveExtractor.canonical("dân vận")).isNull();
    assertThat(DirectiveExtractor.canonical(null)).isNull();
  }

  @Test
  void nullAndEmptyTextYieldNothing() {
    assertThat(DirectiveExtractor.numbersIn(null)).isEmpty();
    assertThat(DirectiveExtractor.mentions(null)).isEmpty();
    assertThat(DirectiveExtractor.extract(null, null).citations()).isEmpty();
    assertThat(DirectiveExtractor.extract("", "Lạng Sơn").reviews()).isEmpty();
  }
}
