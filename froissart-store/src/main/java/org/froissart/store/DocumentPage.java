package org.froissart.store;

import java.util.List;

/** One page of stored records, latest stored first, and how many the store holds in all. */
public record DocumentPage(long total, List<Summary> documents) {
  /**
   * A stored record in a few fields, with the size of each of its layers.
   *
   * @param doc       the store's number of the document ({@link Store#document})
   * @param id        the document's own id (file name, URL…)
   * @param outlet    outlet id, else name; null when unknown
   * @param published ISO date at the precision known, or null
   * @param error     the error record's code, null for an analysed document
   */
  public record Summary(long doc, String id, String title, String outlet, String published, String error, long mentions,
                        long timexes, long quotes, long events) {
  }
}
