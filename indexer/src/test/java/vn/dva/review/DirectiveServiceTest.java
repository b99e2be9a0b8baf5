package vn.dva.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectiveServiceTest {

  private static final DirectiveService SERVICE =
      new DirectiveService(
          DirectiveRegistry.of(
              List.of(
                  Articles.of(
                      "a",
                      LocalDate.of(2019, 2, 1),
                      null,
                      "Kết luận số 43-KL/TW ngày 07/01/2019 về tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013; "
                          + "Nghị quyết số 25-NQ/TW ngày 25/7/2008 về thanh niên."),
                  Articles.of(
                      "b",
                      LocalDate.of(2023, 2, 1),
                      null,
                      "tổng kết 10 năm thực hiện Nghị quyết 25-NQ/TW ngày 13/6/2013 của Hội nghị Trung ương 7 (khóa XI)."))),
          2024);

  @Test
  void reportsEveryIdentityOfANumberTypedInAnySpelling() {
    DirectiveReport report = SERVICE.lookup("25-nq/tw");
    assertThat(report.number()).isEqualTo("25-NQ/TW");
    assertThat(report.identities())
        .extracting(DirectiveReport.Identity::key)
        .containsExactly("25-NQ/TW@2008", "25-NQ/TW@2013");
    DirectiveReport.Identity danVan = report.identities().get(1);
    assertThat(danVan.typeName()).isEqualTo("Nghị quyết");
    assertThat(danVan.dates())
        .containsExactlyInAnyOrder(LocalDate.of(2013, 6, 3), LocalDate.of(2013, 6, 13));
    assertThat(danVan.articles()).extracting(DirectiveReport.Article::id).containsExactly("b", "a");
  }

  @Test
  void showsRelationsFromBothSides() {
    DirectiveReport.Identity danVan = SERVICE.lookup("25-NQ/TW").identities().get(1);
    assertThat(danVan.relations())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.direction()).isEqualTo("in");
              assertThat(r.number()).isEqualTo("43-KL/TW");
              assertThat(r.kind()).isEqualTo("tiếp tục thực hiện");
            });
    assertThat(SERVICE.lookup("43-KL/TW").identities().get(0).relations())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.direction() + " " + r.number() + " " + r.issued())
                    .isEqualTo("out 25-NQ/TW 2013-06-03"));
  }

  @Test
  void listsScheduledAnniversariesWithTheirEvidence() {
    DirectiveReport.Identity danVan = SERVICE.lookup("25-NQ/TW").identities().get(1);
    assertThat(danVan.reviews())
        .extracting(r -> r.year() + " " + r.kind() + " " + r.evidence().size())
        .containsExactly("2018 sơ kết 0", "2023 tổng kết 1", "2028 tổng kết 0");
  }

  @Test
  void anUncitedNumberHasNoIdentities() {
    assertThat(SERVICE.lookup("99-QĐ/TW").identities()).isEmpty();
  }

  @Test
  void rejectsTextThatIsNotADirectiveNumber() {
    assertThatThrownBy(() -> SERVICE.lookup("dân vận"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dân vận");
    assertThatThrownBy(() -> SERVICE.lookup(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
