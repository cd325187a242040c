package org.froissart.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Layer;
import org.froissart.document.NlpText;
import org.froissart.document.Sentence;
import org.froissart.document.Token;

/**
 * Sentences for the tests of stages that come after CoreNLP, without loading it: the NLP text cut
 * at . ! ? and line breaks, words cut at spaces, with no tags and no parse. Stages must cope with
 * that (it is what they get when the parser fails); tense-dependent behaviour is tested with
 * CoreNLP in froissart-corenlp.
 */
public final class PlainSentences {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+|[^\\s\\p{L}\\p{N}]");

  private PlainSentences() {
  }

  /** The document with a SENTENCES layer computed from its NLP_TEXT layer. */
  public static AnalyzedDocument add(AnalyzedDocument document) {
    NlpText nlp = document.get(Layer.NLP_TEXT);
    List<Sentence> sentences = new ArrayList<>();
    Matcher s = SENTENCE.matcher(nlp.text());
    while (s.find()) {
      List<Token> tokens = new ArrayList<>();
      Matcher w = WORD.matcher(nlp.text()).region(s.start(), s.end());
      while (w.find()) {
        int start = nlp.toSource(w.start());
        int end = nlp.toSourceEnd(w.end());
        String text = document.text().substring(start, end);
        tokens.add(new Token(tokens.size(), start, end, text, text, text.toLowerCase(), "X", Map.of()));
      }
      if (!tokens.isEmpty()) {
        sentences.add(new Sentence(sentences.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens,
            List.of(), List.of()));
      }
    }
    return document.with(Layer.SENTENCES, sentences);
  }
}
