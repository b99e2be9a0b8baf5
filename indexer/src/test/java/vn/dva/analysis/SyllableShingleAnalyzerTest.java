package vn.dva.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SyllableShingleAnalyzerTest {

  static Stream<Arguments> pairsOfAdjacentSyllablesFoldedAndNormalized() {
    return Stream.of(
        Arguments.of("Dân vận khéo", "dan_van van_kheo"),
        Arguments.of("dan van kheo", "dan_van van_kheo"),
        Arguments.of(Normalizer.normalize("DÂN VẬN KHÉO", Normalizer.Form.NFD), "dan_van van_kheo"),
        Arguments.of("Hoà Bình", "hoa_binh"),
        Arguments.of("kĩ năng", "ky_nang"),
        Arguments.of("Chỉ thị 18-CT/TU", "chi_thi thi_18-ct/tu"),
        Arguments.of("Đảng", ""));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource
  void pairsOfAdjacentSyllablesFoldedAndNormalized(String input, String expected) {
    assertThat(AnalyzedTokens.terms(new SyllableShingleAnalyzer(), input)).isEqualTo(expected);
  }
}
