package org.froissart.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.froissart.document.Region;

/**
 * An agency dateline opening a dispatch: "Beyrouth, 4 avril 2018 (AFP) -", "PARIS (Reuters) -".
 * It gives both a publication date and an outlet, so the two stages read it here.
 *
 * @param start  where the dateline starts in the text
 * @param end    where it ends (the dash)
 * @param agency the agency in parentheses, or null
 */
record Dateline(int start, int end, String agency) {
  /** How many article lines from the top may hold a dateline. */
  static final int TOP_LINES = 4;
  private static final String AGENCY = "\\((\\p{Lu}[\\p{L}.]{1,12})\\)";
  private static final Pattern PATTERN = Pattern.compile("(?u)^\\p{Lu}[\\p{L}' -]{1,40}?\\s*(?:" + AGENCY
      + ")?\\s*(?:,\\s*(?:le\\s+)?[^\\n]{6,30}?)?\\s*(?:" + AGENCY + ")?\\s*[-–—]");

  /** The first dateline among the first article lines, or null. */
  static Dateline find(String text, List<Region> articleLines) {
    for (Region line : articleLines.subList(0, Math.min(TOP_LINES, articleLines.size()))) {
      Matcher m = PATTERN.matcher(text).region(line.start(), line.end());
      if (m.lookingAt() && m.end() > line.start()) {
        return new Dateline(line.start(), m.end(), m.group(1) != null ? m.group(1) : m.group(2));
      }
    }
    return null;
  }
}
