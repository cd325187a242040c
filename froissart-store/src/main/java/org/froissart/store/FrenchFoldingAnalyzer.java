package org.froissart.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Lucene's French analysis (elision of {@code l'}, {@code d'}…, lower case, stop words, light
 * stemming) with accents folded before stemming, so that a word and its unaccented spelling
 * ({@code Téhéran}, {@code teheran}) always give the same term. Stop words are removed before
 * folding because the list is accented ({@code été}, {@code à}). Thread-safe.
 */
final class FrenchFoldingAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
    stream = new LowerCaseFilter(stream);
    stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
    stream = new ASCIIFoldingFilter(stream);
    stream = new FrenchLightStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
