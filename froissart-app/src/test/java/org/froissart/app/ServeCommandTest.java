package org.froissart.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.froissart.app.AnalyzeCommandTest.Run;
import org.froissart.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code froissart serve} and {@code demo} refuse, with a clear message, what they cannot serve. */
class ServeCommandTest {
  @TempDir
  Path dir;

  @Test
  void aMissingStoreIsNamed() {
    Run run = AnalyzeCommandTest.run("", "serve", "--store", dir.resolve("nowhere").toString(), "--port", "0");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("froissart serve: there is no store in " + dir.resolve("nowhere")), run.err());
  }

  @Test
  void aStoreHeldElsewhereIsRefused() throws IOException {
    String store = IngestCommandTest.storeOfFixture(dir);
    try (Store held = Store.open(Path.of(store))) {
      Run run = AnalyzeCommandTest.run("", "serve", "--store", store, "--port", "0");
      assertEquals(2, run.exit());
      assertTrue(run.err().contains("froissart serve: the store in " + store + " is already open"), run.err());
    }
  }

  @Test
  void aTakenPortIsNamedAndTheStoreIsLeftFree() throws IOException {
    String store = IngestCommandTest.storeOfFixture(dir);
    try (ServerSocket taken = new ServerSocket(0)) {
      Run run = AnalyzeCommandTest.run("", "serve", "--store", store, "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(2, run.exit());
      assertTrue(run.err().contains("port " + taken.getLocalPort() + " is taken"), run.err());
    }
    try (Store free = Store.openExisting(Path.of(store))) {
      assertEquals(3, free.counts().documents(), "closed after the failed start");
    }
  }

  @Test
  void theDemoNeedsItsArticles() {
    Run run = AnalyzeCommandTest.run("", "demo", "--store", dir.resolve("demo").toString(), dir.resolve("none").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("froissart demo: no articles in " + dir.resolve("none")), run.err());
  }
}
