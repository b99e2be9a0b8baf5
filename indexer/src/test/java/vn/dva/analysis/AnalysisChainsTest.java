package vn.dva.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analyzers built from factories ({@link AnalysisChains}) give exactly the token streams of the
 * chains as they were composed by hand before the factories existed: terms, positions, offsets,
 * types and position lengths, on every page of the bundled corpus and on random text.
 */
class AnalysisChainsTest {

  /** The chains as VietnameseAnalyzer and SyllableShingleAnalyzer composed them by hand. */
  private static final class HandMade extends Analyzer {
    private final boolean directives;
    private final boolean abbreviations;
    private final boolean foldAlternatives;
    private final boolean pairs;

    HandMade(boolean directives, boolean abbreviations, boolean foldAlternatives, boolean pairs) {
      this.directives = directives;
      this.abbreviations = abbreviations;
      this.foldAlternatives = foldAlternatives;
      this.pairs = pairs;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return CleanText.of(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
      return CleanText.of(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new VietnameseTokenizer(directives);
      TokenStream chain = new WordNormalizeFilter(source);
      if (pairs) {
        chain = new SyllablePairFilter(new AccentStripFilter(chain), "_");
      } else {
        if (abbreviations)
          chain = new SynonymGraphFilter(chain, AbbreviationSynonyms.defaults(), false);
        chain = new FoldingFilter(chain, foldAlternatives);
      }
      return new TokenStreamComponents(source, chain);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new TonePlacementFilter(new LowerCaseFilter(in));
    }
  }

  static Stream<Arguments> chains() {
    return Stream.of(
        Arguments.of(
            "index", VietnameseAnalyzer.forIndexing(), new HandMade(true, false, true, false)),
        Arguments.of(
            "query", VietnameseAnalyzer.forQuery(), new HandMade(true, true, false, false)),
        Arguments.of(
            "query words", new VietnameseAnalyzer(), new HandMade(true, true, true, false)),
        Arguments.of(
            "pairs", new SyllableShingleAnalyzer(), new HandMade(false, false, true, true)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chains")
  void everyBundledPageGivesTheTokensOfTheHandMadeChain(
      String name, Analyzer fromFactories, Analyzer handMade) throws IOException {
    Path pages = Path.of("../corpus/pages");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(pages)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).as("bundled pages under " + pages.toAbsolutePath()).hasSizeGreaterThan(40);
    long tokens = 0;
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      List<AnalyzedTokens.Token> expected = AnalyzedTokens.tokens(handMade, text);
      assertThat(AnalyzedTokens.tokens(fromFactories, text))
          .as(file.toString())
          .isEqualTo(expected);
      tokens += expected.size();
    }
    assertThat(tokens).isGreaterThan(10_000);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chains")
  void randomTextGivesTheTokensOfTheHandMadeChain(
      String name, Analyzer fromFactories, Analyzer handMade) {
    Random random = new Random(20261207L);
    String[] pieces = VietnameseAnalyzerRobustnessTest.PIECES;
    String[] words = {"Mặt trận Tổ quốc", "kinh tế - xã hội", "Ban Thường vụ", "dân tộc thiểu số"};
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      for (int p = random.nextInt(40); p > 0; p--) {
        text.append(
            random.nextInt(8) == 0
                ? " " + words[random.nextInt(words.length)] + " "
                : pieces[random.nextInt(pieces.length)]);
      }
      String input =
          random.nextBoolean() ? text.toString() : Normalizer.normalize(text, Normalizer.Form.NFD);
      assertThat(AnalyzedTokens.tokens(fromFactories, input))
          .as(input)
          .isEqualTo(AnalyzedTokens.tokens(handMade, input));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chains")
  void normalizationOfWildcardTermsIsUnchanged(
      String name, Analyzer fromFactories, Analyzer handMade) {
    if (name.equals("pairs")) return; // never normalized: the pair field takes no wildcard terms
    for (String term : List.of("Hoà*", "THUỶ", "kĩ", "Ðảng", "Da\u0300n", "MTTQ", "Qui")) {
      BytesRef expected = handMade.normalize("text", term);
      assertThat(fromFactories.normalize("text", term)).as(term).isEqualTo(expected);
    }
  }

  static Stream<Arguments> spiNames() {
    return Stream.of(
        Arguments.of(CharFilterFactory.class, CleanTextCharFilterFactory.NAME),
        Arguments.of(TokenizerFactory.class, VietnameseTokenizerFactory.NAME),
        Arguments.of(TokenFilterFactory.class, WordNormalizeFilterFactory.NAME),
        Arguments.of(TokenFilterFactory.class, TonePlacementFilterFactory.NAME),
        Arguments.of(TokenFilterFactory.class, SpellingVariantFilterFactory.NAME),
        Arguments.of(TokenFilterFactory.class, AbbreviationFilterFactory.NAME),
        Arguments.of(TokenFilterFactory.class, FoldingFilterFactory.NAME),
        Arguments.of(TokenFilterFactory.class, AccentStripFilterFactory.NAME),
        Arguments.of(TokenFilterFactory.class, SyllablePairFilterFactory.NAME));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("spiNames")
  void everyComponentIsFoundByItsSpiName(Class<?> kind, String name) {
    Class<?> found =
        kind == CharFilterFactory.class
            ? CharFilterFactory.lookupClass(name)
            : kind == TokenizerFactory.class
                ? TokenizerFactory.lookupClass(name)
                : TokenFilterFactory.lookupClass(name);
    assertThat(found.getPackageName()).isEqualTo("vn.dva.analysis");
  }

  @Test
  void aChainComposedBySpiNamesMatchesTheIndexChain() throws IOException {
    Analyzer byName =
        org.apache.lucene.analysis.custom.CustomAnalyzer.builder()
            .addCharFilter("dvaCleanText")
            .withTokenizer("dvaVietnamese")
            .addTokenFilter("lowercase")
            .addTokenFilter("dvaTonePlacement")
            .addTokenFilter("dvaSpellingVariant")
            .addTokenFilter("dvaFolding")
            .build();
    String text = "Chỉ thị 18 - CT/TU: Hoà Bình, kĩ thuật, Dân vận khéo";
    assertThat(AnalyzedTokens.tokens(byName, text))
        .isEqualTo(AnalyzedTokens.tokens(VietnameseAnalyzer.forIndexing(), text));
  }

  @Test
  void anAbbreviationListFromTheResourceLoaderReplacesTheShippedOne() throws IOException {
    AbbreviationFilterFactory factory =
        new AbbreviationFilterFactory(
            new java.util.HashMap<>(Map.of("abbreviations", "vn/dva/analysis/test-abbr.txt")));
    factory.inform(new ClasspathResourceLoader(AnalysisChainsTest.class.getClassLoader()));
    Analyzer analyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new VietnameseTokenizer();
            return new TokenStreamComponents(
                source, factory.create(new WordNormalizeFilter(source)));
          }
        };
    List<String> terms = new ArrayList<>();
    for (AnalyzedTokens.Token t : AnalyzedTokens.tokens(analyzer, "HTX")) terms.add(t.term());
    assertThat(terms).containsExactlyInAnyOrder("htx", "hợp", "tác", "xã");
  }

  @Test
  void unknownArgumentsAreRefusedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new FoldingFilterFactory(new java.util.HashMap<>(Map.of("fold", "true"))));
    assertThat(e).hasMessageContaining("dvaFolding").hasMessageContaining("fold");
  }
}
