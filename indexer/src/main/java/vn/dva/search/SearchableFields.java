package vn.dva.search;

import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import vn.dva.index.IndexSchema;

/**
 * The fields a query may name ({@code title:…}, {@code province:"Bình Phước"}): the text fields and
 * the facet fields people filter by. Internal fields (ids, URLs, stored JSON, raw dates) are not
 * for searching: {@code id:file*} would list file paths of the server. Thread-safe.
 */
final class SearchableFields {

  /** Every field a query may name. */
  static final Set<String> NAMES =
      Set.of(
          IndexSchema.TITLE,
          IndexSchema.TEXT,
          // derived from title and text; the parser narrows phrases with it (PhrasePairFilter)
          IndexSchema.TEXT_PAIRS,
          IndexSchema.PROVINCE,
          IndexSchema.PROVINCE_NOW,
          IndexSchema.SOURCE,
          IndexSchema.TYPE,
          IndexSchema.DIRECTIVE,
          IndexSchema.FORMAT);

  /** The names offered in messages: the pair field is not one people type. */
  private static final Set<String> SHOWN =
      NAMES.stream()
          .filter(n -> !n.equals(IndexSchema.TEXT_PAIRS))
          .collect(java.util.stream.Collectors.toSet());

  private SearchableFields() {}

  /**
   * Checks every field {@code query} reads.
   *
   * @throws InvalidQueryException naming the first field that is not searchable
   */
  static void check(Query query) {
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            if (!NAMES.contains(field)) {
              throw new InvalidQueryException(
                  "Không tìm được theo trường \""
                      + field
                      + "\"; các trường dùng được: "
                      + String.join(", ", new TreeSet<>(SHOWN))
                      + " (field \""
                      + field
                      + "\" is not searchable)");
            }
            return true;
          }

          @Override
          public QueryVisitor getSubVisitor(
              org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
  }
}
