package org.froissart.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.document.Failure;
import org.froissart.document.Layer;
import org.froissart.testkit.CleaningStages;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static Stage stage(String name, Set<Layer<?>> requires, Set<Layer<?>> provides, StageBody body) {
    return new Stage() {
      public String name() {
        return name;
      }

      public Set<Layer<?>> requires() {
        return requires;
      }

      public Set<Layer<?>> provides() {
        return provides;
      }

      public AnalyzedDocument apply(AnalyzedDocument d) throws DocumentRejected {
        return body.apply(d);
      }
    };
  }

  interface StageBody {
    AnalyzedDocument apply(AnalyzedDocument d) throws DocumentRejected;
  }

  @Test
  void refusesAStageWhoseRequirementsComeLater() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(
        CleaningStages.named("layout"), CleaningStages.named("boilerplate"))));
    assertTrue(e.getMessage().contains("'layout' requires layer 'boilerplate'"), e.getMessage());
  }

  @Test
  void turnsARejectionIntoAnErrorRecord() {
    Pipeline p = new Pipeline(List.of(stage("refuse", Set.of(), Set.of(), d -> {
      throw new DocumentRejected("NOT_NEWS", "a recipe");
    })));
    Failure f = assertInstanceOf(Failure.class, p.analyze(new Document("d1", "du texte", null)));
    assertEquals(new Failure("d1", "NOT_NEWS", "a recipe"), f);
  }

  @Test
  void turnsAStageBugIntoAnErrorRecordNamingTheStage() {
    Pipeline p = new Pipeline(List.of(stage("buggy", Set.of(), Set.of(), d -> {
      throw new IllegalStateException("boom");
    })));
    Failure f = assertInstanceOf(Failure.class, p.analyze(new Document("d2", "du texte", null)));
    assertEquals("ANALYSIS_FAILED", f.code());
    assertTrue(f.message().contains("buggy") && f.message().contains("boom"), f.message());
  }

  @Test
  void failsFastWhenAStageDoesNotProvideWhatItDeclares() {
    Pipeline p = new Pipeline(List.of(stage("liar", Set.of(), Set.of(Layer.TITLE), d -> d)));
    assertThrows(IllegalStateException.class, () -> p.analyze(new Document("d3", "texte", null)));
  }

  @Test
  void recordsProvenanceOfStagesAndResources() {
    Provenance p = CleaningStages.PIPELINE.provenance();
    assertEquals(List.of("boilerplate", "layout", "published", "outlet", "language", "repair"), p.stages());
    assertTrue(p.resources().get("outlets").matches("sha256:[0-9a-f]{64}"), p.resources().toString());
    assertTrue(p.resources().get("boilerplate").matches("sha256:[0-9a-f]{64}"));
    assertTrue(p.version().matches("\\d+\\.\\d+\\.\\d+.*"), p.version());
  }
}
