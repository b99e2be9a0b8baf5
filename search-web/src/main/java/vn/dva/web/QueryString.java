package vn.dva.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable query string for building links: the current parameters with one value toggled,
 * replaced or removed. Values are encoded as UTF-8; order of names is kept.
 */
final class QueryString {

  private final Map<String, List<String>> values;

  QueryString(Map<String, List<String>> values) {
    this.values = new LinkedHashMap<>();
    values.forEach((k, v) -> this.values.put(k, List.copyOf(v)));
  }

  /** A copy with {@code value} added to {@code name} when absent, removed when present. */
  QueryString toggle(String name, String value) {
    QueryString copy = new QueryString(values);
    List<String> list = new ArrayList<>(copy.values.getOrDefault(name, List.of()));
    if (!list.remove(value)) list.add(value);
    if (list.isEmpty()) copy.values.remove(name);
    else copy.values.put(name, list);
    return copy;
  }

  /** A copy where {@code name} has the single value {@code value} (removed when null). */
  QueryString set(String name, String value) {
    QueryString copy = new QueryString(values);
    if (value == null) copy.values.remove(name);
    else copy.values.put(name, List.of(value));
    return copy;
  }

  /** A copy without the given names. */
  QueryString without(String... names) {
    QueryString copy = new QueryString(values);
    for (String n : names) copy.values.remove(n);
    return copy;
  }

  /** The values of {@code name}; empty when absent. */
  List<String> values(String name) {
    return values.getOrDefault(name, List.of());
  }

  boolean has(String name, String value) {
    return values.getOrDefault(name, List.of()).contains(value);
  }

  /** {@code path?a=1&b=2}, or just {@code path} when empty. */
  String on(String path) {
    String qs = toString();
    return qs.isEmpty() ? path : path + "?" + qs;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    values.forEach(
        (name, list) -> {
          for (String v : list) {
            if (!out.isEmpty()) out.append('&');
            out.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
          }
        });
    return out.toString();
  }
}
