package org.froissart.clean;

import java.util.List;
import java.util.Set;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Layer;
import org.froissart.document.NlpText;
import org.froissart.document.Region;
import org.froissart.pipeline.Stage;

/**
 * Prepares the text the NLP stages read, without touching the document's text: boilerplate is
 * blanked (line breaks kept), typographic apostrophes and unusual spaces become plain ones, and a
 * space is put between sentences glued together ("en mer.Selon"). Offsets map back through
 * {@link NlpText}. Stateless and thread-safe.
 */
public final class NlpTextRepair implements Stage {
  /** Words before a full stop that are abbreviations, not sentence ends. */
  private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st",
      "ste", "mgr", "gal", "gén", "col", "cdt", "lt", "sgt", "av", "bd", "etc", "cf", "ex", "vol", "no", "art", "p",
      "env", "jr", "sr", "mr", "mrs", "ms", "prof", "fig", "dir", "éd");

  @Override
  public String name() {
    return "repair";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.BOILERPLATE);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.NLP_TEXT);
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    return document.with(Layer.NLP_TEXT, repair(document.text(), document.get(Layer.BOILERPLATE)));
  }

  static NlpText repair(String text, List<Region> boilerplate) {
    boolean[] blank = new boolean[text.length()];
    for (Region r : boilerplate) {
      for (int i = r.start(); i < r.end(); i++) {
        blank[i] = true;
      }
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int[] offsets = new int[text.length() * 2 + 1];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      offsets[out.length()] = i;
      out.append(blank[i] && c != '\n' ? ' ' : normalize(c));
      if (!blank[i] && gluedSentenceEnd(text, i)) {
        offsets[out.length()] = i + 1;
        out.append(' ');
      }
    }
    offsets[out.length()] = text.length();
    return new NlpText(out.toString(), java.util.Arrays.copyOf(offsets, out.length() + 1));
  }

  private static char normalize(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02bc', '\u2032' -> '\'';
      case '\u00a0', '\u202f', '\u2009', '\u2007', '\u200a' -> ' ';
      default -> c;
    };
  }

  /** True for the full stop of "mer.Selon" or "corruption.« Le", not for "M.Dupont", "U.S." or "3.5". */
  static boolean gluedSentenceEnd(String text, int i) {
    char c = text.charAt(i);
    if ((c != '.' && c != '!' && c != '?') || i == 0 || i + 1 >= text.length()) {
      return false;
    }
    char before = text.charAt(i - 1);
    char after = text.charAt(i + 1);
    boolean opensSentence = Character.isUpperCase(after) || after == '«' || after == '"' || after == '“';
    boolean closesWord = Character.isLowerCase(before) || before == ')' || before == '»' || before == '"'
        || before == '”';
    if (!opensSentence || !closesWord) {
      return false;
    }
    int w = i;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, i).toLowerCase(java.util.Locale.ROOT);
    // A dotted acronym or a web address ("e.g.", "lemonde.fr") is not a sentence end either.
    boolean dotted = w > 0 && text.charAt(w - 1) == '.';
    return !ABBREVIATIONS.contains(word) && !dotted;
  }
}
