package org.froissart.document;

/**
 * When the document was published, as far as it says.
 *
 * @param value  ISO 8601 at the precision known ({@code 2020-03}, {@code 2014-01-20}); null when unknown
 * @param start  offset of the words it was read from, or -1 when it came from outside the text
 * @param method cli, metadata, header, signature, url, text or unknown (spec/output.md)
 */
public record PublishedDate(String value, int start, int end, String method) {
  public static final PublishedDate UNKNOWN = new PublishedDate(null, -1, -1, "unknown");

  public static PublishedDate outsideText(String value, String method) {
    return new PublishedDate(value, -1, -1, method);
  }

  public boolean inText() {
    return start >= 0;
  }
}
