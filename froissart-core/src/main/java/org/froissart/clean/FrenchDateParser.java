package org.froissart.clean;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds absolute calendar dates written in French ("le 20 janvier 2014", "1er mars 2015",
 * "janvier 2014", "20/01/2014", "2014-01-20") and gives them as ISO values at the precision
 * written. Relative dates ("lundi", "hier") are the time stage's business. Stateless.
 */
public final class FrenchDateParser {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("fevrier", 2), Map.entry("fevr", 2),
      Map.entry("fev", 2), Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("mai", 5),
      Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("aout", 8),
      Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("octobre", 10), Map.entry("oct", 10),
      Map.entry("novembre", 11), Map.entry("nov", 11), Map.entry("decembre", 12), Map.entry("dec", 12));
  private static final String MONTH = "(janvier|janv\\.?|f[ée]vrier|f[ée]vr?\\.?|mars|avril|avr\\.?|mai|juin|juillet"
      + "|juil\\.?|ao[uû]t|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?)";
  private static final Pattern WRITTEN = Pattern.compile(
      "(?iu)\\b(?:(1er|\\d{1,2})\\s+)?" + MONTH + "\\s+(\\d{4})\\b");
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)|(?<!\\d)(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?!\\d)");

  private FrenchDateParser() {
  }

  /** A date found in a text: its ISO value and where it was written. */
  public record Found(String value, int start, int end) {
  }

  /** The first valid date in {@code text[from, to)}, or null. */
  public static Found find(String text, int from, int to) {
    Found written = null;
    Matcher m = WRITTEN.matcher(text).region(from, to);
    while (m.find()) {
      Integer month = MONTHS.get(fold(m.group(2)).replace(".", ""));
      String value = month == null ? null : value(m.group(3), month, m.group(1) == null ? null
          : m.group(1).equalsIgnoreCase("1er") ? "1" : m.group(1));
      if (value != null) {
        written = new Found(value, m.start(), m.end());
        break;
      }
    }
    Found numeric = null;
    Matcher n = NUMERIC.matcher(text).region(from, to);
    while (n.find()) {
      String value = n.group(1) != null ? value(n.group(3), Integer.parseInt(n.group(2)), n.group(1))
          : value(n.group(4), Integer.parseInt(n.group(5)), n.group(6));
      if (value != null) {
        numeric = new Found(value, n.start(), n.end());
        break;
      }
    }
    if (written == null) {
      return numeric;
    }
    return numeric == null || written.start() <= numeric.start() ? written : numeric;
  }

  private static String value(String year, int month, String day) {
    if (month < 1 || month > 12) {
      return null;
    }
    String ym = year + "-" + (month < 10 ? "0" : "") + month;
    if (day == null) {
      return ym;
    }
    try {
      return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
