package org.froissart.document;

import java.util.Arrays;

/**
 * The text as the NLP stages see it: boilerplate blanked out, typography normalised, glued
 * sentences separated. It may be longer than the document's text; {@link #toSource} maps every
 * offset back, so spans found here are reported against the untouched text.
 */
public final class NlpText {
  private final String text;
  private final int[] sourceOffsets;

  /** @param sourceOffsets for each offset of {@code text} (and its end), the offset in the source text */
  public NlpText(String text, int[] sourceOffsets) {
    if (sourceOffsets.length != text.length() + 1) {
      throw new IllegalArgumentException("need one source offset per char plus the end");
    }
    this.text = text;
    this.sourceOffsets = sourceOffsets.clone();
  }

  public String text() {
    return text;
  }

  /** The source offset of a start offset in this text. */
  public int toSource(int offset) {
    return sourceOffsets[offset];
  }

  /** The source offset of an end offset: just after the last source char covered. */
  public int toSourceEnd(int end) {
    return end == 0 ? sourceOffsets[0] : sourceOffsets[end - 1] + 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NlpText n && n.text.equals(text) && Arrays.equals(n.sourceOffsets, sourceOffsets);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
