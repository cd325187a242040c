package org.froissart.clean;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Map;
import java.util.Set;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Layer;
import org.froissart.document.Region;
import org.froissart.document.Warning;
import org.froissart.pipeline.DocumentRejected;
import org.froissart.pipeline.Stage;

/**
 * Identifies the language of the article text (boilerplate left out) with Lingua, restricted to
 * the languages a French news corpus mixes in: loading all 75 would cost over a gigabyte. Only
 * French is analysed for now; other documents are rejected with {@code UNSUPPORTED_LANGUAGE}.
 * Thread-safe (Lingua's detector is).
 */
public final class LanguageIdentifier implements Stage {
  /** Enough text for a reliable answer; more only costs time. */
  private static final int SAMPLE_CHARS = 2000;
  /** Below this many letters the answer is a guess: assume French and say so. */
  private static final int MIN_LETTERS = 40;
  private static final Set<String> SUPPORTED = Set.of("fr");

  private final LanguageDetector detector = LanguageDetectorBuilder
      .fromLanguages(Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
          Language.PORTUGUESE, Language.DUTCH, Language.ARABIC, Language.PERSIAN, Language.RUSSIAN, Language.TURKISH)
      .withLowAccuracyMode()
      .build();

  @Override
  public String name() {
    return "language";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.ARTICLE_LINES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.LANGUAGE);
  }

  @Override
  public Map<String, String> resources() {
    return Map.of("language-model", "lingua-1.2.2");
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) throws DocumentRejected {
    StringBuilder sample = new StringBuilder();
    String text = document.text();
    for (Region line : document.get(Layer.ARTICLE_LINES)) {
      sample.append(text, line.start(), line.end()).append('\n');
      if (sample.length() >= SAMPLE_CHARS) {
        break;
      }
    }
    long letters = sample.chars().filter(Character::isLetter).count();
    if (letters < MIN_LETTERS) {
      return document.with(Layer.LANGUAGE, "fr")
          .withWarning(Warning.of("LANGUAGE_UNCERTAIN", "only " + letters + " letters of article text; assumed French"));
    }
    Language language = detector.detectLanguageOf(sample.toString());
    String code = language == Language.UNKNOWN ? "und" : language.getIsoCode639_1().toString();
    if (!SUPPORTED.contains(code)) {
      throw new DocumentRejected("UNSUPPORTED_LANGUAGE", "the document is in " + language.name().toLowerCase()
          + " (" + code + "); Froissart analyses French only for now");
    }
    return document.with(Layer.LANGUAGE, code);
  }
}
