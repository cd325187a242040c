package org.froissart.corenlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * French lemmas and morphological features from LanguageTool's morfologik dictionary
 * ({@code org.languagetool:french-pos-dict}, 666k forms), since CoreNLP has no French lemmatizer.
 * The dictionary entry whose part of speech agrees with the tagger's UPOS is chosen. Thread-safe:
 * the dictionary is shared, each thread has its own lookup.
 */
public final class FrenchLemmatizer {
  static final String DICTIONARY = "/org/languagetool/resource/fr/french.dict";

  /** Lemma, and features in Universal Dependencies terms, for one word. */
  public record Analysis(String lemma, Map<String, String> features) {
  }

  private final ThreadLocal<DictionaryLookup> lookup;

  public FrenchLemmatizer() {
    URL url = FrenchLemmatizer.class.getResource(DICTIONARY);
    if (url == null) {
      throw new IllegalStateException("the French dictionary " + DICTIONARY + " is not on the classpath");
    }
    try {
      Dictionary dictionary = Dictionary.read(url);
      this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DICTIONARY, e);
    }
  }

  /** The analysis of {@code form} tagged {@code upos}; the lower-cased form when the dictionary has no entry. */
  public Analysis analyze(String form, String upos) {
    if (upos.equals("PROPN") || upos.equals("PUNCT") || upos.equals("NUM") || upos.equals("SYM")) {
      return new Analysis(upos.equals("PROPN") ? form : form.toLowerCase(Locale.ROOT), Map.of());
    }
    char wanted = letterOf(upos);
    WordData best = null;
    for (String candidate : new String[] {form, form.toLowerCase(Locale.ROOT)}) {
      List<WordData> entries = lookup.get().lookup(candidate);
      for (WordData entry : entries) {
        String tag = tagOf(entry);
        if (!tag.isEmpty() && tag.charAt(0) == wanted) {
          best = entry;
          break;
        }
      }
      if (best == null && !entries.isEmpty() && wanted == '?') {
        best = entries.get(0);
      }
      if (best != null) {
        break;
      }
    }
    if (best == null) {
      return new Analysis(form.toLowerCase(Locale.ROOT), Map.of());
    }
    return new Analysis(best.getStem().toString(), features(tagOf(best)));
  }

  /** The tag without the frequency class this dictionary appends to it ("V etre ind pres 3 sT"). */
  private static String tagOf(WordData entry) {
    String tag = entry.getTag().toString();
    return tag.length() > 1 ? tag.substring(0, tag.length() - 1) : tag;
  }

  private static char letterOf(String upos) {
    return switch (upos) {
      case "NOUN" -> 'N';
      case "VERB", "AUX" -> 'V';
      case "ADJ" -> 'J';
      case "ADV" -> 'A';
      case "DET" -> 'D';
      case "PRON" -> 'R';
      case "ADP" -> 'P';
      case "CCONJ", "SCONJ" -> 'C';
      case "INTJ" -> 'I';
      default -> '?';
    };
  }

  /** "V ind pres 3 s" → Mood=Ind, Tense=Pres, Person=3, Number=Sing, VerbForm=Fin. */
  static Map<String, String> features(String tag) {
    Map<String, String> f = new HashMap<>();
    String[] parts = tag.trim().split("\\s+");
    for (int i = 1; i < parts.length; i++) {
      switch (parts[i]) {
        case "m" -> f.put("Gender", "Masc");
        case "f" -> f.put("Gender", "Fem");
        case "s" -> f.put("Number", "Sing");
        case "p" -> f.put("Number", "Plur");
        case "1", "2", "3" -> f.put("Person", parts[i]);
        case "ind" -> fin(f, "Ind");
        case "sub" -> fin(f, "Sub");
        case "con" -> fin(f, "Cnd");
        case "imp" -> fin(f, "Imp");
        case "inf" -> f.put("VerbForm", "Inf");
        case "ppa" -> { f.put("VerbForm", "Part"); f.put("Tense", "Past"); }
        case "ppr" -> { f.put("VerbForm", "Part"); f.put("Tense", "Pres"); }
        case "pres" -> f.put("Tense", "Pres");
        case "impa" -> f.put("Tense", "Imp");
        case "psim" -> f.put("Tense", "Past");
        case "futu" -> f.put("Tense", "Fut");
        default -> { }
      }
    }
    return f;
  }

  private static void fin(Map<String, String> f, String mood) {
    f.put("Mood", mood);
    f.put("VerbForm", "Fin");
  }
}
