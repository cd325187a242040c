package org.froissart.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.document.Layer;
import org.froissart.pipeline.DocumentRejected;
import org.froissart.pipeline.Stage;
import org.junit.jupiter.api.Test;

/**
 * The tests every stage passes, in the manner of Lucene's BaseTokenStreamTestCase: a stage's test
 * class extends this, names the stage and how to prepare a document with the layers it requires,
 * and gets checks of the provided layers, of the offsets, of immutability and determinism, on
 * written French and on random Unicode.
 */
public abstract class StageContract {
  /** The stage under test (created once per test class is fine: stages are immutable). */
  protected abstract Stage stage();

  /** A document with every layer the stage requires (run the earlier stages). */
  protected abstract AnalyzedDocument prepare(Document document) throws DocumentRejected;

  /** Texts the stage must handle; by default a small French article with some boilerplate. */
  protected List<String> samples() {
    return List.of(SampleTexts.ARTICLE, SampleTexts.GLUED);
  }

  /** How many random texts to try; stages that are slow may lower it. */
  protected int randomTexts() {
    return 40;
  }

  @Test
  void providesWhatItDeclaresAndKeepsOffsetsOnSamples() throws DocumentRejected {
    for (String text : samples()) {
      AnalyzedDocument before = prepare(new Document("sample", text, null));
      AnalyzedDocument after = stage().apply(before);
      for (Layer<?> layer : stage().provides()) {
        assertTrue(after.has(layer), stage().name() + " did not provide " + layer);
      }
      OffsetInvariants.check(after);
      assertEquals(text, after.text(), "the text is never rewritten");
    }
  }

  @Test
  void leavesItsInputUntouched() throws DocumentRejected {
    AnalyzedDocument before = prepare(new Document("sample", SampleTexts.ARTICLE, null));
    List<Object> required = new ArrayList<>();
    for (Layer<?> layer : stage().requires()) {
      required.add(before.get(layer));
    }
    List<Layer<?>> newLayers = stage().provides().stream().filter(l -> !before.has(l)).toList();
    stage().apply(before);
    int i = 0;
    for (Layer<?> layer : stage().requires()) {
      assertEquals(required.get(i++), before.get(layer), "the input's layer " + layer + " changed");
    }
    for (Layer<?> layer : newLayers) {
      assertFalse(before.has(layer), "the input gained layer " + layer);
    }
  }

  @Test
  void isDeterministic() throws DocumentRejected {
    AnalyzedDocument before = prepare(new Document("sample", SampleTexts.ARTICLE, null));
    AnalyzedDocument a = stage().apply(before);
    AnalyzedDocument b = stage().apply(before);
    for (Layer<?> layer : stage().provides()) {
      assertEquals(a.get(layer), b.get(layer), "two runs differ on " + layer);
    }
  }

  @Test
  void survivesRandomUnicodeWithOffsetsIntact() {
    Random random = new Random(20140120L);
    for (int i = 0; i < randomTexts(); i++) {
      String text = SampleTexts.random(random, 1 + random.nextInt(400));
      try {
        AnalyzedDocument after = stage().apply(prepare(new Document("random-" + i, text, null)));
        assertNotNull(after);
        OffsetInvariants.check(after);
      } catch (DocumentRejected rejected) {
        assertNotNull(rejected.code(), "a rejection carries a code");
      }
    }
  }
}
