package org.froissart.document;

import java.util.Objects;

/**
 * One input document as read, before any analysis.
 *
 * @param id        stable id: file name, URL or the caller's id; never null
 * @param text      the text exactly as decoded (for HTML: the extracted main text); never rewritten
 * @param metadata  what the input said about the document (date, outlet, title, URL)
 */
public record Document(String id, String text, Metadata metadata) implements Input {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    metadata = metadata == null ? Metadata.NONE : metadata;
  }

  /**
   * What the input carried besides the text. Every field may be null.
   *
   * @param published  ISO date at the precision known
   * @param publishedFromUser true when the date was given on the command line (it then wins over the text)
   */
  public record Metadata(String published, boolean publishedFromUser, String url, String outlet, String title) {
    public static final Metadata NONE = new Metadata(null, false, null, null, null);
  }
}
