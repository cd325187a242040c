package org.froissart.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.froissart.output.JsonOutput;
import org.froissart.pipeline.Pipeline;
import org.froissart.read.InputReader;
import org.froissart.read.ReadOptions;
import org.froissart.store.AnalysedRecords;
import org.froissart.store.Ingestion;
import org.froissart.store.Store;
import org.froissart.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code froissart ingest}: stores analysed records as they are, and analyses everything else
 * with the same reader and pipeline as {@code analyze} before storing it.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Store documents in a Froissart store (DuckDB tables and a full-text index), for search, queries"
        + " and exports.",
        "A .jsonl file (or standard input) whose first line is an analysed record - a JSON object with an 'error',"
            + " 'entities' or 'events' field, as 'froissart analyze' writes them - is stored as it is, line by line."
            + " Every other input (.txt, .html/.htm, .jsonl of raw articles, directories, -) is first analysed as"
            + " 'froissart analyze' does, with the same options; analysed files are stored first.",
        "A document whose text is already stored is skipped, so ingesting again is safe, and an interrupted"
            + " ingestion loses at most its last batch: run it again. Bad inputs are stored as error records.",
        "Exit code: 0 when at least one document was stored or already there, 1 when none could be, 2 when the"
            + " command line is wrong or the store cannot be used (e.g. another process holds it)."},
    footer = {"", "Examples:", "  froissart analyze examples/articles > analysed.jsonl && froissart ingest analysed.jsonl",
        "  froissart ingest examples/articles", "  froissart ingest --store /data/corpus --published 2020-03-02 dispatches.jsonl",
        "  froissart analyze -q dispatches.jsonl | froissart ingest -"})
public final class IngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or - for standard input.")
  List<String> paths;

  @Option(names = "--store", paramLabel = "DIR", description = "The store's directory, created if needed"
      + " (default: ${DEFAULT-VALUE}).")
  Path store = Store.DEFAULT_DIRECTORY;

  @Mixin
  AnalysisOptions analysis;

  @Option(names = {"-q", "--quiet"}, description = "No progress or summary on standard error.")
  boolean quiet;

  private final InputStream stdin;
  private final PrintStream stderr;

  IngestCommand(InputStream stdin, PrintStream stderr) {
    this.stdin = stdin;
    this.stderr = stderr;
  }

  @Override
  public Integer call() throws Exception {
    ReadOptions readOptions;
    try {
      readOptions = analysis.readOptions();
    } catch (IllegalArgumentException e) {
      stderr.println("froissart ingest: " + e.getMessage());
      return Main.USAGE;
    }
    InputReader reader = new InputReader(readOptions);
    List<InputReader.Source> sources = reader.sources(paths);
    byte[] input = sources.contains(InputReader.Source.STANDARD_INPUT) ? stdin.readAllBytes() : new byte[0];
    List<InputReader.Source> analysed = new ArrayList<>();
    List<InputReader.Source> raw = new ArrayList<>();
    for (InputReader.Source source : sources) {
      (holdsAnalysedRecords(source, input) ? analysed : raw).add(source);
    }

    Progress progress = new Progress(stderr, quiet, "stored", true);
    try (Store opened = Store.open(store); Ingestion ingestion = opened.ingestion()) {
      if (progress.live()) {
        progress.expect(expectedDocuments(sources, input));
      }
      for (InputReader.Source source : analysed) {
        try (InputStream lines = open(source, input)) {
          AnalysedRecords.read(lines, source.id(), (record, where) -> count(ingestion.add(record, where), progress));
        } catch (IOException e) {
          count(ingestion.add(AnalysedRecords.error(source.id(), "UNREADABLE", "cannot read " + source.id() + ": "
              + e.getMessage()), source.id()), progress);
        }
      }
      if (!raw.isEmpty()) {
        if (analysis.linguistics()) {
          progress.note("loading the French models (about 10 s)…");
        }
        Pipeline pipeline;
        try {
          pipeline = analysis.pipeline();
        } catch (IllegalArgumentException | IOException e) {
          stderr.println("froissart ingest: cannot read the resources or actors: " + e.getMessage());
          return Main.USAGE;
        }
        JsonOutput json = new JsonOutput(pipeline.provenance(), false);
        new ParallelAnalysis(pipeline, reader, analysis.threads).run(raw, new ByteArrayInputStream(input),
            outcome -> {
              JsonNode record = json.tree(outcome);
              count(ingestion.add(record, record.get("id").asText()), progress);
            });
      }
      ingestion.close();
      progress.finish();
      if (!quiet) {
        Store.Counts counts = opened.counts();
        stderr.printf("froissart: the store in %s holds %d documents (%d events) and %d error records%n",
            opened.directory(), counts.documents(), counts.events(), counts.errors());
      }
    } catch (StoreException e) {
      stderr.println("froissart ingest: " + e.getMessage());
      return Main.USAGE;
    }
    return progress.successes() + progress.duplicates() > 0 ? 0 : 1;
  }

  private static void count(Ingestion.Admission admission, Progress progress) {
    switch (admission.kind()) {
      case STORED -> progress.succeeded();
      case DUPLICATE -> progress.skippedDuplicate();
      case ERROR -> progress.failed(admission.errorCode());
    }
  }

  /** Whether a source is a .jsonl file, or standard input, whose first record is analysed. */
  private static boolean holdsAnalysedRecords(InputReader.Source source, byte[] input) throws IOException {
    if (!source.isStandardInput()
        && (!source.file().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl") || !Files.isRegularFile(source.file()))) {
      return false;
    }
    try (InputStream lines = open(source, input)) {
      return AnalysedRecords.firstIsAnalysed(lines);
    } catch (IOException e) {
      return false; // read as a raw input, which reports why it cannot be read
    }
  }

  private static InputStream open(InputReader.Source source, byte[] input) throws IOException {
    return source.isStandardInput() ? new ByteArrayInputStream(input) : Files.newInputStream(source.file());
  }

  /** Lines of .jsonl files and standard input, one per other file: what the time left is reckoned on. */
  private static long expectedDocuments(List<InputReader.Source> sources, byte[] input) {
    long documents = 0;
    for (InputReader.Source source : sources) {
      if (source.isStandardInput()) {
        documents += Math.max(1, newlines(new ByteArrayInputStream(input)));
      } else if (source.file().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
        try (InputStream in = Files.newInputStream(source.file())) {
          documents += newlines(in);
        } catch (IOException e) {
          documents++;
        }
      } else {
        documents++;
      }
    }
    return documents;
  }

  private static long newlines(InputStream in) {
    long n = 0;
    byte[] buffer = new byte[1 << 20];
    try {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            n++;
          }
        }
      }
    } catch (IOException e) {
      return n;
    }
    return n;
  }
}
