package vn.dva.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the mentions of one document into identities: number + issue year (+ province for local
 * issuers). Dated mentions of one number in one year form one identity with every date kept; an
 * undated mention joins an identity only when it is the only one of its number (or the only one in
 * the congress term named with it), and otherwise stays "year unknown". Stateless and thread-safe.
 */
final class DirectiveIdentities {

  /**
   * @param citations one per identity, in order of first mention
   * @param keys identity key of each mention, in the order of the mentions given
   */
  record Result(List<DirectiveCitation> citations, List<String> keys) {}

  private static final Pattern STATE_YEAR = Pattern.compile("^\\d+/((?:19|20)\\d\\d)/");

  private DirectiveIdentities() {}

  static Result merge(List<DirectiveMention> mentions, String province) {
    return merge(mentions, null, province);
  }

  /**
   * @param details subject and issuing body of each mention (as {@link CitationDetailReader} reads
   *     them), or null for none
   */
  static Result merge(
      List<DirectiveMention> mentions, List<CitationDetailReader.Detail> details, String province) {
    Map<String, List<Integer>> byNumber = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      DirectiveMention m = mentions.get(i);
      byNumber
          .computeIfAbsent(m.number() + "@" + provinceOf(m, province), k -> new ArrayList<>())
          .add(i);
    }
    String[] keys = new String[mentions.size()];
    Map<String, Cluster> clusters = new LinkedHashMap<>();
    for (List<Integer> group : byNumber.values()) {
      Map<Integer, Cluster> byYear = new LinkedHashMap<>();
      List<Integer> undated = new ArrayList<>();
      for (int i : group) {
        Integer year = yearOf(mentions.get(i));
        if (year == null) undated.add(i);
        else byYear.computeIfAbsent(year, y -> new Cluster()).add(i, mentions.get(i));
      }
      Cluster unknown = null;
      for (int i : undated) {
        DirectiveMention m = mentions.get(i);
        List<Integer> candidates = new ArrayList<>(byYear.keySet());
        if (PartyTerms.isKnown(m.term()) && !DirectiveCodes.isLocalIssuer(m.issuer())) {
          candidates.removeIf(y -> !PartyTerms.contains(m.term(), y));
        }
        if (candidates.size() == 1) {
          byYear.get(candidates.get(0)).add(i, m);
        } else {
          if (unknown == null) unknown = new Cluster();
          unknown.add(i, m);
        }
      }
      List<Cluster> ordered = new ArrayList<>(byYear.values());
      if (unknown != null) ordered.add(unknown);
      ordered.sort((a, b) -> Integer.compare(a.members.get(0), b.members.get(0)));
      for (Cluster c : ordered) {
        DirectiveCitation citation = c.toCitation(mentions, details, province);
        clusters.put(citation.identity(), c);
        for (int i : c.members) keys[i] = citation.identity();
      }
    }
    List<DirectiveCitation> citations = new ArrayList<>();
    for (Cluster c : clusters.values()) {
      citations.add(c.toCitation(mentions, details, province));
    }
    Map<String, Integer> firstMention = new LinkedHashMap<>();
    for (int i = keys.length - 1; i >= 0; i--) firstMention.put(keys[i], i);
    citations.sort(Comparator.comparingInt(c -> firstMention.get(c.identity())));
    return new Result(citations, List.of(keys));
  }

  static String provinceOf(DirectiveMention m, String province) {
    return DirectiveCodes.isLocalIssuer(m.issuer()) ? province : null;
  }

  static Integer yearOf(DirectiveMention m) {
    if (m.issued() != null) return m.issued().getYear();
    Matcher y = STATE_YEAR.matcher(m.number());
    return y.find() ? Integer.valueOf(y.group(1)) : null;
  }

  /** Mentions of one identity. */
  private static final class Cluster {
    final List<Integer> members = new ArrayList<>();
    final Map<LocalDate, Integer> dateCounts = new LinkedHashMap<>();

    void add(int index, DirectiveMention m) {
      members.add(index);
      members.sort(Integer::compare);
      if (m.issued() != null) dateCounts.merge(m.issued(), 1, Integer::sum);
    }

    DirectiveCitation toCitation(
        List<DirectiveMention> mentions,
        List<CitationDetailReader.Detail> details,
        String province) {
      DirectiveMention first = mentions.get(members.get(0));
      LocalDate issued = null;
      int best = 0;
      for (Map.Entry<LocalDate, Integer> e : dateCounts.entrySet()) {
        if (e.getValue() > best) {
          issued = e.getKey();
          best = e.getValue();
        }
      }
      String term = null;
      for (int i : members) if (term == null) term = mentions.get(i).term();
      List<String> subjects = new ArrayList<>();
      List<String> bodies = new ArrayList<>();
      if (details != null) {
        for (int i : members) {
          CitationDetailReader.Detail d = details.get(i);
          if (d.subject() != null) subjects.add(d.subject());
          if (d.issuedBy() != null) bodies.add(d.issuedBy());
        }
      }
      return new DirectiveCitation(
          first.number(),
          first.type(),
          first.issuer(),
          issued,
          provinceOf(first, province),
          members.size(),
          new ArrayList<>(dateCounts.keySet()),
          term,
          subjects,
          bodies);
    }
  }
}
