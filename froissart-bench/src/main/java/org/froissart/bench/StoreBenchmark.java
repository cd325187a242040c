package org.froissart.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.froissart.store.AnalysedRecords;
import org.froissart.store.EventFilter;
import org.froissart.store.FrenchFoldingAnalyzer;
import org.froissart.store.Ingestion;
import org.froissart.store.SearchQuery;
import org.froissart.store.Store;

/**
 * Benchmark command: {@code StoreBenchmark [--documents N] [--events M] [--queries Q] [--seed S] WORK_DIR}.
 * Writes N synthetic analysed documents with M events in all ({@link SyntheticCorpus}) to
 * {@code WORK_DIR/input-N-M-S.jsonl} (kept and reused), then measures, each against a named
 * baseline in the same run:
 * <ul>
 *   <li>ingest rate (documents/s): the store ({@link Store}'s ingestion of the JSON Lines, as
 *       {@code froissart ingest} does it: parsing, checks, duplicate detection, DuckDB and Lucene)
 *       against <em>DuckDB alone</em>: the same lines parsed by Jackson and appended with DuckDB
 *       Appenders to tables of the same rows, in transactions of the same size, with no checks,
 *       no duplicate detection and no Lucene;</li>
 *   <li>search latency: {@link Store#search} (a page of 10 hits with exact total, facets,
 *       highlights and the hits' fields from DuckDB) against <em>Lucene alone</em>: the same query,
 *       parsed the same way, top 10 from the same index, nothing else;</li>
 *   <li>event filter latency: {@link Store#events} (a page of 50 events with total) against
 *       <em>raw SQL</em>: the same filter written by hand, count and page, on the same
 *       database through JDBC.</li>
 * </ul>
 * Latencies are over Q random queries after 20 warm-up ones, median and 95th percentile, in
 * milliseconds. Prints one JSON line of measures on standard output, progress on standard error.
 */
public final class StoreBenchmark {
  private static final String USAGE = "usage: StoreBenchmark [--documents N] [--events M] [--queries Q] [--seed S] WORK_DIR";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int WARM_UP = 20;
  private static final int PAGE = 50;
  /** The store's layout, which the baselines read directly. */
  private static final String DATABASE = "froissart.duckdb";
  private static final String INDEX = "text-index";

  private StoreBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int documents = 1_000_000;
    long events = 5_000_000;
    int queries = 200;
    long seed = 1;
    Path work = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--documents" -> documents = Integer.parseInt(args[++i]);
        case "--events" -> events = Long.parseLong(args[++i]);
        case "--queries" -> queries = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> {
          if (args[i].startsWith("-") || work != null) {
            System.err.println(USAGE);
            System.exit(2);
          }
          work = Path.of(args[i]);
        }
      }
    }
    if (work == null || documents < 1 || events < 0 || queries < 1) {
      System.err.println(USAGE);
      System.exit(2);
    }
    Files.createDirectories(work);
    ObjectNode result = JSON.createObjectNode().put("documents", documents).put("events", events).put("queries", queries)
        .put("seed", seed);

    Path input = work.resolve("input-" + documents + "-" + events + "-" + seed + ".jsonl");
    if (!Files.exists(input)) {
      long t = System.nanoTime();
      generate(input, documents, events, seed);
      result.put("generate_s", seconds(t));
    }
    result.put("input_mb", Files.size(input) / 1e6);

    Path baselineDb = work.resolve("baseline.duckdb");
    Path storeDir = work.resolve("store");
    delete(baselineDb);
    delete(work.resolve("baseline.duckdb.wal"));
    delete(storeDir);

    progress("baseline ingest (DuckDB alone)…");
    long t = System.nanoTime();
    long baselineRows = baselineLoad(input, baselineDb);
    double baselineSeconds = seconds(t);
    result.put("baseline_ingest_s", baselineSeconds).put("baseline_docs_per_s", Math.round(baselineRows / baselineSeconds));

    progress("store ingest…");
    t = System.nanoTime();
    Store.Counts counts;
    try (Store store = Store.open(storeDir)) {
      try (Ingestion ingestion = store.ingestion();
           InputStream lines = Files.newInputStream(input)) {
        AnalysedRecords.read(lines, input.getFileName().toString(), ingestion::add);
      }
      counts = store.counts();
    }
    double storeSeconds = seconds(t);
    result.put("store_ingest_s", storeSeconds).put("store_docs_per_s", Math.round(counts.documents() / storeSeconds))
        .put("stored_documents", counts.documents()).put("stored_events", counts.events())
        .put("store_mb", size(storeDir) / 1e6);

    progress("store queries…");
    Random random = new Random(seed + 1);
    SyntheticCorpus vocabulary = new SyntheticCorpus(seed + 2);
    List<SearchQuery> searches = new ArrayList<>();
    List<Filter> filters = new ArrayList<>();
    for (int i = 0; i < queries + WARM_UP; i++) {
      searches.add(search(vocabulary, random));
      filters.add(filter(vocabulary, random));
    }
    t = System.nanoTime();
    double[] storeSearch;
    double[] storeEvents;
    long hits = 0;
    long matchedEvents = 0;
    try (Store store = Store.open(storeDir)) {
      result.put("store_open_s", seconds(t));
      storeSearch = new double[queries];
      storeEvents = new double[queries];
      for (int i = 0; i < queries + WARM_UP; i++) {
        long start = System.nanoTime();
        long total = store.search(searches.get(i)).total();
        if (i >= WARM_UP) {
          storeSearch[i - WARM_UP] = millis(start);
          hits += total;
        }
      }
      for (int i = 0; i < queries + WARM_UP; i++) {
        long start = System.nanoTime();
        long total = store.events(filters.get(i).eventFilter(), filters.get(i).offset(), PAGE).total();
        if (i >= WARM_UP) {
          storeEvents[i - WARM_UP] = millis(start);
          matchedEvents += total;
        }
      }
    }
    result.put("search_mean_hits", hits / queries).put("filter_mean_events", matchedEvents / queries);

    progress("baseline queries (Lucene alone, raw SQL)…");
    double[] luceneSearch = luceneAlone(storeDir.resolve(INDEX), searches);
    double[] rawSql = rawSql(storeDir.resolve(DATABASE), filters);

    latency(result, "store_search", storeSearch);
    latency(result, "lucene_search", luceneSearch);
    latency(result, "store_filter", storeEvents);
    latency(result, "sql_filter", rawSql);
    System.out.println(JSON.writeValueAsString(result));
  }

  /** One random event filter and the page asked for. */
  record Filter(String code, EventFilter.Side side, String root, LocalDate from, LocalDate to, String status,
                Double minConfidence, String outlet, int offset) {
    EventFilter eventFilter() {
      return new EventFilter(null, code, side, root, null, from, to, outlet, status, minConfidence);
    }
  }

  private static Filter filter(SyntheticCorpus corpus, Random random) {
    String code = null;
    EventFilter.Side side = EventFilter.Side.EITHER;
    if (random.nextInt(10) < 7) {
      code = SyntheticCorpus.COUNTRIES[corpus.zipf(SyntheticCorpus.COUNTRIES.length)][0]
          + (random.nextBoolean() ? "" : SyntheticCorpus.SECTORS[corpus.zipf(SyntheticCorpus.SECTORS.length)][0]);
      side = EventFilter.Side.values()[random.nextInt(3)];
    }
    String root = random.nextInt(10) < 4 ? SyntheticCorpus.ROOTS[corpus.zipf(SyntheticCorpus.ROOTS.length)][0] : null;
    LocalDate from = null;
    LocalDate to = null;
    if (random.nextInt(10) < 3) {
      from = LocalDate.of(2010 + random.nextInt(15), 1 + random.nextInt(12), 1);
      to = random.nextBoolean() ? from.plusMonths(1).minusDays(1) : from.plusYears(1).minusDays(1);
    }
    String status = random.nextInt(10) < 2 ? "asserted" : null;
    Double minConfidence = random.nextInt(10) < 2 ? 0.5 : null;
    String outlet = random.nextInt(100) < 15 ? SyntheticCorpus.OUTLETS[corpus.zipf(SyntheticCorpus.OUTLETS.length)][0]
        : null;
    if (code == null && root == null && from == null && status == null && minConfidence == null && outlet == null) {
      root = "19";
    }
    return new Filter(code, side, root, from, to, status, minConfidence, outlet, random.nextInt(4) == 0
        ? PAGE * random.nextInt(5) : 0);
  }

  private static SearchQuery search(SyntheticCorpus corpus, Random random) {
    String[] country = SyntheticCorpus.COUNTRIES[corpus.zipf(SyntheticCorpus.COUNTRIES.length)];
    String word = SyntheticCorpus.WORDS[corpus.zipf(SyntheticCorpus.WORDS.length)];
    int kind = random.nextInt(20);
    String text = kind < 8 ? word
        : kind < 13 ? (random.nextBoolean() ? unaccented(country[3]) : country[1])
        : kind < 17 ? word + " " + country[2]
        : "\"" + SyntheticCorpus.SECTORS[corpus.zipf(3)][1].replaceFirst("^\\S+ ", "") + " " + country[2] + "\"";
    String outlet = random.nextInt(10) < 2 ? SyntheticCorpus.OUTLETS[corpus.zipf(SyntheticCorpus.OUTLETS.length)][0]
        : null;
    Integer year = random.nextInt(10) == 0 ? 2010 + random.nextInt(15) : null;
    return new SearchQuery(text, outlet, year, null, 0, 10);
  }

  private static String unaccented(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
  }

  private static double[] luceneAlone(Path index, List<SearchQuery> searches) throws IOException {
    FrenchFoldingAnalyzer analyzer = new FrenchFoldingAnalyzer();
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of("title", 2f, "text", 1f));
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    double[] latencies = new double[searches.size() - WARM_UP];
    try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (int i = 0; i < searches.size(); i++) {
        long start = System.nanoTime();
        Query parsed = parser.parse(searches.get(i).text());
        searcher.search(parsed == null ? new MatchNoDocsQuery() : parsed, 10);
        if (i >= WARM_UP) {
          latencies[i - WARM_UP] = millis(start);
        }
      }
    }
    return latencies;
  }

  private static double[] rawSql(Path database, List<Filter> filters) throws SQLException {
    double[] latencies = new double[filters.size() - WARM_UP];
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath(), settings())) {
      for (int i = 0; i < filters.size(); i++) {
        Filter f = filters.get(i);
        List<Object> parameters = new ArrayList<>();
        String where = where(f, parameters);
        long start = System.nanoTime();
        try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM events" + where)) {
          bind(count, parameters);
          try (ResultSet rs = count.executeQuery()) {
            rs.next();
          }
        }
        try (PreparedStatement page = db.prepareStatement("SELECT * FROM events" + where
            + " ORDER BY day DESC NULLS LAST, doc DESC, trigger_start LIMIT " + PAGE + " OFFSET " + f.offset())) {
          bind(page, parameters);
          try (ResultSet rs = page.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              for (int c = 1; c <= columns; c++) {
                rs.getObject(c);
              }
            }
          }
        }
        if (i >= WARM_UP) {
          latencies[i - WARM_UP] = millis(start);
        }
      }
    }
    return latencies;
  }

  private static String where(Filter f, List<Object> parameters) {
    List<String> conditions = new ArrayList<>();
    if (f.code() != null) {
      switch (f.side()) {
        case SOURCE -> conditions.add("starts_with(source_code, ?)");
        case TARGET -> conditions.add("starts_with(target_code, ?)");
        case EITHER -> {
          conditions.add("(starts_with(source_code, ?) OR starts_with(target_code, ?))");
          parameters.add(f.code());
        }
      }
      parameters.add(f.code());
    }
    String[] names = {"starts_with(cameo, ?)", "day >= ?", "day <= ?", "status = ?", "confidence >= ?", "outlet = ?"};
    Object[] values = {f.root(), f.from(), f.to(), f.status(), f.minConfidence(), f.outlet()};
    for (int i = 0; i < names.length; i++) {
      if (values[i] != null) {
        conditions.add(names[i]);
        parameters.add(values[i]);
      }
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      s.setObject(i + 1, parameters.get(i));
    }
  }

  /**
   * DuckDB alone: the same lines, read and parsed the same way ({@link AnalysedRecords}), appended
   * to tables of the same rows in DuckDB configured as the store configures it (row groups of
   * 16,384 rows, zstd for the long strings, checkpoints every 256 MB of log), one transaction per
   * {@link Store#DEFAULT_BATCH} documents, on one thread; returns the documents.
   */
  private static long baselineLoad(Path input, Path database) throws IOException, SQLException {
    Properties settings = settings();
    settings.setProperty("checkpoint_threshold", "256MB");
    try (DuckDBConnection db = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", settings);
         Statement s = db.createStatement(); InputStream lines = Files.newInputStream(input)) {
      s.execute("ATTACH '" + database.toAbsolutePath() + "' AS baseline (ROW_GROUP_SIZE 16384)");
      s.execute("USE baseline");
      s.execute("CREATE TABLE documents (doc BIGINT, id VARCHAR, title VARCHAR, published VARCHAR, outlet VARCHAR,"
          + " text VARCHAR USING COMPRESSION zstd, record VARCHAR USING COMPRESSION zstd)");
      s.execute("CREATE TABLE mentions (doc BIGINT, id VARCHAR, start INTEGER, \"end\" INTEGER, text VARCHAR,"
          + " type VARCHAR, actor VARCHAR, code VARCHAR)");
      s.execute("CREATE TABLE timexes (doc BIGINT, id VARCHAR, start INTEGER, \"end\" INTEGER, text VARCHAR,"
          + " type VARCHAR, value VARCHAR)");
      s.execute("CREATE TABLE events (doc BIGINT, document_id VARCHAR, id VARCHAR, cameo VARCHAR, root VARCHAR,"
          + " plover VARCHAR, quad_class INTEGER, goldstein DOUBLE, trigger_start INTEGER, trigger_end INTEGER,"
          + " trigger_text VARCHAR, source_text VARCHAR, source_actor VARCHAR, source_code VARCHAR,"
          + " target_text VARCHAR, target_actor VARCHAR, target_code VARCHAR, date VARCHAR, day DATE, status VARCHAR,"
          + " attribution VARCHAR[], confidence DOUBLE, outlet VARCHAR, published VARCHAR)");
      List<JsonNode> batch = new ArrayList<>();
      long[] documents = {0};
      AnalysedRecords.read(lines, input.getFileName().toString(), (record, where) -> {
        batch.add(record);
        if (batch.size() == Store.DEFAULT_BATCH) {
          documents[0] = appendBatch(db, batch, documents[0]);
        }
      });
      documents[0] = appendBatch(db, batch, documents[0]);
      return documents[0];
    }
  }

  /** Appends and commits a batch; returns the last document number. */
  private static long appendBatch(DuckDBConnection db, List<JsonNode> batch, long last) {
    try (Statement s = db.createStatement()) {
      s.execute("BEGIN TRANSACTION");
      try (DuckDBAppender d = db.createAppender("documents"); DuckDBAppender m = db.createAppender("mentions");
           DuckDBAppender x = db.createAppender("timexes"); DuckDBAppender e = db.createAppender("events")) {
        for (JsonNode r : batch) {
          long doc = ++last;
          String id = r.path("id").asText();
          String outlet = r.path("outlet").path("id").asText(null);
          String published = r.path("published").path("value").asText(null);
          d.beginRow().append(doc);
          strings(d, id, r.path("title").asText(null), published, outlet, r.path("text").asText(), r.toString());
          d.endRow();
          for (JsonNode mention : r.path("entities")) {
            m.beginRow().append(doc).append(mention.path("id").asText()).append(mention.path("start").asInt())
                .append(mention.path("end").asInt());
            strings(m, mention.path("text").asText(), mention.path("type").asText(null),
                mention.path("actor").asText(null), mention.path("code").asText(null));
            m.endRow();
          }
          for (JsonNode timex : r.path("timex")) {
            x.beginRow().append(doc).append(timex.path("id").asText()).append(timex.path("start").asInt())
                .append(timex.path("end").asInt());
            strings(x, timex.path("text").asText(), timex.path("type").asText(null), timex.path("value").asText(null));
            x.endRow();
          }
          for (JsonNode event : r.path("events")) {
            String cameo = event.path("cameo").asText();
            String date = event.path("date").path("value").asText(null);
            e.beginRow().append(doc);
            strings(e, id, event.path("id").asText(), cameo, cameo.substring(0, 2), event.path("plover").asText(null));
            e.append(event.path("quad_class").asInt()).append(event.path("goldstein").asDouble())
                .append(event.path("trigger").path("start").asInt()).append(event.path("trigger").path("end").asInt())
                .append(event.path("trigger").path("text").asText());
            for (String side : List.of("source", "target")) {
              JsonNode p = event.path(side);
              strings(e, p.path("text").asText(null), p.path("actor").asText(null), p.path("code").asText(null));
            }
            strings(e, date);
            String day = date != null ? date : published;
            if (day == null) {
              e.appendNull();
            } else {
              e.append(LocalDate.parse(day));
            }
            strings(e, event.path("status").asText(null));
            List<String> attribution = new ArrayList<>();
            event.path("attribution").forEach(a -> attribution.add(a.asText()));
            e.append(attribution).append(event.path("confidence").asDouble());
            strings(e, outlet, published);
            e.endRow();
          }
        }
      }
      s.execute("COMMIT");
      batch.clear();
      return last;
    } catch (SQLException e) {
      throw new IllegalStateException("the baseline load failed: " + e.getMessage(), e);
    }
  }

  private static void strings(DuckDBAppender a, String... values) throws SQLException {
    for (String v : values) {
      if (v == null) {
        a.appendNull();
      } else {
        a.append(v);
      }
    }
  }

  private static void generate(Path input, int documents, long events, long seed) throws IOException {
    SyntheticCorpus corpus = new SyntheticCorpus(seed);
    int[] counts = corpus.eventCounts(documents, events);
    Path partial = input.resolveSibling(input.getFileName() + ".partial");
    try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      for (int i = 0; i < documents; i++) {
        corpus.write(out, i + 1, counts[i]);
        if ((i + 1) % 100_000 == 0) {
          progress("generated " + (i + 1) + " documents");
        }
      }
    }
    Files.move(partial, input);
  }

  private static Properties settings() {
    Properties settings = new Properties();
    settings.setProperty("autoinstall_known_extensions", "false");
    settings.setProperty("autoload_known_extensions", "false");
    return settings;
  }

  private static void latency(ObjectNode result, String name, double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    result.put(name + "_median_ms", round(sorted[sorted.length / 2]));
    result.put(name + "_p95_ms", round(sorted[(int) Math.ceil(0.95 * sorted.length) - 1]));
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static double seconds(long startNanos) {
    return round((System.nanoTime() - startNanos) / 1e9);
  }

  private static double millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  private static void progress(String message) {
    System.err.println("bench: " + message);
  }
}
