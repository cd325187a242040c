package org.froissart.app;

import java.io.InputStream;
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
import java.util.function.Consumer;
import org.froissart.document.Document;
import org.froissart.document.Failure;
import org.froissart.document.Input;
import org.froissart.document.Outcome;
import org.froissart.pipeline.Pipeline;
import org.froissart.read.InputReader;

/**
 * Reads inputs, analyses them on several threads, and hands one outcome per input, in input
 * order, to a consumer that runs on a single thread of its own (it need not be thread-safe).
 * Memory stays flat on any corpus: reading waits when the consumer falls behind.
 */
final class ParallelAnalysis {
  private final Pipeline pipeline;
  private final InputReader reader;
  private final int threads;

  ParallelAnalysis(Pipeline pipeline, InputReader reader, int threads) {
    this.pipeline = pipeline;
    this.reader = reader;
    this.threads = threads;
  }

  /** Analyses every source and waits for the consumer to take the last outcome; rethrows its failure. */
  void run(List<InputReader.Source> sources, InputStream stdin, Consumer<Outcome> consumer) throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    BlockingQueue<Future<Outcome>> pending = new ArrayBlockingQueue<>(threads * 4);
    Future<Outcome> endOfInput = CompletableFuture.completedFuture(null);
    CompletableFuture<Void> taker = CompletableFuture.runAsync(() -> take(pending, endOfInput, consumer));
    try {
      for (InputReader.Source source : sources) {
        reader.read(source, stdin, input -> enqueue(pending, submit(workers, input), taker));
      }
      enqueue(pending, endOfInput, taker);
      taker.get();
    } catch (ExecutionException | CompletionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } finally {
      workers.shutdownNow();
      workers.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  /** Waits for room in the queue, unless the consumer has stopped (its failure is then rethrown). */
  private static void enqueue(BlockingQueue<Future<Outcome>> pending, Future<Outcome> next, CompletableFuture<Void> taker) {
    try {
      while (!pending.offer(next, 100, TimeUnit.MILLISECONDS)) {
        if (taker.isDone()) {
          taker.join();
          throw new IllegalStateException("the consumer stopped early");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private Future<Outcome> submit(ExecutorService workers, Input input) {
    if (input instanceof Failure failure) {
      return CompletableFuture.completedFuture(failure);
    }
    return workers.submit(() -> pipeline.analyze((Document) input));
  }

  private static void take(BlockingQueue<Future<Outcome>> pending, Future<Outcome> end, Consumer<Outcome> consumer) {
    try {
      for (Future<Outcome> next = pending.take(); next != end; next = pending.take()) {
        consumer.accept(next.get());
      }
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }
}
