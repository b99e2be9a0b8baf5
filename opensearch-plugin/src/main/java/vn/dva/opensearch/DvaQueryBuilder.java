package vn.dva.opensearch;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.opensearch.core.ParseField;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.query.AbstractQueryBuilder;
import org.opensearch.index.query.QueryShardContext;
import vn.dva.index.IndexSchema;
import vn.dva.search.InvalidQueryException;
import vn.dva.search.QueryBuilder;

/**
 * The query {@code {"dva": {"query": "chỉ thị 18-CT/TU MTTQ", "highlight": false}}}: what a user
 * typed, turned into a Lucene query on each shard by dva's own {@link QueryBuilder}, so a cluster
 * matches exactly the documents the embedded engine matches (directive numbers first, every word
 * required, phrases, abbreviations, folded twins, the syllable-pair ranking clause). With {@code
 * highlight: true} it is the query dva highlights with (no ranking clause, directive numbers as
 * phrases of the text), for a search's {@code highlight_query}. With {@code relaxed: true} a
 * question is its relaxed form ({@link QueryBuilder.ParsedQuery#relaxed}), which the client asks
 * for when the question's own form finds fewer than {@link QueryBuilder#RELAX_BELOW} pages in the
 * whole index, as the embedded engine does. A query that cannot be parsed is a 400 whose reason is
 * dva's message.
 */
public final class DvaQueryBuilder extends AbstractQueryBuilder<DvaQueryBuilder> {

  /** Name of the query in the DSL. */
  public static final String NAME = "dva";

  private static final ParseField QUERY = new ParseField("query");
  private static final ParseField HIGHLIGHT = new ParseField("highlight");
  private static final ParseField RELAXED = new ParseField("relaxed");

  /** Thread-safe; one for the node, with the analyzer the embedded engine queries with. */
  private static final QueryBuilder BUILDER = new QueryBuilder(IndexSchema.analyzer());

  private final String text;
  private final boolean highlight;
  private final boolean relaxed;

  /**
   * @param text what the user typed; null or blank matches every document
   * @param highlight true for the highlighting form of the query
   */
  public DvaQueryBuilder(String text, boolean highlight) {
    this(text, highlight, false);
  }

  /**
   * @param text what the user typed; null or blank matches every document
   * @param highlight true for the highlighting form of the query
   * @param relaxed true for the relaxed form of a question (no effect on other queries)
   */
  public DvaQueryBuilder(String text, boolean highlight, boolean relaxed) {
    this.text = text == null ? "" : text;
    this.highlight = highlight;
    this.relaxed = relaxed;
  }

  /** Reads the query from another node. */
  public DvaQueryBuilder(StreamInput in) throws IOException {
    super(in);
    text = in.readString();
    highlight = in.readBoolean();
    relaxed = in.readBoolean();
  }

  @Override
  protected void doWriteTo(StreamOutput out) throws IOException {
    out.writeString(text);
    out.writeBoolean(highlight);
    out.writeBoolean(relaxed);
  }

  @Override
  protected void doXContent(XContentBuilder builder, Params params) throws IOException {
    builder.startObject(NAME);
    builder.field(QUERY.getPreferredName(), text);
    builder.field(HIGHLIGHT.getPreferredName(), highlight);
    if (relaxed) builder.field(RELAXED.getPreferredName(), true);
    printBoostAndQueryName(builder);
    builder.endObject();
  }

  /** Parses {@code {"query": "…", "highlight": false, "boost": 1, "_name": "…"}}. */
  public static DvaQueryBuilder fromXContent(XContentParser parser) throws IOException {
    String text = null;
    boolean highlight = false;
    boolean relaxed = false;
    float boost = DEFAULT_BOOST;
    String queryName = null;
    String field = null;
    for (XContentParser.Token token = parser.nextToken();
        token != XContentParser.Token.END_OBJECT;
        token = parser.nextToken()) {
      if (token == XContentParser.Token.FIELD_NAME) {
        field = parser.currentName();
      } else if (token.isValue()) {
        if (QUERY.match(field, parser.getDeprecationHandler())) text = parser.text();
        else if (HIGHLIGHT.match(field, parser.getDeprecationHandler()))
          highlight = parser.booleanValue();
        else if (RELAXED.match(field, parser.getDeprecationHandler()))
          relaxed = parser.booleanValue();
        else if (BOOST_FIELD.match(field, parser.getDeprecationHandler()))
          boost = parser.floatValue();
        else if (NAME_FIELD.match(field, parser.getDeprecationHandler())) queryName = parser.text();
        else
          throw new ParsingException(
              parser.getTokenLocation(), "[" + NAME + "] query does not support [" + field + "]");
      } else {
        throw new ParsingException(
            parser.getTokenLocation(), "[" + NAME + "] query does not support [" + field + "]");
      }
    }
    return new DvaQueryBuilder(text, highlight, relaxed).boost(boost).queryName(queryName);
  }

  @Override
  protected Query doToQuery(QueryShardContext context) {
    QueryBuilder.ParsedQuery parsed;
    try {
      parsed = BUILDER.parse(text);
    } catch (InvalidQueryException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (relaxed) parsed = parsed.relaxedForm();
    if (!highlight) return parsed.query();
    if (parsed.highlightQuery() != null) return parsed.highlightQuery();
    return text.isBlank() ? new MatchAllDocsQuery() : new MatchNoDocsQuery();
  }

  @Override
  protected boolean doEquals(DvaQueryBuilder other) {
    return text.equals(other.text) && highlight == other.highlight && relaxed == other.relaxed;
  }

  @Override
  protected int doHashCode() {
    return Objects.hash(text, highlight, relaxed);
  }

  @Override
  public String getWriteableName() {
    return NAME;
  }
}
