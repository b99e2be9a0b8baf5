package vn.dva.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One facet box of the search page: a dimension's values with their drill-sideways counts and a
 * link that toggles each value.
 *
 * @param param request parameter (and facet dimension) name
 * @param label Vietnamese heading
 * @param values values, selected first, then by count
 */
record FacetGroup(String param, String label, List<Value> values) {

  /** One value; {@code link} adds it to the filters, or removes it when {@code selected}. */
  record Value(String value, int count, boolean selected, String link) {

    /** What the page shows: type codes with their Vietnamese name ("NQ · Nghị quyết"). */
    public String label(String param) {
      if (!param.equals("type")) return value;
      String name = vn.dva.extract.DirectiveCodes.nameOf(value);
      return name == null ? value : value + " · " + name;
    }
  }

  /** Facet dimensions shown on the search page, with their headings. */
  static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("province", "Tỉnh, thành (khi đăng)");
    LABELS.put("province_now", "Tỉnh, thành (sau sáp nhập 2025)");
    LABELS.put("year", "Năm");
    LABELS.put("type", "Loại văn bản được trích dẫn");
    LABELS.put("directive", "Văn bản được trích dẫn");
    LABELS.put("source", "Nguồn");
  }

  /** The facet boxes for {@code facets}, with links relative to {@code current} (page reset). */
  static List<FacetGroup> build(Map<String, Map<String, Integer>> facets, QueryString current) {
    QueryString base = current.without("page");
    List<FacetGroup> groups = new ArrayList<>();
    for (Map.Entry<String, String> dim : LABELS.entrySet()) {
      String param = dim.getKey();
      Map<String, Integer> counts = facets.getOrDefault(param, Map.of());
      List<Value> selected = new ArrayList<>();
      List<Value> others = new ArrayList<>();
      counts.forEach(
          (value, count) -> {
            boolean on = base.has(param, value);
            (on ? selected : others)
                .add(new Value(value, count, on, base.toggle(param, value).on("/")));
          });
      // A selected value with no hit left still shows, so it can be unticked.
      for (String v : base.values(param)) {
        if (!counts.containsKey(v))
          selected.add(new Value(v, 0, true, base.toggle(param, v).on("/")));
      }
      List<Value> all = new ArrayList<>(selected);
      all.addAll(others);
      if (!all.isEmpty()) groups.add(new FacetGroup(param, dim.getValue(), all));
    }
    return groups;
  }
}
