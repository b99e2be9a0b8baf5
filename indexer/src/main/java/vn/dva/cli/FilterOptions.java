package vn.dva.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import vn.dva.search.SearchRequest;

/**
 * The search filters and the sort order that {@code dva search} and {@code dva export} share, as a
 * picocli mixin, so that both commands accept the same options and read them the same way. Every
 * list option is repeatable; values within one dimension are alternatives (OR), dimensions narrow
 * one another (AND), as on the web page.
 */
final class FilterOptions {

  @Option(
      names = "--province",
      paramLabel = "P",
      description = "Province as written then (repeatable).")
  List<String> provinces = new ArrayList<>();

  @Option(
      names = "--province-now",
      paramLabel = "P",
      description = "Province after the 2025 merger (repeatable).")
  List<String> provincesNow = new ArrayList<>();

  @Option(names = "--year", paramLabel = "Y", description = "Publication year (repeatable).")
  List<Integer> years = new ArrayList<>();

  @Option(
      names = "--type",
      paramLabel = "T",
      description = "Directive type cited: NQ, CT, KL, QĐ… (repeatable).")
  List<String> types = new ArrayList<>();

  @Option(
      names = "--directive",
      paramLabel = "N",
      description = "Directive number cited, any spelling (repeatable).")
  List<String> directives = new ArrayList<>();

  @Option(names = "--source", paramLabel = "HOST", description = "Source site (repeatable).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (ISO).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (ISO).")
  LocalDate to;

  /** Copies every filter into {@code builder}; returns it for chaining. */
  SearchRequest.Builder applyTo(SearchRequest.Builder builder) {
    return builder
        .provinces(provinces)
        .provincesNow(provincesNow)
        .years(years)
        .types(types)
        .directives(directives)
        .sources(sources)
        .from(from)
        .to(to);
  }

  /**
   * The sort order named by a {@code --sort} value (relevance, newest, oldest; any case).
   *
   * @throws IllegalArgumentException naming the value when it is none of these
   */
  static SearchRequest.Sort sortNamed(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchRequest.Sort.RELEVANCE;
      case "newest" -> SearchRequest.Sort.NEWEST;
      case "oldest" -> SearchRequest.Sort.OLDEST;
      default ->
          throw new IllegalArgumentException(
              "--sort must be relevance, newest or oldest, got '" + name + "'");
    };
  }
}
