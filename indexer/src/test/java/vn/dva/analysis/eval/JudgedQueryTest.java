package vn.dva.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JudgedQueryTest {

  @Test
  void readsKindQueryRelevantAndForbiddenPages() {
    List<JudgedQuery> set =
        JudgedQuery.parse("# comment\n\ndirective\t23-CT/TW\ta.html !b.html c.html\n");
    assertThat(set)
        .containsExactly(
            new JudgedQuery("directive", "23-CT/TW", Set.of("a.html", "c.html"), Set.of("b.html")));
  }

  @Test
  void aLineWithoutThreeColumnsIsRejectedWithItsNumber() {
    assertThatThrownBy(() -> JudgedQuery.parse("accents\tdân vận\ta.html\nbroken line\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("broken line");
  }

  @Test
  void aQueryWithoutRelevantPageIsRejected() {
    assertThatThrownBy(() -> JudgedQuery.parse("accents\tdân vận\t!a.html\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("dân vận");
  }
}
