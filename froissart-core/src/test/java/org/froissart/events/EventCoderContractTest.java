package org.froissart.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.froissart.actors.KnowledgeBase;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.document.Layer;
import org.froissart.pipeline.DocumentRejected;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.pipeline.Stage;
import org.froissart.testkit.CleaningStages;
import org.froissart.testkit.PlainSentences;
import org.froissart.testkit.StageContract;
import org.junit.jupiter.api.Test;

/**
 * The events stage's contract on plain sentences (no parse, so no events: the app's EventCoderTest
 * codes parsed sentences), and the bundled ontology and lexicon.
 */
class EventCoderContractTest extends StageContract {
  static final ResourceLoader BUNDLED = ResourceLoader.bundled();
  static final CameoOntology CAMEO = CameoOntology.load(BUNDLED);
  static final EventCoder STAGE = new EventCoder(CAMEO, EventLexicon.load(BUNDLED, CAMEO),
      KnowledgeBase.load(BUNDLED));

  @Override
  protected Stage stage() {
    return STAGE;
  }

  @Override
  protected AnalyzedDocument prepare(Document document) throws DocumentRejected {
    return PlainSentences.add(CleaningStages.before(STAGE.name(), document)).with(Layer.ENTITIES, List.of())
        .with(Layer.TIMEX, List.of()).with(Layer.QUOTES, List.of()).with(Layer.UNNAMED_SOURCES, List.of());
  }

  @Test
  void theOntologyHasEveryCodeWithItsQuadClassAndPloverType() {
    assertEquals(318, CAMEO.size());
    assertEquals("SUPPORT", CAMEO.get("051").plover());
    assertEquals(3.4, CAMEO.get("051").goldstein());
    assertEquals(4, CAMEO.get("190").quadClass());
    assertEquals(null, CAMEO.get("010").plover(), "PLOVER dropped the statement family");
    for (String root : List.of("01", "05", "10", "14", "20")) {
      assertNotNull(CAMEO.get(root), root);
    }
  }

  @Test
  void everyLexiconEntryHasAKnownCodeAndRefusesAnUnknownOne() {
    EventLexicon lexicon = EventLexicon.load(BUNDLED, CAMEO);
    lexicon.entries().forEach(e -> assertNotNull(CAMEO.get(e.code()), e.toString()));
    List<EventLexicon.Entry> rendre = lexicon.withHead("rendre", false);
    assertTrue(rendre.stream().anyMatch(e -> String.join(" ", e.words()).equals("rendre hommage")));
    for (int i = 1; i < rendre.size(); i++) {
      assertTrue(rendre.get(i - 1).words().size() >= rendre.get(i).words().size(), "locutions before their head alone");
    }
    assertThrows(IllegalArgumentException.class, () -> EventLexicon.load(new ResourceLoader(writeLexicon(
        "999\tattaquer\tVERB\tsubj\tobj\tX a attaqué Y.\tFRA>IRN")), CAMEO));
    assertThrows(IllegalArgumentException.class, () -> EventLexicon.load(new ResourceLoader(writeLexicon(
        "190\tattaquer\tVERB\tsubj\tobj\tX a attaqué Y.\tFrance>Iran")), CAMEO));
  }

  private static Path writeLexicon(String row) throws IOException {
    Path dir = Files.createTempDirectory("lexicon");
    Files.createDirectories(dir.resolve("events"));
    Files.writeString(dir.resolve("events/lexicon.tsv"),
        "code\ttrigger\tpos\tsource\ttarget\texample\texpect\n" + row + "\n");
    return dir;
  }

  @Test
  void theIntentToDoSomethingHasItsOwnCodeInTheOntology() {
    assertEquals("036", EventCoder.intent("042", "accepter"));
    assertEquals("0332", EventCoder.intent("072", "promettre"));
    assertEquals("0353", EventCoder.intent("0841", "accepter"));
    assertEquals("0356", EventCoder.intent("0871", "accepter"));
    assertEquals("138", EventCoder.intent("190", "promettre"));
    assertEquals(null, EventCoder.intent("190", "accepter"), "accepting to fight is no intent to cooperate");
    assertEquals(null, EventCoder.intent("020", "promettre"), "an appeal promised has no code");
    for (String code : List.of("042", "051", "061", "070", "071", "074", "081", "083", "085", "086", "0874", "090", "111",
        "190")) {
      String intent = EventCoder.intent(code, "promettre");
      if (intent != null) {
        assertNotNull(CAMEO.get(intent), intent);
      }
    }
  }
}
