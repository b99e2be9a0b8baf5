package vn.dva.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.dva.extract.Provinces;

/**
 * The mixed query set: what users of a dân vận archive type. Accent-less words (the most common way
 * Vietnamese is typed on a phone or a foreign keyboard), accented words, quoted phrases, directive
 * numbers (central ones cited everywhere, local ones rarer), facet filters (province, year, type)
 * and date sorting. Deterministic for a seed.
 */
final class QuerySet {

  private static final List<String> WORDS =
      List.of(
          "dân vận",
          "chính quyền thân thiện",
          "nông thôn mới",
          "hòa giải cơ sở",
          "đồng bào dân tộc thiểu số",
          "tôn giáo",
          "an sinh xã hội",
          "cải cách hành chính",
          "tiếp công dân",
          "khen thưởng",
          "chuyển đổi số",
          "giảm nghèo",
          "Mặt trận Tổ quốc",
          "đại đoàn kết",
          "Hội Nông dân");
  private static final List<String> ACCENTLESS =
      List.of(
          "dan van kheo",
          "chinh quyen than thien",
          "quy che dan chu",
          "nong thon moi",
          "hoa giai",
          "dong bao dan toc",
          "ton giao",
          "mat tran to quoc",
          "cuu chien binh",
          "nha dai doan ket",
          "tiep xuc cu tri",
          "doi thoai");
  private static final List<String> PHRASES =
      List.of(
          "\"dân vận khéo\"",
          "\"quy chế dân chủ ở cơ sở\"",
          "\"nông thôn mới\"",
          "\"chính quyền thân thiện\"",
          "\"hòa giải ở cơ sở\"",
          "\"nhà Đại đoàn kết\"");
  private static final List<String> DIRECTIVES =
      List.of(
          "25-NQ/TW",
          "23-QĐ/TW",
          "217-QĐ/TW",
          "49-CT/TW",
          "114-KL/TW",
          "43-NQ/TW",
          "18-CT/TU",
          "05-ĐA/TU",
          "12-KH/BDVTU",
          "30-CT/TU");
  private static final List<String> TYPES = List.of("CT", "NQ", "KH", "ĐA", "QĐ", "HD", "KL");

  private QuerySet() {}

  /** About 60 queries in a fixed order for {@code seed}. */
  static List<BenchQuery> mixed(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> provinces = Provinces.before2025();
    List<BenchQuery> out = new ArrayList<>();
    for (String w : WORDS) out.add(new BenchQuery("words", w, null, null, null, false));
    for (String w : ACCENTLESS) out.add(new BenchQuery("accentless", w, null, null, null, false));
    for (String p : PHRASES) out.add(new BenchQuery("phrase", p, null, null, null, false));
    for (String d : DIRECTIVES) out.add(new BenchQuery("directive", d, null, null, null, false));
    for (int i = 0; i < 8; i++) {
      String province = provinces.get(r.nextInt(provinces.size()));
      Integer year = r.nextBoolean() ? 2010 + r.nextInt(16) : null;
      String type = r.nextInt(3) == 0 ? TYPES.get(r.nextInt(TYPES.size())) : null;
      String text = r.nextInt(4) == 0 ? "" : pick(r, r.nextBoolean() ? WORDS : ACCENTLESS);
      out.add(new BenchQuery("facet", text, province, year, type, false));
    }
    for (int i = 0; i < 6; i++) {
      String text = i == 0 ? "" : pick(r, r.nextBoolean() ? WORDS : ACCENTLESS);
      String province = i % 2 == 0 ? provinces.get(r.nextInt(provinces.size())) : null;
      out.add(new BenchQuery("sort", text, province, null, null, true));
    }
    return List.copyOf(out);
  }

  private static String pick(SplittableRandom r, List<String> list) {
    return list.get(r.nextInt(list.size()));
  }
}
