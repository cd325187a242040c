package org.froissart.time;

import java.util.regex.Pattern;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.read.IsoDate;
import org.froissart.time.TimexResolver.Resolution;

/**
 * The first date written with its year in a stretch of text ("le 20 janvier 2014", "1er mars
 * 2015", "janvier 2014", "20/01/2014", "2020-03"), for the published-date finder: the time
 * grammar's calendar rules, keeping only dates that need no published date to be placed. Immutable
 * and thread-safe.
 */
public final class AbsoluteDates {
  private static final Pattern MONTH_OR_DAY = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?");

  private final TimeWords words;
  private final TimexGrammar calendar;

  public AbsoluteDates(ResourceLoader resources) {
    this.words = new TimeWords(resources);
    this.calendar = new TimexGrammar(CalendarRules.rules(words));
  }

  /** A date found in a text: its ISO value at the precision written, and where it was written. */
  public record Found(String value, int start, int end) {
  }

  /** The first such date in {@code text[from, to)}, or null. */
  public Found first(String text, int from, int to) {
    for (Candidate c : calendar.find(text.substring(from, to))) {
      Resolution r = TimexResolver.resolve(c, Tense.UNKNOWN, null, null);
      if (MONTH_OR_DAY.matcher(r.value()).matches() && IsoDate.isValid(r.value())) {
        return new Found(r.value(), from + c.start(), from + c.end());
      }
    }
    return null;
  }

  /** Checksum of the words it reads, for provenance. */
  public String checksum() {
    return words.checksum();
  }
}
