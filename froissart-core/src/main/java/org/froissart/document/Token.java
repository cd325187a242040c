package org.froissart.document;

import java.util.Map;

/**
 * A syntactic word. Contracted forms ("du" = "de" + "le") give two tokens over the same span:
 * {@code text} is what the span covers, {@code form} the word the parser saw.
 *
 * @param index    position in its sentence, from 0
 * @param features Universal Dependencies features (Gender=Masc, Tense=Pres…), possibly empty
 */
public record Token(int index, int start, int end, String text, String form, String lemma, String upos,
                    Map<String, String> features) implements Span {
  public Token {
    Span.check(start, end);
    features = Map.copyOf(features);
  }
}
