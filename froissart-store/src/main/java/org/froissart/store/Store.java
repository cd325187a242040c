package org.froissart.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.duckdb.DuckDBConnection;

/**
 * A store of analysed documents in a directory: DuckDB tables ({@code froissart.duckdb}; see
 * {@link StoreSchema}) and a Lucene index of titles and texts ({@code text-index/}). DuckDB is the
 * truth; on opening, documents missing from the index are indexed and index entries unknown to
 * DuckDB are deleted, so a crash during an ingestion costs at most its last, uncommitted batch.
 *
 * <p>One process owns a store at a time (a lock file says so; a second gets a
 * {@link StoreException}). Queries and exports are thread-safe, each on its own DuckDB
 * connection; there is one {@link Ingestion} at a time. Nothing is downloaded: DuckDB's
 * extension auto-install and auto-load are off (Parquet and JSON are built in).
 */
public final class Store implements AutoCloseable {
  /** Where the commands keep their store unless told otherwise. */
  public static final Path DEFAULT_DIRECTORY = Path.of("froissart-data");
  /** Documents per DuckDB transaction and Lucene commit: fewer commits and index segments, and a crash redoes at most this many. */
  public static final int DEFAULT_BATCH = 5_000;

  private static final String DATABASE = "froissart.duckdb";
  /**
   * Rows per DuckDB row group. A checkpoint rewrites the row group that ingestion is filling; with
   * DuckDB's default (122,880 rows, hundreds of MB of text) each checkpoint rewrote it whole again,
   * so ingestion slowed as the group grew.
   */
  private static final int ROW_GROUP_SIZE = 16_384;
  /** Fewer, larger checkpoints while ingesting (DuckDB's default is 16 MB of write-ahead log). */
  private static final String CHECKPOINT_THRESHOLD = "256MB";
  private static final String INDEX = "text-index";
  private static final String LOCK = "lock";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path directory;
  private final FileChannel lockFile;
  private final FileLock lock;
  private final DuckDBConnection connection;
  private final TextIndex index;
  private final AtomicBoolean ingesting = new AtomicBoolean();
  private final Queries queries;
  private final Exports exports;

  /** Opens the store in {@code directory}, creating it when there is none. */
  public static Store open(Path directory) {
    return new Store(directory, true);
  }

  /** Opens the store in {@code directory}; a {@link StoreException} when there is none. */
  public static Store openExisting(Path directory) {
    return new Store(directory, false);
  }

  private Store(Path directory, boolean create) {
    this.directory = directory;
    Path database = directory.resolve(DATABASE);
    if (!create && !Files.isRegularFile(database)) {
      throw new StoreException("there is no store in " + directory + " (froissart ingest creates one)");
    }
    try {
      Files.createDirectories(directory);
      lockFile = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new StoreException("cannot open the store in " + directory + ": " + e.getMessage(), e);
    }
    lock = lock(lockFile, directory);
    DuckDBConnection db = null;
    TextIndex text = null;
    try {
      Properties settings = new Properties();
      settings.setProperty("autoinstall_known_extensions", "false");
      settings.setProperty("autoload_known_extensions", "false");
      settings.setProperty("checkpoint_threshold", CHECKPOINT_THRESHOLD);
      // The row group size is an option of ATTACH, not of the connection URL.
      db = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", settings);
      try (Statement s = db.createStatement()) {
        s.execute("ATTACH '" + database.toAbsolutePath().toString().replace("'", "''") + "' AS store (ROW_GROUP_SIZE "
            + ROW_GROUP_SIZE + ")");
        s.execute("USE store");
      }
      prepareSchema(db);
      text = new TextIndex(directory.resolve(INDEX));
      this.connection = db;
      this.index = text;
      this.queries = new Queries(this::connection);
      this.exports = new Exports(queries);
      reconcile();
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(text, db);
      release();
      throw e instanceof StoreException se ? se
          : new StoreException("cannot open the store in " + directory + ": " + e.getMessage(), e);
    }
  }

  private static FileLock lock(FileChannel channel, Path directory) {
    try {
      FileLock held = channel.tryLock();
      if (held != null) {
        return held;
      }
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel);
      throw new StoreException("the store in " + directory + " is already open in this process");
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StoreException("cannot lock the store in " + directory + ": " + e.getMessage(), e);
    }
    closeQuietly(channel);
    throw new StoreException("the store in " + directory + " is in use by another process (one process owns a store;"
        + " wait for it to finish)");
  }

  private static void prepareSchema(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      ResultSet exists = s.executeQuery("SELECT count(*) FROM information_schema.tables"
          + " WHERE table_catalog = 'store' AND table_name = 'store_info'");
      exists.next();
      if (exists.getLong(1) == 0) {
        s.execute("BEGIN TRANSACTION");
        for (String ddl : StoreSchema.CREATE) {
          s.execute(ddl);
        }
        s.execute("COMMIT");
        return;
      }
      ResultSet version = s.executeQuery("SELECT value FROM store_info WHERE key = 'schema'");
      String found = version.next() ? version.getString(1) : "none";
      if (!found.equals(StoreSchema.VERSION)) {
        throw new StoreException("the store was written with schema version " + found + "; this Froissart reads version "
            + StoreSchema.VERSION + " (ingest the documents into a new store)");
      }
    }
  }

  /** Brings the index in line with DuckDB: indexes what it lacks, deletes what DuckDB does not hold. */
  private void reconcile() throws SQLException, IOException {
    long[] stored;
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("SELECT doc FROM documents WHERE text IS NOT NULL ORDER BY doc")) {
      LongStream.Builder docs = LongStream.builder();
      while (rs.next()) {
        docs.add(rs.getLong(1));
      }
      stored = docs.build().toArray();
    }
    long[] indexed = index.docs();
    long[] missing = LongStream.of(stored).filter(d -> Arrays.binarySearch(indexed, d) < 0).toArray();
    long[] unknown = LongStream.of(indexed).filter(d -> Arrays.binarySearch(stored, d) < 0).toArray();
    if (missing.length == 0 && unknown.length == 0) {
      return;
    }
    if (unknown.length > 0) {
      index.delete(unknown);
    }
    if (missing.length > 0) {
      try (PreparedStatement s = connection.prepareStatement("SELECT doc, id, title, text, outlet, published, language"
          + " FROM documents WHERE text IS NOT NULL AND doc >= ? ORDER BY doc")) {
        s.setLong(1, missing[0]);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            long doc = rs.getLong(1);
            if (Arrays.binarySearch(missing, doc) >= 0) {
              index.add(new TextIndex.Entry(doc, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                  rs.getString(6), rs.getString(7)));
            }
          }
        }
      }
    }
    index.commit();
  }

  /** The directory the store lives in. */
  public Path directory() {
    return directory;
  }

  /** Starts an ingestion with batches of {@link #DEFAULT_BATCH} documents. */
  public Ingestion ingestion() {
    return ingestion(DEFAULT_BATCH);
  }

  /**
   * Starts an ingestion; close it to write its last batch.
   *
   * @param batchSize documents per transaction: larger is faster, and a crash loses at most one batch
   * @throws IllegalStateException when an ingestion is already open on this store
   */
  public synchronized Ingestion ingestion(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("the batch size must be at least 1: " + batchSize);
    }
    if (!ingesting.compareAndSet(false, true)) {
      throw new IllegalStateException("an ingestion is already open on this store");
    }
    Set<Ingestion.ContentKey> known = new HashSet<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT content_hash FROM documents")) {
        while (rs.next()) {
          known.add(Ingestion.ContentKey.of(rs.getString(1)));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT coalesce(max(doc), 0) + 1 FROM documents")) {
        rs.next();
        return new Ingestion(this, connection, index, known, rs.getLong(1), batchSize);
      }
    } catch (SQLException e) {
      ingesting.set(false);
      throw new StoreException("cannot read the store's documents: " + e.getMessage(), e);
    }
  }

  void ingestionClosed() {
    ingesting.set(false);
  }

  /** How many rows each table holds, and how many documents the text index holds. */
  public Counts counts() {
    return queries.read(db -> {
      Map<String, Long> rows = new HashMap<>();
      try (Statement s = db.createStatement()) {
        for (String table : StoreSchema.TABLES) {
          ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table);
          rs.next();
          rows.put(table, rs.getLong(1));
        }
        ResultSet rs = s.executeQuery("SELECT count(*) FROM documents WHERE error_code IS NOT NULL");
        rs.next();
        long errors = rs.getLong(1);
        return new Counts(rows.get("documents") - errors, errors, rows.get("mentions"), rows.get("timexes"),
            rows.get("quotes"), rows.get("events"), index.size());
      } catch (IOException e) {
        throw new StoreException("cannot read the text index: " + e.getMessage(), e);
      }
    });
  }

  /**
   * Row counts.
   *
   * @param documents analysed documents (rows of {@code documents} without an error)
   * @param errors    error records
   * @param indexed   documents in the text index (equal to {@code documents} once the store is open)
   */
  public record Counts(long documents, long errors, long mentions, long timexes, long quotes, long events,
                       long indexed) {
  }

  /** A full-text search with highlights and facets. */
  public SearchResults search(SearchQuery query) {
    try {
      return index.search(query);
    } catch (IOException e) {
      throw new StoreException("cannot search the text index: " + e.getMessage(), e);
    }
  }

  /** One page of the events that pass {@code filter}, latest first, with their total. */
  public EventPage events(EventFilter filter, int offset, int limit) {
    return queries.events(filter, offset, limit);
  }

  /** The {@code limit} most mentioned linked actors, with their counts. */
  public List<ActorCount> actors(int limit) {
    return queries.actors(limit);
  }

  /** One page of the stored records (error records included), latest stored first, with the size of their layers. */
  public DocumentPage documents(int offset, int limit) {
    return queries.documents(offset, limit);
  }

  /**
   * For each outlet, what it reports of the events that pass {@code filter} (typically an actor's):
   * counts by root code and PLOVER type, mean Goldstein score, and its {@code examples} most
   * confident events with about {@code contextChars} characters of text on each side of the trigger.
   */
  public OutletComparison outlets(EventFilter filter, int examples, int contextChars) {
    return queries.outlets(filter, examples, contextChars);
  }

  /** Events that pass {@code filter}, per day or month and CAMEO root code. */
  public Timeline timeline(EventFilter filter, Timeline.Granularity granularity) {
    return queries.timeline(filter, granularity);
  }

  /** The actor network of the events that pass {@code filter}: its {@code maxEdges} heaviest edges and their nodes. */
  public Network network(EventFilter filter, int maxEdges) {
    return queries.network(filter, maxEdges);
  }

  /**
   * One stored record as {@code spec/output.md} writes it, with all its layers (an error record
   * as it was), or empty when no document has that number.
   */
  public Optional<JsonNode> document(long doc) {
    return queries.read(db -> {
      try (PreparedStatement s = db.prepareStatement("SELECT record, text FROM documents WHERE doc = ?")) {
        s.setLong(1, doc);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(record(rs.getString(1), rs.getString(2))) : Optional.<JsonNode>empty();
        }
      }
    });
  }

  /**
   * The number of the first stored document whose text is exactly {@code text}: where a record
   * that {@link Ingestion#add} stored, or skipped as a duplicate, can be read.
   */
  public OptionalLong documentWithText(String text) {
    return queries.read(db -> {
      try (PreparedStatement s = db.prepareStatement("SELECT min(doc) FROM documents WHERE content_hash = ?")) {
        s.setString(1, RecordRows.sha256(text));
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          long doc = rs.getLong(1);
          return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(doc);
        }
      }
    });
  }

  /** The stored JSON with its text put back where it was. */
  static JsonNode record(String json, String text) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(json);
      if (node.has("text")) {
        node.put("text", text);
      }
      return node;
    } catch (IOException e) {
      throw new StoreException("a stored record is not valid JSON: " + e.getMessage(), e);
    }
  }

  /** Every stored record, in the order stored, one JSON object per line ({@code spec/output.md}). */
  public void exportJsonl(Writer out) {
    exports.jsonl(out);
  }

  /** One row per event with GDELT-like columns (see {@link Exports}), RFC 4180 CSV with a header. */
  public void exportCsv(Writer out) {
    exports.csv(out);
  }

  /** The whole actor network as GEXF 1.3 (Gephi). */
  public void exportGexf(Writer out) {
    exports.gexf(out);
  }

  /** One Parquet file per table ({@code documents.parquet}, {@code events.parquet}…) in {@code folder}, created if needed. */
  public void exportParquet(Path folder) {
    exports.parquet(folder);
  }

  private DuckDBConnection connection() throws SQLException {
    DuckDBConnection duplicate = connection.duplicate();
    try (Statement s = duplicate.createStatement()) {
      s.execute("USE store");
    }
    return duplicate;
  }

  @Override
  public synchronized void close() {
    closeQuietly(index, connection);
    release();
  }

  private void release() {
    try {
      if (lock != null && lock.isValid()) {
        lock.release();
      }
    } catch (IOException e) {
      // the lock goes with the channel below
    }
    closeQuietly(lockFile);
  }

  private static void closeQuietly(AutoCloseable... resources) {
    for (AutoCloseable r : resources) {
      if (r != null) {
        try {
          r.close();
        } catch (Exception e) {
          // closing after a failure, or at the end: nothing left to save
        }
      }
    }
  }
}
