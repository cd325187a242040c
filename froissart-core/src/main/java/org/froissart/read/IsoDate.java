package org.froissart.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO 8601 dates at the precision known: {@code 2020}, {@code 2020-03}, {@code 2020-03-02}. */
public final class IsoDate {
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  /** A date followed by a time, as in HTML metadata: {@code 2022-10-05T08:30:00+02:00}. */
  private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?$");

  private IsoDate() {
  }

  public static boolean isValid(String value) {
    Matcher m = DATE.matcher(value);
    if (!m.matches()) {
      return false;
    }
    try {
      if (m.group(3) != null) {
        LocalDate.parse(value);
      } else if (m.group(2) != null) {
        YearMonth.parse(value);
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The date part of a date or timestamp as found in metadata, or null when it is not one. */
  public static String normalize(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    Matcher m = LEADING_DATE.matcher(v);
    if (m.matches()) {
      v = m.group(1);
    }
    return isValid(v) ? v : null;
  }
}
