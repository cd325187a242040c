package org.froissart.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Layer;
import org.froissart.document.Region;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.pipeline.Stage;

/**
 * Marks the leftover web page around the article (navigation crumbs, social counters, share,
 * cookie and subscription prompts, page headers, footers) as {@code boilerplate} regions, from the
 * patterns of {@code clean/boilerplate.tsv}. Patterns match whole lines, so article sentences that
 * merely contain such words are left alone. The text itself is never changed. Thread-safe.
 */
public final class BoilerplateMarker implements Stage {
  static final String RESOURCE = "clean/boilerplate.tsv";
  /** How far the top-of-page rules look. */
  private static final int TOP_LINES = 3;
  /** Lines after a footer heading stay boilerplate while they are this short. */
  private static final int FOOTER_LINE_MAX = 160;

  private record Rule(String reason, String where, Pattern pattern) {
  }

  private final List<Rule> rules;
  private final String checksum;

  public BoilerplateMarker(ResourceLoader resources) {
    ResourceLoader.TextResource file = resources.lines(RESOURCE);
    List<Rule> parsed = new ArrayList<>();
    for (String line : file.lines()) {
      String[] f = line.split("\t", 3);
      if (f.length != 3 || !Set.of("line", "top", "prefix", "footer").contains(f[1])) {
        throw new IllegalArgumentException(RESOURCE + ": bad rule (want reason<TAB>line|top|prefix|footer<TAB>regex): "
            + line);
      }
      parsed.add(new Rule(f[0], f[1], Pattern.compile(f[2])));
    }
    this.rules = List.copyOf(parsed);
    this.checksum = file.checksum();
  }

  @Override
  public String name() {
    return "boilerplate";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.BOILERPLATE);
  }

  @Override
  public Map<String, String> resources() {
    return Map.of("boilerplate", checksum);
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    return document.with(Layer.BOILERPLATE, mark(document.text()));
  }

  List<Region> mark(String text) {
    List<Region> regions = new ArrayList<>();
    int nonBlank = 0;
    boolean inFooter = false;
    for (Region raw : TextLines.of(text)) {
      Region line = TextLines.strip(text, raw);
      if (line.start() == line.end()) {
        continue;
      }
      nonBlank++;
      String content = text.substring(line.start(), line.end());
      Region found = null;
      for (Rule rule : rules) {
        if (rule.where().equals("prefix")) {
          if (nonBlank == 1) {
            Matcher m = rule.pattern().matcher(text).region(raw.start(), line.end());
            if (m.lookingAt() && m.end() > raw.start()) {
              found = new Region(raw.start(), m.end(), rule.reason());
            }
          }
        } else if ((!rule.where().equals("top") || nonBlank <= TOP_LINES) && rule.pattern().matcher(content).matches()) {
          found = new Region(line.start(), line.end(), rule.reason());
          inFooter |= rule.where().equals("footer");
        }
        if (found != null) {
          break;
        }
      }
      if (found == null && inFooter) {
        if (content.length() <= FOOTER_LINE_MAX) {
          found = new Region(line.start(), line.end(), "related");
        } else {
          inFooter = false;
        }
      }
      if (found != null) {
        regions.add(found);
      }
    }
    return List.copyOf(regions);
  }
}
