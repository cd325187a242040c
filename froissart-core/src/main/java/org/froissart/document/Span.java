package org.froissart.document;

/** A half-open range of UTF-16 offsets into a document's text. */
public interface Span {
  int start();

  int end();

  static void check(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
