package org.froissart.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.froissart.app.AnalyzeCommandTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code froissart search} on a store of analysed records. */
class SearchCommandTest {
  @TempDir
  Path dir;
  String store;

  @BeforeEach
  void ingest() throws IOException {
    store = IngestCommandTest.storeOfFixture(dir);
  }

  @Test
  void printsHitsWithTheMatchesMarked() {
    Run run = AnalyzeCommandTest.run("", "search", "--store", store, "teheran");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("1 document matches. Outlets: afp 1. Years: 2019 1."), run.out());
    assertTrue(run.out().contains("1. ankara.txt  (doc 1)  afp  2019-11-20"), run.out());
    assertTrue(run.out().contains("   Ankara et Téhéran relancent le dialogue"), run.out());

    Run words = AnalyzeCommandTest.run("", "search", "--store", store, "manifestant", "ambassade");
    assertTrue(words.out().contains("Des centaines de [manifestants] jordaniens"), words.out());
    assertTrue(words.out().contains("devant l'[ambassade] d'Israël"), words.out());
  }

  @Test
  void pagesAndFilters() {
    Run all = AnalyzeCommandTest.run("", "search", "--store", store, "ministre | gouvernement | manifestants");
    assertTrue(all.out().startsWith("3 documents match."), all.out());
    Run second = AnalyzeCommandTest.run("", "search", "--store", store, "--limit", "1", "--offset", "1",
        "ministre | gouvernement | manifestants");
    assertTrue(second.out().contains("\n2. ") && !second.out().contains("\n1. ") && !second.out().contains("\n3. "),
        second.out());
    Run petra = AnalyzeCommandTest.run("", "search", "--store", store, "--outlet", "petra", "ministre | manifestants");
    assertTrue(petra.out().startsWith("1 document matches."), petra.out());
    assertTrue(petra.out().contains("amman.txt"), petra.out());
  }

  @Test
  void exitCodesSayWhetherAnythingMatched() {
    assertEquals(1, AnalyzeCommandTest.run("", "search", "--store", store, "Caracas").exit());
    Run missing = AnalyzeCommandTest.run("", "search", "--store", dir.resolve("nowhere").toString(), "Caracas");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("there is no store in"), missing.err());
    assertEquals(2, AnalyzeCommandTest.run("", "search", "--store", store, "--limit", "0", "Ankara").exit());
    assertEquals(2, AnalyzeCommandTest.run("", "search", "--store", store).exit(), "a query is required");
  }
}
