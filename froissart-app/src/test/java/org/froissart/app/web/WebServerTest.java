package org.froissart.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.froissart.app.web.RunningServer.Answer;
import org.froissart.store.EventFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over HTTP, its answers checked against the store it serves. */
class WebServerTest {
  @TempDir
  Path dir;
  RunningServer server;

  @BeforeEach
  void start() throws IOException {
    server = new RunningServer(dir, dir.resolve("inbox"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void listsDocumentsAndGivesEachRecordWithItsText() {
    JsonNode page = server.ok("/api/documents?limit=2");
    assertEquals(5, page.get("total").asLong());
    assertEquals(2, page.get("documents").size());
    JsonNode latest = page.get("documents").get(0);
    assertEquals(RunningServer.ARTICLE, latest.get("doc").asLong());
    assertEquals("erdogan-kiev.txt", latest.get("id").asText());
    assertEquals("aa", latest.get("outlet").asText());
    assertEquals(List.of(4, 2, 1, 2), List.of(latest.get("mentions").asInt(), latest.get("timexes").asInt(),
        latest.get("quotes").asInt(), latest.get("events").asInt()));
    assertEquals("NOT_TEXT", page.get("documents").get(1).get("error").asText(), "error records are listed too");
    assertEquals("ankara.txt", server.ok("/api/documents?offset=4").get("documents").get(0).get("id").asText());

    JsonNode record = server.ok("/api/documents/" + RunningServer.ARTICLE);
    assertEquals(server.store.document(RunningServer.ARTICLE).orElseThrow(), record, "the stored record, as it is");
    assertTrue(record.get("text").asText().contains("« Nous voulons une paix durable dans la région »"));

    Answer missing = server.get("/api/documents/99");
    assertEquals(404, missing.status());
    assertEquals("no document 99 in the store", missing.json().get("error").asText());
    Answer notNumber = server.get("/api/documents/ankara");
    assertEquals(400, notNumber.status());
    assertEquals("doc", notNumber.json().get("detail").get("parameter").asText());
  }

  @Test
  void searchesWithHighlightsAndFacets() {
    JsonNode results = server.ok("/api/search?q=teheran");
    assertEquals(1, results.get("total").asLong());
    JsonNode hit = results.get("hits").get(0);
    assertEquals("ankara.txt", hit.get("id").asText());
    String text = server.store.document(hit.get("doc").asLong()).orElseThrow().get("text").asText();
    JsonNode passage = hit.get("highlights").get(0);
    assertEquals(text.substring(passage.get("start").asInt(), passage.get("end").asInt()), passage.get("text").asText());
    assertEquals("afp", results.get("facets").get("outlets").get(0).get("value").asText());

    JsonNode all = server.ok("/api/search?q=&limit=2&offset=1");
    assertEquals(4, all.get("total").asLong(), "a blank query browses every analysed document");
    assertEquals(2, all.get("hits").size());
    assertEquals(1, server.ok("/api/search?q=ministre&outlet=aa&year=2020").get("total").asLong());
    assertEquals(0, server.ok("/api/search?q=ministre&year=2003").get("total").asLong());
  }

  @Test
  void eventsTimelineNetworkAndActorsAnswerWhatTheStoreHolds() {
    JsonNode page = server.ok("/api/events?actor=recep-tayyip-erdogan&side=source&limit=3");
    assertEquals(server.store.events(new EventFilter("recep-tayyip-erdogan", null, EventFilter.Side.SOURCE, null, null,
        null, null, null, null, null), 0, 3).total(), page.get("total").asLong());
    assertEquals(4, page.get("total").asLong());
    assertEquals(3, page.get("events").size());
    JsonNode latest = page.get("events").get(0);
    assertEquals("2020-02-03", latest.get("day").asText(), "latest first, days as ISO dates");
    assertEquals("a rencontré", latest.get("trigger").get("text").asText());
    assertEquals("UKRGOV", latest.get("target").get("code").asText());
    assertEquals(0.8, latest.get("confidence").asDouble());

    assertEquals(3, server.ok("/api/events?cameo=05").get("total").asLong(), "057 twice and 051");
    assertEquals(1, server.ok("/api/events?from=2021-01-01&to=2021-12-31&min_confidence=0.65").get("total").asLong());
    assertEquals(1, server.ok("/api/events?actor_code=ISR&status=asserted&outlet=petra&plover=PROTEST").get("total")
        .asLong());

    JsonNode timeline = server.ok("/api/timeline?granularity=day&actor=ISR");
    assertEquals("DAY", timeline.get("granularity").asText());
    assertEquals(2, timeline.get("points").size(), "protest and disapproval on 2021-05-14");
    assertEquals("2021-05-14", timeline.get("points").get(0).get("period").asText());

    JsonNode network = server.ok("/api/network?max_edges=3");
    List<String> edges = new ArrayList<>();
    network.get("edges").forEach(e -> edges.add(e.get("source").asText() + ">" + e.get("target").asText() + ":"
        + e.get("events").asInt()));
    assertEquals(List.of("JORCVL>ISR:2", "recep-tayyip-erdogan>IRNGOV:2", "recep-tayyip-erdogan>UKRGOV:2"), edges,
        "the heaviest edges, ties by source and target");
    assertEquals(server.store.network(EventFilter.NONE, 3).nodes().size(), network.get("nodes").size());
    assertEquals(2, server.ok("/api/network?outlet=aa").get("nodes").size());

    JsonNode actors = server.ok("/api/actors?limit=1");
    assertEquals(1, actors.size());
    assertEquals("recep-tayyip-erdogan", actors.get(0).get("actor").asText());
    assertEquals(3, actors.get(0).get("mentions").asInt());
    assertEquals(4, actors.get(0).get("source_events").asInt(), "snake_case, as spec/output.md");
  }

  @Test
  void comparesWhatEachOutletReportsOfAnActor() {
    JsonNode outlets = server.ok("/api/outlets?actor=recep-tayyip-erdogan&examples=1").get("outlets");
    assertEquals(List.of("aa", "afp"), List.of(outlets.get(0).get("outlet").asText(), outlets.get(1).get("outlet").asText()));
    JsonNode aa = outlets.get(0);
    assertEquals(2, aa.get("events").asInt());
    assertEquals(4.5, aa.get("goldstein").asDouble(), "(1 + 8) / 2");
    assertEquals(Set.of("04", "05"), values(aa.get("roots")));
    assertEquals(Set.of("CONSULT", "AGREE"), values(aa.get("plover")));
    JsonNode example = aa.get("examples").get(0);
    assertEquals("a rencontré", example.get("event").get("trigger").get("text").asText(), "the most confident");
    String text = server.store.document(RunningServer.ARTICLE).orElseThrow().get("text").asText();
    int start = example.get("context_start").asInt();
    assertEquals(text.substring(start, start + example.get("context").asText().length()), example.get("context").asText());
    assertEquals(1, outlets.get(1).get("examples").size());

    Answer noActor = server.get("/api/outlets");
    assertEquals(400, noActor.status());
    assertTrue(noActor.json().get("error").asText().contains("'actor'"), noActor.json().toString());
  }

  private static Set<String> values(JsonNode counts) {
    Set<String> values = new TreeSet<>();
    counts.forEach(c -> values.add(c.get("value").asText()));
    return values;
  }

  @Test
  void badParametersAreRefusedWithWhatIsWrong() {
    List<String[]> cases = List.of(
        new String[] {"/api/search?q=iran&year=deux-mille", "year"},
        new String[] {"/api/search?limit=0", "limit"},
        new String[] {"/api/events?from=2020-13-01", "from"},
        new String[] {"/api/events?from=2021-01-01&to=2020-01-01", "to"},
        new String[] {"/api/events?status=probable", "status"},
        new String[] {"/api/events?side=left", "side"},
        new String[] {"/api/events?cameo=5x", "cameo"},
        new String[] {"/api/events?actor_code=irn", "actor_code"},
        new String[] {"/api/events?min_confidence=2", "min_confidence"},
        new String[] {"/api/events?limit=1&limit=2", "limit"},
        new String[] {"/api/timeline?granularity=week", "granularity"},
        new String[] {"/api/network?max_edges=-1", "max_edges"},
        new String[] {"/api/documents?offset=-3", "offset"},
        new String[] {"/api/events?acteur=FRA", "acteur"});
    List<String> wrong = new ArrayList<>();
    for (String[] c : cases) {
      Answer answer = server.get(c[0]);
      if (answer.status() != 400 || !answer.json().get("detail").get("parameter").asText().equals(c[1])
          || answer.json().get("error").asText().isBlank()) {
        wrong.add(c[0] + " → " + answer.status() + " " + answer.json());
      }
    }
    assertEquals(List.of(), wrong);
    Answer unknown = server.get("/api/events?acteur=FRA");
    assertTrue(unknown.json().get("detail").get("accepted").toString().contains("\"actor\""), unknown.json().toString());
    Answer nowhere = server.get("/api/nowhere");
    assertEquals(404, nowhere.status());
    assertTrue(nowhere.json().get("error").asText().contains("/api/nowhere"));
    assertEquals(404, server.get("/api/jobs/12345").status());
    assertEquals(200, server.get("/api/status").status(), "the server goes on");
  }

  @Test
  void theOpenApiDescriptionDescribesEveryRouteAndNoOther() {
    Set<String> served = server.server.routes();
    assertTrue(served.contains("GET /api/documents/{doc}") && served.contains("POST /api/documents"), served.toString());
    assertEquals(served, server.server.describedRoutes());
    JsonNode description = server.ok("/api/openapi.json");
    assertEquals("3.0.3", description.get("openapi").asText());
    assertEquals(served.size(), countOperations(description.get("paths")));
  }

  private static int countOperations(JsonNode paths) {
    int n = 0;
    for (JsonNode path : paths) {
      n += path.size();
    }
    return n;
  }

  @Test
  void anUploadIsAnalysedStoredAndFoundBySearch() throws InterruptedException {
    String article = "{\"title\": \"Le Sénat adopte la réforme\", \"published\": \"2023-04-05\", \"outlet\": \"afp\","
        + " \"text\": \"Paris, 5 avril 2023 – Le Sénat a adopté mercredi la réforme des retraites après un long débat."
        + " Les syndicats appellent à une nouvelle journée de grève la semaine prochaine.\"}";
    Answer queued = server.post("/api/documents", "application/json", article);
    assertEquals(202, queued.status(), queued.json().toString());
    JsonNode job = server.finished(queued.json().get("id").asText());
    assertEquals("done", job.get("state").asText(), job.toString());
    long doc = job.get("documents").get(0).get("doc").asLong();
    assertEquals(6, doc);
    assertFalse(job.get("documents").get(0).get("duplicate").asBoolean());
    JsonNode record = server.ok("/api/documents/" + doc);
    assertEquals("Le Sénat adopte la réforme", record.get("title").asText());
    assertEquals("2023-04-05", record.get("published").get("value").asText());
    JsonNode found = server.ok("/api/search?q=syndicats%20greve");
    assertEquals(1, found.get("total").asLong());
    assertEquals(doc, found.get("hits").get(0).get("doc").asLong());

    JsonNode again = server.finished(server.post("/api/documents", "application/json", article).json().get("id").asText());
    assertEquals("done", again.get("state").asText());
    assertEquals(doc, again.get("documents").get(0).get("doc").asLong());
    assertTrue(again.get("documents").get(0).get("duplicate").asBoolean(), "the same text is not stored twice");

    JsonNode plain = server.finished(server.post("/api/documents", "text/plain", "Rome, 2 juin 2022 – Le président du"
        + " Conseil italien a reçu à Rome le chancelier allemand pour parler de l'énergie.").json().get("id").asText());
    assertEquals("done", plain.get("state").asText(), plain.toString());

    JsonNode blank = server.finished(server.post("/api/documents", "application/json", "{\"text\": \"  \"}").json()
        .get("id").asText());
    assertEquals("failed", blank.get("state").asText());
    assertEquals("EMPTY", blank.get("errors").get(0).get("error").get("code").asText());
    assertEquals(6, server.ok("/api/status").get("counts").get("documents").asLong(), "4 + the two uploads");
  }

  @Test
  void anArticleThatCannotBeAnalysedFailsWithItsErrorEveryTime() throws InterruptedException {
    String english = "London, 3 May 2021 - The British government announced on Monday a new trade agreement with"
        + " Australia, after months of talks between the two countries.";
    for (int time = 1; time <= 2; time++) {
      JsonNode job = server.finished(server.post("/api/documents", "text/plain", english).json().get("id").asText());
      assertEquals("failed", job.get("state").asText(), "time " + time + ": " + job);
      assertEquals("UNSUPPORTED_LANGUAGE", job.get("errors").get(0).get("error").get("code").asText(), job.toString());
    }
    assertEquals(2, server.ok("/api/status").get("counts").get("errors").asLong(), "the fixture's and this one, once");
  }

  @Test
  void anUploadThatIsNoArticleIsRefusedAtOnce() {
    for (String[] bad : List.of(new String[] {"application/json", "{\"title\": \"sans texte\"}", "'text'"},
        new String[] {"application/json", "{\"text\": \"Bonjour\", \"auteur\": \"X\"}", "unknown field 'auteur'"},
        new String[] {"application/json", "{\"text\": ", "not valid JSON"},
        new String[] {"application/json", "[1, 2]", "not a JSON object"},
        new String[] {"text/plain", "   ", "empty"})) {
      Answer answer = server.post("/api/documents", bad[0], bad[1]);
      assertEquals(400, answer.status(), bad[1]);
      assertTrue(answer.json().get("error").asText().contains(bad[2]), answer.json().toString());
    }
    assertEquals(0, server.ok("/api/status").get("queued").asInt());
  }

  @Test
  void inboxFilesAreStoredThenMovedToDoneOrFailedWithTheirErrors() throws Exception {
    Path inbox = dir.resolve("inbox");
    Files.writeString(inbox.resolve("lisbonne.txt"), "Lisbonne, 8 mars 2024 – Le Premier ministre portugais a annoncé"
        + " jeudi la démission de son gouvernement après une enquête judiciaire.");
    Files.write(inbox.resolve("binaire.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    Path done = inbox.resolve("done/lisbonne.txt");
    Path failed = inbox.resolve("failed/binaire.txt");
    for (int i = 0; i < 200 && !(Files.exists(done) && Files.exists(failed.resolveSibling("binaire.txt.errors.jsonl")));
         i++) {
      Thread.sleep(50);
    }
    assertTrue(Files.exists(done), "stored, then moved to done/");
    assertFalse(Files.exists(inbox.resolve("lisbonne.txt")));
    assertEquals(1, server.ok("/api/search?q=lisbonne%20demission").get("total").asLong());
    assertTrue(Files.exists(failed));
    JsonNode error = RunningServer.JSON.readTree(Files.readString(failed.resolveSibling("binaire.txt.errors.jsonl")));
    assertEquals("binaire.txt", error.get("id").asText());
    assertEquals("NOT_TEXT", error.get("error").get("code").asText());
    Thread.sleep(400);
    assertEquals(1, server.ok("/api/search?q=lisbonne").get("total").asLong(), "a file is taken once");
  }
}
