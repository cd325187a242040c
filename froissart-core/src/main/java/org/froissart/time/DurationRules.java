package org.froissart.time;

import static org.froissart.time.TimexGrammar.B;
import static org.froissart.time.TimexGrammar.E;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.froissart.time.Reading.Fixed;

/**
 * Durations and sets: "trois ans", "plus de 40 ans", "48 heures", "quelques jours", "ces derniers
 * mois", "une demi-heure", "un quart de siècle", "chaque semaine", "tous les jeudis", "par an".
 */
final class DurationRules {
  private static final Map<String, String> FIXED = Map.of(
      "une demi-heure", "PT30M", "un quart d'heure", "PT15M", "une demi-journee", "P0.5D", "un demi-siecle", "P50Y",
      "un quart de siecle", "P25Y", "quinquennat", "P5Y", "septennat", "P7Y");
  private static final Map<String, String> FREQUENCIES = Map.of(
      "annuel", "P1Y", "hebdomadaire", "P1W", "mensuel", "P1M", "trimestriel", "P3M");
  private static final Map<String, String> PER = Map.of("an", "P1Y", "annee", "P1Y", "jour", "P1D", "semaine", "P1W",
      "mois", "P1M", "heure", "PT1H", "trimestre", "P3M", "semestre", "P6M");
  /** Nouns after which "de N ans" is a length of time, not an age ("une peine de dix ans", not "un homme de 45 ans"). */
  private static final Pattern DURATION_BEFORE_DE = Pattern.compile("(?:plus|moins|pres|peine|periode|duree|mandat|delai|"
      + "espace|bout|terme|prison|reclusion|detention|absence|attente|exil|guerre|conflit|travaux|cours|age) +de +$");
  /** Matched against the text lower-cased but with its accents: "a" (has) is not "à". */
  private static final Pattern AGE_BEFORE = Pattern.compile("(?:[aâ]gée?s?|l'[aâ]ge|les (?:moins|plus)) +de +$"
      + "|(?<![\\p{L}])(?:a|ont|avait|avaient|aura) +$|\\d *(?:-|à) *$");

  private DurationRules() {
  }

  /** A number in digits or in words, for the rules of other families. */
  static String number(TimeWords w) {
    String word = w.alternation("number");
    return "(?:\\d+(?:[.,]\\d+)?|" + word + "(?:(?:-et-| et |-| )" + word + ")*)";
  }

  static List<Rule> rules(TimeWords w) {
    String unit = w.alternation("unit");
    String number = number(w);
    return List.of(
        Rule.of("set", B + "(?:chaque|tous +les|toutes +les) +(?:(?<n>" + number + ") +)?(?:(?<u>" + unit + ")|(?<wd>"
            + w.alternation("weekday") + ")s?|(?<pw>" + w.alternation("part") + ")s?)" + E, (m, text) -> set(w, m)),
        Rule.of("per-unit", "(?<=(?<![\\p{L}])par )(?<u>an|annee|jour|semaine|mois|heure|trimestre|semestre)" + E,
            (m, text) -> new Candidate(m.start(), m.end(), "SET", new Fixed(PER.get(m.group("u"))), null, "per-unit")),
        Rule.of("frequency", B + "(?<a>annuel|hebdomadaire|mensuel|trimestriel)(?:le)?s?" + E,
            (m, text) -> TimexGrammar.before(text, m.start(), 4).matches(".*(?:\\b(?:le|un|du|au|ce) |l')")
                ? null // "l'hebdomadaire Le Point": a newspaper
                : new Candidate(m.start(), m.end(), "SET", new Fixed(FREQUENCIES.get(m.group("a"))), null, "frequency")),
        Rule.of("fixed-duration", B + "(?<f>une +demi-heure|un +quart +d'heure|une +demi-journee|un +demi-siecle"
            + "|un +quart +de +siecle|quinquennat|septennat)" + E,
            (m, text) -> new Candidate(m.start(), m.end(), "DURATION", new Fixed(FIXED.get(m.group("f").replaceAll(" +", " "))),
                null, "fixed-duration")),
        Rule.of("recent-units", B + "(?:ces|les) +(?:(?<n>" + number + ") +)?(?:dernier|derniere|prochain|prochaine)s +"
            + "(?:(?<n2>" + number + ") +)?(?<u>" + unit + ")" + E, (m, text) -> {
              String n = m.group("n") != null ? m.group("n") : m.group("n2");
              return duration(w, m, n == null ? null : w.number(n));
            }),
        Rule.of("duration", B + "(?:(?:(?:un +peu +)?plus +de|moins +de|pres +de|environ|au +moins|quelque|pas +moins +de)"
            + " +)?(?<n>" + number + "|quelques|plusieurs|des|de +(?:longues|longs|nombreuses|nombreux)) +(?<u>" + unit + ")"
            + "(?<half> +et +demie?)?" + E, (m, text) -> duration(w, m, text)));
  }

  private static Candidate duration(TimeWords w, Matcher m, String text) {
    String unit = w.meaning("unit", m.group("u"));
    String n = m.group("n");
    boolean vague = n.equals("quelques") || n.equals("plusieurs") || n.equals("des") || n.startsWith("de ");
    Double amount = vague ? null : w.number(n);
    if (!vague && amount == null) {
      return null;
    }
    if (unit.equals("Y") && !vague && isAge(text, m.start(), m.end())) {
      return null;
    }
    if (unit.equals("TS") && n.equals("une")) {
      return null; // "une seconde fois": the ordinal
    }
    if (amount != null && m.group("half") != null) {
      amount += 0.5; // "deux ans et demi"
    }
    return duration(w, m, amount);
  }

  /**
   * "âgé de 45 ans", "un chauffeur de 38 ans", "Jean Burget, 87 ans,", "il a 20 ans", "les 6-16 ans";
   * but "trois ans de tractations" is a length of time.
   */
  private static boolean isAge(String text, int start, int end) {
    if (TimexGrammar.after(text, end, 4).matches(" +(?:de|d').*")) {
      return false;
    }
    String before = TimexGrammar.before(text, start, 30);
    String accented = text.substring(Math.max(0, start - 30), start).toLowerCase(Locale.ROOT).replace('’', '\'');
    if (AGE_BEFORE.matcher(accented).find()) {
      return true;
    }
    if (before.endsWith("de ") && !DURATION_BEFORE_DE.matcher(before).find()) {
      return true;
    }
    return before.endsWith(", ") && TimexGrammar.after(text, end, 2).matches(" ?[,.;)].*");
  }

  private static Candidate set(TimeWords w, Matcher m) {
    String value;
    if (m.group("wd") != null) {
      value = "XXXX-WXX-" + w.weekday(m.group("wd"));
    } else if (m.group("pw") != null) {
      value = "XXXX-XX-XXT" + w.meaning("part", m.group("pw"));
    } else {
      Double n = m.group("n") == null ? Double.valueOf(1) : w.number(m.group("n"));
      if (n == null) {
        return null;
      }
      value = durationValue(n, w.meaning("unit", m.group("u")));
    }
    return new Candidate(m.start(), m.end(), "SET", new Fixed(value), null, "set");
  }

  private static Candidate duration(TimeWords w, Matcher m, Double n) {
    String value = durationValue(n, w.meaning("unit", m.group("u")));
    return value == null ? null : new Candidate(m.start(), m.end(), "DURATION", new Fixed(value), null, "duration");
  }

  /** P3Y, PT48H, P1.5Y, and PXD / PTXH when the number is vague (null). */
  static String durationValue(Double n, String unit) {
    String amount = n == null ? "X" : n == Math.floor(n) ? String.valueOf(n.longValue()) : String.valueOf(n);
    return unit.startsWith("T") ? "PT" + amount + unit.substring(1) : "P" + amount + unit;
  }
}
