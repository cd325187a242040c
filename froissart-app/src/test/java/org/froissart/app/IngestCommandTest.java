package org.froissart.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.froissart.app.AnalyzeCommandTest.Run;
import org.froissart.store.SearchQuery;
import org.froissart.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code froissart ingest} as a user runs it: analysed JSON Lines stored as they are, raw inputs analysed first. */
class IngestCommandTest {
  @TempDir
  Path dir;

  /** Three analysed dispatches and an error record, written for these tests. */
  static String analysed() throws IOException {
    try (InputStream in = IngestCommandTest.class.getResourceAsStream("analysed.jsonl")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Path analysedFile(Path dir) throws IOException {
    return Files.writeString(dir.resolve("analysed.jsonl"), analysed());
  }

  /** A store in {@code dir} holding the analysed fixture, for the commands that read a store. */
  static String storeOfFixture(Path dir) throws IOException {
    String store = dir.resolve("store").toString();
    assertEquals(0, AnalyzeCommandTest.run("", "ingest", "-q", "--store", store, analysedFile(dir).toString()).exit());
    return store;
  }

  @Test
  void storesAnalysedRecordsOnceAndSaysSo() throws IOException {
    Path file = analysedFile(dir);
    Path store = dir.resolve("store");
    Run first = AnalyzeCommandTest.run("", "ingest", "--store", store.toString(), file.toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.err().contains("3 stored, 0 skipped as duplicates, 1 errors {NOT_TEXT=1}"), first.err());
    assertTrue(first.err().contains("holds 3 documents (5 events) and 1 error records"), first.err());
    assertTrue(!first.err().contains("loading the French models"), "analysed records need no models");

    Run again = AnalyzeCommandTest.run("", "ingest", "--store", store.toString(), file.toString());
    assertEquals(0, again.exit(), "nothing new, but nothing failed");
    assertTrue(again.err().contains("0 stored, 4 skipped as duplicates, 0 errors"), again.err());
    try (Store opened = Store.openExisting(store)) {
      assertEquals(new Store.Counts(3, 1, 8, 3, 0, 5, 3), opened.counts());
    }
  }

  @Test
  void analysesRawInputsAndStoresBadLinesAsErrors() throws IOException {
    Path inputs = Files.createDirectories(dir.resolve("inputs"));
    String withBadLine = analysed().replaceFirst("\n", "\n{\"id\": \"coupée\", \"entities\": [\n");
    Files.writeString(inputs.resolve("a-analysed.jsonl"), withBadLine);
    Files.writeString(inputs.resolve("b-raw.jsonl"), "{\"id\": \"depeche\", \"text\": \"Beyrouth, 2 juin 2020 – Le"
        + " Premier ministre libanais a reçu l'ambassadeur de France.\"}\n");
    Files.writeString(inputs.resolve("c-article.txt"), "Rabat, 3 avril 2021 (AFP) - Le Maroc a rappelé son"
        + " ambassadeur à Berlin après des propos jugés hostiles.\n");
    Files.write(inputs.resolve("d-empty.txt"), new byte[0]);
    Path store = dir.resolve("store");

    Run run = AnalyzeCommandTest.run("", "ingest", "--no-linguistics", "--store", store.toString(), inputs.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("5 stored, 0 skipped as duplicates, 3 errors {EMPTY=1, MALFORMED_JSON=1, NOT_TEXT=1}"),
        run.err());
    try (Store opened = Store.openExisting(store)) {
      assertEquals(5, opened.counts().documents());
      assertEquals(1, opened.search(SearchQuery.of("ambassadeur Berlin", 10)).total(), "the raw article is searchable");
      var raw = opened.search(SearchQuery.of("ambassadeur Berlin", 10)).hits().get(0);
      assertEquals("c-article.txt", raw.id(), "the same ids as analyze gives");
      assertEquals("2021-04-03", raw.published(), "the pipeline read the dateline");
    }
  }

  @Test
  void readsAnalysedRecordsFromStandardInput() throws IOException {
    Path store = dir.resolve("store");
    Run run = AnalyzeCommandTest.run(analysed(), "ingest", "--store", store.toString(), "-");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("3 stored"), run.err());
  }

  @Test
  void exitCodesSayWhatHappened() throws IOException {
    Path store = dir.resolve("store");
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Run nothing = AnalyzeCommandTest.run("", "ingest", "--no-linguistics", "--store", store.toString(), empty.toString());
    assertEquals(1, nothing.exit(), "nothing could be stored: " + nothing.err());
    assertEquals(2, AnalyzeCommandTest.run("", "ingest", "--store", store.toString()).exit(), "a path is required");
    assertEquals(2, AnalyzeCommandTest.run("", "ingest", "--threads", "0", empty.toString()).exit());
    try (Store held = Store.open(store)) {
      Run locked = AnalyzeCommandTest.run("", "ingest", "--store", store.toString(), analysedFile(dir).toString());
      assertEquals(2, locked.exit());
      assertTrue(locked.err().contains("froissart ingest: the store in " + store + " is already open"), locked.err());
      assertEquals(0, held.counts().documents());
    }
  }
}
