package org.froissart.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.froissart.app.web.DocumentWorker;
import org.froissart.app.web.Inbox;
import org.froissart.app.web.WebServer;
import org.froissart.read.InputReader;
import org.froissart.store.Store;
import org.froissart.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code froissart serve}: the REST API and web interface over a store, with uploads and an inbox folder. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Serve a store: the web interface at / and the REST API under /api (described at /api/openapi.json).",
        "The server owns the store while it runs, so documents are added through it: uploads (POST /api/documents,"
            + " or the interface's form) and the files put in --inbox are analysed one at a time, as 'froissart"
            + " ingest' does it, with the analysis options below; the French models load on first need.",
        "Inbox files go to DIR/done/ once stored, or to DIR/failed/ with their error records (NAME.errors.jsonl).",
        "Ctrl-C stops the server; the job under way finishes first.",
        "Exit code: 2 when the command line is wrong, the store is missing or held by another process, or the port is"
            + " taken."},
    footer = {"", "Examples:", "  froissart serve", "  froissart serve --store /data/corpus --port 8080 --inbox /data/inbox"})
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--store", paramLabel = "DIR", description = "The store's directory (default: ${DEFAULT-VALUE}).")
  Path store = Store.DEFAULT_DIRECTORY;

  @Option(names = "--port", paramLabel = "N", description = "The port (default: ${DEFAULT-VALUE}).")
  int port = 7070;

  @Option(names = "--inbox", paramLabel = "DIR", description = "A folder watched for new files to analyse and store.")
  Path inbox;

  @Mixin
  AnalysisOptions analysis;

  /** How often the inbox is looked at. */
  static final Duration INBOX_POLL = Duration.ofSeconds(2);

  private final PrintStream stderr;

  ServeCommand(PrintStream stderr) {
    this.stderr = stderr;
  }

  @Override
  public Integer call() {
    return serve("serve", () -> Store.openExisting(store), analysis, port, inbox, stderr, (worker, reader) -> { });
  }

  /** What to do once the server runs, before saying where it is (the demo stores its articles). */
  interface Startup {
    void run(DocumentWorker worker, InputReader reader) throws Exception;
  }

  /**
   * Opens a store and serves it until Ctrl-C, then closes it; returns the exit code when it cannot
   * start (a bad option, a store missing or held elsewhere, a taken port).
   *
   * @param command the command's name, for messages
   */
  static int serve(String command, Supplier<Store> opener, AnalysisOptions analysis, int port, Path inboxFolder,
                   PrintStream stderr, Startup startup) {
    InputReader reader;
    Store store;
    try {
      reader = new InputReader(analysis.readOptions());
      store = opener.get();
    } catch (IllegalArgumentException | StoreException e) {
      stderr.println("froissart " + command + ": " + e.getMessage());
      return Main.USAGE;
    }
    DocumentWorker worker = new DocumentWorker(store, reader, () -> {
      stderr.println("froissart: loading the French models (about 10 s)…");
      return analysis.pipeline();
    });
    WebServer server;
    try {
      Inbox inbox = inboxFolder == null ? null : new Inbox(inboxFolder, worker);
      server = WebServer.start(store, worker, inbox, port);
      if (inbox != null) {
        inbox.start(INBOX_POLL);
      }
    } catch (IOException | IllegalStateException e) {
      stderr.println("froissart " + command + ": " + (e instanceof IOException ? "cannot use the inbox: " : "")
          + e.getMessage());
      worker.close();
      store.close();
      return Main.USAGE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      stopped.countDown();
    }, "froissart-shutdown"));
    try {
      startup.run(worker, reader);
      stderr.println("froissart: serving the store in " + store.directory() + " at http://localhost:" + server.port()
          + "/ (Ctrl-C stops)" + (inboxFolder == null ? "" : "; inbox: " + inboxFolder));
      stopped.await();
    } catch (Exception e) {
      stderr.println("froissart " + command + ": " + e.getMessage());
      return 1;
    }
    return 0;
  }
}
