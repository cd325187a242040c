package org.froissart.testkit;

import java.util.List;
import org.froissart.clean.BoilerplateMarker;
import org.froissart.clean.LanguageIdentifier;
import org.froissart.clean.LayoutFinder;
import org.froissart.clean.NlpTextRepair;
import org.froissart.clean.OutletFinder;
import org.froissart.clean.OutletRegistry;
import org.froissart.clean.PublishedDateFinder;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.pipeline.DocumentRejected;
import org.froissart.pipeline.Pipeline;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.pipeline.Stage;
import org.froissart.time.AbsoluteDates;

/** The cleaning stages with the bundled resources, built once for all tests. */
public final class CleaningStages {
  public static final List<Stage> ALL = List.of(
      new BoilerplateMarker(ResourceLoader.bundled()),
      new LayoutFinder(),
      new PublishedDateFinder(new AbsoluteDates(ResourceLoader.bundled())),
      new OutletFinder(new OutletRegistry(ResourceLoader.bundled())),
      new LanguageIdentifier(),
      new NlpTextRepair());

  public static final Pipeline PIPELINE = new Pipeline(ALL);

  private CleaningStages() {
  }

  public static Stage named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  /**
   * The document after every cleaning stage that comes before {@code stage}, except language
   * identification for the stages after it, which do not need it: random text must reach them.
   */
  public static AnalyzedDocument before(String stage, Document document) throws DocumentRejected {
    AnalyzedDocument d = AnalyzedDocument.of(document);
    for (Stage s : ALL) {
      if (s.name().equals(stage)) {
        return d;
      }
      if (!s.name().equals("language") || stage.isEmpty()) {
        d = s.apply(d);
      }
    }
    return d;
  }

  /** The document after all cleaning stages. */
  public static AnalyzedDocument all(Document document) throws DocumentRejected {
    return before("", document);
  }
}
