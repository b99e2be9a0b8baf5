package vn.dva.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

  @Test
  void theMostStatedVariantWinsAndTheOthersAreKept() {
    Agreement.Choice c =
        Agreement.choose(
            List.of("Bộ Chính trị", "Ban Bí thư", "Bộ Chính trị", "Ban Chấp hành Trung ương Đảng"));
    assertThat(c.chosen()).isEqualTo("Bộ Chính trị");
    assertThat(c.variants())
        .extracting(Agreement.Variant::text, Agreement.Variant::count)
        .first()
        .isEqualTo(org.assertj.core.groups.Tuple.tuple("Bộ Chính trị", 2));
    assertThat(c.variants()).hasSize(3);
  }

  @Test
  void aSubjectCutShortSupportsTheWholeOne() {
    Agreement.Choice c =
        Agreement.choose(
            List.of(
                "công tác dân tộc", "công tác dân tộc trong tình hình mới", "công tác tôn giáo"));
    assertThat(c.chosen()).isEqualTo("công tác dân tộc trong tình hình mới");
  }

  @Test
  void spellingsDifferingInCaseQuotesAndLeadingViecAreOneVariant() {
    Agreement.Choice c =
        Agreement.choose(
            List.of(
                "việc ban hành Quy chế giám sát",
                "Ban hành quy chế giám sát",
                "“ban hành Quy chế giám sát”"));
    assertThat(c.variants()).hasSize(1);
    assertThat(c.variants().get(0).count()).isEqualTo(3);
  }

  @Test
  void nothingStatedChoosesNothing() {
    assertThat(Agreement.choose(List.of()).chosen()).isNull();
    assertThat(Agreement.choose(Arrays.asList(null, " ")).variants()).isEmpty();
  }

  @Test
  void keepsAtMostTheMaximumNumberOfVariants() {
    java.util.List<String> many = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) many.add("chủ đề số " + i + " khác nhau");
    many.add("chủ đề số 7 khác nhau");
    Agreement.Choice c = Agreement.choose(many);
    assertThat(c.chosen()).isEqualTo("chủ đề số 7 khác nhau");
    assertThat(c.variants()).hasSize(Agreement.MAX_VARIANTS);
  }
}
