package org.froissart.document;

import java.util.List;

/**
 * A coded event (spec/output.md): who did what to whom, with the words that say so.
 *
 * @param sentence    index of the sentence holding the trigger
 * @param cameo       the most specific CAMEO 1.1b3 event code the words support
 * @param plover      its PLOVER type, or null for the statement and appeal roots PLOVER dropped
 * @param target      null when the event has no recipient
 * @param date        null when no date can be read
 * @param location    null when no place is attached to the trigger
 * @param status      asserted, negated, hypothetical or future
 * @param attribution who vouches for it, outermost first: {@code outlet:ID}, {@code speaker:ACTOR}
 * @param confidence  in [0, 1]
 */
public record Event(String id, int sentence, String cameo, String plover, double goldstein, int quadClass,
                    Words trigger, Participant source, Participant target, EventDate date, Location location,
                    String status, List<String> attribution, double confidence) {
  public Event {
    attribution = List.copyOf(attribution);
  }

  /** @param timex the id of the time expression the value comes from, or null for the published date */
  public record EventDate(String value, String timex) {
  }

  /** @param place the knowledge base's id; {@code country} its alpha-3 code, null when unknown */
  public record Location(int start, int end, String text, String place, String country) implements Span {
    public Location {
      Span.check(start, end);
    }
  }
}
