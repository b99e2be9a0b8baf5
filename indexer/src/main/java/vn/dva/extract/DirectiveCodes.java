package vn.dva.extract;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Type and issuer codes of directive numbers: their canonical spelling, the Vietnamese type names,
 * and which types are binding (come up for a 5-year review).
 *
 * <p>Canonical codes are upper case with {@code Đ} kept, except the customary lower-case letter of
 * {@code QĐi} (Quy định), {@code CTr} (Chương trình), {@code TTr} (Tờ trình) and {@code TTg} (Thủ
 * tướng). Every method accepts null and then answers null or false. Thread-safe: all state is
 * immutable.
 */
public final class DirectiveCodes {

  /** Canonical type code → Vietnamese name, Party and State documents alike. */
  private static final Map<String, String> TYPE_NAMES = new LinkedHashMap<>();

  /** Upper-cased spelling as written (D for Đ allowed) → canonical type code. */
  private static final Map<String, String> TYPE_SPELLINGS = new LinkedHashMap<>();

  /** Lower-cased type name → canonical code; longer names first so the regex prefers them. */
  private static final Map<String, String> NAME_TO_TYPE = new LinkedHashMap<>();

  private static final Set<String> BINDING =
      Set.of("NQ", "CT", "KL", "QĐ", "QĐi", "ĐA", "HD", "CTr");

  /** Types a State number (number/TYPE-ISSUER) may carry. */
  private static final Set<String> STATE_TYPES =
      Set.of(
          "NĐ", "QĐ", "TT", "TTLT", "NQ", "CT", "KH", "TB", "BC", "HD", "QC", "TTr", "CV", "KL",
          "ĐA");

  /** Party issuer endings, canonical; an issuer is a short prefix (BDV, BTG, UBKT…) plus one. */
  private static final List<String> PARTY_ROOTS =
      List.of("BCSĐ", "ĐUK", "BCĐ", "TW", "TU", "HU", "QU", "ĐU", "ĐĐ");

  private static final Map<String, String> ROOT_SPELLINGS =
      Map.of("BCSD", "BCSĐ", "DUK", "ĐUK", "BCD", "BCĐ", "DU", "ĐU", "DD", "ĐĐ", "TƯ", "TW");

  static {
    String[][] types = {
      {"CT", "Chỉ thị"}, {"NQ", "Nghị quyết"}, {"KL", "Kết luận"}, {"QĐ", "Quyết định"},
      {"QĐi", "Quy định"}, {"ĐA", "Đề án"}, {"HD", "Hướng dẫn"}, {"KH", "Kế hoạch"},
      {"BC", "Báo cáo"}, {"CTr", "Chương trình"}, {"TB", "Thông báo"}, {"TTr", "Tờ trình"},
      {"CV", "Công văn"}, {"TT", "Thông tri"}, {"QC", "Quy chế"}, {"NĐ", "Nghị định"},
      {"TTLT", "Thông tư liên tịch"}, {"L", "Luật"},
    };
    for (String[] t : types) TYPE_NAMES.put(t[0], t[1]);
    for (String code : TYPE_NAMES.keySet()) TYPE_SPELLINGS.put(upper(code), code);
    TYPE_SPELLINGS.put("QD", "QĐ");
    TYPE_SPELLINGS.put("QDI", "QĐi");
    TYPE_SPELLINGS.put("DA", "ĐA");
    TYPE_SPELLINGS.put("ND", "NĐ");
    TYPE_SPELLINGS.remove("L");
    String[][] names = {
      {"chương trình hành động", "CTr"},
      {"thông tư liên tịch", "TTLT"},
      {"chỉ thị", "CT"},
      {"nghị quyết", "NQ"},
      {"kết luận", "KL"},
      {"quyết định", "QĐ"},
      {"quy định", "QĐi"},
      {"đề án", "ĐA"},
      {"hướng dẫn", "HD"},
      {"kế hoạch", "KH"},
      {"báo cáo", "BC"},
      {"chương trình", "CTr"},
      {"thông báo", "TB"},
      {"tờ trình", "TTr"},
      {"công văn", "CV"},
      {"thông tri", "TT"},
      {"quy chế", "QC"},
      {"nghị định", "NĐ"},
      {"thông tư", "TT"},
      {"luật", "L"},
    };
    for (String[] n : names) NAME_TO_TYPE.put(n[0], n[1]);
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern STATE_ISSUER = Pattern.compile("[A-ZĐ]{2,10}\\d{0,2}");

  private DirectiveCodes() {}

  /**
   * Canonical type code for a code as written ({@code ct}, {@code Ctr}, {@code QD}, {@code QĐI}),
   * or null when it is not a known type code.
   */
  public static String type(String written) {
    if (written == null) return null;
    return TYPE_SPELLINGS.get(upper(written));
  }

  /** True when {@code code} (canonical) is a known State document type such as NĐ or QĐ. */
  public static boolean isStateType(String code) {
    return code != null && STATE_TYPES.contains(code);
  }

  /**
   * Canonical type code for a type name ("Chỉ thị", "nghị quyết", "Chương trình hành động"), or
   * null.
   */
  public static String typeOfName(String name) {
    if (name == null) return null;
    String key = SPACES.matcher(nfc(name).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    return NAME_TO_TYPE.get(key.replace("uỷ", "ủy"));
  }

  /** Vietnamese name of a canonical type code ("Chỉ thị" for CT), or null. */
  public static String nameOf(String code) {
    return code == null ? null : TYPE_NAMES.get(code);
  }

  /** Type names, longest first, lower case: the alternatives of a type-name regex. */
  static List<String> typeNames() {
    return List.copyOf(NAME_TO_TYPE.keySet());
  }

  /** True for the types that come up for review every 5 years: NQ, CT, KL, QĐ, QĐi, ĐA, HD, CTr. */
  public static boolean isBinding(String code) {
    return code != null && BINDING.contains(code);
  }

  /**
   * Canonical Party issuer code for an issuer as written ({@code tw}, {@code DU}, {@code BDVTU},
   * {@code TƯ}), or null when it does not end in a Party body code (TW, TU, HU, QU, ĐU, ĐUK, BCSĐ,
   * BCĐ, ĐĐ) after a prefix of at most six letters.
   */
  public static String partyIssuer(String written) {
    if (written == null) return null;
    String s = upper(written);
    if (s.length() < 2 || s.length() > 10 || !s.chars().allMatch(Character::isLetter)) return null;
    for (String spelling : ROOT_SPELLINGS.keySet()) {
      if (s.equals(spelling)) return ROOT_SPELLINGS.get(spelling);
    }
    for (String root : PARTY_ROOTS) {
      if (s.endsWith(root) && s.length() - root.length() <= 6) return s;
    }
    for (Map.Entry<String, String> e : ROOT_SPELLINGS.entrySet()) {
      if (s.endsWith(e.getKey()) && s.length() - e.getKey().length() <= 6 && s.length() > 2) {
        return s.substring(0, s.length() - e.getKey().length()) + e.getValue();
      }
    }
    return null;
  }

  /**
   * Canonical State issuer code ({@code CP}, {@code UBND}, {@code HĐND}, {@code TTg}, {@code
   * QH15}), or null when {@code written} is not 2–10 letters optionally followed by two digits.
   */
  public static String stateIssuer(String written) {
    if (written == null) return null;
    String s = upper(written);
    if (!STATE_ISSUER.matcher(s).matches()) return null;
    if (s.equals("TTG")) return "TTg";
    return s.replace("HDND", "HĐND");
  }

  /**
   * True when documents of this issuer are numbered per province (TU, HU, QU, ĐU, ĐUK, BDVTU, BCSĐ,
   * UBND, HĐND …), so that the province is part of the identity; false for central issuers (TW,
   * BDVTW, CP, TTg, QH15 …) and for null.
   */
  public static boolean isLocalIssuer(String issuer) {
    if (issuer == null) return false;
    if (issuer.contains("UBND") || issuer.contains("HĐND")) return true;
    if (issuer.endsWith("TW")) return false;
    for (String root : PARTY_ROOTS) if (issuer.endsWith(root)) return true;
    return false;
  }

  static String upper(String s) {
    return nfc(s).replace('Ð', 'Đ').replace('ð', 'đ').toUpperCase(Locale.ROOT);
  }

  static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
