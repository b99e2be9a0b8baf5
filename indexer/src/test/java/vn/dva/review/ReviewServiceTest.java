package vn.dva.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewServiceTest {

  private static final ReviewService SERVICE =
      new ReviewService(
          DirectiveRegistry.of(
              List.of(
                  Articles.of(
                      "a",
                      LocalDate.of(2019, 1, 1),
                      "Lạng Sơn",
                      "Nghị quyết số 25-NQ/TW ngày 03/6/2013; Kế hoạch số 12-KH/TU ngày 5/5/2013; Chỉ thị số 18-CT/TU ngày "
                          + "04/11/2018; Nghị định số 15/2013/NĐ-CP; Nghị quyết 99-NQ/TW."),
                  Articles.of(
                      "b",
                      LocalDate.of(2023, 2, 1),
                      "Bắc Giang",
                      "Năm nay sơ kết 05 năm thực hiện Chỉ thị số 18-CT/TU ngày 04/11/2018 của Tỉnh ủy Bắc Giang."))));

  @Test
  void bindingTypesAreDueAtEveryFifthAnniversary() {
    assertThat(SERVICE.due(2023).due())
        .extracting(d -> d.kind() + " " + d.years() + " " + d.number())
        .containsExactly("tổng kết 10 25-NQ/TW", "sơ kết 5 18-CT/TU", "sơ kết 5 18-CT/TU");
    assertThat(SERVICE.due(2028).due())
        .extracting(d -> d.kind() + " " + d.years() + " " + d.number())
        .containsExactly("tổng kết 15 25-NQ/TW", "tổng kết 10 18-CT/TU", "tổng kết 10 18-CT/TU");
    assertThat(SERVICE.due(2024).due()).isEmpty();
    assertThat(SERVICE.due(2013).due()).isEmpty();
  }

  @Test
  void evidenceMustBeForTheSameProvinceAndAnniversary() {
    // 18-CT/TU of Bắc Giang is not 18-CT/TU of Lạng Sơn: the review article counts for Bắc Giang
    // only
    List<DueReview> due = SERVICE.due(2023).due();
    assertThat(due.get(1).province()).isEqualTo("Lạng Sơn");
    assertThat(due.get(1).evidence()).isEmpty();
    assertThat(due.get(2).province()).isEqualTo("Bắc Giang");
    assertThat(due.get(2).evidence()).extracting(Evidence::id).containsExactly("b");
    assertThat(SERVICE.due(2028).due().get(2).evidence()).isEmpty();
  }

  @Test
  void rejectsAnImpossibleYear() {
    assertThatThrownBy(() -> SERVICE.due(12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12");
  }
}
