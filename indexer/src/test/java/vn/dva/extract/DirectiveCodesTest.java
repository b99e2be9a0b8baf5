package vn.dva.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectiveCodesTest {

  @ParameterizedTest
  @CsvSource({
    "ct,CT", "Ctr,CTr", "QD,QĐ", "QĐI,QĐi", "qdi,QĐi", "da,ĐA", "TTR,TTr", "NĐ,NĐ", "XY,"
  })
  void canonicalTypeCodes(String written, String expected) {
    assertThat(DirectiveCodes.type(written)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "tw,TW",
    "TƯ,TW",
    "DU,ĐU",
    "duk,ĐUK",
    "BDVTU,BDVTU",
    "bcsd,BCSĐ",
    "UBND,",
    "CP,",
    "XH,"
  })
  void canonicalPartyIssuers(String written, String expected) {
    assertThat(DirectiveCodes.partyIssuer(written)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "TU,true",
    "HU,true",
    "BDVTU,true",
    "UBND,true",
    "HĐND,true",
    "TW,false",
    "BDVTW,false",
    "CP,false",
    "QH15,false"
  })
  void localIssuersAreNumberedPerProvince(String issuer, boolean local) {
    assertThat(DirectiveCodes.isLocalIssuer(issuer)).isEqualTo(local);
  }

  @ParameterizedTest
  @CsvSource({
    "NQ,true",
    "CT,true",
    "KL,true",
    "QĐ,true",
    "QĐi,true",
    "ĐA,true",
    "HD,true",
    "CTr,true",
    "KH,false",
    "BC,false",
    "TB,false",
    "CV,false"
  })
  void bindingTypesComeUpForReview(String type, boolean binding) {
    assertThat(DirectiveCodes.isBinding(type)).isEqualTo(binding);
  }
}
