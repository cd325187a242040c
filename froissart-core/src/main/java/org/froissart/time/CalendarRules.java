package org.froissart.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.froissart.time.Reading.Calendar;
import org.froissart.time.Reading.Direction;
import org.froissart.time.Reading.Fixed;

/**
 * Calendar dates and periods named by their numbers: "le 5 décembre dernier", "vendredi 3
 * janvier", "20/01/2014", "fin mars", "janvier 2014", "en 2013", "mi-2019", "les années 60",
 * "le XIXe siècle".
 */
final class CalendarRules {
  private static final String DAY = "(?:1er|premier|[0-3]?\\d)";
  private static final String YEAR = "(?:1[89]|20)\\d\\d";
  /** "octobre 98", "le 10 novembre 93,": a year in two digits, only before punctuation. */
  private static final String SHORT_YEAR = " +(?<yy>\\d\\d)(?= *[,.;:)])";
  /** Words after a number that show it counts something rather than naming a year. */
  private static final Pattern COUNTED = Pattern.compile("^ +(?!(?:les|des|ses|mes|tes|nos|vos|leurs|dans|sous|vers|"
      + "mais|puis|alors|plus|moins|tous|toutes|depuis|apres|selon|pres|pas|jamais|aussi|ainsi|lors)\\b)[a-z]+[sx]\\b"
      + "|^ *(?:%|€|\\$|euros?\\b|dollars?\\b|francs?\\b|km\\b|m\\b|kg\\b)");
  private static final Pattern NUMBER_BEFORE = Pattern.compile("(?:\\d[ .,]?|n° ?|numero |no )$");

  private CalendarRules() {
  }

  static List<Rule> rules(TimeWords w) {
    String month = w.alternation("month");
    String weekday = w.alternation("weekday");
    return List.of(
        Rule.of("date", TimexGrammar.B + "(?:le +)?(?:(?<wd>" + weekday + "),? +)?(?<day>" + DAY + ") +(?<mo>" + month
            + ")(?: +(?<yr>" + YEAR + ")(?!\\d)|" + SHORT_YEAR + ")?(?: +" + TimexGrammar.DIRECTION + ")?" + TimexGrammar.E,
            (m, text) -> date(w, m, m.start(), m.end())),
        Rule.of("first-day-of-range", TimexGrammar.B + "(?<day>" + DAY + ")(?= +(?:au|et|a) +(?:le +)?" + DAY
            + " +(?<mo>" + month + ")(?: +(?<yr>" + YEAR + ")(?!\\d))?" + TimexGrammar.E + ")",
            (m, text) -> date(w, m, m.start(), m.end())),
        Rule.of("numeric-date", "(?<![\\d/.])(?:(?<d>[0-3]?\\d)[/.](?<m>[01]?\\d)[/.](?<y>" + YEAR + "|\\d\\d)"
            + "|(?<y2>" + YEAR + ")-(?<m2>[01]\\d)(?:-(?<d2>[0-3]\\d))?)(?![\\d/.]\\d|\\d)", CalendarRules::numeric),
        Rule.of("month", TimexGrammar.B + "(?:le +)?(?:(?<mod>debut|mi|fin|courant|milieu) *-? *)?(?:(?<mois>mois) +(?:de +|d'))?"
            + "(?<mo>" + month + ")(?: +(?<yr>" + YEAR + ")(?!\\d)|" + SHORT_YEAR + ")?(?: +" + TimexGrammar.DIRECTION + ")?"
            + TimexGrammar.E, (m, text) -> month(w, m, text)),
        Rule.of("year", TimexGrammar.B + "(?:(?:l'an|l'annee) +|(?:debut|mi|fin) *-? *)?(?<yr>" + YEAR
            + ")(?![\\p{L}\\p{N}]|[.,]\\d)", CalendarRules::year),
        Rule.of("two-digit-year", "(?<=(?<![\\p{L}])en )(?<yy>\\d\\d)(?= *[,.;:()])",
            (m, text) -> new Candidate(m.start(), m.end(), "DATE",
                new Fixed((Integer.parseInt(m.group("yy")) < 30 ? "20" : "19") + m.group("yy")), null, "two-digit-year")),
        Rule.of("decade", TimexGrammar.B + "(?:(?:debut|milieu|fin) +des +|les +)?annees +(?<dec>(?:19|20)?\\d0)" + TimexGrammar.E,
            CalendarRules::decade),
        Rule.of("century", TimexGrammar.B + "(?:le +|la +fin +du +|le +debut +du +)?(?<c>[xvi]{1,5})(?:e|eme) +siecle" + TimexGrammar.E,
            CalendarRules::century));
  }

  private static Candidate date(TimeWords w, Matcher m, int start, int end) {
    String d = m.group("day");
    int day = d.equals("1er") || d.equals("premier") ? 1 : Integer.parseInt(d);
    int month = w.month(m.group("mo"));
    Integer year = year(m);
    try {
      LocalDate.of(year == null ? 2000 : year, month, day); // 2000: a leap year, so 29 February passes
    } catch (DateTimeException e) {
      return null;
    }
    Integer weekday = TimexGrammar.group(m, "wd") == null ? null : w.weekday(m.group("wd"));
    Direction direction = TimexGrammar.group(m, "dir") == null ? Direction.NONE : TimexGrammar.direction(m.group("dir"));
    return new Candidate(start, end, "DATE", new Calendar(year, month, day, weekday, direction), null, "date");
  }

  /** The year of a match in four digits or two ("93" is 1993, "05" 2005), or null. */
  private static Integer year(Matcher m) {
    if (m.group("yr") != null) {
      return Integer.valueOf(m.group("yr"));
    }
    String yy = TimexGrammar.group(m, "yy");
    return yy == null ? null : (Integer.parseInt(yy) < 30 ? 2000 : 1900) + Integer.parseInt(yy);
  }

  /** "20/01/2014", "20.01.14", "2014-01-20", "2020-03". */
  private static Candidate numeric(Matcher m, String text) {
    boolean dayFirst = m.group("d") != null;
    String y = dayFirst ? m.group("y") : m.group("y2");
    int year = y.length() == 2 ? (Integer.parseInt(y) < 50 ? 2000 : 1900) + Integer.parseInt(y) : Integer.parseInt(y);
    int month = Integer.parseInt(dayFirst ? m.group("m") : m.group("m2"));
    String day = dayFirst ? m.group("d") : m.group("d2");
    try {
      String value = day == null ? YearMonth.of(year, month).toString()
          : LocalDate.of(year, month, Integer.parseInt(day)).toString();
      return new Candidate(m.start(), m.end(), "DATE", new Fixed(value), null, "numeric-date");
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Candidate month(TimeWords w, Matcher m, String text) {
    String form = m.group("mo");
    Integer year = year(m);
    boolean bare = m.group("mod") == null && m.group("mois") == null && year == null && m.group("dir") == null;
    if (bare && (form.endsWith(".") || TimexGrammar.capitalisedInsideSentence(text, m.start("mo")))) {
      return null; // "sept." alone, "Mars" the planet or the brand
    }
    Direction direction = m.group("dir") == null ? Direction.NONE : TimexGrammar.direction(m.group("dir"));
    return new Candidate(m.start(), m.end(), "DATE", new Calendar(year, w.month(form), null, null, direction), null,
        "month");
  }

  private static Candidate year(Matcher m, String text) {
    String folded = Folding.fold(text.substring(Math.max(0, m.start() - 10), m.start()));
    String after = Folding.fold(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
    if (NUMBER_BEFORE.matcher(folded).find() || COUNTED.matcher(after).find()) {
      return null;
    }
    return new Candidate(m.start(), m.end(), "DATE", new Fixed(m.group("yr")), null, "year");
  }

  private static Candidate decade(Matcher m, String text) {
    String d = m.group("dec");
    String value = d.length() == 2 ? "19" + d.charAt(0) + "X" : d.substring(0, 3) + "X";
    return new Candidate(m.start(), m.end(), "DATE", new Fixed(value), null, "decade");
  }

  private static Candidate century(Matcher m, String text) {
    int n = roman(m.group("c"));
    if (n < 1 || n > 21) {
      return null;
    }
    return new Candidate(m.start(), m.end(), "DATE", new Fixed(String.format("%02dXX", n - 1)), null, "century");
  }

  static int roman(String s) {
    int total = 0;
    int previous = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v = switch (s.charAt(i)) {
        case 'i' -> 1;
        case 'v' -> 5;
        case 'x' -> 10;
        default -> 0;
      };
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return total;
  }
}
