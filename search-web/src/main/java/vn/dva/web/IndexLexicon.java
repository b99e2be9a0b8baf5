package vn.dva.web;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import vn.dva.index.IndexSchema;

/** The words of one embedded index reader: its term dictionary, spell checker and phrases. */
final class IndexLexicon implements Lexicon {

  private final IndexSearcher searcher;
  private final Vocabulary vocabulary;
  private final DirectSpellChecker spell;

  IndexLexicon(IndexSearcher searcher, Vocabulary vocabulary, DirectSpellChecker spell) {
    this.searcher = searcher;
    this.vocabulary = vocabulary;
    this.spell = spell;
  }

  @Override
  public long articles(String word) throws IOException {
    return searcher.getIndexReader().docFreq(new Term(IndexSchema.TEXT, word));
  }

  @Override
  public List<Vocabulary.Entry> accentedFormsOf(String folded) {
    return vocabulary.accentedFormsOf(folded);
  }

  @Override
  public String nearest(String word) throws IOException {
    SuggestWord[] near =
        spell.suggestSimilar(
            new Term(IndexSchema.TEXT, word),
            1,
            searcher.getIndexReader(),
            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return near.length == 0 ? null : near[0].string;
  }

  @Override
  public long[][][] phrases(List<List<String>> options) throws IOException {
    long[][][] out = new long[options.size()][][];
    out[0] = new long[0][];
    for (int i = 1; i < options.size(); i++) {
      List<String> before = options.get(i - 1);
      List<String> here = options.get(i);
      out[i] = new long[before.size()][here.size()];
      for (int j = 0; j < before.size(); j++)
        for (int k = 0; k < here.size(); k++)
          out[i][j][k] =
              searcher.count(new PhraseQuery(IndexSchema.TEXT, before.get(j), here.get(k)));
    }
    return out;
  }
}
