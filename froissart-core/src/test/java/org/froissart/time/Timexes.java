package org.froissart.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.document.Layer;
import org.froissart.document.Timex;
import org.froissart.pipeline.DocumentRejected;
import org.froissart.testkit.CleaningStages;
import org.froissart.testkit.PlainSentences;

/** Runs the time stage on a sentence with a given published date, for the rule-family tests. */
final class Timexes {
  private Timexes() {
  }

  static AnalyzedDocument analyze(String published, String text) {
    try {
      Document d = new Document("test", text + "\n", new Document.Metadata(published, true, null, null, null));
      return TimexFinderContractTest.STAGE.apply(PlainSentences.add(CleaningStages.before("time", d)));
    } catch (DocumentRejected e) {
      throw new AssertionError(e);
    }
  }

  /** "text = value" for each expression found, in order. */
  static List<String> found(String published, String text) {
    List<String> found = new ArrayList<>();
    for (Timex t : analyze(published, text).get(Layer.TIMEX)) {
      found.add(t.text() + " = " + t.value());
    }
    return found;
  }

  static void assertFinds(String published, String text, String... expected) {
    assertEquals(List.of(expected), found(published, text), text);
  }
}
