package org.froissart.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.froissart.document.Outcome;
import org.froissart.output.JsonOutput;
import org.froissart.output.TextSummary;
import org.froissart.pipeline.Pipeline;
import org.froissart.read.InputReader;
import org.froissart.read.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin
  AnalysisOptions analysis;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (one JSON object per line, default), json (indented), or text (a readable summary).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Option(names = "--tokens", description = "Also write each sentence's tokens (lemma, UPOS, features) and dependencies.")
  boolean tokens;

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
      readOptions = analysis.readOptions();
    } catch (IllegalArgumentException e) {
      stderr.println("froissart analyze: " + e.getMessage());
      return Main.USAGE;
    }
    Progress progress = new Progress(stderr, quiet);
    if (analysis.linguistics()) {
      progress.note("loading the French models (about 10 s)…");
    }
    Pipeline pipeline;
    try {
      pipeline = analysis.pipeline();
    } catch (IllegalArgumentException | IOException e) {
      stderr.println("froissart analyze: cannot read the resources or actors: " + e.getMessage());
      return Main.USAGE;
    }
    JsonOutput json = new JsonOutput(pipeline.provenance(), tokens);
    TextSummary summary = new TextSummary();
    Function<Outcome, String> render = switch (format) {
      case jsonl -> json::line;
      case json -> json::pretty;
      case text -> summary::render;
    };
    InputReader reader = new InputReader(readOptions);
    try (Writer out = output == null
        ? new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8))
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      new ParallelAnalysis(pipeline, reader, analysis.threads).run(reader.sources(paths), stdin, outcome -> {
        try {
          out.write(render.apply(outcome));
          out.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        progress.done(outcome);
      });
    }
    progress.finish();
    return progress.successes() > 0 ? 0 : 1;
  }
}
