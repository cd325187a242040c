package org.froissart.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.froissart.document.Quote;
import org.froissart.events.CameoOntology;
import org.froissart.events.EventLexicon;
import org.froissart.pipeline.DocumentRejected;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.pipeline.Stage;
import org.froissart.testkit.CleaningStages;
import org.froissart.testkit.OffsetInvariants;
import org.froissart.testkit.PlainSentences;
import org.froissart.testkit.StageContract;
import org.junit.jupiter.api.Test;

/**
 * The quotes stage on plain sentences (no parse: quotation marks only, no speakers; the app's
 * QuoteFinderTest reads speakers from parsed sentences), its quotation-mark reader, and the
 * bundled speech verbs.
 */
class QuoteFinderContractTest extends StageContract {
  static final ResourceLoader BUNDLED = ResourceLoader.bundled();
  static final QuoteFinder STAGE = new QuoteFinder(SpeechVerbs.load(BUNDLED), KnowledgeBase.load(BUNDLED));

  @Override
  protected Stage stage() {
    return STAGE;
  }

  @Override
  protected AnalyzedDocument prepare(Document document) throws DocumentRejected {
    return PlainSentences.add(CleaningStages.before(STAGE.name(), document)).with(Layer.ENTITIES, List.of());
  }

  private static List<String> marked(String text) {
    return QuoteFinder.marked(text).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  @Test
  void readsEachKindOfMarkAndKeepsNestedQuotesInsideTheOuterOne() {
    assertEquals(List.of("« La trêve tient »", "“nous restons prudents”", "\"négociations\""),
        marked("« La trêve tient », a dit le ministre, “nous restons prudents” et parle de \"négociations\"."));
    assertEquals(List.of("« Il m'a dit \"jamais\" et « plus tard » »"),
        marked("Elle raconte : « Il m'a dit \"jamais\" et « plus tard » »."));
  }

  @Test
  void aQuoteLeftOpenEndsWithItsParagraphAndAStrayCloserIsIgnored() {
    assertEquals(List.of("« Nous ne céderons pas", "« Nous reviendrons »"),
        marked("Le chef rebelle a lancé : « Nous ne céderons pas   \n\nUn autre ajoute » puis « Nous reviendrons »."));
    assertEquals(List.of("« la paix »"), marked("Le texte parle de « la paix » et d'un accord » signé."));
  }

  @Test
  void namesInQuotationMarksAreNoQuotes() {
    assertEquals(List.of("\"tous les partis\""), marked("Le plan \"Opération Aube\", soutenu par \"tous les partis\"."));
    assertEquals(List.of(), marked("Le navire « Jamaran 2 » et la « Journée d'Al-Qods »."));
  }

  @Test
  void anInterviewMadeOfQuotesGivesOneQuoteAPerParagraphWithOffsetsIntact() throws DocumentRejected {
    StringBuilder text = new StringBuilder("Entretien avec la ministre.\n\n");
    int paragraphs = 0;
    while (text.length() < 14_000) { // about 2,000 words
      text.append("« Pourquoi avoir signé l'accord de Lomé en mars ? »\n\n")
          .append("« Parce que la sécurité de la région l'exigeait, et que « tout retard » aurait coûté cher. ")
          .append("Nous avons consulté nos voisins, puis le parlement. »\n\n");
      paragraphs += 2;
    }
    AnalyzedDocument done = STAGE.apply(prepare(new Document("interview", text.toString(), null)));
    List<Quote> quotes = done.get(Layer.QUOTES);
    assertEquals(paragraphs, quotes.size());
    assertTrue(quotes.stream().allMatch(q -> q.kind().equals("direct") && q.text().startsWith("«") && q.text().endsWith("»")));
    OffsetInvariants.check(done);
  }

  @Test
  void sentencesOnUnnamedSourcesAreMarkedAndAReportFramedOnDocumentsCoversTheRest() throws DocumentRejected {
    String text = "Un convoi a quitté la ville. Selon des sources concordantes, il transportait des armes.\n\n"
        + "Sur la base de documents internes, le ministère aurait tout su. Le ministre a démissionné.";
    AnalyzedDocument done = STAGE.apply(prepare(new Document("sources", text, null)));
    var regions = done.get(Layer.UNNAMED_SOURCES);
    assertEquals(2, regions.size());
    assertEquals("Selon des sources concordantes, il transportait des armes.",
        text.substring(regions.get(0).start(), regions.get(0).end()).strip());
    assertEquals(text.length(), regions.get(1).end(), "a report framed on documents covers what follows");
    assertTrue(regions.stream().noneMatch(r -> r.start() <= 5 && 5 < r.end()), "the first sentence is vouched for by the outlet");
  }

  @Test
  void withoutAParseQuotesHaveNoSpeaker() throws DocumentRejected {
    AnalyzedDocument done = STAGE.apply(prepare(new Document("x", "« La paix est proche », a dit le président.", null)));
    Quote q = done.get(Layer.QUOTES).get(0);
    assertNull(q.speaker());
    assertEquals("« La paix est proche »", q.text());
  }

  @Test
  void everyStanceVerbIsCodedWithItsStanceByTheEventLexicon() {
    SpeechVerbs verbs = SpeechVerbs.load(BUNDLED);
    CameoOntology cameo = CameoOntology.load(BUNDLED);
    EventLexicon lexicon = EventLexicon.load(BUNDLED, cameo);
    assertTrue(verbs.all().size() > 90);
    for (SpeechVerbs.Verb v : verbs.all()) {
      if (v.stance() != null) {
        assertNotNull(cameo.get(v.stance()), v.toString());
        assertTrue(lexicon.withHead(v.words().get(0), false).stream().anyMatch(e -> e.code().equals(v.stance())),
            v.words() + " " + v.stance() + " has no such entry in events/lexicon.tsv");
      }
    }
    assertTrue(verbs.withHead("mettre").get(0).words().size() == 3, "locutions first");
  }

  @Test
  void aBadSpeechVerbRowIsAClearError() throws IOException {
    Path dir = Files.createTempDirectory("verbs");
    Files.createDirectories(dir.resolve("quotes"));
    Files.writeString(dir.resolve("quotes/speech-verbs.tsv"), "verb\tstance\trole\naffirmer\tbeaucoup\tspeaker\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SpeechVerbs.load(new ResourceLoader(dir)));
    assertTrue(e.getMessage().contains("stance must be a CAMEO code"), e.getMessage());
  }
}
