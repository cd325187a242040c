package org.froissart.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Stores analysed records ({@code spec/output.md}) in batches. A batch is written to DuckDB in one
 * transaction (all of a document's rows or none), then added to the Lucene index and committed
 * there; a crash at any point leaves DuckDB with whole batches, and the next {@link Store#open}
 * brings Lucene back in line with it. A record whose text (for an error record: id and error
 * code) is already stored, or already in the batch, is skipped. A record that cannot be read is
 * stored as an error record in its place, and the others go on.
 *
 * <p>Not thread-safe: one thread adds; one ingestion at a time per store. Close it to write the
 * last batch.
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
      /** an analysed document, stored (durable at the next commit) */
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
  private final List<RecordRows> batch = new ArrayList<>();
  private final Set<ContentKey> batchKeys = new HashSet<>();
  private boolean closed;

  /** The first 128 bits of a content hash: enough to tell documents apart, at 16 bytes each in memory. */
  record ContentKey(long high, long low) {
    static ContentKey of(String hexHash) {
      return new ContentKey(Long.parseUnsignedLong(hexHash.substring(0, 16), 16),
          Long.parseUnsignedLong(hexHash.substring(16, 32), 16));
    }
  }

  Ingestion(Store store, DuckDBConnection connection, TextIndex index, Set<ContentKey> known, int batchSize) {
    this.store = store;
    this.connection = connection;
    this.index = index;
    this.known = known;
    this.batchSize = batchSize;
  }

  /**
   * Adds one record to the batch, and writes the batch when it is full.
   *
   * @param record an analysed record (a document or an {@code error} record)
   * @param where  where it comes from ({@code file.jsonl:12}): its id in an error record when it has none of its own
   * @throws StoreException when DuckDB or Lucene fail (the batch is then lost; reopen the store)
   */
  public Admission add(JsonNode record, String where) {
    if (closed) {
      throw new IllegalStateException("the ingestion is closed");
    }
    RecordRows rows;
    try {
      rows = RecordRows.read(record, where);
    } catch (RecordRows.InvalidRecord e) {
      rows = RecordRows.error(ownId(record, where), "INVALID_RECORD", e.getMessage());
    }
    ContentKey key = ContentKey.of(rows.hash());
    if (known.contains(key) || !batchKeys.add(key)) {
      return Admission.DUPLICATE;
    }
    batch.add(rows);
    if (batch.size() >= batchSize) {
      commit();
    }
    return rows.isError() ? Admission.error(rows.errorCode()) : Admission.STORED;
  }

  private static String ownId(JsonNode record, String where) {
    JsonNode id = record == null ? null : record.get("id");
    return id != null && id.isTextual() && !id.asText().isEmpty() ? id.asText() : where;
  }

  /**
   * Writes the batch: DuckDB first (one transaction), then Lucene. The batch is emptied even when
   * writing fails: what was not committed is simply not stored, and ingesting again stores it.
   */
  public void commit() {
    if (batch.isEmpty()) {
      return;
    }
    try {
      long first = store.nextDoc();
      writeDatabase(first);
      store.stored(first + batch.size());
      known.addAll(batchKeys);
      writeIndex(first);
    } finally {
      batch.clear();
      batchKeys.clear();
    }
  }

  private void writeDatabase(long first) {
    try {
      execute("BEGIN TRANSACTION");
      try {
        append(first);
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

  private void writeIndex(long first) {
    try {
      for (int i = 0; i < batch.size(); i++) {
        RecordRows rows = batch.get(i);
        if (!rows.isError()) {
          index.add(new TextIndex.Entry(first + i, rows.title(), rows.text(), rows.outlet(), rows.year(),
              rows.language()));
        }
      }
      index.commit();
    } catch (IOException | RuntimeException e) {
      throw new StoreException("cannot write to the store's text index (reopening the store re-indexes): "
          + e.getMessage(), e);
    }
  }

  /** Writes the last batch. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      commit();
    } finally {
      closed = true;
      store.ingestionClosed();
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  private void append(long first) throws SQLException {
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
          text(events, e.id());
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
