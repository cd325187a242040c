package org.froissart.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.froissart.app.StandardPipeline;
import org.froissart.corenlp.PlainCoreNlpBaseline;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.document.Failure;
import org.froissart.document.Layer;
import org.froissart.document.Outcome;
import org.froissart.output.JsonOutput;
import org.froissart.pipeline.DocumentRejected;
import org.froissart.pipeline.Pipeline;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.pipeline.Stage;
import org.froissart.read.InputReader;
import org.froissart.read.ReadOptions;

/**
 * Benchmark command: {@code AnalyzeBenchmark --mode froissart|corenlp [--threads N] INPUT.jsonl}.
 * Processes every document of a JSONL file ({@code id}, {@code text}, optional {@code published})
 * on N threads, either with Froissart's whole analysis as {@code froissart analyze} does it
 * (pipeline and JSON serialisation) or with plain CoreNLP French ({@link PlainCoreNlpBaseline}),
 * and prints one JSON line of measures on standard output, progress on standard error.
 *
 * <p>One mode per JVM, so that each is measured on its own heap and resident memory;
 * {@code run-analyze-benchmark.sh} runs both and reports Froissart's throughput as a ratio to the
 * baseline. Model loading ({@code load_s}) is timed apart from processing ({@code run_s}); memory
 * is in MiB, the heap's peak and the process's peak resident size, loading included. In Froissart
 * mode, {@code stage_share} gives each stage's part of the time spent in all stages.
 */
public final class AnalyzeBenchmark {
  private static final String USAGE = "usage: AnalyzeBenchmark --mode froissart|corenlp [--threads N] INPUT.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double MIB = 1024 * 1024;

  private AnalyzeBenchmark() {
  }

  /** Nanoseconds spent in each stage of Froissart's pipeline, summed over threads (empty for the baseline). */
  private static final Map<String, LongAdder> STAGE_NANOS = new ConcurrentHashMap<>();

  /** A stage that adds the time it takes to {@link #STAGE_NANOS}. */
  private record TimedStage(Stage stage) implements Stage {
    @Override
    public String name() {
      return stage.name();
    }

    @Override
    public Set<Layer<?>> requires() {
      return stage.requires();
    }

    @Override
    public Set<Layer<?>> provides() {
      return stage.provides();
    }

    @Override
    public Map<String, String> resources() {
      return stage.resources();
    }

    @Override
    public AnalyzedDocument apply(AnalyzedDocument document) throws DocumentRejected {
      long start = System.nanoTime();
      try {
        return stage.apply(document);
      } finally {
        STAGE_NANOS.computeIfAbsent(stage.name(), n -> new LongAdder()).add(System.nanoTime() - start);
      }
    }
  }

  /** What processing one document yields: sentences found, bytes of JSON written, and whether it failed. */
  record Processed(int sentences, long outputBytes, boolean failed) {
  }

  /** What is timed; {@link #load} builds the models and returns the function that processes one document. */
  enum Mode {
    /** Froissart's analysis and its JSON output, as {@code froissart analyze} does them. */
    froissart {
      @Override
      Function<Document, Processed> load() {
        Pipeline pipeline = new Pipeline(StandardPipeline.stages(ResourceLoader.bundled(), true, true).stream()
            .<Stage>map(TimedStage::new).toList());
        JsonOutput json = new JsonOutput(pipeline.provenance(), false);
        return document -> {
          Outcome outcome = pipeline.analyze(document);
          long bytes = json.line(outcome).getBytes(StandardCharsets.UTF_8).length;
          return outcome instanceof Failure
              ? new Processed(0, bytes, true)
              : new Processed(((AnalyzedDocument) outcome).get(Layer.SENTENCES).size(), bytes, false);
        };
      }
    },
    /** The baseline: plain CoreNLP French over the raw text. */
    corenlp {
      @Override
      Function<Document, Processed> load() {
        PlainCoreNlpBaseline baseline = new PlainCoreNlpBaseline();
        // As Froissart's pipeline does, a document CoreNLP fails on counts as an error and the run goes on.
        return document -> {
          try {
            return new Processed(baseline.annotate(document.text()), 0, false);
          } catch (RuntimeException e) {
            log(this, document.id() + " failed: " + e);
            return new Processed(0, 0, true);
          }
        };
      }
    };

    abstract Function<Document, Processed> load();
  }

  public static void main(String[] args) throws Exception {
    Mode mode = null;
    int threads = Runtime.getRuntime().availableProcessors();
    Path input = null;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--mode" -> mode = Mode.valueOf(args[++i]);
          case "--threads" -> threads = Integer.parseInt(args[++i]);
          default -> {
            if (args[i].startsWith("--") || input != null) {
              throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            input = Path.of(args[i]);
          }
        }
      }
      if (mode == null || input == null || threads < 1) {
        throw new IllegalArgumentException("--mode and INPUT.jsonl are required, --threads at least 1");
      }
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      System.err.println("AnalyzeBenchmark: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
    System.out.println(JSON.writeValueAsString(measure(mode, threads, input)));
  }

  private static ObjectNode measure(Mode mode, int threads, Path input) throws Exception {
    List<Document> articles = readDocuments(input);
    log(mode, "loading the models…");
    long loadStart = System.nanoTime();
    Function<Document, Processed> process = mode.load();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    log(mode, String.format("loaded in %.1f s; processing %d documents on %d threads…", loadSeconds,
        articles.size(), threads));

    AtomicInteger done = new AtomicInteger();
    List<Callable<Processed>> tasks = new ArrayList<>();
    for (Document article : articles) {
      tasks.add(() -> {
        Processed processed = process.apply(article);
        int count = done.incrementAndGet();
        if (count % 50 == 0) {
          log(mode, count + "/" + articles.size() + " documents");
        }
        return processed;
      });
    }
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    long runStart = System.nanoTime();
    List<Future<Processed>> results;
    try {
      results = workers.invokeAll(tasks);
    } finally {
      workers.shutdown();
    }
    double runSeconds = (System.nanoTime() - runStart) / 1e9;

    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    long sentences = 0;
    long outputBytes = 0;
    int errors = 0;
    for (Future<Processed> result : results) {
      Processed processed = result.get();
      sentences += processed.sentences();
      outputBytes += processed.outputBytes();
      errors += processed.failed() ? 1 : 0;
    }
    log(mode, String.format("done in %.1f s, %d errors", runSeconds, errors));

    ObjectNode line = JSON.createObjectNode();
    line.put("mode", mode.name());
    line.put("threads", threads);
    line.put("documents", articles.size());
    line.put("chars", chars);
    line.put("sentences", sentences);
    line.put("errors", errors);
    line.put("output_bytes", outputBytes);
    line.put("load_s", round(loadSeconds));
    line.put("run_s", round(runSeconds));
    line.put("docs_per_s", round(articles.size() / runSeconds));
    line.put("chars_per_s", Math.round(chars / runSeconds));
    line.put("peak_heap_mb", round(peakHeapBytes() / MIB));
    line.put("peak_rss_mb", peakRssMegabytes());
    // Each stage's share of the time spent in all stages: the whole pipeline is the baseline.
    double allStages = STAGE_NANOS.values().stream().mapToLong(LongAdder::sum).sum();
    ObjectNode shares = line.putObject("stage_share");
    STAGE_NANOS.forEach((stage, nanos) -> shares.put(stage, Math.round(nanos.sum() / allStages * 10000) / 10000.0));
    return line;
  }

  /** The input as {@code analyze} reads it; a line it cannot read stops the benchmark, which needs every text. */
  private static List<Document> readDocuments(Path input) {
    List<Document> documents = new ArrayList<>();
    new InputReader(ReadOptions.DEFAULTS).read(List.of(input.toString()), System.in, read -> {
      if (read instanceof Failure failure) {
        throw new IllegalArgumentException(input + ": " + failure.id() + ": " + failure.message());
      }
      documents.add((Document) read);
    });
    return documents;
  }

  /** Peak of the heap since the JVM started, summed over its pools (each at its own peak): loading included. */
  private static long peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }

  /** The process's peak resident memory in MiB (VmHWM, Linux), or null where it cannot be read. */
  private static Double peakRssMegabytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kibibytes = Long.parseLong(line.replaceAll("\\D", ""));
          return round(kibibytes / 1024.0);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Not Linux, or a kernel that does not say: the field is reported as null.
    }
    return null;
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static void log(Mode mode, String message) {
    System.err.println("bench " + mode + ": " + message);
  }
}
