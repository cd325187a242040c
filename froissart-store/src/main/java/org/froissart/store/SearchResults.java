package org.froissart.store;

import java.util.List;

/**
 * One page of full-text hits, best first, with the facets of all the hits.
 *
 * @param total  how many documents match (all pages)
 * @param facets counts over all matching documents, largest first
 */
public record SearchResults(long total, List<Hit> hits, Facets facets) {
  /**
   * A matching document.
   *
   * @param doc        the store's number of the document ({@link Store#document})
   * @param id         the document's own id (file name, URL…)
   * @param outlet     outlet id, else name; null when unknown
   * @param published  ISO date at the precision known, or null
   * @param highlights the best passages of the text, in text order; the first sentences when
   *                   only the title matched
   */
  public record Hit(long doc, String id, String title, String outlet, String published, float score,
                    List<Highlight> highlights) {
  }

  /**
   * A passage of the document's text: {@code text} is {@code documentText.substring(start, end)},
   * and each match is a span of the document's text (not of the passage) that the query found.
   */
  public record Highlight(int start, int end, String text, List<Match> matches) {
  }

  /** Half-open UTF-16 offsets into the document's text, as everywhere in {@code spec/output.md}. */
  public record Match(int start, int end) {
  }

  public record Facets(List<FacetCount> outlets, List<FacetCount> years, List<FacetCount> languages) {
  }

  public record FacetCount(String value, long count) {
  }
}
