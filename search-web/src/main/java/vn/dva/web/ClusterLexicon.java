package vn.dva.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.dva.analysis.AccentedForms;
import vn.dva.cluster.ClusterWords;

/**
 * The words of an index on a cluster, which has no term dictionary to walk: the accented forms of a
 * folded word are every spelling it could stand for ({@link AccentedForms}), kept when the cluster
 * holds them, counted in one request; phrases of all neighbouring options in one request.
 */
final class ClusterLexicon implements Lexicon {

  private final ClusterWords words;

  ClusterLexicon(ClusterWords words) {
    this.words = words;
  }

  @Override
  public long articles(String word) throws IOException {
    return words.articles(List.of(word))[0];
  }

  @Override
  public List<Vocabulary.Entry> accentedFormsOf(String folded) throws IOException {
    List<String> forms = AccentedForms.of(folded);
    long[] counts = words.articles(forms);
    List<Vocabulary.Entry> held = new ArrayList<>();
    for (int i = 0; i < forms.size(); i++)
      if (counts[i] > 0) held.add(new Vocabulary.Entry(forms.get(i), (int) counts[i]));
    return Vocabulary.top(held);
  }

  @Override
  public String nearest(String word) throws IOException {
    return words.nearest(word);
  }

  @Override
  public long[][][] phrases(List<List<String>> options) throws IOException {
    List<List<String>> pairs = new ArrayList<>();
    for (int i = 1; i < options.size(); i++)
      for (String a : options.get(i - 1)) for (String b : options.get(i)) pairs.add(List.of(a, b));
    long[] counts = words.phrases(pairs);
    long[][][] out = new long[options.size()][][];
    out[0] = new long[0][];
    int next = 0;
    for (int i = 1; i < options.size(); i++) {
      out[i] = new long[options.get(i - 1).size()][options.get(i).size()];
      for (long[] row : out[i]) for (int k = 0; k < row.length; k++) row[k] = counts[next++];
    }
    return out;
  }
}
