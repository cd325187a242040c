package org.froissart.document;

import java.util.List;

/**
 * Reported speech (spec/output.md): the words someone said, who said them, and who relays them.
 *
 * @param sentence    index of the sentence the quote starts in
 * @param kind        direct (inside quotation marks), indirect (a speech verb's clause) or mixed (a clause with quoted words)
 * @param speaker     who said it, null when the text does not tell; its code may be null when the knowledge base
 *                    does not know the words ("sa famille")
 * @param cue         the words that introduce it ("a-t-il réaffirmé", "selon"), or null
 * @param source      the medium or body the article credits for the report ("rapporte Press Tv"), or null
 * @param attribution who vouches for it, outermost first: {@code outlet:ID}, {@code source:ID}, {@code speaker:ACTOR},
 *                    {@code anonymous}
 */
public record Quote(String id, int sentence, int start, int end, String text, String kind, Participant speaker,
                    Words cue, Participant source, List<String> attribution) implements Span {
  public Quote {
    Span.check(start, end);
    attribution = List.copyOf(attribution);
  }
}
