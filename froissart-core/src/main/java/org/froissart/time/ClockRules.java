package org.froissart.time;

import static org.froissart.time.TimexGrammar.B;
import static org.froissart.time.TimexGrammar.E;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.froissart.time.Reading.Clock;

/**
 * Times of day, which fall on the previous date of the text: "14 h 30", "18 h", "20 heures"
 * (after "à", "vers"…, else a duration), "midi", "la soirée", "fin d'après-midi". Like other
 * prepositions, "vers" stays out of the expression.
 */
final class ClockRules {
  /** What comes before "N heures" when it is a time of day rather than a duration ("à 20 heures"). */
  private static final Pattern CLOCK_PREPOSITION = Pattern.compile("(?:^|[^\\p{L}])(?:a|des|jusqu'a|avant|apres|entre|et|vers)"
      + " +$");

  private ClockRules() {
  }

  static List<Rule> rules(TimeWords w) {
    String part = w.alternation("part");
    return List.of(
        Rule.of("clock-h", B + "(?<h>[01]?\\d|2[0-4]) *h *(?<min>[0-5]\\d)?" + E, ClockRules::clock),
        Rule.of("clock-heures", B + "(?<h>[01]?\\d|2[0-4]) +heures?(?: +(?<min>[0-5]\\d))?" + E,
            (m, text) -> m.group("min") != null || CLOCK_PREPOSITION.matcher(TimexGrammar.before(text, m.start(), 12)).find() ? clock(m, text) : null),
        Rule.of("clock-colon", "(?<=(?<![\\p{L}])(?:a|vers|des) )(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)" + E, ClockRules::clock),
        Rule.of("noon-midnight", B + "(?<!-)(?<w>midi|minuit)" + E,
            (m, text) -> TimexGrammar.capitalisedInsideSentence(text, m.start("w")) ? null
                : new Candidate(m.start(), m.end(), "TIME", new Clock(m.group("w").equals("midi") ? "T12:00" : "T00:00"),
                    null, "noon-midnight")),
        Rule.of("part-of-day", B + "(?:la +(?<p1>nuit|soiree|matinee)|l'(?<p2>apres-midi)|(?:debut|fin) +(?:de +|d')(?<p3>"
            + part + "))" + E + "(?! +(?:de|du|des|d')\\b)",
            (m, text) -> {
              String word = m.group("p1") != null ? m.group("p1") : m.group("p2") != null ? m.group("p2") : m.group("p3");
              return new Candidate(m.start(), m.end(), "TIME", new Clock("T" + w.meaning("part", word)), null, "part-of-day");
            }));
  }

  private static Candidate clock(Matcher m, String text) {
    int hour = Integer.parseInt(m.group("h"));
    int minute = m.group("min") == null ? 0 : Integer.parseInt(m.group("min"));
    if (hour == 24 && minute > 0) {
      return null;
    }
    return new Candidate(m.start(), m.end(), "TIME", new Clock(String.format("T%02d:%02d", hour % 24, minute)), null,
        "clock");
  }
}
