package vn.dva.search;

import java.time.LocalDate;
import java.util.List;
import vn.dva.dedup.StoryLinker;

/**
 * One search: a query and filters. Lists are "any of" within a field and "all of" across fields.
 * Null or empty means no filter.
 *
 * @param query user query text (may be blank: then every document matches)
 * @param provinces provinces as written at the time
 * @param provincesNow provinces after the 2025 merger
 * @param years publication years
 * @param types directive type codes cited (NQ, CT, …)
 * @param directives directive numbers cited, in any spelling (all identities of each)
 * @param sources sources (hosts)
 * @param from earliest publication date, inclusive, or null
 * @param to latest publication date, inclusive, or null
 * @param sort result order
 * @param page 1-based page number
 * @param size hits per page (1…{@link #MAX_SIZE})
 * @param collapse one hit per story (near-duplicate pages grouped, {@code vn.dva.dedup}); false
 *     shows every page
 * @param story only the pages of this story (16 hex digits, as hits show it), or null
 */
public record SearchRequest(
    String query,
    List<String> provinces,
    List<String> provincesNow,
    List<Integer> years,
    List<String> types,
    List<String> directives,
    List<String> sources,
    LocalDate from,
    LocalDate to,
    Sort sort,
    int page,
    int size,
    boolean collapse,
    String story) {

  /** Largest page size accepted. */
  public static final int MAX_SIZE = 100;

  /** Deepest page reachable: page × size may not exceed this. */
  public static final int MAX_WINDOW = 10_000;

  /** Longest query accepted, in characters. */
  public static final int MAX_QUERY_CHARS = 1_000;

  /** Result orders. */
  public enum Sort {
    RELEVANCE,
    NEWEST,
    OLDEST
  }

  public SearchRequest {
    query = query == null ? "" : query;
    provinces = provinces == null ? List.of() : List.copyOf(provinces);
    provincesNow = provincesNow == null ? List.of() : List.copyOf(provincesNow);
    years = years == null ? List.of() : List.copyOf(years);
    types = types == null ? List.of() : List.copyOf(types);
    directives = directives == null ? List.of() : List.copyOf(directives);
    sources = sources == null ? List.of() : List.copyOf(sources);
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (page < 1) {
      throw new InvalidQueryException(
          "Trang (page) phải từ 1 trở lên, nhận được "
              + page
              + " (page must be 1 or more, got "
              + page
              + ")");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidQueryException(
          "Số kết quả mỗi trang (size) phải từ 1 đến "
              + MAX_SIZE
              + ", nhận được "
              + size
              + " (size must be between 1 and "
              + MAX_SIZE
              + ", got "
              + size
              + ")");
    }
    if ((long) page * size > MAX_WINDOW) {
      throw new InvalidQueryException(
          "Chỉ xem được "
              + MAX_WINDOW
              + " kết quả đầu: trang "
              + page
              + " × "
              + size
              + " kết quả mỗi trang vượt quá (page × size must not exceed "
              + MAX_WINDOW
              + ")");
    }
    if (query.length() > MAX_QUERY_CHARS) {
      throw new InvalidQueryException(
          "Câu tìm dài "
              + query.length()
              + " ký tự, tối đa "
              + MAX_QUERY_CHARS
              + " (query is "
              + query.length()
              + " characters long; at most "
              + MAX_QUERY_CHARS
              + " are accepted)");
    }
    if (story != null) {
      try {
        story = StoryLinker.format(StoryLinker.parse(story.strip()));
      } catch (IllegalArgumentException e) {
        throw new InvalidQueryException(e.getMessage());
      }
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidQueryException(
          "Khoảng ngày rỗng: từ ngày "
              + from
              + " sau đến ngày "
              + to
              + " (date range is empty: from is after to)");
    }
  }

  /** A request without a story filter, one hit per story. */
  public SearchRequest(
      String query,
      List<String> provinces,
      List<String> provincesNow,
      List<Integer> years,
      List<String> types,
      List<String> directives,
      List<String> sources,
      LocalDate from,
      LocalDate to,
      Sort sort,
      int page,
      int size) {
    this(
        query,
        provinces,
        provincesNow,
        years,
        types,
        directives,
        sources,
        from,
        to,
        sort,
        page,
        size,
        true,
        null);
  }

  /** A request for {@code query} with no filters, first page of 10, by relevance. */
  public static SearchRequest of(String query) {
    return builder().query(query).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder; not thread-safe. Defaults: page 1, size 10, relevance, one hit per story. */
  public static final class Builder {
    private String query = "";
    private List<String> provinces = List.of();
    private List<String> provincesNow = List.of();
    private List<Integer> years = List.of();
    private List<String> types = List.of();
    private List<String> directives = List.of();
    private List<String> sources = List.of();
    private LocalDate from;
    private LocalDate to;
    private Sort sort = Sort.RELEVANCE;
    private int page = 1;
    private int size = 10;
    private boolean collapse = true;
    private String story;

    public Builder collapse(boolean v) {
      collapse = v;
      return this;
    }

    public Builder story(String v) {
      story = v;
      return this;
    }

    public Builder query(String v) {
      query = v;
      return this;
    }

    public Builder provinces(List<String> v) {
      provinces = v;
      return this;
    }

    public Builder provincesNow(List<String> v) {
      provincesNow = v;
      return this;
    }

    public Builder years(List<Integer> v) {
      years = v;
      return this;
    }

    public Builder types(List<String> v) {
      types = v;
      return this;
    }

    public Builder directives(List<String> v) {
      directives = v;
      return this;
    }

    public Builder sources(List<String> v) {
      sources = v;
      return this;
    }

    public Builder from(LocalDate v) {
      from = v;
      return this;
    }

    public Builder to(LocalDate v) {
      to = v;
      return this;
    }

    public Builder sort(Sort v) {
      sort = v;
      return this;
    }

    public Builder page(int v) {
      page = v;
      return this;
    }

    public Builder size(int v) {
      size = v;
      return this;
    }

    public SearchRequest build() {
      return new SearchRequest(
          query,
          provinces,
          provincesNow,
          years,
          types,
          directives,
          sources,
          from,
          to,
          sort,
          page,
          size,
          collapse,
          story);
    }
  }
}
