package org.froissart.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two seed articles of ../shared (not part of the repository): what the issues say a user
 * must see on them. Skipped when ../shared is absent.
 */
class SeedsTest {
  static final Path SEEDS = Path.of(System.getProperty("froissart.shared", "../../shared"), "seeds");

  @Test
  void seedsAreCleanedDatedAttributedAndTagged() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is absent: seed test skipped");
    AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("", "analyze", SEEDS.toString());
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> records = run.records();
    assertEquals(2, records.size());
    JsonNode ncri = records.get(0);
    JsonNode presstv = records.get(1);

    assertEquals("2014-01-20", ncri.get("published").get("value").asText());
    assertEquals("signature", ncri.get("published").get("method").asText());
    assertEquals("ncri", ncri.get("outlet").get("id").asText());
    assertEquals("2020-03", presstv.get("published").get("value").asText());
    assertEquals("header", presstv.get("published").get("method").asText());

    // Every boilerplate line of the crawled page, and nothing else.
    assertEquals(List.of("page-header", "navigation", "social", "social", "social", "social"), reasons(ncri));
    assertEquals(List.of("vendredi, décembre 2, 2022", "FOLLOW NCRI", "16,297FansLike", "377SubscribersSubscribe"),
        List.of(covered(ncri, 0), covered(ncri, 2), covered(ncri, 3), covered(ncri, 5)));
    assertTrue(covered(ncri, 1).startsWith("Accueil") && covered(ncri, 1).endsWith("..."));
    assertEquals(List.of("date-header"), reasons(presstv));
    assertEquals("date 2020-03", covered(presstv, 0).strip());
    for (JsonNode doc : records) {
      AnalyzeCommandTest.assertOffsetsHold(doc);
      for (JsonNode sentence : doc.get("sentences")) {
        for (JsonNode region : doc.get("boilerplate")) {
          assertFalse(sentence.get("start").asInt() < region.get("end").asInt()
              && region.get("start").asInt() < sentence.get("end").asInt(), "a sentence overlaps boilerplate");
        }
      }
    }

    // Every date of the seeds, resolved against the published date (anchor "published") or not at all.
    assertEquals(List.of("le 5 décembre dernier = 2013-12-05 (published)", "1 septembre = 2013-09-01 (published)",
        "mois d’avril = 2014-04 (published)", "Le 20 janvier 2014 = 2014-01-20 (null)"), timexes(ncri));
    assertEquals(List.of("lundi = 2020-03 (published)", "le vendredi 3 janvier = 2020-01-03 (published)"), timexes(presstv));

    // Every person, organisation and place linked, with the code its actor had on the seed's date.
    List<String> ncriLinks = links(ncri);
    for (String expected : List.of("PER Khamenei ali-khamenei IRNGOV", "PER Maliki nouri-al-maliki IRQGOV",
        "PER Bachar Assad bashar-al-assad SYRGOV", "ORG Ompi pmoi IRNOPP", "ORG Moudjahidine du peuple pmoi IRNOPP",
        "ORG pasdaran irgc IRNMIL", "ORG force Qods quds-force IRNMIL", "LOC Achraf camp-ashraf IRQ",
        "LOC Liberty camp-liberty IRQ", "LOC province d’Al-Anbar anbar IRQ", "LOC Irak IRQ IRQ", "LOC Syrie SYR SYR",
        "PER guide suprême ali-khamenei IRNGOV", "ORG régime iranien iran-government IRNGOV")) {
      assertTrue(ncriLinks.contains(expected), expected + " not among " + ncriLinks);
    }
    List<String> pressLinks = links(presstv);
    for (String expected : List.of(
        "PER secrétaire du Conseil suprême de la sécurité nationale ali-shamkhani IRNGOV",
        "PER Mostafa Kazemi null IRQSPY", "ORG Force Qods quds-force IRNMIL",
        "ORG Hachd al-Chaabi popular-mobilization-forces IRQMIL", "PER Trump donald-trump USAGOV")) {
      assertTrue(pressLinks.contains(expected), expected + " not among " + pressLinks);
    }
    assertTrue(pressLinks.stream().anyMatch(l -> l.startsWith("ORG Press Tv press-tv IRNMED")), pressLinks.toString());
  }

  private static List<String> links(JsonNode doc) {
    List<String> found = new ArrayList<>();
    doc.get("entities").forEach(e -> found.add(e.get("type").asText() + " " + e.get("text").asText() + " "
        + e.get("actor").asText() + " " + e.get("code").asText()));
    return found;
  }

  private static List<String> timexes(JsonNode doc) {
    List<String> found = new ArrayList<>();
    doc.get("timex").forEach(t -> found.add(t.get("text").asText() + " = " + t.get("value").asText() + " ("
        + t.get("anchor").asText() + ")"));
    return found;
  }

  private static List<String> reasons(JsonNode doc) {
    List<String> reasons = new ArrayList<>();
    doc.get("boilerplate").forEach(r -> reasons.add(r.get("reason").asText()));
    return reasons;
  }

  private static String covered(JsonNode doc, int region) {
    JsonNode r = doc.get("boilerplate").get(region);
    return doc.get("text").asText().substring(r.get("start").asInt(), r.get("end").asInt());
  }
}
