package org.froissart.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.froissart.read.IsoDate;
import org.froissart.time.Reading.Calendar;
import org.froissart.time.Reading.Clock;
import org.froissart.time.Reading.Direction;
import org.froissart.time.Reading.Fixed;
import org.froissart.time.Reading.Season;
import org.froissart.time.Reading.Shift;
import org.froissart.time.Reading.Someday;

/**
 * Places a {@link Reading} on the calendar: against the published date, the tense of its clause
 * and the previous date of the text. Stateless.
 */
final class TimexResolver {
  private TimexResolver() {
  }

  /** The published date at the precision known: DAYS, MONTHS or YEARS. */
  record Reference(LocalDate date, ChronoUnit precision) {
    /** Null when the value is null or not an ISO date. */
    static Reference parse(String iso) {
      if (iso == null || !IsoDate.isValid(iso)) {
        return null;
      }
      return switch (iso.length()) {
        case 4 -> new Reference(LocalDate.of(Integer.parseInt(iso), 1, 1), ChronoUnit.YEARS);
        case 7 -> new Reference(YearMonth.parse(iso).atDay(1), ChronoUnit.MONTHS);
        default -> new Reference(LocalDate.parse(iso), ChronoUnit.DAYS);
      };
    }

    LocalDate last() {
      return date.plus(1, precision).minusDays(1);
    }

    String value() {
      return format(date, precision);
    }
  }

  /** The last date of the text that names a day, for "le lendemain" and "14 h". */
  record PreviousDate(LocalDate day, String id) {
  }

  /**
   * @param anchor  "published", the id of the timex it counts from, or null
   * @param warning a WEEKDAY_MISMATCH message, or null
   * @param day     the day it names, when it names one
   */
  record Resolution(String value, String anchor, String warning, LocalDate day) {
  }

  static Resolution resolve(Candidate candidate, Tense tense, Reference published, PreviousDate previous) {
    Reading reading = candidate.reading();
    Resolution r;
    if (reading instanceof Fixed f) {
      r = new Resolution(f.value(), null, null, f.value().length() == 10 && IsoDate.isValid(f.value())
          ? LocalDate.parse(f.value()) : null);
    } else if (reading instanceof Calendar c) {
      r = calendar(c, tense, published);
    } else if (reading instanceof Shift s) {
      r = shift(s, tense, published, previous);
    } else if (reading instanceof Season s) {
      r = season(s, tense, published);
    } else if (reading instanceof Clock c) {
      r = clock(c, published, previous);
    } else if (reading instanceof Someday) {
      r = new Resolution(tense == Tense.FUTURE ? "FUTURE_REF" : "PAST_REF", null, null, null);
    } else {
      throw new IllegalArgumentException("unknown reading " + reading);
    }
    if (candidate.timeOfDay() != null && r.day() != null) {
      r = new Resolution(r.day() + candidate.timeOfDay(), r.anchor(), r.warning(), r.day());
    }
    return r;
  }

  private static Resolution calendar(Calendar c, Tense tense, Reference ref) {
    if (c.year() != null) {
      if (c.month() == null) {
        return new Resolution(String.valueOf(c.year()), null, null, null);
      }
      if (c.day() == null) {
        return new Resolution(YearMonth.of(c.year(), c.month()).toString(), null, null, null);
      }
      if (!YearMonth.of(c.year(), c.month()).isValidDay(c.day())) {
        return new Resolution(String.format("%d-%02d", c.year(), c.month()), null, null, null);
      }
      LocalDate d = LocalDate.of(c.year(), c.month(), c.day());
      return new Resolution(d.toString(), null, mismatch(c, d), d);
    }
    return c.month() != null ? monthAndDay(c, tense, ref) : weekday(c, tense, ref);
  }

  /** "le 5 décembre dernier", "vendredi 3 janvier", "en octobre": the year comes from the reference. */
  private static Resolution monthAndDay(Calendar c, Tense tense, Reference ref) {
    if (ref == null) {
      return new Resolution(String.format(c.day() == null ? "XXXX-%02d" : "XXXX-%02d-%02d", c.month(), c.day()), null,
          null, null);
    }
    List<LocalDate[]> candidates = new ArrayList<>();
    int year = ref.date().getYear();
    for (int y = ref.precision() == ChronoUnit.YEARS ? year : year - 1;
         y <= (ref.precision() == ChronoUnit.YEARS ? year : year + 1); y++) {
      YearMonth ym = YearMonth.of(y, c.month());
      if (c.day() == null) {
        candidates.add(new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()});
      } else if (ym.isValidDay(c.day())) {
        candidates.add(new LocalDate[] {ym.atDay(c.day()), ym.atDay(c.day())});
      }
    }
    if (candidates.isEmpty()) {
      return new Resolution(String.format("%d-%02d", year, c.month()), "published", null, null);
    }
    if (c.weekday() != null && c.day() != null && ref.precision() != ChronoUnit.DAYS) {
      // a coarse reference: the weekday picks the year it leaves open
      List<LocalDate[]> agreeing = candidates.stream()
          .filter(d -> d[0].getDayOfWeek().getValue() == c.weekday()).toList();
      if (!agreeing.isEmpty()) {
        candidates = agreeing;
      }
    }
    LocalDate[] chosen = choose(candidates, lean(c.direction(), tense), ref);
    if (c.day() == null) {
      return new Resolution(YearMonth.from(chosen[0]).toString(), "published", null, null);
    }
    return new Resolution(chosen[0].toString(), "published", mismatch(c, chosen[0]), chosen[0]);
  }

  /** "lundi", "mardi dernier": counted from the published day. */
  private static Resolution weekday(Calendar c, Tense tense, Reference ref) {
    if (ref == null) {
      return new Resolution("XXXX-WXX-" + c.weekday(), null, null, null);
    }
    if (ref.precision() != ChronoUnit.DAYS) {
      return new Resolution(ref.value(), "published", null, null);
    }
    int today = ref.date().getDayOfWeek().getValue();
    int back = (today - c.weekday() + 7) % 7;
    int ahead = (c.weekday() - today + 7) % 7;
    // a weekday with no tense to go by is most often the one just gone: news reports what happened
    Lean lean = c.direction() == Direction.NONE && tense == Tense.UNKNOWN ? Lean.BEFORE : lean(c.direction(), tense);
    int shift = switch (lean) {
      case STRICTLY_BEFORE -> back == 0 ? -7 : -back;
      case BEFORE -> -back;
      case STRICTLY_AFTER -> ahead == 0 ? 7 : ahead;
      case AFTER -> ahead;
      case NEAREST -> back <= ahead ? -back : ahead;
    };
    LocalDate d = ref.date().plusDays(shift);
    return new Resolution(d.toString(), "published", null, d);
  }

  private static Resolution shift(Shift s, Tense tense, Reference ref, PreviousDate previous) {
    LocalDate basis;
    ChronoUnit precision;
    String anchor;
    if (s.fromPrevious() && previous != null) {
      basis = previous.day();
      precision = ChronoUnit.DAYS;
      anchor = previous.id();
    } else if (ref != null) {
      basis = ref.date();
      precision = ref.precision();
      anchor = "published";
    } else {
      return new Resolution(unknown(s.unit()), null, null, null);
    }
    ChronoUnit unitPrecision = switch (s.unit()) {
      case "D" -> ChronoUnit.DAYS;
      case "W", "WE" -> ChronoUnit.WEEKS;
      case "M", "Q" -> ChronoUnit.MONTHS;
      default -> ChronoUnit.YEARS;
    };
    if (precision.compareTo(unitPrecision) > 0) {
      return new Resolution(format(basis, precision), anchor, null, null); // "hier" in an article dated only "2020-03"
    }
    int n = s.amount();
    if (s.unit().equals("WE") && n == 0 && tense == Tense.PAST && basis.getDayOfWeek().getValue() <= 4) {
      n = -1; // "ce week-end" told in the past on a Tuesday: the one just gone
    }
    return switch (s.unit()) {
      case "D" -> {
        LocalDate d = basis.plusDays(n);
        yield new Resolution(d.toString(), anchor, null, d);
      }
      case "W" -> new Resolution(format(basis.plusWeeks(n), ChronoUnit.WEEKS), anchor, null, null);
      case "WE" -> new Resolution(format(basis.plusWeeks(n), ChronoUnit.WEEKS) + "-WE", anchor, null, null);
      case "M" -> new Resolution(format(basis.plusMonths(n), ChronoUnit.MONTHS), anchor, null, null);
      case "Q" -> {
        LocalDate d = basis.plusMonths(3L * n);
        yield new Resolution(d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR), anchor, null, null);
      }
      case "Y" -> new Resolution(String.valueOf(basis.plusYears(n).getYear()), anchor, null, null);
      case "DE" -> new Resolution(format(basis.plusYears(10L * n), ChronoUnit.DECADES), anchor, null, null);
      default -> new Resolution(format(basis.plusYears(100L * n), ChronoUnit.CENTURIES), anchor, null, null);
    };
  }

  private static Resolution season(Season s, Tense tense, Reference ref) {
    if (s.year() != null) {
      return new Resolution(s.year() + "-" + s.code(), null, null, null);
    }
    Lean lean = lean(s.direction(), tense);
    if (ref == null || s.generic()) {
      return new Resolution("XXXX-" + s.code(), null, null, null); // "en été": summers in general
    }
    LocalDate today = ref.date();
    int year = today.getYear();
    if (s.direction() == Direction.THIS) {
      int y = s.code().equals("WI") && today.getMonthValue() <= 2 ? year - 1 : year;
      return new Resolution(y + "-" + s.code(), "published", null, null);
    }
    List<LocalDate[]> candidates = new ArrayList<>();
    for (int y = year - 2; y <= year + 1; y++) {
      LocalDate start = LocalDate.of(y, s.startMonth(), 21);
      candidates.add(new LocalDate[] {start, start.plusMonths(3).minusDays(1)});
    }
    LocalDate[] chosen = choose(candidates, lean, ref);
    return new Resolution(chosen[0].getYear() + "-" + s.code(), "published", null, null);
  }

  private static Resolution clock(Clock c, Reference ref, PreviousDate previous) {
    if (previous != null) {
      return new Resolution(previous.day() + c.time(), previous.id(), null, previous.day());
    }
    if (ref != null && ref.precision() == ChronoUnit.DAYS) {
      return new Resolution(ref.date() + c.time(), "published", null, ref.date());
    }
    return new Resolution("XXXX-XX-XX" + c.time(), null, null, null);
  }

  /** How to pick among the occurrences of a date: "dernier" is strictly before, a past tense before or on… */
  private enum Lean { STRICTLY_BEFORE, BEFORE, STRICTLY_AFTER, AFTER, NEAREST }

  private static Lean lean(Direction direction, Tense tense) {
    if (direction == Direction.PAST) {
      return Lean.STRICTLY_BEFORE;
    }
    if (direction == Direction.FUTURE) {
      return Lean.STRICTLY_AFTER;
    }
    return switch (tense) {
      case PAST -> Lean.BEFORE;
      case FUTURE -> Lean.AFTER;
      default -> Lean.NEAREST;
    };
  }

  /** Among periods [first, last] in time order, the one the lean picks against the reference period. */
  private static LocalDate[] choose(List<LocalDate[]> periods, Lean lean, Reference ref) {
    LocalDate refFirst = ref.date();
    LocalDate refLast = ref.last();
    LocalDate[] chosen = switch (lean) {
      case STRICTLY_BEFORE -> last(periods.stream().filter(p -> p[1].isBefore(refFirst)).toList());
      case BEFORE -> last(periods.stream().filter(p -> !p[0].isAfter(refLast)).toList());
      case STRICTLY_AFTER -> periods.stream().filter(p -> p[0].isAfter(refLast)).findFirst().orElse(null);
      case AFTER -> periods.stream().filter(p -> !p[1].isBefore(refFirst)).findFirst().orElse(null);
      case NEAREST -> null;
    };
    if (chosen != null) {
      return chosen;
    }
    return periods.stream().min(Comparator.comparingLong(p -> distance(p, refFirst, refLast))).orElseThrow();
  }

  private static LocalDate[] last(List<LocalDate[]> periods) {
    return periods.isEmpty() ? null : periods.get(periods.size() - 1);
  }

  private static long distance(LocalDate[] p, LocalDate first, LocalDate last) {
    if (p[1].isBefore(first)) {
      return ChronoUnit.DAYS.between(p[1], first);
    }
    return p[0].isAfter(last) ? ChronoUnit.DAYS.between(last, p[0]) : 0;
  }

  private static String mismatch(Calendar c, LocalDate d) {
    if (c.weekday() == null || d.getDayOfWeek().getValue() == c.weekday()) {
      return null;
    }
    return "the text says " + name(DayOfWeek.of(c.weekday())) + " but " + d + " is a " + name(d.getDayOfWeek())
        + "; the date is kept and the weekday taken for a slip";
  }

  private static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String unknown(String unit) {
    return switch (unit) {
      case "D" -> "XXXX-XX-XX";
      case "W", "WE" -> "XXXX-WXX";
      case "M" -> "XXXX-XX";
      default -> "XXXX";
    };
  }

  static String format(LocalDate date, ChronoUnit precision) {
    return switch (precision) {
      case DAYS -> date.toString();
      case WEEKS -> String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTHS -> YearMonth.from(date).toString();
      case YEARS -> String.valueOf(date.getYear());
      case DECADES -> String.valueOf(date.getYear()).substring(0, 3) + "X";
      default -> String.valueOf(date.getYear()).substring(0, 2) + "XX";
    };
  }
}
