package vn.dva.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory of the abbreviation step: Lucene's {@link SynonymGraphFilter} over the groups of an
 * abbreviation list ({@link AbbreviationSynonyms}), so {@code MTTQ} and {@code Mặt trận Tổ quốc}
 * each become the graph {@code (mttq | mặt trận tổ quốc)}. SPI name {@value #NAME}. Argument {@code
 * abbreviations}: a list in the {@code abbreviations.txt} format, read through the resource loader;
 * without it the list shipped with dva (read once per JVM and shared). A list with no group leaves
 * the stream as it is. For query analysis: see {@link VietnameseAnalyzer} for why the index is
 * written without it.
 */
public final class AbbreviationFilterFactory extends TokenFilterFactory
    implements ResourceLoaderAware {

  /** SPI name. */
  public static final String NAME = "dvaAbbreviation";

  private final String abbreviations;
  private SynonymMap map;

  /**
   * @param args {@code abbreviations} optional (a resource name); any other is an error
   */
  public AbbreviationFilterFactory(Map<String, String> args) {
    super(args);
    abbreviations = get(args, "abbreviations");
    Factories.noneLeft(args, NAME);
    if (abbreviations == null) map = AbbreviationSynonyms.defaults();
  }

  /** For the SPI loader only. */
  public AbbreviationFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (abbreviations != null)
      map = AbbreviationSynonyms.load(loader.openResource(abbreviations), abbreviations);
  }

  @Override
  public TokenStream create(TokenStream input) {
    if (map == null)
      throw new IllegalStateException(NAME + ": the list " + abbreviations + " was never loaded");
    return map.fst == null ? input : new SynonymGraphFilter(input, map, false);
  }
}
