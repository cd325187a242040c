package org.froissart.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The index's analysis: French, with accents folded exactly as Lucene's ASCIIFoldingFilter does. */
class FrenchFoldingAnalyzerTest {
  @Test
  void aWordAndItsUnaccentedSpellingGiveTheSameTerm() throws IOException {
    try (FrenchFoldingAnalyzer analyzer = new FrenchFoldingAnalyzer()) {
      assertEquals(terms(analyzer, "teheran, oecumenique, facade, l'electricite des ministres"),
          terms(analyzer, "Téhéran, Œcuménique, Façade, l’électricité des ministres"));
      assertEquals(List.of("teheran", "ministr"), terms(analyzer, "À Téhéran, le ministre"),
          "stop words (à, le) go, the rest is folded and stemmed");
    }
  }

  @Test
  void theFoldingTableAgreesWithAsciiFoldingFilter() throws IOException {
    StringBuilder every = new StringBuilder();
    for (char c = 0x80; c < 0x3000; c++) {
      if (!Character.isWhitespace(c) && !Character.isSurrogate(c)) {
        every.append('a').append(c).append("z ");
      }
    }
    Analyzer reference = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        WhitespaceTokenizer source = new WhitespaceTokenizer();
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(source));
      }
    };
    Analyzer table = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        WhitespaceTokenizer source = new WhitespaceTokenizer();
        return new TokenStreamComponents(source, new FrenchFoldingAnalyzer.AccentFolding(source));
      }
    };
    List<String> expected = terms(reference, every.toString());
    assertEquals(expected, terms(table, every.toString()));
    assertEquals("aoez", expected.get(List.of(every.toString().split(" ")).indexOf("aœz")));
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}
