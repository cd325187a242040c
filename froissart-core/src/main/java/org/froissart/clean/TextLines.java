package org.froissart.clean;

import java.util.ArrayList;
import java.util.List;
import org.froissart.document.Region;

/** The lines of a text as spans without their line breaks, and whether a span lies inside given regions. */
final class TextLines {
  private TextLines() {
  }

  /** One span per line, line terminator excluded; empty lines included. */
  static List<Region> of(String text) {
    List<Region> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        lines.add(new Region(start, end, "line"));
        start = i + 1;
      }
    }
    return lines;
  }

  /** The line's span with surrounding white space left out. */
  static Region strip(String text, Region line) {
    int s = line.start();
    int e = line.end();
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Region(s, e, line.reason());
  }

  static boolean covered(Region span, List<Region> regions) {
    for (Region r : regions) {
      if (r.start() <= span.start() && span.end() <= r.end()) {
        return true;
      }
    }
    return false;
  }

  /** The non-blank lines not inside any of the regions: the article's lines. */
  static List<Region> contentLines(String text, List<Region> boilerplate) {
    List<Region> content = new ArrayList<>();
    for (Region line : of(text)) {
      Region stripped = strip(text, line);
      if (stripped.start() == stripped.end()) {
        continue;
      }
      // A line may be partly boilerplate (a glued header): keep what follows the region.
      for (Region r : boilerplate) {
        if (r.start() <= stripped.start() && r.end() > stripped.start() && r.end() < stripped.end()) {
          stripped = strip(text, new Region(r.end(), stripped.end(), "line"));
        }
      }
      if (!covered(stripped, boilerplate)) {
        content.add(stripped);
      }
    }
    return content;
  }
}
