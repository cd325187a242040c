package org.froissart.store;

import java.time.LocalDate;
import java.util.List;

/**
 * An event as stored ({@code spec/output.md}), with the document it comes from.
 *
 * @param doc        the store's number of the document
 * @param documentId the document's own id
 * @param root       the CAMEO root code (the first two digits of {@code cameo})
 * @param target     null for an event with no recipient
 * @param date       when the event happened, ISO at the precision known, or null
 * @param day        {@code date}, else the document's publication date, as the first day of the
 *                   period it names; null when neither is known
 * @param location   the place as written, or null
 * @param outlet     the document's outlet id, else name
 */
public record StoredEvent(long doc, String documentId, String id, String cameo, String root, String plover,
                          Integer quadClass, Double goldstein, Trigger trigger, Participant source, Participant target,
                          String date, LocalDate day, String location, String locationCountry, String status,
                          List<String> attribution, Double confidence, String outlet, String published) {
  /** The words that express the event: half-open offsets into the document's text. */
  public record Trigger(int start, int end, String text) {
  }

  /** A side of the event: the mention's id and text, the linked actor (or null) and its CAMEO code. */
  public record Participant(String mention, String text, String actor, String code) {
  }
}
