package org.froissart.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Stores analysed records ({@code spec/output.md}) in batches. A batch is written to DuckDB in one
 * transaction (all of a document's rows or none), then added to the Lucene index and committed
 * there; a crash at any point leaves DuckDB with whole batches, and the next {@link Store#open}
 * brings Lucene back in line with it. A record whose text (for an error record: id and error
 * code) is already stored, or already added, is skipped. A record that cannot be read is stored
 * as an error record in its place, and the others go on.
 *
 * <p>Records are read and checked on the caller's thread while the previous batch is written on
 * threads of the ingestion's own, one for DuckDB and one that adds the batch to the index at the
 * same time; the index commits only after DuckDB has. Not thread-safe: one thread adds; one
 * ingestion at a time per store. Close it to write the last batch. After a write fails, every
 * call throws that failure: reopen the store and ingest again (what was stored is skipped).
 */
public final class Ingestion implements AutoCloseable {
  /**
   * What became of a record.
   *
   * @param errorCode the error record's code when {@code kind} is {@code ERROR}, else null
   */
  public record Admission(Kind kind, String errorCode) {
    public static final Admission STORED = new Admission(Kind.STORED, null);
    public static final Admission DUPLICATE = new Admission(Kind.DUPLICATE, null);

    public enum Kind {
      /** an analysed document, stored (durable once its batch is written) */
      STORED,
      /** skipped: the same text is already stored */
      DUPLICATE,
      /** an error record (the input's own, or the store's for a record it could not read), stored */
      ERROR
    }

    public static Admission error(String code) {
      return new Admission(Kind.ERROR, code);
    }
  }

  private final Store store;
  private final DuckDBConnection connection;
  private final TextIndex index;
  private final Set<ContentKey> known;
  private final int batchSize;
  private final ExecutorService writer = Executors.newSingleThreadExecutor(daemon("froissart-store-writer"));
  private final ExecutorService indexer = Executors.newSingleThreadExecutor(daemon("froissart-store-indexer"));
  private List<RecordRows> batch = new ArrayList<>();
  private Future<?> writing = CompletableFuture.completedFuture(null);
  private long nextDoc;
  private StoreException failure;
  private boolean closed;

  /** The first 128 bits of a content hash: enough to tell documents apart, at 16 bytes each in memory. */
  record ContentKey(long high, long low) {
    static ContentKey of(String hexHash) {
      return new ContentKey(Long.parseUnsignedLong(hexHash.substring(0, 16), 16),
          Long.parseUnsignedLong(hexHash.substring(16, 32), 16));
    }
  }

  /**
   * @param known   the content keys of the stored documents; the ingestion adds to it
   * @param nextDoc the number the next stored document gets
   */
  Ingestion(Store store, DuckDBConnection connection, TextIndex index, Set<ContentKey> known, long nextDoc,
            int batchSize) {
    this.store = store;
    this.connection = connection;
    this.index = index;
    this.known = known;
    this.nextDoc = nextDoc;
    this.batchSize = batchSize;
  }

  /**
   * Adds one record to the batch, and hands the batch to the writing thread when it is full.
   *
   * @param record an analysed record (a document or an {@code error} record)
   * @param where  where it comes from ({@code file.jsonl:12}): its id in an error record when it has none of its own
   * @throws StoreException when writing a batch failed (DuckDB or Lucene)
   */
  public Admission add(JsonNode record, String where) {
    usable();
    RecordRows rows;
    try {
      rows = RecordRows.read(record, where);
    } catch (RecordRows.InvalidRecord e) {
      rows = RecordRows.error(ownId(record, where), "INVALID_RECORD", e.getMessage());
    }
    if (!known.add(ContentKey.of(rows.hash()))) {
      return Admission.DUPLICATE;
    }
    batch.add(rows);
    if (batch.size() >= batchSize) {
      handOff();
    }
    return rows.isError() ? Admission.error(rows.errorCode()) : Admission.STORED;
  }

  private static String ownId(JsonNode record, String where) {
    JsonNode id = record == null ? null : record.get("id");
    return id != null && id.isTextual() && !id.asText().isEmpty() ? id.asText() : where;
  }

  /** Writes what was added so far and waits until it is durable. */
  public void commit() {
    usable();
    handOff();
    awaitWriting();
  }

  /** Writes the last batch and waits for it. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      if (failure == null) {
        commit();
      }
    } finally {
      closed = true;
      writer.shutdownNow();
      indexer.shutdownNow();
      store.ingestionClosed();
    }
  }

  private void usable() {
    if (closed) {
      throw new IllegalStateException("the ingestion is closed");
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Waits for the batch being written, then gives the writing thread the current one. */
  private void handOff() {
    awaitWriting();
    if (batch.isEmpty()) {
      return;
    }
    List<RecordRows> rows = batch;
    long first = nextDoc;
    batch = new ArrayList<>();
    nextDoc += rows.size();
    writing = writer.submit(() -> {
      Future<?> indexing = indexer.submit(() -> addToIndex(rows, first));
      try {
        writeDatabase(rows, first);
      } catch (StoreException e) {
        dropFromIndex(indexing, first, first + rows.size() - 1, e);
        throw e;
      }
      commitIndex(indexing);
      return null;
    });
  }

  private static ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  private void awaitWriting() {
    try {
      writing.get();
    } catch (ExecutionException e) {
      failure = e.getCause() instanceof StoreException se ? se
          : new StoreException("cannot write to the store: " + e.getCause(), e.getCause());
      throw failure;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = new StoreException("interrupted while writing to the store", e);
      throw failure;
    }
  }

  private void writeDatabase(List<RecordRows> rows, long first) {
    try {
      execute("BEGIN TRANSACTION");
      try {
        append(rows, first);
        execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        try {
          execute("ROLLBACK");
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot write to the store's database: " + e.getMessage(), e);
    }
  }

  private Void addToIndex(List<RecordRows> rows, long first) throws IOException {
    for (int i = 0; i < rows.size(); i++) {
      RecordRows r = rows.get(i);
      if (!r.isError()) {
        index.add(new TextIndex.Entry(first + i, r.id(), r.title(), r.text(), r.outlet(), r.published(), r.language()));
      }
    }
    return null;
  }

  /** Commits the batch added to the index, once DuckDB holds it. */
  private void commitIndex(Future<?> indexing) throws InterruptedException {
    try {
      indexing.get();
      index.commit();
    } catch (ExecutionException | IOException | RuntimeException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new StoreException("cannot write to the store's text index (reopening the store re-indexes): "
          + cause.getMessage(), cause);
    }
  }

  /** Takes back what DuckDB refused from the index, so that no later commit makes it searchable. */
  private void dropFromIndex(Future<?> indexing, long first, long last, StoreException failure)
      throws InterruptedException {
    try {
      indexing.get();
      index.delete(first, last);
    } catch (ExecutionException | IOException e) {
      failure.addSuppressed(e);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  private void append(List<RecordRows> batch, long first) throws SQLException {
    try (DuckDBAppender documents = connection.createAppender("documents");
         DuckDBAppender mentions = connection.createAppender("mentions");
         DuckDBAppender timexes = connection.createAppender("timexes");
         DuckDBAppender quotes = connection.createAppender("quotes");
         DuckDBAppender events = connection.createAppender("events")) {
      for (int i = 0; i < batch.size(); i++) {
        long doc = first + i;
        RecordRows r = batch.get(i);
        documents.beginRow().append(doc);
        text(documents, r.id(), r.hash(), r.language(), r.title(), r.published(), r.publishedMethod(), r.outlet(),
            r.outletName(), r.outletCountry(), r.url(), r.text(), r.errorCode(), r.errorMessage(), r.json());
        documents.endRow();
        for (RecordRows.Mention m : r.mentions()) {
          mentions.beginRow().append(doc).append(m.id()).append(m.start()).append(m.end());
          text(mentions, m.text(), m.type(), m.actor(), m.code(), m.role());
          mentions.endRow();
        }
        for (RecordRows.Timex t : r.timexes()) {
          timexes.beginRow().append(doc).append(t.id()).append(t.start()).append(t.end());
          text(timexes, t.text(), t.type(), t.value(), t.anchor());
          timexes.endRow();
        }
        for (RecordRows.Quote q : r.quotes()) {
          quotes.beginRow().append(doc).append(q.id()).append(q.start()).append(q.end());
          text(quotes, q.text(), q.kind(), q.speakerMention(), q.speakerText(), q.speakerActor(), q.speakerCode(),
              q.cueText(), q.sourceText(), q.sourceActor());
          quotes.endRow();
        }
        for (RecordRows.Event e : r.events()) {
          events.beginRow().append(doc);
          text(events, r.id(), e.id());
          number(events, e.sentence());
          text(events, e.cameo(), e.cameo().substring(0, 2), e.plover());
          number(events, e.quadClass());
          number(events, e.goldstein());
          events.append(e.triggerStart()).append(e.triggerEnd()).append(e.triggerText());
          participant(events, e.source());
          participant(events, e.target());
          text(events, e.date(), e.dateTimex());
          if (e.day() == null) {
            events.appendNull();
          } else {
            events.append(e.day());
          }
          text(events, e.locationText(), e.locationPlace(), e.locationCountry(), e.status());
          events.append(e.attribution());
          number(events, e.confidence());
          text(events, r.outlet(), r.published());
          events.endRow();
        }
      }
    }
  }

  private static void participant(DuckDBAppender a, RecordRows.Participant p) throws SQLException {
    if (p == null) {
      text(a, null, null, null, null);
    } else {
      text(a, p.mention(), p.text(), p.actor(), p.code());
    }
  }

  private static void text(DuckDBAppender a, String... values) throws SQLException {
    for (String v : values) {
      if (v == null) {
        a.appendNull();
      } else {
        a.append(v);
      }
    }
  }

  private static void number(DuckDBAppender a, Number value) throws SQLException {
    if (value == null) {
      a.appendNull();
    } else if (value instanceof Integer i) {
      a.append(i.intValue());
    } else {
      a.append(value.doubleValue());
    }
  }
}
