package org.froissart.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;


import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.document.Layer;
import org.froissart.document.Quote;
import org.junit.jupiter.api.Test;

/** The quotes stage on articles written for these tests and on the seeds, through the whole pipeline. */
class QuoteFinderTest {
  static final Path SEEDS = Path.of(System.getProperty("froissart.shared", "../../shared"), "seeds");

  private static AnalyzedDocument analyze(String date, String text) {
    Document d = new Document("test", text, new Document.Metadata(date, true, null, null, null));
    return (AnalyzedDocument) EventCoderTest.PIPELINE.analyze(d);
  }

  private static String speaker(Quote q) {
    return q.speaker() == null ? null : q.speaker().code();
  }

  @Test
  void readsTheIncisePronounContinuationAndReportedClause() {
    AnalyzedDocument a = analyze("2020-06-22", """
        Le ministre iranien des Affaires étrangères Mohammad Javad Zarif a reçu lundi son homologue irakien à Téhéran.

        « Nos deux pays doivent travailler ensemble pour la stabilité de la région », a-t-il déclaré, selon l'agence Tasnim.

        Et d'ajouter : « Nous ne laisserons personne diviser nos peuples, ni aujourd'hui ni demain. »

        Le président français Emmanuel Macron a estimé que cette rencontre était un signe encourageant.
        """);
    List<Quote> quotes = a.get(Layer.QUOTES);
    assertEquals(3, quotes.size(), quotes.toString());
    Quote incise = quotes.get(0);
    assertEquals("direct", incise.kind());
    assertEquals("IRNGOV", speaker(incise), "'il' is the minister named before");
    assertEquals("a-t-il déclaré", incise.cue().text());
    assertEquals("tasnim", incise.source().actor(), "'selon l'agence Tasnim' is the cited medium");
    assertEquals(List.of("source:tasnim", "speaker:mohammad-javad-zarif"), incise.attribution());
    assertEquals("IRNGOV", speaker(quotes.get(1)), "a quote with no cue of its own continues the last speaker");
    Quote reported = quotes.get(2);
    assertEquals("indirect", reported.kind());
    assertTrue(reported.text().startsWith("que cette rencontre"), reported.text());
    assertEquals("FRAGOV", speaker(reported));
    assertEquals("a estimé", reported.cue().text());
  }

  @Test
  void aClauseWithQuotedWordsIsOneMixedQuoteAndAHeadlineEchoTakesItsSpeaker() {
    AnalyzedDocument a = analyze("2020-06-22", """
        Un "jeu dangereux" en Libye

        Emmanuel Macron a affirmé lundi que la Turquie jouait un "jeu dangereux" en Libye.
        """);
    List<Quote> quotes = a.get(Layer.QUOTES);
    assertEquals(2, quotes.size(), quotes.toString());
    assertEquals("direct", quotes.get(0).kind());
    assertEquals("mixed", quotes.get(1).kind());
    assertEquals("FRAGOV", speaker(quotes.get(1)));
    assertEquals("FRAGOV", speaker(quotes.get(0)), "the headline's words are the speaker's of the article");
  }

  @Test
  void aScareQuotedWordWithNoSpeechVerbHasNoGuessedSpeakerFromTheQuoteBefore() {
    AnalyzedDocument a = analyze("2020-06-22", """
        « Nous sommes prêts », a déclaré le président turc Recep Tayyip Erdogan.

        Le texte prévoit une "réforme" du système.
        """);
    List<Quote> quotes = a.get(Layer.QUOTES);
    assertEquals(2, quotes.size(), quotes.toString());
    assertEquals("TURGOV", speaker(quotes.get(0)));
    assertNull(quotes.get(1).cue());
    assertTrue(quotes.get(1).speaker() == null || quotes.get(1).speaker().code() == null, quotes.get(1).toString());
  }

  @Test
  void aPrivatePersonKeepsTheNationalityGivenOnceThroughEpithetSurnameAndKin() {
    AnalyzedDocument a = analyze("2021-03-10", """
        Le navigateur américain John Carter, retenu depuis trois mois par les rebelles houthis, a été libéré mardi.

        « Je remercie tous ceux qui m'ont aidé », a déclaré le navigateur à son arrivée à Oman.

        « Nous avons eu très peur pendant des semaines », a dit Mme Carter au téléphone.

        En janvier, sa famille s'était déclarée "très inquiète" de son état de santé.

        Le président égyptien Abdel Fattah al-Sissi a salué cette libération.
        """);
    List<Quote> quotes = a.get(Layer.QUOTES);
    assertEquals(3, quotes.size(), quotes.toString());
    assertEquals("navigateur", quotes.get(0).speaker().text(), quotes.get(0).toString());
    assertEquals("USACVL", speaker(quotes.get(0)), "'le navigateur' is the one named 'le navigateur américain John Carter'");
    assertEquals("USACVL", speaker(quotes.get(1)), "'Mme Carter' shares the name, hence the nationality");
    assertEquals("USACVL", speaker(quotes.get(2)), "'sa famille' are civilians of the navigator's country");
    assertTrue(a.get(Layer.ENTITIES).stream().noneMatch(m -> m.text().equals("président") && "USACVL".equals(m.code())),
        "'le président égyptien' is no epithet of the navigator");
  }

  @Test
  void quotedFragmentsOfOneClauseJoinAndSelonTheTelevisionNamesTheArticlesMedium() {
    AnalyzedDocument a = analyze("2021-03-10", """
        La télévision d'État iranienne a diffusé jeudi les images d'un tir de missile en mer d'Oman.

        Selon la télévision, les missiles ont "atteint leur cible" et "détruit le navire" visé.

        "Nos forces sont prêtes" et "nos ennemis le savent", a déclaré le général Hossein Salami.
        """);
    List<Quote> quotes = a.get(Layer.QUOTES);
    assertEquals(3, quotes.size(), quotes.toString());
    assertEquals("mixed", quotes.get(0).kind());
    assertTrue(quotes.get(0).text().startsWith("\"atteint") && quotes.get(0).text().endsWith("navire\""), quotes.get(0).text());
    assertEquals("IRNMED", speaker(quotes.get(0)), "'la télévision' is the Iranian state television named before");
    assertEquals("\"Nos forces sont prêtes\"", quotes.get(1).text(), "a quote opening with a capital is a sentence of its own");
    assertEquals("direct", quotes.get(2).kind());
  }

  @Test
  void theSeedsQuotesHaveTheirSpeakersAndTheChainOfWhoReportsThem() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is absent: seed test skipped");
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("", "analyze", SEEDS.toString());
    JsonNode ncri = run.records().get(0);
    JsonNode presstv = run.records().get(1);
    List<JsonNode> direct = new ArrayList<>();
    presstv.get("quotes").forEach(q -> {
      assertEquals("press-tv", q.get("source").get("actor").asText(), "Press Tv relays every quote: " + q);
      if (q.get("kind").asText().equals("direct")) {
        direct.add(q);
      }
    });
    assertEquals(List.of("IRNGOV", "IRNGOV", "IRNGOV", "IRQSPY", "IRQSPY"),
        direct.stream().map(q -> q.get("speaker").get("code").asText()).toList());
    assertTrue(ncri.get("quotes").size() >= 5, ncri.get("quotes").toString());
    int reported = 0;
    for (JsonNode e : ncri.get("events")) {
      int at = e.get("trigger").get("start").asInt();
      String text = ncri.get("text").asText();
      if (at > text.indexOf("Sur la base de documents") && at < text.indexOf("Secrétariat du Conseil")) {
        assertEquals("anonymous", e.get("attribution").get(1).asText(), "the report rests on inside documents: " + e);
        reported++;
      }
    }
    assertTrue(reported >= 5, "events of the report: " + reported);
  }
}
