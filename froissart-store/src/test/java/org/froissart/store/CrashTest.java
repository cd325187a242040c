package org.froissart.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM ingesting is killed with SIGKILL, twice, at different points; the store then holds
 * whole documents only, its index agrees with its tables, and ingesting again completes it
 * without a duplicate.
 */
class CrashTest {
  private static final int DISTINCT = 3_000;
  private static final int BATCH = 100;

  @TempDir
  Path dir;

  @Test
  void killedIngestionsLoseNothingAndDuplicateNothing() throws Exception {
    Path input = dir.resolve("input.jsonl");
    int lines = write(input);
    Path storeDir = dir.resolve("store");

    for (int killAfter : List.of(700, 1_900)) {
      List<String> seen = ingestAndKill(storeDir, input, killAfter);
      assertTrue(seen.stream().noneMatch("done"::equals), "killed before the end");
      try (Store store = Store.open(storeDir)) {
        Store.Counts counts = store.counts();
        assertEquals(counts.documents(), counts.indexed(), "the index agrees with the tables on opening");
        assertEquals(counts.documents(), counts.events(), "each document has one event: whole documents only");
        assertEquals(2 * counts.documents(), counts.mentions());
        assertTrue(counts.documents() > 0 && counts.documents() < DISTINCT, "stopped midway: " + counts);
      }
    }

    try (Store store = Store.open(storeDir)) {
      try (Ingestion ingestion = store.ingestion(BATCH);
           InputStream in = Files.newInputStream(input)) {
        AnalysedRecords.read(in, "input", ingestion::add);
      }
      assertEquals(new Store.Counts(DISTINCT, 0, 2L * DISTINCT, DISTINCT, 0, DISTINCT, DISTINCT), store.counts());
      assertEquals(DISTINCT, store.search(SearchQuery.of("teheran", 1)).total(), "every document is searchable once");
      assertEquals(DISTINCT, store.events(EventFilter.NONE, 0, 1).total());
    }
    assertTrue(lines > DISTINCT, "the input repeats some documents");
  }

  /** Runs the child until it has added {@code killAfter} records, then kills it; returns what it printed. */
  private static List<String> ingestAndKill(Path store, Path input, int killAfter) throws IOException, InterruptedException {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), CrashingIngestion.class.getName(), store.toString(),
        input.toString(), Integer.toString(BATCH))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    List<String> seen = new java.util.ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        seen.add(line);
        if (line.equals("added " + killAfter)) {
          child.destroyForcibly();
          break;
        }
      }
    }
    assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ended");
    return seen;
  }

  /** Distinct dispatches, every tenth followed by a copy of an earlier one; returns the number of lines. */
  private static int write(Path input) throws IOException {
    int lines = 0;
    try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (int i = 0; i < DISTINCT; i++) {
        out.write(dispatch(i) + "\n");
        lines++;
        if (i % 10 == 9) {
          out.write(dispatch(i / 2) + "\n");
          lines++;
        }
      }
    }
    return lines;
  }

  private static String dispatch(int i) {
    String text = "Dépêche " + i + " – Le 3 janvier, le ministre iranien a reçu à Téhéran l'envoyé irakien pour la "
        + (i + 1) + "e réunion de la commission mixte.";
    return new Article("depeche-" + i, text).published("2020-01-" + String.format("%02d", i % 28 + 1))
        .outlet("irna", "IRNA", "IRN")
        .mention("m1", "ministre iranien", "PER", null, "IRNGOV")
        .mention("m2", "envoyé irakien", "PER", null, "IRQGOV")
        .timex("t1", "3 janvier", "2020-01-03")
        .event("e1", "042", "CONSULT", 1.9, 1, "a reçu", "m1", "m2", null, "asserted", 0.7)
        .json().toString();
  }
}
