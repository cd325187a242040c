package org.froissart.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.froissart.pipeline.Pipeline;

/**
 * The store's exports: JSON Lines (the stored records), CSV (one row per event, GDELT-like
 * columns), Parquet (one file per table, written by DuckDB) and GEXF (the actor network, for
 * Gephi). Each streams from its own DuckDB connection; thread-safe.
 */
final class Exports {
  /**
   * GDELT's names where Froissart has the same thing (GLOBALEVENTID is the store's document number
   * and the event's id, {@code 17-e3}; SQLDATE the event's day, else the publication day), then
   * Froissart's own columns.
   */
  private static final String CSV = """
      SELECT e.doc || '-' || e.id AS GLOBALEVENTID, strftime(e.day, '%Y%m%d') AS SQLDATE,
        e.source_code AS Actor1Code, e.source_text AS Actor1Name, e.target_code AS Actor2Code,
        e.target_text AS Actor2Name, e.cameo AS EventCode, e.root AS EventRootCode, e.quad_class AS QuadClass,
        e.goldstein AS GoldsteinScale, e.location_text AS ActionGeo_FullName,
        e.location_country AS ActionGeo_CountryCode, d.url AS SOURCEURL,
        e.source_actor AS Actor1Id, e.target_actor AS Actor2Id, e.plover AS PloverType, e.status AS Status,
        e.confidence AS Confidence, e.date AS EventDate, e.outlet AS Outlet, e.published AS Published,
        e.document_id AS DocumentId, e.trigger_text AS TriggerText, e.trigger_start AS TriggerStart,
        e.trigger_end AS TriggerEnd
      FROM events e JOIN documents d USING (doc)
      ORDER BY e.doc, e.trigger_start, e.id""";
  private static final String GEXF = "http://gexf.net/1.3";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Queries queries;

  Exports(Queries queries) {
    this.queries = queries;
  }

  void jsonl(Writer out) {
    queries.read(db -> {
      try (Statement s = db.createStatement();
           ResultSet rs = s.executeQuery("SELECT record, text FROM documents ORDER BY doc")) {
        while (rs.next()) {
          out.write(JSON.writeValueAsString(Store.record(rs.getString(1), rs.getString(2))));
          out.write('\n');
        }
        out.flush();
      } catch (IOException e) {
        throw new StoreException("cannot write the export: " + e.getMessage(), e);
      }
      return null;
    });
  }

  void csv(Writer out) {
    queries.read(db -> {
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(CSV)) {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        for (int c = 1; c <= columns; c++) {
          out.write((c > 1 ? "," : "") + meta.getColumnLabel(c));
        }
        out.write("\r\n");
        while (rs.next()) {
          for (int c = 1; c <= columns; c++) {
            out.write((c > 1 ? "," : "") + csvField(rs.getString(c)));
          }
          out.write("\r\n");
        }
        out.flush();
      } catch (IOException e) {
        throw new StoreException("cannot write the export: " + e.getMessage(), e);
      }
      return null;
    });
  }

  /** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled; null is empty. */
  static String csvField(String value) {
    if (value == null) {
      return "";
    }
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  void parquet(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StoreException("cannot create " + folder + ": " + e.getMessage(), e);
    }
    queries.read(db -> {
      try (Statement s = db.createStatement()) {
        for (String table : StoreSchema.TABLES) {
          String file = folder.resolve(table + ".parquet").toAbsolutePath().toString().replace("'", "''");
          s.execute("COPY (SELECT * FROM " + table + " ORDER BY doc) TO '" + file + "' (FORMAT PARQUET)");
        }
      }
      return null;
    });
  }

  void gexf(Writer out) {
    Network network = queries.network(EventFilter.NONE, Integer.MAX_VALUE);
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("gexf");
      xml.writeDefaultNamespace(GEXF);
      xml.writeAttribute("version", "1.3");
      xml.writeStartElement("meta");
      element(xml, "creator", "Froissart " + Pipeline.VERSION);
      element(xml, "description", "Actors (linked actors, else CAMEO actor codes) and the events from source to target");
      xml.writeEndElement();
      xml.writeStartElement("graph");
      xml.writeAttribute("defaultedgetype", "directed");
      xml.writeAttribute("mode", "static");
      attributes(xml, "node", new String[][] {{"code", "CAMEO actor code", "string"}, {"events", "events", "long"}});
      attributes(xml, "edge", new String[][] {{"goldstein", "mean Goldstein score", "double"}});
      xml.writeStartElement("nodes");
      for (Network.Node node : network.nodes()) {
        xml.writeStartElement("node");
        xml.writeAttribute("id", node.id());
        xml.writeAttribute("label", node.label() == null ? node.id() : node.label());
        xml.writeStartElement("attvalues");
        if (node.code() != null) {
          value(xml, "code", node.code());
        }
        value(xml, "events", Long.toString(node.events()));
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeStartElement("edges");
      int id = 0;
      for (Network.Edge edge : network.edges()) {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", Integer.toString(id++));
        xml.writeAttribute("source", edge.source());
        xml.writeAttribute("target", edge.target());
        xml.writeAttribute("weight", Long.toString(edge.events()));
        if (edge.goldstein() != null) {
          xml.writeStartElement("attvalues");
          value(xml, "goldstein", Double.toString(edge.goldstein()));
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
      out.write('\n');
      out.flush();
    } catch (XMLStreamException | IOException e) {
      throw new StoreException("cannot write the GEXF: " + e.getMessage(), e);
    }
  }

  private static void attributes(XMLStreamWriter xml, String kind, String[][] attributes) throws XMLStreamException {
    xml.writeStartElement("attributes");
    xml.writeAttribute("class", kind);
    for (String[] a : attributes) {
      xml.writeEmptyElement("attribute");
      xml.writeAttribute("id", a[0]);
      xml.writeAttribute("title", a[1]);
      xml.writeAttribute("type", a[2]);
    }
    xml.writeEndElement();
  }

  private static void value(XMLStreamWriter xml, String attribute, String value) throws XMLStreamException {
    xml.writeEmptyElement("attvalue");
    xml.writeAttribute("for", attribute);
    xml.writeAttribute("value", value);
  }

  private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }
}
