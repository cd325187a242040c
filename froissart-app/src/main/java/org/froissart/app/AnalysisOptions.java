package org.froissart.app;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.froissart.pipeline.Pipeline;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.read.ReadOptions;
import picocli.CommandLine.Option;

/** The options of the commands that read and analyse articles ({@code analyze}, {@code ingest}), and what they build. */
final class AnalysisOptions {
  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (ISO: 2020-03-02, 2020-03, 2020) for documents that carry none of their own;"
          + " it wins over dates read from the text.")
  String published;

  @Option(names = "--outlet", paramLabel = "OUTLET",
      description = "Outlet (registry id or name) for documents that carry none of their own.")
  String outlet;

  @Option(names = "--threads", paramLabel = "N", description = "Documents analysed at once (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "Encoding of the input files (default UTF-8), e.g. windows-1252.")
  Charset encoding;

  @Option(names = "--max-chars", paramLabel = "N", description = "Larger documents are refused as TOO_LARGE"
      + " (default ${DEFAULT-VALUE}).")
  int maxChars = ReadOptions.DEFAULT_MAX_CHARS;

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

  /** The reading options; an {@link IllegalArgumentException} names a bad value. */
  ReadOptions readOptions() {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1: " + threads);
    }
    return new ReadOptions(published, outlet, encoding, maxChars);
  }

  /** Whether the pipeline loads CoreNLP's models (about 10 s). */
  boolean linguistics() {
    return !noLinguistics;
  }

  /**
   * The pipeline these options ask for.
   *
   * @throws IOException              when an actor dictionary cannot be read
   * @throws IllegalArgumentException when an actor dictionary is malformed
   */
  Pipeline pipeline() throws IOException {
    ResourceLoader loader = new ResourceLoader(resources);
    return StandardPipeline.create(loader, StandardPipeline.knowledgeBase(loader, dictionaries), !noLinguistics, !noParse);
  }
}
