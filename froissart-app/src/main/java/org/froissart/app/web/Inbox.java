package org.froissart.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.froissart.read.InputReader;

/**
 * A folder polled for new files (.txt, .html, .jsonl… read as {@code analyze} reads them): each
 * goes to the {@link DocumentWorker}, then to {@code done/} when something of it is stored, else
 * to {@code failed/}, with its error records beside it in {@code NAME.errors.jsonl}. A file is
 * taken once it has kept its size and time for a whole poll, so that one still being written is
 * left alone; a file is never taken twice, and one left by a stopped server is taken at the next
 * start (the store skips what it already holds).
 */
public final class Inbox implements AutoCloseable {
  private final Path folder;
  private final Path done;
  private final Path failed;
  private final DocumentWorker worker;
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread t = new Thread(task, "froissart-inbox");
    t.setDaemon(true);
    return t;
  });
  /** Size and time of each file at the last poll; touched on the poller's thread only. */
  private final Map<Path, Stamp> seen = new HashMap<>();
  /** Files handed to the worker and not moved yet. */
  private final Set<Path> taken = ConcurrentHashMap.newKeySet();

  /** Creates the folder and its {@code done/} and {@code failed/} when needed; polling starts with {@link #start}. */
  public Inbox(Path folder, DocumentWorker worker) throws IOException {
    this.folder = folder;
    this.done = Files.createDirectories(folder.resolve("done"));
    this.failed = Files.createDirectories(folder.resolve("failed"));
    this.worker = worker;
  }

  public Path folder() {
    return folder;
  }

  public void start(Duration interval) {
    poller.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void poll() {
    Map<Path, Stamp> now;
    try (Stream<Path> files = Files.list(folder)) {
      now = files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
          .collect(Collectors.toMap(f -> f, Inbox::stamp));
    } catch (IOException | UncheckedIOException e) {
      return; // the folder went away for a while: the next poll tries again
    }
    for (Map.Entry<Path, Stamp> file : now.entrySet()) {
      if (file.getValue().equals(seen.get(file.getKey())) && taken.add(file.getKey())) {
        submit(file.getKey());
      }
    }
    seen.keySet().retainAll(now.keySet());
    seen.putAll(now);
  }

  private record Stamp(long size, FileTime time) {
  }

  private static Stamp stamp(Path file) {
    try {
      return new Stamp(Files.size(file), Files.getLastModifiedTime(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void submit(Path file) {
    String name = file.getFileName().toString();
    worker.submit(name, (reader, sink) -> reader.read(new InputReader.Source(name, file), null, sink),
        job -> file(file, job));
  }

  /** Moves the file out of the inbox, and writes its error records beside it. */
  private void file(Path file, Job job) {
    Path folderFor = job.state() == Job.State.DONE ? done : failed;
    String name = file.getFileName().toString();
    Path target = folderFor.resolve(name);
    if (Files.exists(target)) {
      target = folderFor.resolve("job-" + job.id() + "-" + name);
    }
    try {
      Files.move(file, target);
      taken.remove(file);
      if (!job.errors().isEmpty()) {
        Files.writeString(folderFor.resolve(target.getFileName() + ".errors.jsonl"),
            job.errors().stream().map(JsonNode::toString).collect(Collectors.joining("\n", "", "\n")));
      }
    } catch (IOException e) {
      // Left in the inbox (and not taken again): the next start takes it, and skips what is stored.
      System.err.println("froissart: cannot move " + file + " out of the inbox: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    poller.shutdownNow();
  }
}
