package org.froissart.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.froissart.actors.KnowledgeBase;
import org.froissart.document.Document;
import org.froissart.document.Failure;
import org.froissart.document.Input;
import org.froissart.document.Outcome;
import org.froissart.output.JsonOutput;
import org.froissart.output.TextSummary;
import org.froissart.pipeline.Pipeline;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.read.InputReader;
import org.froissart.read.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code froissart analyze}: reads articles, runs the pipeline on several threads, and writes one
 * result per input in input order, bad inputs as error records.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Analyse French articles and print the JSON of spec/output.md, one result per input.",
        "Inputs: .txt, .html/.htm and .jsonl files ({\"id\", \"text\" or \"html\", \"published\", \"url\","
            + " \"outlet\", \"title\"} per line), directories (read recursively), and - for standard input.",
        "A bad input gives an error record and the others go on. Exit code: 0 when at least one document was"
            + " analysed, 1 when none could be, 2 when the command line is wrong."},
    footer = {"", "Examples:", "  froissart analyze examples/articles", "  froissart analyze --format text article.txt",
        "  froissart analyze --published 2020-03-02 dispatches.jsonl > out.jsonl", "  cat page.html | froissart analyze -"})
public final class AnalyzeCommand implements java.util.concurrent.Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or - for standard input.")
  List<String> paths;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (ISO: 2020-03-02, 2020-03, 2020) for documents that carry none of their own;"
          + " it wins over dates read from the text.")
  String published;

  @Option(names = "--outlet", paramLabel = "OUTLET",
      description = "Outlet (registry id or name) for documents that carry none of their own.")
  String outlet;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (one JSON object per line, default), json (indented), or text (a readable summary).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Option(names = "--threads", paramLabel = "N", description = "Documents analysed at once (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "Encoding of the input files (default UTF-8), e.g. windows-1252.")
  Charset encoding;

  @Option(names = "--max-chars", paramLabel = "N", description = "Larger documents are refused as TOO_LARGE"
      + " (default ${DEFAULT-VALUE}).")
  int maxChars = ReadOptions.DEFAULT_MAX_CHARS;

  @Option(names = "--tokens", description = "Also write each sentence's tokens (lemma, UPOS, features) and dependencies.")
  boolean tokens;

  @Option(names = "--no-parse", description = "Skip the dependency parser (4 times faster; no dependencies).")
  boolean noParse;

  @Option(names = "--no-linguistics", description = "Only clean, date and attribute the documents (no CoreNLP).")
  boolean noLinguistics;

  @Option(names = "--resources", paramLabel = "DIR",
      description = "A directory whose data files replace the bundled ones (e.g. clean/outlets.tsv).")
  Path resources;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "An actor dictionary in the PETRARCH/Phoenix format to add to the knowledge base (repeatable).")
  List<Path> dictionaries = List.of();

  @Option(names = {"-q", "--quiet"}, description = "No progress or summary on standard error.")
  boolean quiet;

  enum Format { jsonl, json, text }

  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;

  AnalyzeCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() throws Exception {
    ReadOptions readOptions;
    try {
      readOptions = new ReadOptions(published, outlet, encoding, maxChars);
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be at least 1: " + threads);
      }
    } catch (IllegalArgumentException e) {
      stderr.println("froissart analyze: " + e.getMessage());
      return Main.USAGE;
    }
    Progress progress = new Progress(stderr, quiet);
    if (!noLinguistics) {
      progress.note("loading the French models (about 10 s)…");
    }
    ResourceLoader loader = new ResourceLoader(resources);
    KnowledgeBase actors;
    try {
      actors = StandardPipeline.knowledgeBase(loader, dictionaries);
    } catch (IllegalArgumentException | IOException e) {
      stderr.println("froissart analyze: cannot read the actors: " + e.getMessage());
      return Main.USAGE;
    }
    Pipeline pipeline = StandardPipeline.create(loader, actors, !noLinguistics, !noParse);
    JsonOutput json = new JsonOutput(pipeline.provenance(), tokens);
    TextSummary summary = new TextSummary();
    Function<Outcome, String> render = switch (format) {
      case jsonl -> json::line;
      case json -> json::pretty;
      case text -> summary::render;
    };

    try (Writer out = output == null
        ? new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      ExecutorService workers = Executors.newFixedThreadPool(threads);
      // Bounded: reading waits when the workers fall behind, so memory stays flat on any corpus size.
      BlockingQueue<Future<Outcome>> pending = new ArrayBlockingQueue<>(threads * 4);
      Future<Outcome> endOfInput = CompletableFuture.completedFuture(null);
      CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(pending, endOfInput, render, out, progress));
      try {
        new InputReader(readOptions).read(paths, stdin, input -> enqueue(pending, submit(workers, pipeline, input), writer));
        enqueue(pending, endOfInput, writer);
        writer.get();
      } finally {
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
      }
    } catch (ExecutionException | CompletionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
    progress.finish();
    return progress.analysed() > 0 ? 0 : 1;
  }

  /** Waits for room in the queue, unless the writer has stopped (its failure is then rethrown). */
  private static void enqueue(BlockingQueue<Future<Outcome>> pending, Future<Outcome> next, CompletableFuture<Void> writer) {
    try {
      while (!pending.offer(next, 100, TimeUnit.MILLISECONDS)) {
        if (writer.isDone()) {
          writer.join();
          throw new IllegalStateException("the output writer stopped early");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Future<Outcome> submit(ExecutorService workers, Pipeline pipeline, Input input) {
    if (input instanceof Failure failure) {
      return CompletableFuture.completedFuture(failure);
    }
    return workers.submit(() -> pipeline.analyze((Document) input));
  }

  private static void write(BlockingQueue<Future<Outcome>> pending, Future<Outcome> end, Function<Outcome, String> render,
                            Writer out, Progress progress) {
    try {
      for (Future<Outcome> next = pending.take(); next != end; next = pending.take()) {
        Outcome outcome = next.get();
        out.write(render.apply(outcome));
        out.write('\n');
        progress.done(outcome);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }
}
