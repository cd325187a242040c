package org.froissart.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.froissart.document.Document;
import org.froissart.document.Failure;
import org.froissart.document.Input;
import org.froissart.output.JsonOutput;
import org.froissart.pipeline.Pipeline;
import org.froissart.read.InputReader;
import org.froissart.store.AnalysedRecords;
import org.froissart.store.Ingestion;
import org.froissart.store.Store;
import org.froissart.store.StoreException;

/**
 * Analyses and stores documents one job at a time, on a thread of its own: uploads, inbox files
 * and the demo's articles go through the reader, pipeline and ingestion that {@code ingest} uses.
 * A document whose text the store already holds is not analysed again. The pipeline (CoreNLP,
 * about 10 s) is built when the first document needs it. Each job is committed before the next
 * starts, so what a finished job stored is durable and searchable. {@link #submit} and
 * {@link #job} are thread-safe.
 */
public final class DocumentWorker implements AutoCloseable {
  /** Builds the analysis pipeline; called on the worker's thread, at most once when it succeeds. */
  public interface PipelineFactory {
    Pipeline create() throws IOException;
  }

  /** Hands a job's inputs to a sink: a file read by extension, or an upload read as standard input is. */
  public interface Inputs {
    void read(InputReader reader, Consumer<Input> sink);
  }

  /** Finished jobs kept for {@code /api/jobs/{id}}; the oldest are forgotten first. */
  private static final int JOBS_KEPT = 10_000;

  private final Store store;
  private final InputReader reader;
  private final PipelineFactory pipelines;
  private final Ingestion ingestion;
  private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
      task -> {
        Thread t = new Thread(task, "froissart-worker");
        t.setDaemon(true);
        return t;
      });
  private final Map<String, Job> jobs = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
      return size() > JOBS_KEPT;
    }
  };
  private final AtomicLong lastId = new AtomicLong();
  private final AtomicInteger waiting = new AtomicInteger();
  /** Touched on the worker's thread only. */
  private Pipeline pipeline;

  /** Opens the store's ingestion, which the worker holds until closed. */
  public DocumentWorker(Store store, InputReader reader, PipelineFactory pipelines) {
    this.store = store;
    this.reader = reader;
    this.pipelines = pipelines;
    this.ingestion = store.ingestion();
  }

  /**
   * Queues a job.
   *
   * @param source     what it is, for people: {@code upload}, a file name
   * @param whenDone   called on the worker's thread with the finished job
   * @return the job as queued; {@link #job} tells how it goes on
   */
  public Job submit(String source, Inputs inputs, Consumer<Job> whenDone) {
    Job job = Job.queued(String.valueOf(lastId.incrementAndGet()), source);
    put(job);
    waiting.incrementAndGet();
    thread.execute(() -> {
      waiting.decrementAndGet();
      Job finished = run(job.running(), inputs);
      put(finished);
      whenDone.accept(finished);
    });
    return job;
  }

  /** A job by its id, while it is among the last {@value #JOBS_KEPT}. */
  public Optional<Job> job(String id) {
    synchronized (jobs) {
      return Optional.ofNullable(jobs.get(id));
    }
  }

  /** Jobs queued and not started yet. */
  public int queued() {
    return waiting.get();
  }

  private void put(Job job) {
    synchronized (jobs) {
      jobs.put(job.id(), job);
    }
  }

  /** A document added to the ingestion, or found in the store: numbered once the job is committed. */
  private record Taken(String id, String text, boolean duplicate) {
  }

  private Job run(Job job, Inputs inputs) {
    put(job);
    List<Taken> taken = new ArrayList<>();
    List<JsonNode> errors = new ArrayList<>();
    try {
      inputs.read(reader, input -> take(input, taken, errors));
      ingestion.commit();
    } catch (RuntimeException e) {
      // The store failed (reopen it to go on), or a bug: the job says so, and the worker goes on.
      errors.add(AnalysedRecords.error(job.source(), e instanceof StoreException ? "STORE_FAILED" : "ANALYSIS_FAILED",
          "cannot analyse and store " + job.source() + ": " + e));
      return job.finished(List.of(), errors);
    }
    List<Job.StoredDocument> stored = new ArrayList<>();
    for (Taken t : taken) {
      store.documentWithText(t.text())
          .ifPresent(doc -> stored.add(new Job.StoredDocument(doc, t.id(), t.duplicate())));
    }
    if (stored.isEmpty() && errors.isEmpty()) {
      errors.add(AnalysedRecords.error(job.source(), "EMPTY", "no document in " + job.source()));
    }
    return job.finished(stored, errors);
  }

  /** Analyses one input, unless the store holds its text already, and adds its record to the ingestion. */
  private void take(Input input, List<Taken> taken, List<JsonNode> errors) {
    if (input instanceof Failure failure) {
      JsonNode record = AnalysedRecords.error(failure.id(), failure.code(), failure.message());
      ingestion.add(record, failure.id());
      errors.add(record);
      return;
    }
    Document document = (Document) input;
    if (store.documentWithText(document.text()).isPresent()) {
      taken.add(new Taken(document.id(), document.text(), true));
      return;
    }
    Pipeline analysis;
    try {
      analysis = pipeline();
    } catch (IOException | RuntimeException e) {
      // Not the document's fault: nothing is stored, so that it can be sent again.
      errors.add(AnalysedRecords.error(document.id(), "ANALYSIS_FAILED", "cannot build the analysis pipeline: "
          + e.getMessage()));
      return;
    }
    JsonNode record = new JsonOutput(analysis.provenance(), false).tree(analysis.analyze(document));
    Ingestion.Admission admission = ingestion.add(record, document.id());
    if (record.has("error")) {
      errors.add(record); // stored once, like every error record, however often it comes again
    } else if (admission.kind() == Ingestion.Admission.Kind.ERROR) {
      errors.add(AnalysedRecords.error(document.id(), admission.errorCode(), "the analysed record could not be stored"
          + " as it is"));
    } else {
      taken.add(new Taken(document.id(), document.text(), admission.kind() == Ingestion.Admission.Kind.DUPLICATE));
    }
  }

  private Pipeline pipeline() throws IOException {
    if (pipeline == null) {
      pipeline = pipelines.create();
    }
    return pipeline;
  }

  /** Lets the job under way finish, drops the queued ones (an inbox file stays in the inbox), and commits. */
  @Override
  public void close() {
    thread.getQueue().clear();
    thread.shutdown();
    try {
      thread.awaitTermination(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ingestion.close();
    }
  }
}
