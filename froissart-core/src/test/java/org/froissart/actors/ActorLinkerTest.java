package org.froissart.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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
import org.froissart.testkit.PlainSentences;
import org.froissart.testkit.StageContract;
import org.junit.jupiter.api.Test;

/** The actors stage on plain sentences (no CoreNLP entities, tags or parse): names, titles, institutions. */
class ActorLinkerTest extends StageContract {
  static final ActorLinker STAGE = new ActorLinker(KnowledgeBaseTest.KB);

  @Override
  protected Stage stage() {
    return STAGE;
  }

  @Override
  protected AnalyzedDocument prepare(Document document) throws DocumentRejected {
    return PlainSentences.add(CleaningStages.before(STAGE.name(), document)).with(Layer.ENTITIES, List.of());
  }

  /** "TYPE text actor code" for each mention of the text, published on {@code date}. */
  static List<String> mentions(String date, String text, EntityMention... ner) {
    try {
      Document d = new Document("test", text + "\n", new Document.Metadata(date, true, null, null, null));
      AnalyzedDocument a = PlainSentences.add(CleaningStages.before("actors", d)).with(Layer.ENTITIES, List.of(ner));
      List<String> out = new ArrayList<>();
      for (EntityMention m : STAGE.apply(a).get(Layer.ENTITIES)) {
        out.add(m.type() + " " + m.text() + " " + m.actor() + " " + m.code());
      }
      return out;
    } catch (DocumentRejected e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void linksNamesWithTheCodeTheirActorHadOnTheDate() {
    assertEquals(List.of("PER Nouri al-Maliki nouri-al-maliki IRQGOV", "LOC Bagdad baghdad IRQ"),
        mentions("2013-12-10", "Nouri al-Maliki a quitté Bagdad."));
    assertEquals(List.of("PER Maliki nouri-al-maliki IRQ"), mentions("2019-05-02", "Maliki a parlé."),
        "no longer prime minister in 2019: his country only");
    assertEquals(List.of("ORG pasdaran irgc IRNMIL", "ORG force Qods quds-force IRNMIL"),
        mentions("2020-01-05", "Les pasdaran et la force Qods ont promis de répondre."));
  }

  @Test
  void titlesNameTheirHolderOnTheDate() {
    assertEquals(List.of("PER secrétaire du Conseil suprême de la sécurité nationale ali-shamkhani IRNGOV",
            "ORG Conseil suprême de la sécurité nationale iran-snsc IRNGOV"),
        mentions("2020-03", "Le secrétaire du Conseil suprême de la sécurité nationale a répondu."));
    assertEquals(List.of("PER guide suprême ali-khamenei IRNGOV"), mentions("2014-01-20", "Le guide suprême a parlé."));
    assertEquals(List.of("PER premier ministre irakien haider-al-abadi IRQGOV"),
        mentions("2016-02-01", "Le premier ministre irakien est arrivé."));
  }

  @Test
  void aCountrysInstitutionsTakeItsCodeAndKeepTheNamesInside() {
    assertEquals(List.of("ORG forces irakiennes null IRQMIL", "ORG régime de Téhéran null IRNGOV", "LOC Téhéran tehran IRN"),
        mentions("2014-01-20", "Les forces irakiennes et le régime de Téhéran sont accusés."));
  }

  @Test
  void cleansAndCorrectsCoreNlpMentions() {
    String text = "Selon l'Ompi en Irak, Mme Wang et la France ont vu Christine Deviers-Joncour.";
    assertEquals(List.of("ORG Ompi pmoi IRNOPP", "LOC Irak IRQ IRQ", "PER Wang null null", "LOC France FRA FRA",
            "PER Christine Deviers-Joncour null null"),
        mentions("2014-01-20", text, ner(text, "Ompi en Irak", "MISC"), ner(text, "Mme Wang", "PER"),
            ner(text, "la France", "LOC"), ner(text, "Christine Deviers-Joncour", "MISC")));
    String ministry = "Le ministère de l'Économie et des Finances a vu la mairie de Paris.";
    assertEquals(List.of("ORG ministère de l'Économie et des Finances null null", "ORG mairie de Paris null null",
            "LOC Paris paris FRA"),
        mentions("2014-01-20", ministry, ner(ministry, "Finances", "LOC"), ner(ministry, "Paris", "LOC")));
  }

  @Test
  void aShortAcronymWantsItsCapitals() {
    assertEquals(List.of("ORG ONU un IGOUNO"), mentions("2020-01-01", "Un montant reste dû à l'ONU."));
  }

  @Test
  void anUnknownBareWordIsNoPlaceButAfterALocativePrepositionItIs() throws DocumentRejected {
    // "Aclasta est administré." / "Il vit à Cesano.", parsed by hand
    assertEquals("MISC", parsedType("Aclasta est administré.", new Dependency(2, 0, "nsubj:pass")));
    assertEquals("LOC", parsedType("Il vit à Cesano.", new Dependency(3, 2, "case")));
  }

  /** The type the stage gives the sentence's last word, which CoreNLP called LOC, under the dependency given. */
  private static String parsedType(String text, Dependency dependency) throws DocumentRejected {
    Document d = new Document("test", text + "\n", new Document.Metadata("2020-01-01", true, null, null, null));
    AnalyzedDocument a = PlainSentences.add(CleaningStages.before("actors", d));
    Sentence plain = a.get(Layer.SENTENCES).get(0);
    List<Token> words = plain.tokens().stream().filter(t -> Character.isLetter(t.text().charAt(0))).toList();
    Sentence parsed = new Sentence(0, plain.start(), plain.end(), plain.tokens(), List.of(dependency), List.of());
    Token name = dependency.relation().equals("case") ? words.get(words.size() - 1) : words.get(0);
    a = a.with(Layer.SENTENCES, List.of(parsed)).with(Layer.ENTITIES, List.of(ner(text, name.text(), "LOC")));
    return STAGE.apply(a).get(Layer.ENTITIES).get(0).type();
  }

  private static EntityMention ner(String text, String span, String type) {
    int start = text.indexOf(span);
    return new EntityMention("m", start, start + span.length(), span, type, null, null, null);
  }
}
