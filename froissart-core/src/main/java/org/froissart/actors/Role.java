package org.froissart.actors;

import java.time.LocalDate;

/**
 * An office an actor held between two dates, and the CAMEO code it confers. Dates are ISO at the
 * precision known (2006-05-20, 2013-09, 1993); {@code end} is null while the office is held and is
 * the first day the actor no longer held it; {@code start} is null only for a code an imported
 * dictionary gives "before" a date.
 *
 * @param office head-of-state, head-of-government, foreign-minister… (see roles.tsv)
 * @param body   the country (alpha-3) or organisation id the office belongs to
 * @param title  the title as a French newspaper writes it ("Premier ministre irakien")
 */
public record Role(String actor, String office, String body, String code, String start, String end, String title) {
  public Role {
    if (start != null && end != null && !firstDay(start).isBefore(endExclusive(end))) {
      throw new IllegalArgumentException("role of " + actor + " as " + office + " ends (" + end + ") before it starts ("
          + start + ")");
    }
  }

  /** Whether the office was held on the first day of {@code date} (ISO, any precision). */
  public boolean heldOn(String date) {
    LocalDate day = firstDay(date);
    return (start == null || !firstDay(start).isAfter(day)) && (end == null || day.isBefore(endExclusive(end)));
  }

  /** Whether this role and {@code other} share a day, reading imprecise ends generously. */
  public boolean overlaps(Role other) {
    return before(start, other.end) && before(other.start, end);
  }

  /** start < end, where an end that shares the start's month (or year) counts as a handover, not an overlap. */
  private static boolean before(String start, String end) {
    if (start == null || end == null) {
      return true;
    }
    int precision = Math.min(start.length(), end.length());
    return start.substring(0, precision).compareTo(end.substring(0, precision)) < 0;
  }

  static LocalDate firstDay(String iso) {
    if (iso == null) {
      return LocalDate.MIN;
    }
    return switch (iso.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(iso), 1, 1);
      case 7 -> LocalDate.parse(iso + "-01");
      default -> LocalDate.parse(iso);
    };
  }

  static LocalDate endExclusive(String iso) {
    return switch (iso.length()) {
      case 4 -> firstDay(iso).plusYears(1);
      case 7 -> firstDay(iso).plusMonths(1);
      default -> LocalDate.parse(iso);
    };
  }
}
