package org.froissart.store;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Lucene's French analysis (elision of {@code l'}, {@code d'}…, lower case, stop words, light
 * stemming) with accents folded before stemming, so that a word and its unaccented spelling
 * ({@code Téhéran}, {@code teheran}) always give the same term. Stop words are removed before
 * folding because the list is accented ({@code été}, {@code à}). Public for tools that query the
 * store's index directly (the store benchmark's Lucene baseline). Thread-safe.
 */
public final class FrenchFoldingAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
    stream = new LowerCaseFilter(stream);
    stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
    stream = new AccentFolding(stream);
    stream = new FrenchLightStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new AccentFolding(new LowerCaseFilter(in));
  }

  /**
   * {@link ASCIIFoldingFilter}'s folding, read from a table for the characters below U+3000. The
   * filter's own method is one huge switch that the JIT leaves interpreted (it exceeds HotSpot's
   * size limit for compiling a method), which made folding a fifth of the indexing time.
   */
  static final class AccentFolding extends TokenFilter {
    private static final int TABLE = 0x3000;
    /** The folded form of each character below {@link #TABLE}. */
    private static final String[] FOLDED = new String[TABLE];

    static {
      char[] output = new char[4];
      for (char c = 0; c < TABLE; c++) {
        int length = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, output, 0, 1);
        FOLDED[c] = new String(output, 0, length);
      }
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder folded = new StringBuilder();

    AccentFolding(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      char[] chars = term.buffer();
      int length = term.length();
      int i = 0;
      while (i < length && chars[i] < 0x80) {
        i++;
      }
      if (i == length) {
        return true;
      }
      folded.setLength(0);
      folded.append(chars, 0, i);
      char[] output = new char[4];
      for (; i < length; i++) {
        char c = chars[i];
        if (c < TABLE) {
          folded.append(FOLDED[c]);
        } else {
          folded.append(output, 0, ASCIIFoldingFilter.foldToASCII(chars, i, output, 0, 1));
        }
      }
      term.setEmpty().append(folded);
      return true;
    }
  }
}
