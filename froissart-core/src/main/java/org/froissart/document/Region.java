package org.froissart.document;

/** A stretch of text that is not article content (navigation, social counters…), with why. */
public record Region(int start, int end, String reason) implements Span {
  public Region {
    Span.check(start, end);
  }
}
