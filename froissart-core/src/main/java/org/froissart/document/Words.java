package org.froissart.document;

/** Words of the text at [start, end): an event's trigger, a quote's cue. */
public record Words(int start, int end, String text) implements Span {
  public Words {
    Span.check(start, end);
  }
}
