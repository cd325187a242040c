package org.froissart.time;

import java.text.Normalizer;

/**
 * Case and accent folding that keeps every offset: each char maps to exactly one char, so a match
 * in the folded text is a match at the same offsets in the original. "DÉCEMBRE" → "decembre",
 * no-break spaces → ' ', typographic hyphens and apostrophes → '-' and '\''. Line breaks stay.
 */
public final class Folding {
  private static final char[] LATIN = new char[0x250];

  static {
    for (char c = 0; c < LATIN.length; c++) {
      LATIN[c] = compute(c);
    }
  }

  private Folding() {
  }

  public static String fold(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = c < LATIN.length ? LATIN[c] : compute(c);
    }
    return new String(out);
  }

  private static char compute(char c) {
    if (c == '\n' || c == '\r') {
      return c;
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return ' ';
    }
    if (c >= '\u2010' && c <= '\u2015') {
      return '-';
    }
    if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
      return '\'';
    }
    char lower = Character.toLowerCase(c);
    String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
    return decomposed.length() > 1 && Character.isLetter(decomposed.charAt(0)) ? decomposed.charAt(0) : lower;
  }
}
