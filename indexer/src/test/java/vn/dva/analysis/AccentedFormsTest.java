package vn.dva.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dva.extract.DocumentExtractor;
import vn.dva.index.IndexRun;
import vn.dva.index.IndexSchema;

class AccentedFormsTest {

  @ParameterizedTest
  @CsvSource({
    "dan, đàn",
    "dan, dân",
    "van, vận",
    "nguyen, nguyễn",
    "quoc, quốc",
    "khuyu, khuỵu",
    "nguoi, người",
    "hoa, hòa",
    "thuy, thủy",
    "ky, kỹ",
    "thuy, thuỷ",
    "dong, động",
    "duong, đường"
  })
  void anAccentLessWordGetsEachSpellingAsTheIndexWritesIt(String folded, String spelling) {
    String asIndexed = AccentedForms.indexTerm(spelling);
    assertThat(AccentedForms.of(folded))
        .contains(asIndexed)
        .doesNotContain(folded)
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @CsvSource({"abc1", "dân", "'a b'", "aeiouae", "''"})
  void wordsThatAreNotAnAccentLessSyllableGetNone(String typed) {
    assertThat(AccentedForms.of(typed)).isEmpty();
  }

  /**
   * The property a cluster relies on: every accented word of a real index's text (the bundled
   * corpus, indexed by the real indexer) is among the forms generated for its accent-less spelling,
   * so looking the forms up finds all the words the term dictionary holds. Words with letters no
   * Vietnamese syllable has (loanwords such as {@code ö}) are the only ones left out, and few.
   */
  @Test
  void everyAccentedWordOfTheCorpusIndexIsAmongTheFormsOfItsAccentLessSpelling(@TempDir Path dir)
      throws Exception {
    Path corpus = Path.of("../corpus/pages");
    assumeTrue(Files.isDirectory(corpus), "bundled corpus absent at " + corpus.toAbsolutePath());
    new IndexRun(new DocumentExtractor(), new PrintWriter(new StringWriter()), 500, 1)
        .run(dir.resolve("index"), List.of(corpus));
    List<String> accented = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
      Terms text = MultiTerms.getTerms(reader, IndexSchema.TEXT);
      TermsEnum it = text.iterator();
      for (BytesRef t = it.next(); t != null; t = it.next()) {
        String word = t.utf8ToString();
        String folded = AccentedForms.fold(word);
        if (folded.equals(word) || !word.matches("\\p{L}+")) continue;
        if (!word.matches(
            "[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+")) {
          foreign.add(word);
          continue;
        }
        accented.add(word);
        if (!AccentedForms.of(folded).contains(word)) missed.add(word);
      }
    }
    assertThat(accented).hasSizeGreaterThan(500);
    assertThat(missed).isEmpty();
    assertThat(foreign.size())
        .as("non-Vietnamese accented words %s", foreign)
        .isLessThan(accented.size() / 100);
  }
}
