package vn.dva.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.dva.search.InvalidQueryException;

/**
 * The parameters of one request, checked against the names an endpoint accepts.
 *
 * <p>Every problem becomes an {@link InvalidQueryException} whose message names the parameter and
 * the bad value, so the caller can answer 400. Blank values count as absent. Immutable.
 */
final class Params {

  /** Longest value accepted for any single parameter, in characters. */
  static final int MAX_VALUE_CHARS = 1_000;

  /** Most values accepted for one repeated parameter. */
  static final int MAX_VALUES = 50;

  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * Checks {@code raw} (as from {@code ctx.queryParamMap()}) against {@code accepted}.
   *
   * @throws InvalidQueryException for an unknown name, a value over {@link #MAX_VALUE_CHARS}
   *     characters or more than {@link #MAX_VALUES} values of one name
   */
  static Params of(Map<String, List<String>> raw, Set<String> accepted) {
    return of(raw, accepted, MAX_VALUE_CHARS);
  }

  /** As {@link #of(Map, Set)} with another limit on the length of one value. */
  static Params of(Map<String, List<String>> raw, Set<String> accepted, int maxValueChars) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : raw.entrySet()) {
      String name = e.getKey();
      if (!accepted.contains(name)) {
        throw new InvalidQueryException(
            "Không có tham số \""
                + Fmt.clip(name, 40)
                + "\"; các tham số dùng được: "
                + String.join(", ", new TreeSet<>(accepted))
                + " (unknown parameter \""
                + Fmt.clip(name, 40)
                + "\")");
      }
      if (e.getValue().size() > MAX_VALUES) {
        throw new InvalidQueryException(
            "Tham số \""
                + name
                + "\" có "
                + e.getValue().size()
                + " giá trị, tối đa "
                + MAX_VALUES
                + " (too many values for \""
                + name
                + "\": "
                + e.getValue().size()
                + ", at most "
                + MAX_VALUES
                + ")");
      }
      List<String> list = new ArrayList<>();
      for (String v : e.getValue()) {
        if (v == null || v.isBlank()) continue;
        if (v.length() > maxValueChars) {
          throw new InvalidQueryException(
              "Tham số \""
                  + name
                  + "\" dài "
                  + v.length()
                  + " ký tự, tối đa "
                  + maxValueChars
                  + " (parameter \""
                  + name
                  + "\" is "
                  + v.length()
                  + " characters long; at most "
                  + maxValueChars
                  + " are accepted)");
        }
        list.add(v.strip());
      }
      if (!list.isEmpty()) kept.put(name, List.copyOf(list));
    }
    return new Params(kept);
  }

  /** The values as given (blank ones dropped), in request order. */
  Map<String, List<String>> asMap() {
    return values;
  }

  /**
   * The value of {@code name}, or null when absent.
   *
   * @throws InvalidQueryException when {@code name} is given more than once: which of two values
   *     the client meant cannot be known, so neither is taken silently
   */
  String one(String name) {
    List<String> v = values.get(name);
    if (v == null) return null;
    if (v.size() > 1) {
      throw new InvalidQueryException(
          "Tham số \""
              + name
              + "\" chỉ được cho một lần, đã cho "
              + v.size()
              + " lần (parameter \""
              + name
              + "\" given "
              + v.size()
              + " times; give it once)");
    }
    return v.get(0);
  }

  /**
   * The value of {@code name}.
   *
   * @throws InvalidQueryException when it is absent or blank, or given more than once
   */
  String required(String name) {
    String v = one(name);
    if (v == null) {
      throw new InvalidQueryException(
          "Thiếu tham số \"" + name + "\" (missing required parameter \"" + name + "\")");
    }
    return v;
  }

  /** Every value of {@code name}; empty when absent. */
  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  /**
   * {@code name} as a whole number between {@code min} and {@code max}, or {@code fallback} when
   * absent.
   */
  int integer(String name, int fallback, int min, int max) {
    String v = one(name);
    if (v == null) return fallback;
    long n = parseLong(name, v);
    if (n < min || n > max) {
      throw new InvalidQueryException(
          "Tham số \""
              + name
              + "\" phải từ "
              + min
              + " đến "
              + max
              + ", nhận được "
              + Fmt.clip(v, 40)
              + " ("
              + name
              + " must be between "
              + min
              + " and "
              + max
              + ", got "
              + Fmt.clip(v, 40)
              + ")");
    }
    return (int) n;
  }

  /**
   * {@code name} as a whole number between {@code min} and {@code max}.
   *
   * @throws InvalidQueryException when it is absent, not a number or out of range
   */
  int integer(String name, int min, int max) {
    required(name);
    return integer(name, 0, min, max);
  }

  /** Every value of {@code name} as a year (1900…2100). */
  List<Integer> years(String name) {
    List<Integer> out = new ArrayList<>();
    for (String v : all(name)) {
      long n = parseLong(name, v);
      if (n < 1900 || n > 2100)
        throw new InvalidQueryException(
            "Tham số \""
                + name
                + "\" phải là năm từ 1900 đến 2100, nhận được "
                + Fmt.clip(v, 40)
                + " ("
                + name
                + " must be a year between 1900 and 2100, got "
                + Fmt.clip(v, 40)
                + ")");
      out.add((int) n);
    }
    return out;
  }

  /** {@code name} as a date, ISO ({@code 2023-01-19}) or day/month/year; null when absent. */
  LocalDate date(String name) {
    String v = one(name);
    if (v == null) return null;
    try {
      return v.contains("/") ? LocalDate.parse(v, VN_DATE) : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new InvalidQueryException(
          "Tham số \""
              + name
              + "\" phải là ngày như 19/01/2023 hoặc 2023-01-19, nhận được \""
              + Fmt.clip(v, 40)
              + "\" ("
              + name
              + " must be a date like 2023-01-19 or 19/01/2023)");
    }
  }

  private static long parseLong(String name, String v) {
    if (!v.matches("-?\\d{1,12}")) {
      throw new InvalidQueryException(
          "Tham số \""
              + name
              + "\" phải là số nguyên, nhận được \""
              + Fmt.clip(v, 40)
              + "\" ("
              + name
              + " must be a whole number)");
    }
    return Long.parseLong(v);
  }
}
