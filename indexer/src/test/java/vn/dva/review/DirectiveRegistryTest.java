package vn.dva.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Corpus-level identities: undated mentions join an identity only where one fits. */
class DirectiveRegistryTest {

  private static final CitingArticle RELIGION_2003 =
      Articles.of(
          "a",
          LocalDate.of(2004, 1, 1),
          null,
          "Nghị quyết số 25-NQ/TW ngày 12/3/2003 về công tác tôn giáo.");
  private static final CitingArticle DAN_VAN_2013 =
      Articles.of(
          "b",
          LocalDate.of(2014, 1, 1),
          null,
          "Nghị quyết số 25-NQ/TW ngày 03/6/2013 về công tác dân vận.");

  @Test
  void anUndatedMentionJoinsTheOnlyIdentityIssuedBeforeTheArticle() {
    CitingArticle undated2010 =
        Articles.of("c", LocalDate.of(2010, 5, 5), null, "Thực hiện Nghị quyết 25-NQ/TW.");
    DirectiveRegistry r = DirectiveRegistry.of(List.of(RELIGION_2003, DAN_VAN_2013, undated2010));
    assertThat(r.identity("25-NQ/TW@2003").orElseThrow().articles()).containsExactly("a", "c");
    assertThat(r.identity("25-NQ/TW@?")).isEmpty();
  }

  @Test
  void anUndatedMentionStaysYearUnknownWhenTwoIdentitiesFit() {
    CitingArticle undated2020 =
        Articles.of("c", LocalDate.of(2020, 5, 5), null, "Thực hiện Nghị quyết 25-NQ/TW.");
    DirectiveRegistry r = DirectiveRegistry.of(List.of(RELIGION_2003, DAN_VAN_2013, undated2020));
    assertThat(r.identitiesOf("25-NQ/TW"))
        .extracting(DirectiveIdentity::key)
        .containsExactly("25-NQ/TW@2003", "25-NQ/TW@2013", "25-NQ/TW@?");
  }

  @Test
  void theTermNamedWithAnUndatedMentionPicksTheIdentity() {
    CitingArticle term =
        Articles.of(
            "c",
            LocalDate.of(2020, 5, 5),
            null,
            "Thực hiện Nghị quyết 25-NQ/TW (khóa XI) về dân vận.");
    DirectiveRegistry r = DirectiveRegistry.of(List.of(RELIGION_2003, DAN_VAN_2013, term));
    assertThat(r.identity("25-NQ/TW@2013").orElseThrow().mentions()).isEqualTo(2);
  }

  @Test
  void anUndatedReviewFindsTheIdentityByItsAnniversary() {
    CitingArticle review =
        Articles.of(
            "c",
            LocalDate.of(2023, 3, 1),
            null,
            "Tỉnh tổ chức tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW của Trung ương.");
    DirectiveRegistry r = DirectiveRegistry.of(List.of(RELIGION_2003, DAN_VAN_2013, review));
    assertThat(r.reviewsOf("25-NQ/TW@2013"))
        .singleElement()
        .satisfies(x -> assertThat(x.article().id()).isEqualTo("c"));
  }

  @Test
  void localSeriesOfDifferentProvincesAreDifferentDocuments() {
    CitingArticle langSon =
        Articles.of("a", null, "Lạng Sơn", "Chỉ thị số 18-CT/TU ngày 04/11/2022 của Tỉnh ủy.");
    CitingArticle anGiang =
        Articles.of("b", null, "An Giang", "Thực hiện Chỉ thị số 18-CT/TU của Tỉnh ủy.");
    DirectiveRegistry r = DirectiveRegistry.of(List.of(langSon, anGiang));
    assertThat(r.identitiesOf("18-CT/TU"))
        .extracting(DirectiveIdentity::key)
        .containsExactly("18-CT/TU@2022@Lạng Sơn", "18-CT/TU@?@An Giang");
  }

  @Test
  void relationsJoinCorpusIdentities() {
    CitingArticle kl =
        Articles.of(
            "c",
            LocalDate.of(2019, 2, 1),
            null,
            "Kết luận số 43-KL/TW ngày 07/01/2019 về tiếp tục thực hiện Nghị quyết số 25-NQ/TW (khóa XI).");
    DirectiveRegistry r = DirectiveRegistry.of(List.of(RELIGION_2003, DAN_VAN_2013, kl));
    assertThat(r.graph().incoming("25-NQ/TW@2013"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.from()).isEqualTo("43-KL/TW@2019");
              assertThat(e.kind()).isEqualTo("tiếp tục thực hiện");
              assertThat(e.articles()).containsExactly("c");
            });
    assertThat(r.graph().incoming("25-NQ/TW@2003")).isEmpty();
  }
}
