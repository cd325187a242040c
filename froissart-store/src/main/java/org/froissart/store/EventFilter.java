package org.froissart.store;

import java.time.LocalDate;

/**
 * Which events a query covers; every null field lets all events through, and the fields given
 * must all hold.
 *
 * @param actor         a linked actor's id ({@code ali-khamenei}), on the side(s) {@code side} names
 * @param actorCode     a CAMEO actor code prefix ({@code IRN}, {@code IRNGOV}), on the side(s) {@code side} names
 * @param side          where {@code actor} and {@code actorCode} must stand (null: either side)
 * @param cameo         a CAMEO event code prefix: {@code 05} is the root code (all of 05x), {@code 051} a code and its sub-codes
 * @param plover        a PLOVER type ({@code SUPPORT})
 * @param from          first day (inclusive) of the event's date, else the document's publication date
 * @param to            last day (inclusive)
 * @param outlet        the document's outlet (registry id, else name)
 * @param status        {@code asserted}, {@code negated}, {@code hypothetical} or {@code future}
 * @param minConfidence lowest confidence kept
 */
public record EventFilter(String actor, String actorCode, Side side, String cameo, String plover, LocalDate from,
                          LocalDate to, String outlet, String status, Double minConfidence) {
  /** Every event. */
  public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null, null, null, null);

  public enum Side { SOURCE, TARGET, EITHER }

  public EventFilter {
    side = side == null ? Side.EITHER : side;
  }
}
