package org.froissart.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL behind the store's event queries. Each call runs on a connection of its own, closed
 * after it, so calls are thread-safe; values always travel as parameters, never in the SQL text.
 */
final class Queries {
  /** Opens a connection to the store's database. */
  interface ConnectionSource {
    Connection open() throws SQLException;
  }

  /** Work on a connection. */
  interface Read<T> {
    T apply(Connection db) throws SQLException;
  }

  /** A WHERE clause and its parameters, in order. */
  private record Where(String sql, List<Object> parameters) {
  }

  private static final String EVENT_COLUMNS = "doc, document_id, id, cameo, root, plover, quad_class, goldstein, trigger_start,"
      + " trigger_end, trigger_text, source_mention, source_text, source_actor, source_code, target_mention, target_text,"
      + " target_actor, target_code, date, day, location_text, location_country, status, attribution, confidence,"
      + " outlet, published";

  private final ConnectionSource connections;

  Queries(ConnectionSource connections) {
    this.connections = connections;
  }

  <T> T read(Read<T> work) {
    try (Connection db = connections.open()) {
      return work.apply(db);
    } catch (SQLException e) {
      throw new StoreException("cannot read the store's database: " + e.getMessage(), e);
    }
  }

  EventPage events(EventFilter filter, int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset must be 0 or more and limit 1 or more: " + offset + ", " + limit);
    }
    Where where = where(filter);
    return read(db -> {
      long total;
      try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM events" + where.sql())) {
        bind(s, where.parameters());
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<StoredEvent> events = new ArrayList<>();
      String sql = "SELECT " + EVENT_COLUMNS + " FROM events" + where.sql()
          + " ORDER BY day DESC NULLS LAST, doc DESC, trigger_start LIMIT ? OFFSET ?";
      try (PreparedStatement s = db.prepareStatement(sql)) {
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(limit);
        parameters.add(offset);
        bind(s, parameters);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            events.add(event(rs));
          }
        }
      }
      return new EventPage(total, events);
    });
  }

  private static StoredEvent event(ResultSet rs) throws SQLException {
    String targetMention = rs.getString("target_mention");
    String targetText = rs.getString("target_text");
    String targetActor = rs.getString("target_actor");
    String targetCode = rs.getString("target_code");
    boolean noTarget = targetMention == null && targetText == null && targetActor == null && targetCode == null;
    String sourceMention = rs.getString("source_mention");
    String sourceText = rs.getString("source_text");
    String sourceActor = rs.getString("source_actor");
    String sourceCode = rs.getString("source_code");
    boolean noSource = sourceMention == null && sourceText == null && sourceActor == null && sourceCode == null;
    Array attribution = rs.getArray("attribution");
    return new StoredEvent(rs.getLong("doc"), rs.getString("document_id"), rs.getString("id"), rs.getString("cameo"),
        rs.getString("root"), rs.getString("plover"), (Integer) rs.getObject("quad_class"),
        (Double) rs.getObject("goldstein"),
        new StoredEvent.Trigger(rs.getInt("trigger_start"), rs.getInt("trigger_end"), rs.getString("trigger_text")),
        noSource ? null : new StoredEvent.Participant(sourceMention, sourceText, sourceActor, sourceCode),
        noTarget ? null : new StoredEvent.Participant(targetMention, targetText, targetActor, targetCode),
        rs.getString("date"), rs.getObject("day", LocalDate.class), rs.getString("location_text"),
        rs.getString("location_country"), rs.getString("status"),
        Arrays.stream((Object[]) attribution.getArray()).map(String::valueOf).toList(),
        (Double) rs.getObject("confidence"), rs.getString("outlet"), rs.getString("published"));
  }

  List<ActorCount> actors(int limit) {
    return read(db -> {
      List<ActorCount> actors = new ArrayList<>();
      try (PreparedStatement s = db.prepareStatement("SELECT actor, name, code, mentions, documents, source_events,"
          + " target_events FROM actors ORDER BY mentions DESC, actor LIMIT ?")) {
        s.setInt(1, limit);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            actors.add(new ActorCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                rs.getLong(6), rs.getLong(7)));
          }
        }
      }
      return actors;
    });
  }

  Timeline timeline(EventFilter filter, Timeline.Granularity granularity) {
    Where where = where(filter);
    String format = granularity == Timeline.Granularity.DAY ? "%Y-%m-%d" : "%Y-%m";
    String sql = "SELECT strftime(day, '" + format + "') AS period, root, count(*) FROM events"
        + (where.sql().isEmpty() ? " WHERE" : where.sql() + " AND") + " day IS NOT NULL GROUP BY ALL ORDER BY period, root";
    return read(db -> {
      List<Timeline.Point> points = new ArrayList<>();
      try (PreparedStatement s = db.prepareStatement(sql)) {
        bind(s, where.parameters());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            points.add(new Timeline.Point(rs.getString(1), rs.getString(2), rs.getLong(3)));
          }
        }
      }
      return new Timeline(granularity, points);
    });
  }

  Network network(EventFilter filter, int maxEdges) {
    if (maxEdges < 1) {
      throw new IllegalArgumentException("maxEdges must be at least 1: " + maxEdges);
    }
    Where where = where(filter);
    // A side's node: its linked actor, else its code. Only events with both sides make edges.
    String sides = "WITH sides AS (SELECT coalesce(source_actor, source_code) AS s, source_text AS st, source_code AS sc,"
        + " coalesce(target_actor, target_code) AS t, target_text AS tt, target_code AS tc, goldstein FROM events"
        + (where.sql().isEmpty() ? " WHERE" : where.sql() + " AND")
        + " coalesce(source_actor, source_code) IS NOT NULL AND coalesce(target_actor, target_code) IS NOT NULL),"
        + " edges AS (SELECT s, t, count(*) AS n, round(avg(goldstein), 2) AS g FROM sides GROUP BY s, t"
        + " ORDER BY n DESC, s, t LIMIT ?)";
    return read(db -> {
      List<Network.Edge> edges = new ArrayList<>();
      Map<String, Long> nodeEvents = new LinkedHashMap<>();
      try (PreparedStatement s = db.prepareStatement(sides + " SELECT s, t, n, g FROM edges ORDER BY n DESC, s, t")) {
        bindWithLimit(s, where.parameters(), maxEdges);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            Network.Edge edge = new Network.Edge(rs.getString(1), rs.getString(2), rs.getLong(3),
                (Double) rs.getObject(4));
            edges.add(edge);
            nodeEvents.merge(edge.source(), edge.events(), Long::sum);
            if (!edge.target().equals(edge.source())) {
              nodeEvents.merge(edge.target(), edge.events(), Long::sum);
            }
          }
        }
      }
      List<Network.Node> nodes = new ArrayList<>();
      String labels = sides + ", ends AS (SELECT s AS node, st AS label, sc AS code FROM sides"
          + " UNION ALL SELECT t, tt, tc FROM sides),"
          + " kept AS (SELECT * FROM ends WHERE node IN (SELECT s FROM edges UNION SELECT t FROM edges)),"
          + " labels AS (SELECT node, label, count(*) AS c FROM kept WHERE label IS NOT NULL GROUP BY ALL),"
          + " codes AS (SELECT node, code, count(*) AS c FROM kept WHERE code IS NOT NULL GROUP BY ALL)"
          + " SELECT node, l.label, k.code FROM (SELECT DISTINCT node FROM kept)"
          + " LEFT JOIN (SELECT node, first(label ORDER BY is_pronoun(label), c DESC, label)"
          + " AS label FROM labels GROUP BY node) l USING (node)"
          + " LEFT JOIN (SELECT node, first(code ORDER BY c DESC, code) AS code FROM codes GROUP BY node) k USING (node)"
          + " ORDER BY node";
      try (PreparedStatement s = db.prepareStatement(labels)) {
        bindWithLimit(s, where.parameters(), maxEdges);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            String node = rs.getString(1);
            nodes.add(new Network.Node(node, rs.getString(2), rs.getString(3), nodeEvents.getOrDefault(node, 0L)));
          }
        }
      }
      return new Network(nodes, edges);
    });
  }

  DocumentPage documents(int offset, int limit) {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset must be 0 or more and limit 1 or more: " + offset + ", " + limit);
    }
    // The page is chosen first, so the layers are counted for its documents only.
    String sql = "WITH page AS (SELECT doc, id, title, outlet, published, error_code FROM documents ORDER BY doc DESC"
        + " LIMIT ? OFFSET ?)"
        + " SELECT page.*, (SELECT count(*) FROM mentions m WHERE m.doc = page.doc),"
        + " (SELECT count(*) FROM timexes t WHERE t.doc = page.doc), (SELECT count(*) FROM quotes q WHERE q.doc = page.doc),"
        + " (SELECT count(*) FROM events e WHERE e.doc = page.doc) FROM page ORDER BY doc DESC";
    return read(db -> {
      long total;
      try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM documents"); ResultSet rs = s.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
      }
      List<DocumentPage.Summary> documents = new ArrayList<>();
      try (PreparedStatement s = db.prepareStatement(sql)) {
        bind(s, List.of(limit, offset));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            documents.add(new DocumentPage.Summary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10)));
          }
        }
      }
      return new DocumentPage(total, documents);
    });
  }

  OutletComparison outlets(EventFilter filter, int examples, int contextChars) {
    if (examples < 0) {
      throw new IllegalArgumentException("examples must be 0 or more: " + examples);
    }
    Where where = where(filter);
    return read(db -> {
      Map<String, Long> events = new LinkedHashMap<>();
      Map<String, Double> goldstein = new HashMap<>();
      try (PreparedStatement s = db.prepareStatement("SELECT outlet, count(*) AS n, round(avg(goldstein), 2) FROM events"
          + where.sql() + " GROUP BY outlet ORDER BY n DESC, outlet NULLS LAST")) {
        bind(s, where.parameters());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            events.put(rs.getString(1), rs.getLong(2));
            goldstein.put(rs.getString(1), (Double) rs.getObject(3));
          }
        }
      }
      Map<String, List<OutletComparison.Count>> roots = countsByOutlet(db, where, "root");
      Map<String, List<OutletComparison.Count>> plover = countsByOutlet(db, where, "plover");
      Map<String, List<StoredEvent>> chosen = new HashMap<>();
      try (PreparedStatement s = db.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM (SELECT *, row_number() OVER"
          + " (PARTITION BY outlet ORDER BY confidence DESC NULLS LAST, day DESC NULLS LAST, doc, trigger_start) AS rank"
          + " FROM events" + where.sql() + ") WHERE rank <= ? ORDER BY rank")) {
        bindWithLimit(s, where.parameters(), examples);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            StoredEvent event = event(rs);
            chosen.computeIfAbsent(event.outlet(), o -> new ArrayList<>()).add(event);
          }
        }
      }
      Map<Long, String> texts = texts(db, chosen.values().stream().flatMap(List::stream).map(StoredEvent::doc).toList());
      List<OutletComparison.Outlet> outlets = new ArrayList<>();
      for (Map.Entry<String, Long> outlet : events.entrySet()) {
        String name = outlet.getKey();
        List<OutletComparison.Example> shown = chosen.getOrDefault(name, List.of()).stream()
            .map(e -> example(e, texts.get(e.doc()), contextChars)).toList();
        outlets.add(new OutletComparison.Outlet(name, outlet.getValue(), goldstein.get(name),
            roots.getOrDefault(name, List.of()), plover.getOrDefault(name, List.of()), shown));
      }
      return new OutletComparison(outlets);
    });
  }

  private static Map<String, List<OutletComparison.Count>> countsByOutlet(Connection db, Where where, String column)
      throws SQLException {
    Map<String, List<OutletComparison.Count>> counts = new HashMap<>();
    try (PreparedStatement s = db.prepareStatement("SELECT outlet, " + column + ", count(*) AS n FROM events"
        + (where.sql().isEmpty() ? " WHERE" : where.sql() + " AND") + " " + column + " IS NOT NULL"
        + " GROUP BY ALL ORDER BY n DESC, " + column)) {
      bind(s, where.parameters());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          counts.computeIfAbsent(rs.getString(1), o -> new ArrayList<>())
              .add(new OutletComparison.Count(rs.getString(2), rs.getLong(3)));
        }
      }
    }
    return counts;
  }

  private static Map<Long, String> texts(Connection db, List<Long> docs) throws SQLException {
    Map<Long, String> texts = new HashMap<>();
    if (docs.isEmpty()) {
      return texts;
    }
    try (PreparedStatement s = db.prepareStatement("SELECT doc, text FROM documents WHERE list_contains(?, doc)")) {
      s.setArray(1, db.createArrayOf("BIGINT", docs.stream().distinct().toArray()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          texts.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    return texts;
  }

  /** The event with up to {@code chars} characters of text on each side of its trigger, cut at spaces. */
  private static OutletComparison.Example example(StoredEvent event, String text, int chars) {
    int start = Math.max(0, event.trigger().start() - chars);
    int end = Math.min(text.length(), event.trigger().end() + chars);
    int space = text.indexOf(' ', start);
    start = start == 0 || space < 0 || space >= event.trigger().start() ? start : space + 1;
    space = text.lastIndexOf(' ', end);
    end = end == text.length() || space < event.trigger().end() ? end : space;
    return new OutletComparison.Example(event, start, text.substring(start, end));
  }

  private static void bindWithLimit(PreparedStatement s, List<Object> parameters, int limit) throws SQLException {
    List<Object> all = new ArrayList<>(parameters);
    all.add(limit);
    bind(s, all);
  }

  private static Where where(EventFilter f) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    if (f.actor() != null) {
      side(f.side(), "%s_actor = ?", f.actor(), conditions, parameters);
    }
    if (f.actorCode() != null) {
      side(f.side(), "starts_with(%s_code, ?)", f.actorCode(), conditions, parameters);
    }
    condition("starts_with(cameo, ?)", f.cameo(), conditions, parameters);
    condition("plover = ?", f.plover(), conditions, parameters);
    condition("day >= ?", f.from(), conditions, parameters);
    condition("day <= ?", f.to(), conditions, parameters);
    condition("outlet = ?", f.outlet(), conditions, parameters);
    condition("status = ?", f.status(), conditions, parameters);
    condition("confidence >= ?", f.minConfidence(), conditions, parameters);
    return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
  }

  private static void condition(String sql, Object value, List<String> conditions, List<Object> parameters) {
    if (value != null) {
      conditions.add(sql);
      parameters.add(value);
    }
  }

  private static void side(EventFilter.Side side, String template, String value, List<String> conditions,
                           List<Object> parameters) {
    switch (side) {
      case SOURCE -> condition(template.formatted("source"), value, conditions, parameters);
      case TARGET -> condition(template.formatted("target"), value, conditions, parameters);
      case EITHER -> {
        conditions.add("(" + template.formatted("source") + " OR " + template.formatted("target") + ")");
        parameters.add(value);
        parameters.add(value);
      }
    }
  }

  private static void bind(PreparedStatement s, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      s.setObject(i + 1, parameters.get(i));
    }
  }
}
