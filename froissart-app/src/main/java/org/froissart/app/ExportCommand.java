package org.froissart.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.froissart.store.Store;
import org.froissart.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code froissart export}: a store's contents as JSON Lines, CSV, Parquet or GEXF. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Export a store.",
        "jsonl: every stored record (spec/output.md), one per line, error records included.",
        "csv: one row per event, GDELT-like columns first (GLOBALEVENTID, SQLDATE, Actor1Code, Actor1Name, Actor2Code,"
            + " Actor2Name, EventCode, EventRootCode, QuadClass, GoldsteinScale, ActionGeo_FullName,"
            + " ActionGeo_CountryCode, SOURCEURL), then Froissart's (actor ids, PLOVER type, status, confidence, outlet,"
            + " document id, trigger).",
        "parquet: one file per table (documents, mentions, timexes, quotes, events) in the --output directory.",
        "gexf: the actor network for Gephi: actors (linked, else CAMEO codes) as nodes, source → target edges"
            + " weighted by their number of events.",
        "Exit code: 0 when written, 2 when the command line is wrong or the store cannot be used."},
    footer = {"", "Examples:", "  froissart export --format csv --output events.csv",
        "  froissart export --format parquet --output parquet/", "  froissart export --format gexf > actors.gexf",
        "  froissart export --store /data/corpus --format jsonl | gzip > corpus.jsonl.gz"})
public final class ExportCommand implements Callable<Integer> {
  @Option(names = "--store", paramLabel = "DIR", description = "The store's directory (default: ${DEFAULT-VALUE}).")
  Path store = Store.DEFAULT_DIRECTORY;

  @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "jsonl, csv, parquet or gexf.")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output"
      + " (for parquet: the directory to write the files in; required).")
  Path output;

  enum Format { jsonl, csv, parquet, gexf }

  private final PrintStream stdout;
  private final PrintStream stderr;

  ExportCommand(PrintStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() throws IOException {
    if (format == Format.parquet && output == null) {
      stderr.println("froissart export: parquet needs --output DIR (one file per table is written there)");
      return Main.USAGE;
    }
    try (Store opened = Store.openExisting(store)) {
      switch (format) {
        case parquet -> opened.exportParquet(output);
        case jsonl -> write(opened::exportJsonl);
        case csv -> write(opened::exportCsv);
        case gexf -> write(opened::exportGexf);
      }
    } catch (StoreException e) {
      stderr.println("froissart export: " + e.getMessage());
      return Main.USAGE;
    }
    if (output != null) {
      stderr.println("froissart export: wrote " + output);
    }
    return 0;
  }

  private void write(Consumer<Writer> export) throws IOException {
    try (Writer out = output == null
        ? new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      export.accept(out);
    }
  }
}
