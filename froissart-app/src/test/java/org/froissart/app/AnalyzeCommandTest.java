package org.froissart.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code froissart analyze} end to end, as a user runs it: files in, JSON Lines out, exit code. */
class AnalyzeCommandTest {
  static final Path EXAMPLES = Path.of("../examples/articles");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** What a run printed and returned. */
  record Run(int exit, String out, String err) {
    List<JsonNode> records() throws IOException {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) {
          nodes.add(JSON.readTree(line));
        }
      }
      return nodes;
    }
  }

  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Every span of an output record covers exactly its text. */
  static void assertOffsetsHold(JsonNode doc) {
    String text = doc.get("text").asText();
    for (String field : List.of("entities", "boilerplate", "sentences", "timex", "quotes")) {
      for (JsonNode span : doc.get(field)) {
        assertSpanHolds(text, span, field);
      }
    }
    for (JsonNode event : doc.get("events")) {
      for (String field : List.of("trigger", "source", "target", "location")) {
        if (!event.get(field).isNull()) {
          assertSpanHolds(text, event.get(field), "event " + field);
        }
      }
    }
    for (JsonNode quote : doc.get("quotes")) {
      for (String field : List.of("speaker", "cue", "source")) {
        if (!quote.get(field).isNull()) {
          assertSpanHolds(text, quote.get(field), "quote " + field);
        }
      }
    }
  }

  private static void assertSpanHolds(String text, JsonNode span, String field) {
    int start = span.get("start").asInt();
    int end = span.get("end").asInt();
    assertTrue(0 <= start && start <= end && end <= text.length(), field + " out of bounds");
    if (span.has("text")) {
      assertEquals(text.substring(start, end), span.get("text").asText(), field + " text");
    }
  }

  @Test
  void analysesAFolderWithBadInputsAmongGoodOnes() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.write(dir.resolve("zz-empty.txt"), new byte[0]);
    Files.write(dir.resolve("zz-binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
    Files.write(dir.resolve("zz-latin1.txt"), "Le député a été élu à Tunis.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("zz-huge.txt"), "Une ligne de texte en français.\n".repeat(5_000));
    Files.writeString(dir.resolve("zz-batch.jsonl"), "{\"id\": \"depeche\", \"text\": \"Le Premier ministre irakien "
        + "a rencontré jeudi à Bagdad le ministre turc de la Défense.\"}\n{\"id\": \"cassée\", \"text\": \n");

    Run run = run("", "analyze", "--max-chars", "100000", dir.toString());
    assertEquals(0, run.exit(), run.err());
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode record : run.records()) {
      byId.put(record.get("id").asText(), record);
    }
    assertEquals(14, byId.size(), "one record per input: " + byId.keySet());
    Map<String, String> errors = new LinkedHashMap<>();
    byId.forEach((id, r) -> {
      if (r.has("error")) {
        errors.put(id, r.get("error").get("code").asText());
        assertFalse(r.get("error").get("message").asText().isBlank());
      }
    });
    assertEquals(Map.of("english-article.txt", "UNSUPPORTED_LANGUAGE", "zz-empty.txt", "EMPTY",
        "zz-binary.txt", "NOT_TEXT", "zz-latin1.txt", "BAD_ENCODING", "zz-huge.txt", "TOO_LARGE",
        "zz-batch.jsonl:2", "MALFORMED_JSON"), errors);

    JsonNode signed = byId.get("crawl-header-signature.txt");
    assertEquals("2015-02-03", signed.get("published").get("value").asText());
    assertEquals("ncri", signed.get("outlet").get("id").asText());
    assertTrue(signed.get("sentences").size() > 5);
    assertTrue(signed.get("entities").size() > 3);
    assertEquals(List.of("boilerplate", "layout", "published", "outlet", "language", "repair", "corenlp", "time", "actors",
            "quotes", "events"),
        JSON.convertValue(signed.get("provenance").get("stages"), List.class));
    JsonNode sunday = signed.get("timex").get(0);
    assertEquals("dimanche matin", sunday.get("text").asText());
    assertEquals("2015-02-01TMO", sunday.get("value").asText(), "the Sunday before Tuesday 3 February 2015");
    assertTrue(signed.get("provenance").get("resources").get("outlets").asText().startsWith("sha256:"));
    for (JsonNode record : byId.values()) {
      if (!record.has("error")) {
        assertOffsetsHold(record);
        for (String field : List.of("timex", "quotes", "events", "warnings")) {
          assertTrue(record.get(field).isArray(), field + " is always present");
        }
      }
    }
    assertTrue(run.err().contains("8 analysed, 6 errors"), run.err());
  }

  @Test
  void exitCodesSayWhetherAnythingWasAnalysed() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertEquals(1, run("", "analyze", "--no-linguistics", empty.toString()).exit(), "nothing could be analysed");
    Run badDate = run("", "analyze", "--published", "hier", empty.toString());
    assertEquals(2, badDate.exit());
    assertTrue(badDate.err().contains("--published"), badDate.err());
    assertEquals(2, run("", "analyze", "--format", "xml", empty.toString()).exit());
    assertEquals(2, run("", "analyze").exit(), "a path is required");
  }

  @Test
  void readsStandardInputAndPrintsAReadableSummary() {
    Run run = run("Paris, 12 mai 2021 (AFP) - La France a convoqué mardi l'ambassadeur d'Iran après des menaces "
        + "contre des journalistes.\n", "analyze", "--no-linguistics", "--format", "text", "-");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("published   2021-05-12  (text)"), run.out());
    assertTrue(run.out().contains("Agence France-Presse [afp, FRA, agency]  (dateline)"), run.out());
  }

  @Test
  void theUsersDateWinsOverTheText() throws IOException {
    Run run = run("", "analyze", "--no-linguistics", "--published", "2014-02-01",
        EXAMPLES.resolve("crawl-header-signature.txt").toString());
    JsonNode published = run.records().get(0).get("published");
    assertEquals("2014-02-01", published.get("value").asText());
    assertEquals("cli", published.get("method").asText());
  }
}
