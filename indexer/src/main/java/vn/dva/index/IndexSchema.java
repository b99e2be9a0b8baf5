package vn.dva.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import vn.dva.analysis.SyllableShingleAnalyzer;
import vn.dva.analysis.VietnameseAnalyzer;

/**
 * Field names and the facet configuration shared by the indexer and every reader of the index.
 *
 * <p>Analyzed fields ({@link #TITLE}, {@link #TEXT}) go through {@link VietnameseAnalyzer}; every
 * other field is an exact keyword. Facet dimensions are sorted-set doc values, so no taxonomy index
 * is needed.
 */
public final class IndexSchema {

  /** Unique id: canonical URL or file URI. Re-indexing the same id replaces the document. */
  public static final String ID = "id";

  public static final String URL = "url";

  /** Other URLs that served byte-identical content, stored only (multi-valued). */
  public static final String ALTERNATE_URL = "alt_url";

  public static final String TITLE = "title";
  public static final String TEXT = "text";

  /** Title and text as syllable pairs (SyllableShingleAnalyzer): an optional ranking clause. */
  public static final String TEXT_PAIRS = "text_pairs";

  public static final String SOURCE = "source";
  public static final String FORMAT = "format";

  /** How the text was read, stored only: "ocr" when some of it came from scanned pages. */
  public static final String TEXT_SOURCE = "text_source";

  /** The value of {@link #TEXT_SOURCE} for text read by OCR. */
  public static final String TEXT_SOURCE_OCR = "ocr";

  /** Publication date as epoch day: point-indexed for ranges, doc values for sorting. */
  public static final String PUBLISHED = "published";

  /** Publication date as ISO text, stored only. */
  public static final String PUBLISHED_ISO = "published_iso";

  public static final String PROVINCE = "province";
  public static final String PROVINCE_NOW = "province_now";

  /** Canonical directive numbers cited (all identities), exact terms. */
  public static final String DIRECTIVE = "directive";

  /** Directive identities cited ({@code 25-NQ/TW@2013}), exact terms. */
  public static final String DIRECTIVE_ID = "directive_id";

  /** Type codes of the directives cited (NQ, CT, …), exact terms. */
  public static final String TYPE = "type";

  /** The citations as JSON, stored only. */
  public static final String CITATIONS_JSON = "citations_json";

  /** The review announcements as JSON, stored only. */
  public static final String REVIEWS_JSON = "reviews_json";

  /** Relations between the cited directives as JSON, stored only (read by vn.dva.review). */
  public static final String RELATIONS_JSON = "relations_json";

  /**
   * What the page is ({@code article}, {@code list}, {@code empty}), an exact term, stored. Search
   * leaves {@code list} pages out by default; documents indexed before the field existed have none
   * and count as articles.
   */
  public static final String KIND = "kind";

  /** Directive numbers with a review announcement in this document, exact terms. */
  public static final String REVIEWED = "reviewed";

  /**
   * Story id (numeric doc values, updated in place): shared by near-duplicate pages, a hash of the
   * smallest document id of their group ({@code vn.dva.dedup.StoryLinker}).
   */
  public static final String STORY = "story";

  /** Pages in the document's story (numeric doc values, updated in place). */
  public static final String STORY_VERSIONS = "story_versions";

  /** LSH band terms of the text's MinHash signature, exact terms (near-duplicate candidates). */
  public static final String DUP_BAND = "dup_band";

  /** The MinHash signature of the text, stored only. */
  public static final String DUP_SIGNATURE = "dup_sig";

  /**
   * The same signature as binary doc values, for the linker: reading a candidate's signature from
   * stored fields decompressed a block of page texts each time, 96% of linking a 100,000-page
   * commit. A field of its own because Lucene cannot add doc values to {@link #DUP_SIGNATURE} in an
   * index written before; pages of such an index are read from the stored field.
   */
  public static final String DUP_SIGNATURE_DV = "dup_sig_dv";

  /** Facet dimensions (sorted-set doc values). */
  public static final String FACET_PROVINCE = "province";

  public static final String FACET_PROVINCE_NOW = "province_now";
  public static final String FACET_YEAR = "year";
  public static final String FACET_MONTH = "month";
  public static final String FACET_TYPE = "type";
  public static final String FACET_DIRECTIVE = "directive";

  /** Directive identities ({@code 25-NQ/TW@2013}, {@code 18-CT/TU@2022@Lạng Sơn}). */
  public static final String FACET_IDENTITY = "identity";

  public static final String FACET_SOURCE = "source";
  public static final String FACET_FORMAT = "format";

  private IndexSchema() {}

  /**
   * The order documents are kept in on disk: newest publication first, undated documents last.
   * "Newest first" then reads each segment from its start and stops once no later document can
   * compete, a date range is a contiguous run of documents found by binary search ({@code
   * IndexSortSortedNumericDocValuesRangeQuery}), browsing without a query lists the newest
   * articles, and a systematic sample of a result set (sampled facet counts) spreads evenly over
   * time. Indexes written before dva sorted them (up to December 2026) must be rebuilt: {@code
   * DocumentIndexer.open} says so.
   */
  public static Sort indexSort() {
    SortField published = new SortedNumericSortField(PUBLISHED, SortField.Type.LONG, true);
    published.setMissingValue(Long.MIN_VALUE);
    return new Sort(published);
  }

  /** A new facet configuration; cheap, but callers may keep one (it is not modified after). */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_TYPE, true);
    config.setMultiValued(FACET_DIRECTIVE, true);
    config.setMultiValued(FACET_IDENTITY, true);
    return config;
  }

  /**
   * The analyzer for query parsing and highlighting: Vietnamese for text fields (abbreviations
   * expanded both ways, {@link VietnameseAnalyzer#forQuery()}), keyword otherwise.
   */
  public static Analyzer analyzer() {
    return perField(VietnameseAnalyzer.forQuery());
  }

  /**
   * The analyzer for the index writer: the same chain without the abbreviation graph ({@link
   * VietnameseAnalyzer#forIndexing()}). Queries expand abbreviations both ways, so the index need
   * not; a synonym graph written without flattening would also misplace positions, and it cost
   * about a tenth of indexing time in the benchmark (scripts/bench).
   */
  public static Analyzer indexAnalyzer() {
    return perField(VietnameseAnalyzer.forIndexing());
  }

  private static Analyzer perField(Analyzer vietnamese) {
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(TITLE, vietnamese, TEXT, vietnamese, TEXT_PAIRS, new SyllableShingleAnalyzer()));
  }
}
