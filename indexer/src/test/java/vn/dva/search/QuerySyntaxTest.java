package vn.dva.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuerySyntaxTest {

  /** Clauses written as KIND:text, signed + or -, a field as field=value, OR groups by |. */
  static Stream<Arguments> queries() {
    return Stream.of(
        Arguments.of("nghỉ bao lâu?", "WORD:nghỉ WORD:bao WORD:lâu?"),
        Arguments.of("lâu ?", "WORD:lâu WORD:?"),
        Arguments.of("\"dân vận\" khéo", "PHRASE:dân vận WORD:khéo"),
        Arguments.of("\"không đóng", "WORD:không WORD:đóng"),
        Arguments.of("“dân vận”", "WORD:“dân WORD:vận”"),
        Arguments.of("dân -khéo +vận", "WORD:dân -WORD:khéo +WORD:vận"),
        Arguments.of("a - b", "WORD:a WORD:- WORD:b"),
        Arguments.of("-\"dân vận\"", "-PHRASE:dân vận"),
        Arguments.of("Covid-19", "WORD:Covid-19"),
        Arguments.of("khéo OR tôn OR giáo dân", "WORD:khéo|WORD:tôn|WORD:giáo WORD:dân"),
        Arguments.of("khéo or tôn", "WORD:khéo WORD:or WORD:tôn"),
        Arguments.of("OR khéo OR", "WORD:khéo"),
        Arguments.of("province:\"Bình Phước\" x", "FIELD:province=Bình Phước WORD:x"),
        Arguments.of("title:dân", "FIELD:title=dân"),
        Arguments.of("Hỏi: ai?", "WORD:Hỏi: WORD:ai?"),
        Arguments.of("giờ:phút", "WORD:giờ:phút"),
        Arguments.of("vận* *vận v*", "PREFIX:vận WORD:*vận WORD:v*"),
        Arguments.of("a\u0000b\u200bc\td", "WORD:a WORD:b WORD:c WORD:d"));
  }

  @ParameterizedTest
  @MethodSource("queries")
  void readsOperatorsOnlyWhereClearlyMeant(String typed, String expected) {
    var clauses = QuerySyntax.parse(typed);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < clauses.size(); i++) {
      QuerySyntax.Clause c = clauses.get(i);
      if (i > 0) out.append(c.group() == clauses.get(i - 1).group() ? "|" : " ");
      if (c.sign() == QuerySyntax.Sign.EXCLUDED) out.append('-');
      if (c.sign() == QuerySyntax.Sign.REQUIRED) out.append('+');
      out.append(c.kind()).append(':');
      out.append(c.field() == null ? c.text() : c.field() + "=" + c.text());
    }
    assertThat(out.toString()).isEqualTo(expected);
    assertThat(clauses.stream().map(QuerySyntax.Clause::text).collect(Collectors.toList()))
        .noneMatch(String::isBlank);
  }
}
