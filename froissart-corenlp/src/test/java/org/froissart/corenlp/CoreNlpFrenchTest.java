package org.froissart.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Dependency;
import org.froissart.document.Document;
import org.froissart.document.EntityMention;
import org.froissart.document.Layer;
import org.froissart.document.Sentence;
import org.froissart.document.Token;
import org.froissart.pipeline.DocumentRejected;
import org.froissart.pipeline.Stage;
import org.froissart.testkit.CleaningStages;
import org.froissart.testkit.SampleTexts;
import org.froissart.testkit.StageContract;
import org.junit.jupiter.api.Test;

/** The CoreNLP adapter passes the stage contract and maps CoreNLP's output faithfully. */
class CoreNlpFrenchTest extends StageContract {
  /** Loaded once: about 10 s. */
  static final CoreNlpFrench STAGE = new CoreNlpFrench(true);

  @Override
  protected Stage stage() {
    return STAGE;
  }

  @Override
  protected AnalyzedDocument prepare(Document document) throws DocumentRejected {
    return CleaningStages.before(STAGE.name(), document);
  }

  @Override
  protected int randomTexts() {
    return 12;
  }

  private static AnalyzedDocument analyze(String text) throws DocumentRejected {
    return STAGE.apply(CleaningStages.before(STAGE.name(), new Document("t", text, null)));
  }

  @Test
  void contractionsKeepTheirSpanAndGetTheirWords() throws DocumentRejected {
    AnalyzedDocument d = analyze("Le chef du renseignement est allé au ministère.\n");
    List<Token> du = d.get(Layer.SENTENCES).get(0).tokens().stream().filter(t -> t.text().equals("du")).toList();
    assertEquals(List.of("de", "le"), du.stream().map(Token::form).toList());
    assertEquals(du.get(0).start(), du.get(1).start());
    Token allé = d.get(Layer.SENTENCES).get(0).tokens().stream().filter(t -> t.text().equals("allé")).findFirst()
        .orElseThrow();
    assertEquals("aller", allé.lemma());
    assertEquals("Part", allé.features().get("VerbForm"));
  }

  @Test
  void boilerplateGivesNoSentenceAndGluedSentencesAreSplit() throws DocumentRejected {
    AnalyzedDocument d = analyze(SampleTexts.ARTICLE + SampleTexts.GLUED);
    String text = d.text();
    for (Sentence s : d.get(Layer.SENTENCES)) {
      String covered = text.substring(s.start(), s.end());
      assertTrue(!covered.contains("FansLike") && !covered.contains("Partager sur"), covered);
    }
    assertTrue(d.get(Layer.SENTENCES).stream().anyMatch(s -> text.substring(s.start(), s.end())
        .startsWith("Selon un communiqué")), "the glued sentence starts a sentence of its own");
  }

  @Test
  void findsEntitiesAndEnhancedCaseMarkedRelations() throws DocumentRejected {
    AnalyzedDocument d = analyze("Le président Emmanuel Macron a téléphoné à Vladimir Poutine depuis Paris.\n");
    List<String> entities = d.get(Layer.ENTITIES).stream().map(m -> m.type() + " " + m.text()).toList();
    assertTrue(entities.contains("PER Emmanuel Macron") && entities.contains("PER Vladimir Poutine")
        && entities.contains("LOC Paris"), "the model's I-PER, I-LOC labels become PER, LOC: " + entities);
    Sentence s = d.get(Layer.SENTENCES).get(0);
    List<String> relations = s.enhanced().stream().map(Dependency::relation).toList();
    assertTrue(relations.contains("obl:à"), relations.toString());
    assertTrue(s.basic().stream().anyMatch(dep -> dep.head() == -1), "the basic tree has a root");
  }

  @Test
  void namesElidedCaseMarkersInFull() {
    assertEquals("nmod:de", CoreNlpFrench.relation("nmod:d'"));
    assertEquals("advcl:que", CoreNlpFrench.relation("advcl:qu'"));
    assertEquals("obl:à", CoreNlpFrench.relation("obl:à"));
    assertEquals("nsubj", CoreNlpFrench.relation("nsubj"));
  }
}
