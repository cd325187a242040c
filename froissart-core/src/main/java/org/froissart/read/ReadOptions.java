package org.froissart.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How inputs are read.
 *
 * @param published date given by the user for documents that carry none of their own (ISO), or null
 * @param outlet    outlet given by the user for documents that carry none (registry id or name), or null
 * @param charset   encoding of text, HTML and JSONL inputs
 * @param maxChars  larger documents are rejected as TOO_LARGE
 */
public record ReadOptions(String published, String outlet, Charset charset, int maxChars) {
  public static final int DEFAULT_MAX_CHARS = 2_000_000;
  public static final ReadOptions DEFAULTS = new ReadOptions(null, null, StandardCharsets.UTF_8, DEFAULT_MAX_CHARS);

  public ReadOptions {
    if (published != null && !IsoDate.isValid(published)) {
      throw new IllegalArgumentException("--published must be an ISO date such as 2020-03-02, 2020-03 or 2020: '"
          + published + "'");
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("--max-chars must be positive: " + maxChars);
    }
  }
}
