package vn.dva.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An abbreviation finds its expansion and back, in plain and in phrase queries. */
class AbbreviationSearchTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("MTTQ", "Ủy ban Mặt trận Tổ quốc tỉnh"),
        Arguments.of("Mặt trận Tổ quốc", "Ủy ban MTTQ tỉnh"),
        Arguments.of("mat tran to quoc", "Ủy ban MTTQ tỉnh"),
        Arguments.of("\"Ban Thường vụ MTTQ\"", "Ban Thường vụ Mặt trận Tổ quốc huyện"),
        Arguments.of("\"Ban Thường vụ Mặt trận Tổ quốc\"", "BTV MTTQ huyện"),
        Arguments.of("UBND tỉnh", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        Arguments.of("Uỷ ban nhân dân", "UBND tỉnh"),
        Arguments.of("HĐND", "Hội đồng nhân dân xã"),
        Arguments.of("hdnd", "Hội đồng nhân dân xã"),
        Arguments.of("Hội đồng nhân dân", "kỳ họp HĐND xã"),
        Arguments.of("BTV", "Ban Thường vụ Tỉnh ủy đã ban hành"),
        Arguments.of("\"BTV Tỉnh ủy\"", "Ban Thường vụ Tỉnh uỷ đã ban hành"),
        Arguments.of("\"Ban Thường vụ Tỉnh ủy\"", "BTV Tỉnh ủy đã ban hành"),
        Arguments.of("BCH", "Ban Chấp hành Đảng bộ tỉnh"),
        Arguments.of("BCHTW", "Ban Chấp hành Trung ương Đảng"),
        Arguments.of("Ban Chấp hành Trung ương", "Hội nghị BCHTW lần thứ 7"),
        Arguments.of("DTTS", "vùng đồng bào dân tộc thiểu số"),
        Arguments.of("dân tộc thiểu số", "vùng đồng bào DTTS"),
        Arguments.of("TTHC", "cải cách thủ tục hành chính"),
        Arguments.of("KT-XH", "phát triển kinh tế - xã hội"),
        Arguments.of("\"phát triển kinh tế - xã hội\"", "phát triển KT-XH"),
        Arguments.of("kinh te xa hoi", "phát triển KT-XH"),
        Arguments.of("CT-XH", "các tổ chức chính trị - xã hội"),
        Arguments.of("ANTT", "giữ vững an ninh, trật tự"),
        Arguments.of("QP-AN", "bảo đảm quốc phòng - an ninh"),
        Arguments.of("Ban Dân vận", "BDV Huyện ủy"),
        Arguments.of("BDV", "Ban Dân vận Huyện ủy"),
        Arguments.of("\"Ban Dân vận Tỉnh ủy\"", "BDV Tỉnh ủy Bình Phước"),
        Arguments.of("Dân vận khéo", "phong trào thi đua DVK"),
        Arguments.of("\"Ban Thường vụ Tỉnh ủy Lạng Sơn\"", "BTV Tỉnh ủy Lạng Sơn họp"));
  }

  @ParameterizedTest(name = "{0} finds \"{1}\" (index as written)")
  @MethodSource("rows")
  void findsTheOtherSpellingWithTheIndexingAndQueryChains(String query, String page) {
    assertThat(
            SearchFixture.search(
                VietnameseAnalyzer.forIndexing(),
                VietnameseAnalyzer.forQuery(),
                query,
                page,
                "Tin thể thao"))
        .containsExactly(page);
  }

  @ParameterizedTest(name = "{0} finds \"{1}\" (default analyzer at query time)")
  @MethodSource("rows")
  void findsTheOtherSpellingWithTheDefaultAnalyzerAtQueryTime(String query, String page) {
    assertThat(
            SearchFixture.search(
                VietnameseAnalyzer.forIndexing(),
                new VietnameseAnalyzer(),
                query,
                page,
                "Tin thể thao"))
        .containsExactly(page);
  }

  static Stream<Arguments> unrelated() {
    return Stream.of(
        Arguments.of("\"Ban Thường vụ MTTQ\"", "Ban Thường vụ Huyện ủy và MTTQ"),
        Arguments.of("UBND", "nhân dân trong tỉnh"),
        Arguments.of("\"Ủy ban nhân dân\"", "Ủy ban Kiểm tra và nhân dân"));
  }

  @ParameterizedTest(name = "{0} does not find \"{1}\"")
  @MethodSource("unrelated")
  void doesNotMatchTheWordsOutOfOrder(String query, String page) {
    assertThat(
            SearchFixture.search(
                VietnameseAnalyzer.forIndexing(), VietnameseAnalyzer.forQuery(), query, page))
        .isEmpty();
  }

  static Stream<Arguments> wordByWord() {
    return Stream.of(
        Arguments.of("MTTQ", "Ủy ban Mặt trận Tổ quốc tỉnh"),
        Arguments.of("HĐND", "Hội đồng nhân dân xã"),
        Arguments.of("\"Mặt trận Tổ quốc\"", "Ủy ban MTTQ tỉnh"),
        Arguments.of("\"mat tran to quoc\"", "Ủy ban MTTQ tỉnh"),
        Arguments.of("\"Ban Thường vụ Tỉnh ủy\"", "BTV Tỉnh ủy đã ban hành"),
        Arguments.of("\"Ban Thường vụ Tỉnh ủy Lạng Sơn\"", "BTV Tỉnh ủy Lạng Sơn đã ban hành"),
        Arguments.of("\"Ban Thường vụ Tỉnh ủy Lạng Sơn\"", "Ban Thường vụ Tỉnh ủy Lạng Sơn họp"));
  }

  @ParameterizedTest(name = "{0} finds \"{1}\" (query split on whitespace)")
  @MethodSource("wordByWord")
  void theDefaultAnalyzerServesAParserSplittingOnWhitespace(String query, String page) {
    assertThat(
            SearchFixture.search(
                VietnameseAnalyzer.forIndexing(),
                new VietnameseAnalyzer(),
                true,
                query,
                page,
                "Tin thể thao"))
        .containsExactly(page);
  }
}
