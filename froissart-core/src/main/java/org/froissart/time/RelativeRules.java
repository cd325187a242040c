package org.froissart.time;

import static org.froissart.time.TimexGrammar.B;
import static org.froissart.time.TimexGrammar.DIRECTION;
import static org.froissart.time.TimexGrammar.E;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.froissart.time.Reading.Calendar;
import org.froissart.time.Reading.Direction;
import org.froissart.time.Reading.Fixed;
import org.froissart.time.Reading.Season;
import org.froissart.time.Reading.Shift;

/**
 * Dates that count from the published date or from another date of the text: "hier soir",
 * "aujourd'hui", "lundi", "mardi dernier", "la nuit de vendredi à samedi", "le lendemain", "la
 * semaine dernière", "cette année", "il y a trois ans", "dans deux semaines", "l'automne dernier".
 */
final class RelativeRules {
  private static final Map<String, Integer> DAYS_FROM_TODAY = Map.of(
      "avant-hier", -2, "hier", -1, "aujourd'hui", 0, "demain", 1, "apres-demain", 2);
  private static final Map<String, Integer> DAYS_FROM_PREVIOUS = Map.of(
      "avant-veille", -2, "veille", -1, "lendemain", 1, "surlendemain", 2);
  /** Calendar units named in relative expressions, as TimeML letters. */
  private static final String UNIT = "(?<u>semaine|mois|an|annee|week-end|weekend|trimestre|decennie|siecle)";
  private static final Map<String, String> UNITS = Map.of("semaine", "W", "mois", "M", "an", "Y", "annee", "Y",
      "week-end", "WE", "weekend", "WE", "trimestre", "Q", "decennie", "DE", "siecle", "CE");

  private RelativeRules() {
  }

  static List<Rule> rules(TimeWords w) {
    String weekday = w.alternation("weekday");
    String part = "(?: +(?:(?<pw>" + w.alternation("part") + ")|en +(?:debut|fin) +(?:de +|d')(?<pw2>"
        + w.alternation("part") + ")))?";
    String number = "(?<n>" + DurationRules.number(w) + ")";
    return List.of(
        Rule.of("today-and-neighbours", B + "(?<w>avant-hier|apres-demain|hier|aujourd'hui|demain)(?:,? +(?<wd>"
            + weekday + "))?" + part + E, (m, text) -> today(w, m, text)),
        Rule.of("this-part-of-day", B + "(?:ce|cet|cette) +(?:meme +)?(?<pw>matin|apres-midi|soir|nuit)" + E,
            (m, text) -> shift(m, 0, "D", false, "TIME", part(w, m))),
        Rule.of("the-next-day", B + "(?:(?:le|la) +)?(?<w>lendemain|veille|surlendemain|avant-veille)(?: +(?:au +)?(?<pw>"
            + w.alternation("part") + "))?" + E + "(?! +(?:de|du|des|d')\\b)",
            (m, text) -> shift(m, DAYS_FROM_PREVIOUS.get(m.group("w")), "D", true, "DATE", part(w, m))),
        Rule.of("same-day", B + "(?:le +meme +jour|le +jour +meme|ce +jour-la|le +(?<pw>matin|soir) +meme)" + E,
            (m, text) -> shift(m, 0, "D", true, "DATE", part(w, m))),
        Rule.of("weekday", B + "(?:(?<det>ce|le) +(?:meme +)?)?(?<wd>" + weekday + ")(?: +" + DIRECTION + ")?" + part + E
            + "(?! +saint)",
            (m, text) -> weekday(w, m)),
        Rule.of("night-between", B + "(?:la +)?nuit +(?:de|du) +(?<wd>" + weekday + ") +(?:a|au) +" + weekday + E,
            (m, text) -> new Candidate(m.start(), m.end(), "TIME",
                new Calendar(null, null, null, w.weekday(m.group("wd")), Direction.NONE), "TNI", "night-between")),
        Rule.of("last-night", B + "la +nuit +derniere" + E,
            (m, text) -> shift(m, -1, "D", false, "TIME", "TNI")),
        Rule.of("unit-before-after", B + "(?:la +|le +|l')" + UNIT + " +(?<rel>dernier|derniere|prochain|prochaine|passe|passee"
            + "|precedent|precedente|suivant|suivante)" + E, RelativeRules::unitBeforeAfter),
        Rule.of("this-unit", B + "(?:ce|cet|cette) +" + UNIT + "(?:-ci)?" + E,
            (m, text) -> shift(m, 0, UNITS.get(m.group("u")), false, "DATE", null)),
        Rule.of("part-of-year", B + "(?:la +)?(?:fin|debut|milieu) +(?:de +l'|d'|du +|de +la +)(?<u>annee|an|mois|semaine)"
            + "(?: +(?<dir>derniere|dernier|prochaine|prochain))?" + E, RelativeRules::partOfYear),
        Rule.of("ago", B + "il +y +a +(?:(?:plus +de|moins +de|pres +de|environ) +)?" + number + " +(?<u>"
            + w.alternation("unit") + ")" + E, (m, text) -> count(w, m, -1)),
        Rule.of("from-now", "(?<=(?<![\\p{L}])(?:dans|d'ici|d'ici a) )" + number + " +(?<u>" + w.alternation("unit") + ")" + E
            + "(?! +(?:de|d')\\b)",
            (m, text) -> count(w, m, 1)),
        Rule.of("season", B + "(?<det>l'|le +|ce +|cet +)?(?<s>" + w.alternation("season") + ")(?: +(?<yr>(?:19|20)\\d\\d)"
            + "| +" + DIRECTION + ")?" + E + "(?! +arabe)", (m, text) -> season(w, m, text)));
  }

  private static Candidate today(TimeWords w, Matcher m, String text) {
    String word = m.group("w");
    String part = part(w, m);
    if (word.equals("aujourd'hui") && part == null && m.group("wd") == null
        && (TimexGrammar.opensClause(text, m.start()) || TimexGrammar.after(text, m.end(), 1).equals(","))) {
      // "Aujourd'hui, la ville a changé": the present, not a day
      return new Candidate(m.start(), m.end(), "DATE", new Fixed("PRESENT_REF"), null, "today-and-neighbours");
    }
    return shift(m, DAYS_FROM_TODAY.get(word), "D", false, part == null ? "DATE" : "TIME", part);
  }

  private static Candidate weekday(TimeWords w, Matcher m) {
    Direction direction = m.group("dir") != null ? TimexGrammar.direction(m.group("dir"))
        : "ce".equals(m.group("det")) ? Direction.THIS : Direction.NONE;
    String part = part(w, m);
    return new Candidate(m.start(), m.end(), part == null ? "DATE" : "TIME",
        new Calendar(null, null, null, w.weekday(m.group("wd")), direction), part, "weekday");
  }

  private static Candidate unitBeforeAfter(Matcher m, String text) {
    String rel = m.group("rel");
    boolean fromPrevious = rel.startsWith("precedent") || rel.startsWith("suivant");
    int amount = rel.startsWith("prochain") || rel.startsWith("suivant") ? 1 : -1;
    return shift(m, amount, UNITS.get(m.group("u")), fromPrevious, "DATE", null);
  }

  private static Candidate partOfYear(Matcher m, String text) {
    String dir = m.group("dir");
    int amount = dir == null ? 0 : dir.startsWith("prochain") ? 1 : -1;
    return shift(m, amount, UNITS.get(m.group("u")), false, "DATE", null);
  }

  /**
   * "il y a trois ans", "dans deux semaines": the date so many units away, as precise as the unit
   * (weeks count in days, hours give the day).
   */
  private static Candidate count(TimeWords w, Matcher m, int sign) {
    String unit = w.meaning("unit", m.group("u"));
    Double n = w.number(m.group("n"));
    if (n == null || n != Math.floor(n) || n > 10000) {
      return null;
    }
    int amount = sign * n.intValue();
    Shift shift = switch (unit) {
      case "TH", "TM", "TS" -> new Shift(0, "D", false);
      case "W" -> new Shift(7 * amount, "D", false);
      default -> new Shift(amount, unit, false);
    };
    return new Candidate(m.start(), m.end(), "DATE", shift, null, sign < 0 ? "ago" : "from-now");
  }

  private static Candidate season(TimeWords w, Matcher m, String text) {
    String s = m.group("s");
    String det = m.group("det");
    boolean bare = det == null && m.group("yr") == null && m.group("dir") == null;
    String before = TimexGrammar.before(text, m.start(), 3);
    if (bare && s.equals("ete") && !before.equals("en ")) {
      return null; // "a été": the verb
    }
    if (m.group("yr") == null && (before.endsWith("d'") || before.endsWith("de ")
        || TimexGrammar.after(text, m.end(), 4).matches(" +(?:de|du|d').*")
        || TimexGrammar.capitalisedInsideSentence(text, m.start("s")))) {
      return null; // "les Jeux d'hiver", "le Printemps de l'environnement": a name, not a season
    }
    String[] meaning = w.meaning("season", s).split(" ");
    Integer year = m.group("yr") == null ? null : Integer.valueOf(m.group("yr"));
    Direction direction = m.group("dir") != null ? TimexGrammar.direction(m.group("dir"))
        : det != null && det.startsWith("ce") ? Direction.THIS : Direction.NONE;
    return new Candidate(m.start(), m.end(), "DATE",
        new Season(meaning[0], Integer.parseInt(meaning[1]), year, direction, bare), null, "season");
  }

  private static Candidate shift(Matcher m, int amount, String unit, boolean fromPrevious, String type, String part) {
    return new Candidate(m.start(), m.end(), part == null ? type : "TIME", new Shift(amount, unit, fromPrevious), part,
        "relative");
  }

  /** The TimeML part of day ("TEV") a match names, or null. */
  static String part(TimeWords w, Matcher m) {
    String word = TimexGrammar.group(m, "pw");
    if (word == null) {
      word = TimexGrammar.group(m, "pw2");
    }
    return word == null ? null : "T" + w.meaning("part", word);
  }
}
