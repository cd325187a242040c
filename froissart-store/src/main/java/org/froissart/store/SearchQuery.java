package org.froissart.store;

/**
 * A full-text search over the stored documents' titles and texts.
 *
 * @param text     Lucene's simple query syntax: words (all required), {@code "a phrase"},
 *                 {@code -excluded}, {@code a | b}, {@code prefix*}; accents and case do not
 *                 matter. Blank: every document (to browse by facet).
 * @param outlet   only documents of this outlet (its registry id, else its name), or null
 * @param year     only documents published this year, or null
 * @param language only documents in this language ({@code fr}), or null
 * @param offset   hits to skip, for paging (0 or more)
 * @param limit    hits to return (1 to {@value #MAX_LIMIT})
 */
public record SearchQuery(String text, String outlet, Integer year, String language, int offset, int limit) {
  public static final int MAX_LIMIT = 1000;

  public SearchQuery {
    text = text == null ? "" : text;
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("offset must be 0 or more and limit 1 to " + MAX_LIMIT + ": " + offset
          + ", " + limit);
    }
  }

  /** The first {@code limit} hits of {@code text}, with no filter. */
  public static SearchQuery of(String text, int limit) {
    return new SearchQuery(text, null, null, null, 0, limit);
  }
}
