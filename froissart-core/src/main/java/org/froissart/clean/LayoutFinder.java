package org.froissart.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Layer;
import org.froissart.document.Region;
import org.froissart.pipeline.Stage;

/**
 * Finds the article's lines, its title (the first line when it reads as a headline) and signature (the
 * short lines closing the article, such as a body's name and "Le 20 janvier 2014"). A title given
 * by the input's metadata wins. Stateless and thread-safe.
 */
public final class LayoutFinder implements Stage {
  private static final int TITLE_MAX = 220;
  private static final int SIGNATURE_LINE_MAX = 100;
  private static final int SIGNATURE_WORDS_MAX = 12;
  private static final int SIGNATURE_LINES_MAX = 3;

  @Override
  public String name() {
    return "layout";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.BOILERPLATE);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.ARTICLE_LINES, Layer.TITLE, Layer.SIGNATURE);
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    String text = document.text();
    List<Region> lines = TextLines.contentLines(text, document.get(Layer.BOILERPLATE));
    String title = document.document().metadata().title();
    if (title == null && lines.size() > 1) {
      String first = text.substring(lines.get(0).start(), lines.get(0).end());
      if (readsAsHeadline(first)) {
        title = first;
      }
    }
    return document.with(Layer.ARTICLE_LINES, lines).with(Layer.TITLE, title)
        .with(Layer.SIGNATURE, signature(text, lines));
  }

  private static boolean readsAsHeadline(String line) {
    char last = line.charAt(line.length() - 1);
    return line.length() <= TITLE_MAX && ".:;,".indexOf(last) < 0 && !line.startsWith("•") && !line.startsWith("«")
        && !line.startsWith("-");
  }

  /** The trailing short lines, in text order, provided that article text comes before them. */
  private static List<Region> signature(String text, List<Region> lines) {
    List<Region> signature = new ArrayList<>();
    for (int i = lines.size() - 1; i > 0 && signature.size() < SIGNATURE_LINES_MAX; i--) {
      String line = text.substring(lines.get(i).start(), lines.get(i).end());
      char last = line.charAt(line.length() - 1);
      if (line.length() > SIGNATURE_LINE_MAX || line.split("\\s+").length > SIGNATURE_WORDS_MAX
          || ".!?»:;\"".indexOf(last) >= 0 || line.startsWith("•")) {
        break;
      }
      signature.add(new Region(lines.get(i).start(), lines.get(i).end(), "signature"));
    }
    Collections.reverse(signature);
    return List.copyOf(signature);
  }
}
