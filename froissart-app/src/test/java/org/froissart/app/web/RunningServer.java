package org.froissart.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.froissart.app.StandardPipeline;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.read.InputReader;
import org.froissart.read.ReadOptions;
import org.froissart.store.AnalysedRecords;
import org.froissart.store.Ingestion;
import org.froissart.store.Store;

/**
 * A server on a free port over a store made in a test's folder and filled with analysed records
 * written for the tests (the app tests' three dispatches and error record, and an article with
 * boilerplate, a quote and events); uploads and inbox files are analysed without CoreNLP, in
 * milliseconds.
 */
final class RunningServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  /** The article with every layer: the store numbers it 5, after the fixture's four records. */
  static final long ARTICLE = 5;

  final Store store;
  final WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  /** @param inbox a folder to watch (polled every 100 ms), or null */
  RunningServer(Path dir, Path inbox) throws IOException {
    store = Store.open(dir.resolve("store"));
    try (Ingestion ingestion = store.ingestion()) {
      for (String fixture : new String[] {"/org/froissart/app/analysed.jsonl", "erdogan.jsonl"}) {
        try (InputStream in = RunningServer.class.getResourceAsStream(fixture)) {
          AnalysedRecords.read(in, fixture, ingestion::add);
        }
      }
    }
    ResourceLoader resources = new ResourceLoader(null);
    DocumentWorker worker = new DocumentWorker(store, new InputReader(ReadOptions.DEFAULTS),
        () -> StandardPipeline.create(resources, false, false));
    Inbox watched = null;
    if (inbox != null) {
      watched = new Inbox(inbox, worker);
      watched.start(Duration.ofMillis(100));
    }
    server = WebServer.start(store, worker, watched, 0);
  }

  String url(String path) {
    return "http://localhost:" + server.port() + path;
  }

  /** What an endpoint answered: its status and JSON body. */
  record Answer(int status, JsonNode json) {
  }

  Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
  }

  Answer post(String path, String contentType, String body) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The JSON of a request that must succeed. */
  JsonNode ok(String path) {
    Answer answer = get(path);
    assertEquals(200, answer.status(), path + ": " + answer.json());
    return answer.json();
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), JSON.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls a job until it has finished. */
  JsonNode finished(String job) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      JsonNode state = ok("/api/jobs/" + job);
      if (state.get("state").asText().matches("done|failed")) {
        return state;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("job " + job + " did not finish");
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
