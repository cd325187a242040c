package org.froissart.document;

/**
 * A temporal expression with its TimeML TIMEX3 value (spec/output.md).
 *
 * @param type   DATE, TIME, DURATION or SET
 * @param value  TIMEX3 value ({@code 2013-12-05}, {@code 2020-W02}, {@code P3D}, {@code PRESENT_REF},
 *               {@code XXXX-12-05} when nothing anchors it)
 * @param anchor {@code published}, the id of the timex it was computed from, or null when the words
 *               alone give the value
 */
public record Timex(String id, int start, int end, String text, String type, String value, String anchor)
    implements Span {
  public Timex {
    Span.check(start, end);
  }
}
