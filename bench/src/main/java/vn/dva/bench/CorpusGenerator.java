package vn.dva.bench;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import vn.dva.extract.Provinces;

/**
 * A deterministic, streaming generator of synthetic Vietnamese "dân vận" news pages.
 *
 * <p>Article {@code i} depends only on the seed and {@code i}, so a corpus of any size can be
 * produced page by page (nothing is kept in memory or written to disk) and a checkpoint at 10k
 * documents is the first 10k documents of the 1M corpus. Rates, chosen to look like provincial
 * portals:
 *
 * <ul>
 *   <li>dates from 1 Jan 2010 to 31 Oct 2026, more articles in later years (the weight grows by a
 *       quarter per year), working hours in Vietnam;
 *   <li>provinces weighted unevenly (some portals publish far more); the 63 pre-merger names before
 *       1 July 2025 and the 34 current names after;
 *   <li>Party directives: 35% of articles cite none, 30% one, 20% two, 15% three to five; 45% of
 *       citations are central documents, the rest local (CT, NQ, KH, ĐA, HD …/TU, BDVTU, HU); 85%
 *       of first mentions carry the issue date; 2% are written with a space after the hyphen;
 *   <li>about one sentence in 80 cites a government decree ({@code 59/2023/NĐ-CP});
 *   <li>portal shapes: 35% NukeViet, 25% Joomla, 15% Liferay, 25% newspaper.
 * </ul>
 *
 * Thread-safe: every call builds its own random source.
 */
public final class CorpusGenerator {

  /** Seed used by {@code scripts/bench} unless told otherwise. */
  public static final long DEFAULT_SEED = 20_260_701L;

  private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 10, 31);
  private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

  private final long seed;
  private final List<String> oldProvinces;
  private final List<String> newProvinces;
  private final double[] yearWeights;

  /** A generator for {@code seed}; equal seeds give equal corpora. */
  public CorpusGenerator(long seed) {
    this.seed = seed;
    this.oldProvinces = shuffled(Provinces.before2025(), seed);
    this.newProvinces = shuffled(Provinces.now(), seed + 1);
    this.yearWeights = new double[LAST.getYear() - FIRST.getYear() + 1];
    for (int y = 0; y < yearWeights.length; y++) yearWeights[y] = 1 + 0.25 * y;
  }

  /** The article at {@code index} (0-based, non-negative). */
  public SyntheticArticle article(long index) {
    if (index < 0) throw new IllegalArgumentException("index must be 0 or more, got " + index);
    SplittableRandom random = new SplittableRandom(mix(seed, index));
    LocalDate date = date(random);
    LocalDateTime published = date.atTime(7 + random.nextInt(11), random.nextInt(60));
    String province = zipf(random, date.isBefore(MERGER) ? oldProvinces : newProvinces);
    int p = random.nextInt(100);
    SyntheticArticle.Portal portal =
        p < 35
            ? SyntheticArticle.Portal.NUKEVIET
            : p < 60
                ? SyntheticArticle.Portal.JOOMLA
                : p < 75 ? SyntheticArticle.Portal.LIFERAY : SyntheticArticle.Portal.NEWSPAPER;
    ArticleWriter writer = new ArticleWriter(random, province, date);
    String title = writer.title();
    String lead = portal == SyntheticArticle.Portal.NEWSPAPER ? writer.lead() : null;
    List<String> paragraphs = writer.paragraphs();
    String host = host(portal, province);
    String url = "https://" + host + path(portal, title, index);
    return new SyntheticArticle(
        index,
        url,
        host,
        portal,
        province,
        published,
        title,
        lead,
        paragraphs,
        writer.citations(),
        writer.stateDocuments());
  }

  /** The article at {@code index} rendered as its portal's HTML page, UTF-8. */
  public GeneratedPage page(long index) {
    SyntheticArticle article = article(index);
    SplittableRandom furniture = new SplittableRandom(mix(seed ^ 0x5EEDL, index));
    String html = PortalRenderer.render(article, furniture, this);
    return new GeneratedPage(article, html.getBytes(StandardCharsets.UTF_8));
  }

  /** Titles of other articles, for "latest news" boxes; cheap (titles only). */
  List<String> otherTitles(SplittableRandom random, String province, int count) {
    List<String> titles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDate date = date(random);
      titles.add(new ArticleWriter(random, province, date).title());
    }
    return titles;
  }

  private LocalDate date(SplittableRandom random) {
    double total = 0;
    for (double w : yearWeights) total += w;
    double r = random.nextDouble() * total;
    int y = 0;
    while (y < yearWeights.length - 1 && (r -= yearWeights[y]) > 0) y++;
    LocalDate start = LocalDate.of(FIRST.getYear() + y, 1, 1);
    LocalDate end = start.plusYears(1).isAfter(LAST) ? LAST : start.plusYears(1).minusDays(1);
    return start.plusDays(random.nextLong(end.toEpochDay() - start.toEpochDay() + 1));
  }

  /** Rank-weighted choice: the k-th entry has weight 1/k^0.7. */
  private static String zipf(SplittableRandom random, List<String> ranked) {
    double total = 0;
    for (int k = 1; k <= ranked.size(); k++) total += Math.pow(k, -0.7);
    double r = random.nextDouble() * total;
    for (int k = 1; k <= ranked.size(); k++) {
      r -= Math.pow(k, -0.7);
      if (r <= 0) return ranked.get(k - 1);
    }
    return ranked.get(ranked.size() - 1);
  }

  private static String host(SyntheticArticle.Portal portal, String province) {
    String slug = slug(province.replace("TP. ", "")).replace("-", "");
    return switch (portal) {
      case NUKEVIET -> "bandanvan." + slug + ".gov.vn";
      case JOOMLA -> "dangbo." + slug + ".dcs.vn";
      case LIFERAY -> "www." + slug + ".gov.vn";
      case NEWSPAPER -> "bao" + slug + ".vn";
    };
  }

  private static String path(SyntheticArticle.Portal portal, String title, long index) {
    String slug = slug(title);
    if (slug.length() > 80) slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
    return switch (portal) {
      case NUKEVIET -> "/news/tin-tuc/" + slug + "-" + index + ".html";
      case JOOMLA -> "/index.php/tin-tuc/" + index + "-" + slug;
      case LIFERAY -> "/web/portal/tin-tuc/-/asset_publisher/" + slug + "-" + index;
      case NEWSPAPER -> "/" + slug + "-" + index + ".html";
    };
  }

  /** Lower-case ASCII words joined by hyphens: "Dân vận khéo" → "dan-van-kheo". */
  static String slug(String text) {
    String d = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return d.replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
  }

  private static List<String> shuffled(List<String> names, long seed) {
    List<String> out = new ArrayList<>(names);
    java.util.Collections.shuffle(out, new java.util.Random(seed));
    return List.copyOf(out);
  }

  /** A well-spread 64-bit seed for one (corpus seed, index) pair. */
  private static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
