package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How mentions of one document become identities: number + issue year (+ province). */
class DirectiveIdentityTest {

  private static List<String> identities(String text, String province) {
    return DirectiveExtractor.extract(text, province).citations().stream()
        .map(DirectiveCitation::identity)
        .toList();
  }

  @Test
  void threeResolutionsNumbered25AreThreeDocuments() {
    String text =
        "Nghị quyết số 25-NQ/TW ngày 12/3/2003 về công tác tôn giáo; Nghị quyết số 25-NQ/TW ngày "
            + "25/7/2008 về công tác thanh niên; Nghị quyết số 25-NQ/TW ngày 03/6/2013 về công tác dân vận.";
    assertThat(identities(text, null))
        .containsExactly("25-NQ/TW@2003", "25-NQ/TW@2008", "25-NQ/TW@2013");
  }

  @Test
  void twoDatesInOneYearAreOneDocumentWithBothDatesKept() {
    String text =
        "Nghị quyết số 25-NQ/TW ngày 03/6/2013 về dân vận; Nghị quyết 25-NQ/TW ngày 13/6/2013 (khóa XI).";
    List<DirectiveCitation> cited = DirectiveExtractor.extract(text, null).citations();
    assertThat(cited).hasSize(1);
    assertThat(cited.get(0).mentions()).isEqualTo(2);
    assertThat(cited.get(0).issued()).isEqualTo(LocalDate.of(2013, 6, 3));
    assertThat(cited.get(0).dates())
        .containsExactly(LocalDate.of(2013, 6, 3), LocalDate.of(2013, 6, 13));
    assertThat(cited.get(0).term()).isEqualTo("XI");
  }

  @Test
  void anUndatedMentionJoinsTheOnlyDatedIdentityOfItsNumber() {
    String text =
        "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Trung ương. Sau 10 năm thực hiện Nghị quyết 25-NQ/TW, …";
    List<DirectiveCitation> cited = DirectiveExtractor.extract(text, null).citations();
    assertThat(cited).extracting(DirectiveCitation::identity).containsExactly("25-NQ/TW@2013");
    assertThat(cited.get(0).mentions()).isEqualTo(2);
  }

  @Test
  void anUndatedMentionStaysYearUnknownWhenTwoIdentitiesShareItsNumber() {
    String text =
        "Nghị quyết 25-NQ/TW ngày 25/7/2008; Nghị quyết 25-NQ/TW ngày 03/6/2013; nhắc lại Nghị quyết 25-NQ/TW.";
    assertThat(identities(text, null))
        .containsExactly("25-NQ/TW@2008", "25-NQ/TW@2013", "25-NQ/TW@?");
  }

  @Test
  void theCongressTermPlacesAnUndatedMention() {
    String text =
        "Nghị quyết 25-NQ/TW ngày 12/3/2003; Nghị quyết 25-NQ/TW ngày 03/6/2013; "
            + "Nghị quyết 25-NQ/TW của Hội nghị Trung ương 7 (khóa XI) về dân vận.";
    List<DirectiveCitation> cited = DirectiveExtractor.extract(text, null).citations();
    assertThat(cited)
        .extracting(DirectiveCitation::identity)
        .containsExactly("25-NQ/TW@2003", "25-NQ/TW@2013");
    assertThat(cited.get(1).mentions()).isEqualTo(2);
  }

  @Test
  void localIssuersCarryTheProvinceAndCentralOnesDoNot() {
    String text = "Chỉ thị số 18-CT/TU ngày 04/11/2022 và Chỉ thị số 18-CT/TW ngày 10/01/2018";
    assertThat(identities(text, "Lạng Sơn"))
        .containsExactly("18-CT/TU@2022@Lạng Sơn", "18-CT/TW@2018");
    assertThat(identities("Quyết định 1234/QĐ-UBND ngày 5/7/2021", "Bình Phước"))
        .containsExactly("1234/QĐ-UBND@2021@Bình Phước");
  }

  @Test
  void aStateNumberCarriesItsYear() {
    assertThat(identities("Nghị định số 15/2020/NĐ-CP quy định xử phạt", null))
        .containsExactly("15/2020/NĐ-CP@2020");
  }

  @Test
  void aBareNumberWithoutDateIsYearUnknown() {
    List<DirectiveCitation> cited =
        DirectiveExtractor.extract(
                "gắn với thực hiện Chỉ thị 05 của Bộ Chính trị chuyên đề năm 2020", "Đắk Lắk")
            .citations();
    assertThat(cited)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.identity()).isEqualTo("05-CT/TW@?");
              assertThat(c.type()).isEqualTo("CT");
              assertThat(c.issuer()).isEqualTo("TW");
              assertThat(c.province()).isNull();
            });
  }

  @Test
  void theSixArgumentConstructorStillWorks() {
    DirectiveCitation c =
        new DirectiveCitation("25-NQ/TW", "NQ", "TW", LocalDate.of(2013, 6, 3), null, 1);
    assertThat(c.dates()).containsExactly(LocalDate.of(2013, 6, 3));
    assertThat(c.identity()).isEqualTo("25-NQ/TW@2013");
  }
}
