package org.froissart.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The four exports, each read back by another reader than the one that wrote it. */
class ExportTest {
  @TempDir
  Path dir;

  @Test
  void parquetHoldsEveryRowOfEveryTable() throws Exception {
    Path folder = dir.resolve("parquet");
    try (Store store = StoreTest.filled(dir.resolve("store"))) {
      store.exportParquet(folder);
    }
    Properties settings = new Properties();
    settings.setProperty("autoload_known_extensions", "false");
    settings.setProperty("autoinstall_known_extensions", "false");
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:", settings); Statement s = db.createStatement()) {
      for (String table : StoreSchema.TABLES) {
        ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet('" + folder.resolve(table + ".parquet") + "')");
        rs.next();
        rows.put(table, rs.getLong(1));
      }
      ResultSet rs = s.executeQuery("SELECT attribution, day FROM read_parquet('" + folder.resolve("events.parquet")
          + "') WHERE cameo = '122'");
      rs.next();
      assertEquals(List.of("outlet:afp"), List.of((Object[]) rs.getArray(1).getArray()));
      assertEquals("2021-05-06", rs.getString(2));
    }
    assertEquals(Map.of("documents", 4L, "mentions", 15L, "timexes", 3L, "quotes", 1L, "events", 7L), rows);
  }

  @Test
  void csvHasOneRowPerEventWithGdeltColumns() {
    StringWriter out = new StringWriter();
    try (Store store = StoreTest.filled(dir)) {
      store.exportCsv(out);
    }
    String[] lines = out.toString().split("\r\n");
    assertEquals(8, lines.length, "a header and seven events");
    List<String> header = List.of(lines[0].split(","));
    assertEquals(List.of("GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name", "EventCode",
        "EventRootCode", "QuadClass", "GoldsteinScale"), header.subList(0, 10));
    Map<String, String> condemned = null;
    for (String line : lines) {
      if (line.startsWith("2-e1,")) {
        condemned = row(header, line);
      }
    }
    assertEquals("20210506", condemned.get("SQLDATE"));
    assertEquals("FRAGOV", condemned.get("Actor1Code"));
    assertEquals("France", condemned.get("Actor1Name"));
    assertEquals("", condemned.get("Actor2Code"), "no target");
    assertEquals("122", condemned.get("EventCode"));
    assertEquals("12", condemned.get("EventRootCode"));
    assertEquals("3", condemned.get("QuadClass"));
    assertEquals("-4.0", condemned.get("GoldsteinScale"));
    assertEquals("https://exemple.fr/erbil", condemned.get("SOURCEURL"));
    assertEquals("https://exemple.fr/erbil", condemned.get("DocumentId"));
    assertEquals("asserted", condemned.get("Status"));
    assertEquals("0.9", condemned.get("Confidence"));
    assertEquals("afp", condemned.get("Outlet"));
    assertEquals("a condamné", condemned.get("TriggerText"));
  }

  private static Map<String, String> row(List<String> header, String line) {
    List<String> fields = List.of(line.split(",", -1));
    assertEquals(header.size(), fields.size(), "no field of this row needs quoting: " + line);
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      row.put(header.get(i), fields.get(i));
    }
    return row;
  }

  @Test
  void csvQuotesWhatWouldBreakARow() {
    assertEquals("", Exports.csvField(null));
    assertEquals("Paris", Exports.csvField("Paris"));
    assertEquals("\"Paris, Beyrouth\"", Exports.csvField("Paris, Beyrouth"));
    assertEquals("\"« dit \"\"non\"\" »\"", Exports.csvField("« dit \"non\" »"));
    assertEquals("\"deux\nlignes\"", Exports.csvField("deux\nlignes"));
  }

  @Test
  void gexfIsTheActorNetwork() throws Exception {
    StringWriter out = new StringWriter();
    try (Store store = StoreTest.filled(dir)) {
      store.exportGexf(out);
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document gexf = factory.newDocumentBuilder().parse(new InputSource(new StringReader(out.toString())));
    assertEquals("http://gexf.net/1.3", gexf.getDocumentElement().getNamespaceURI());
    NodeList nodes = gexf.getElementsByTagNameNS("http://gexf.net/1.3", "node");
    NodeList edges = gexf.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
    assertEquals(8, nodes.getLength());
    assertEquals(5, edges.getLength());
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      labels.put(node.getAttribute("id"), node.getAttribute("label"));
    }
    assertEquals("gouvernement libanais", labels.get("lebanon-government"));
    List<String> weighted = new ArrayList<>();
    for (int i = 0; i < edges.getLength(); i++) {
      Element edge = (Element) edges.item(i);
      assertTrue(labels.containsKey(edge.getAttribute("source")) && labels.containsKey(edge.getAttribute("target")));
      weighted.add(edge.getAttribute("source") + ">" + edge.getAttribute("target") + ":" + edge.getAttribute("weight"));
    }
    assertTrue(weighted.contains("lebanon-government>FRA:1"), weighted.toString());
  }

  @Test
  void jsonlGivesBackTheRecordsAsIngested() throws Exception {
    StringWriter out = new StringWriter();
    try (Store store = StoreTest.filled(dir)) {
      store.exportJsonl(out);
    }
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      records.add(Article.JSON.readTree(line));
    }
    assertEquals(Article.dispatches(), records);
  }
}
