package vn.dva.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Mentions grouped by list: "Quyết định 217, 218-QĐ/TW" is one group of two mentions that share a
 * date, a review and relations. Package-private helper of the relation and review readers.
 */
final class DirectiveGroups {

  private DirectiveGroups() {}

  /** Consecutive mentions with the same group start, as lists of mention indexes. */
  static List<List<Integer>> of(List<DirectiveMention> mentions) {
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (!groups.isEmpty()) {
        List<Integer> last = groups.get(groups.size() - 1);
        if (mentions.get(last.get(0)).groupStart() == mentions.get(i).groupStart()) {
          last.add(i);
          continue;
        }
      }
      List<Integer> g = new ArrayList<>();
      g.add(i);
      groups.add(g);
    }
    return groups;
  }
}
