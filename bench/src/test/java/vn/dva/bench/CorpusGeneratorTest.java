package vn.dva.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.ExtractedDocument;
import vn.dva.extract.Provinces;

class CorpusGeneratorTest {

  private static final CorpusGenerator GENERATOR =
      new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
  private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

  @Test
  void theSameSeedAndIndexGiveTheSameBytes() {
    CorpusGenerator other = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
    for (long i : new long[] {0, 1, 17, 99_999, 999_999}) {
      assertThat(other.page(i).html()).isEqualTo(GENERATOR.page(i).html());
    }
  }

  @Test
  void aDifferentSeedGivesADifferentCorpus() {
    CorpusGenerator other = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED + 1);
    long same =
        LongStream.range(0, 50)
            .filter(
                i ->
                    other.article(i).title().equals(GENERATOR.article(i).title())
                        && other.article(i).paragraphs().equals(GENERATOR.article(i).paragraphs()))
            .count();
    assertThat(same).isZero();
  }

  @Test
  void pagesAreIndependentOfTheOrderTheyAreAskedFor() {
    byte[] late = GENERATOR.page(123).html();
    for (long i = 0; i < 123; i++) GENERATOR.page(i);
    assertThat(GENERATOR.page(123).html()).isEqualTo(late);
  }

  @Test
  void ratesLookLikeProvincialNews() {
    int n = 3000;
    int withoutDirectives = 0;
    int citations = 0;
    int dated = 0;
    long words = 0;
    Map<SyntheticArticle.Portal, Integer> portals = new EnumMap<>(SyntheticArticle.Portal.class);
    Set<Integer> years = new HashSet<>();
    Set<String> provinces = new HashSet<>();
    for (long i = 0; i < n; i++) {
      SyntheticArticle a = GENERATOR.article(i);
      if (a.citations().isEmpty()) withoutDirectives++;
      citations += a.citations().size();
      dated += (int) a.citations().stream().filter(c -> c.issued() != null).count();
      for (String p : a.paragraphs()) words += p.split("\\s+").length;
      portals.merge(a.portal(), 1, Integer::sum);
      years.add(a.published().getYear());
      provinces.add(a.province());
      List<String> allowed =
          a.published().toLocalDate().isBefore(MERGER) ? Provinces.before2025() : Provinces.now();
      assertThat(allowed)
          .as("province of article %d published %s", i, a.published())
          .contains(a.province());
    }
    assertThat(withoutDirectives / (double) n).isCloseTo(0.35, within(0.05));
    assertThat(citations / (double) n).isBetween(1.0, 1.8);
    assertThat(dated / (double) citations).isCloseTo(0.85, within(0.05));
    assertThat(words / (double) n).as("mean words per article").isBetween(300.0, 1200.0);
    assertThat(years)
        .containsAll(List.of(2010, 2015, 2020, 2025, 2026))
        .allMatch(y -> y >= 2010 && y <= 2026);
    assertThat(provinces.size()).isGreaterThan(60);
    assertThat(portals.get(SyntheticArticle.Portal.NUKEVIET) / (double) n)
        .isCloseTo(0.35, within(0.05));
    assertThat(portals.get(SyntheticArticle.Portal.NEWSPAPER) / (double) n)
        .isCloseTo(0.25, within(0.05));
  }

  @Test
  void laterYearsHaveMoreArticles() {
    int early = 0;
    int late = 0;
    for (long i = 0; i < 3000; i++) {
      int y = GENERATOR.article(i).published().getYear();
      if (y <= 2012) early++;
      if (y >= 2022 && y <= 2024) late++;
    }
    assertThat(late).isGreaterThan(early * 3 / 2);
  }

  @Test
  void pagesAreWellFormedHtmlWithTheTitleAndBody() {
    for (long i = 0; i < 40; i++) {
      GeneratedPage page = GENERATOR.page(i);
      Document doc = Jsoup.parse(new String(page.html(), java.nio.charset.StandardCharsets.UTF_8));
      assertThat(doc.title()).startsWith(page.article().title());
      assertThat(doc.body().text()).contains(page.article().paragraphs().get(0));
      assertThat(doc.select("div.sidebar li")).hasSizeGreaterThanOrEqualTo(5);
      assertThat(doc.select("#footer").text()).contains("Địa chỉ");
    }
  }

  @Test
  void theExtractorReadsBackProvinceDateAndDirectives() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (long i = 0; i < 300; i++) {
      GeneratedPage page = GENERATOR.page(i);
      SyntheticArticle a = page.article();
      ExtractedDocument d = PageExtraction.extract(page);
      if (!a.province().equals(d.province()))
        wrong.add(i + ": province " + d.province() + " != " + a.province());
      if (!a.published().toLocalDate().equals(d.published())) {
        wrong.add(i + ": date " + d.published() + " != " + a.published().toLocalDate());
      }
      Set<String> numbers = new HashSet<>();
      for (DirectiveCitation c : d.citations()) numbers.add(upper(c.number()));
      for (SyntheticArticle.Citation c : a.citations()) {
        if (!numbers.contains(upper(c.number())))
          wrong.add(i + ": directive " + c.number() + " not found in " + numbers);
        if (c.issued() != null
            && d.citations().stream()
                .noneMatch(
                    x ->
                        upper(x.number()).equals(upper(c.number()))
                            && c.issued().equals(x.issued()))) {
          wrong.add(i + ": directive " + c.number() + " without its date " + c.issued());
        }
      }
      assertThat(d.title()).isEqualTo(a.title());
      assertThat(d.text()).doesNotContain("Tin mới").doesNotContain("Bản quyền thuộc");
    }
    assertThat(wrong).isEmpty();
  }

  /** Type codes such as CTr or QĐi may be canonicalised to upper case. */
  private static String upper(String number) {
    return number.toUpperCase(java.util.Locale.ROOT);
  }
}
