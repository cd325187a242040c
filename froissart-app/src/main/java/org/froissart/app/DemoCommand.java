package org.froissart.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.froissart.app.web.DocumentWorker;
import org.froissart.app.web.Job;
import org.froissart.read.InputReader;
import org.froissart.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code froissart demo}: stores the bundled example articles, then serves them as {@code serve} does. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Analyse and store the bundled example articles (examples/articles), then serve them: open the"
        + " address printed in a browser. Articles already stored are skipped, so a second run starts at once.",
        "Ctrl-C stops the server."},
    footer = {"", "Examples:", "  froissart demo", "  froissart demo --port 8080 --no-parse"})
public final class DemoCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", arity = "0..1", description = "Articles to store instead of the bundled examples.")
  Path articles = bundledArticles();

  @Option(names = "--store", paramLabel = "DIR", description = "The store's directory, created if needed"
      + " (default: ${DEFAULT-VALUE}).")
  Path store = Path.of("froissart-demo");

  @Option(names = "--port", paramLabel = "N", description = "The port (default: ${DEFAULT-VALUE}).")
  int port = 7070;

  @Mixin
  AnalysisOptions analysis;

  private final PrintStream stderr;

  DemoCommand(PrintStream stderr) {
    this.stderr = stderr;
  }

  /** The examples beside the launcher, which says where it lives; else those of the current directory. */
  private static Path bundledArticles() {
    String home = System.getProperty("froissart.home");
    return (home == null ? Path.of(".") : Path.of(home)).resolve("examples").resolve("articles");
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(articles)) {
      stderr.println("froissart demo: no articles in " + articles + " (run it from Froissart's folder, or name one)");
      return Main.USAGE;
    }
    return ServeCommand.serve("demo", () -> Store.open(store), analysis, port, null, stderr,
        (worker, reader) -> storeArticles(worker, reader.sources(List.of(articles.toString()))));
  }

  /** Hands every article to the worker and reports each as it is done. */
  private void storeArticles(DocumentWorker worker, List<InputReader.Source> sources) throws InterruptedException {
    stderr.println("froissart: storing " + sources.size() + " articles from " + articles + " in " + store);
    CountDownLatch left = new CountDownLatch(sources.size());
    AtomicInteger finished = new AtomicInteger();
    for (InputReader.Source source : sources) {
      worker.submit(source.id(), (reader, sink) -> reader.read(source, null, sink), job -> {
        try {
          stderr.printf("froissart: %d/%d %s: %s%n", finished.incrementAndGet(), sources.size(), source.id(),
              outcome(job));
        } finally {
          left.countDown();
        }
      });
    }
    left.await();
  }

  private static String outcome(Job job) {
    if (job.state() == Job.State.FAILED) {
      return "not stored, " + job.errors().get(0).path("error").path("code").asText();
    }
    Job.StoredDocument document = job.documents().get(0);
    return (document.duplicate() ? "already stored as document " : "stored as document ") + document.doc();
  }
}
