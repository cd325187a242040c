package org.froissart.document;

/**
 * Someone the text names in a role: an event's source or target, a quote's speaker or cited
 * source; the words that name them and the actor they stand for.
 *
 * @param mention the entity mention's id, or null when the words are not a mention ("les forces irakiennes")
 * @param actor   the knowledge base's id, or null
 * @param code    CAMEO actor code on the document's date; an event's sides always have one, a quote's speaker
 *                may not ("sa famille")
 */
public record Participant(String mention, int start, int end, String text, String actor, String code) implements Span {
  public Participant {
    Span.check(start, end);
  }
}
