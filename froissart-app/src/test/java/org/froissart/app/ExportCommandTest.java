package org.froissart.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.froissart.app.AnalyzeCommandTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** {@code froissart export} in each format, and its errors. */
class ExportCommandTest {
  @TempDir
  Path dir;
  String store;

  @BeforeEach
  void ingest() throws IOException {
    store = IngestCommandTest.storeOfFixture(dir);
  }

  @Test
  void jsonlGivesTheIngestedRecordsBack() throws IOException {
    Run run = AnalyzeCommandTest.run("", "export", "--store", store, "--format", "jsonl");
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> expected = new ArrayList<>();
    for (String line : IngestCommandTest.analysed().split("\n")) {
      expected.add(AnalyzeCommandTest.JSON.readTree(line));
    }
    assertEquals(expected, run.records());
  }

  @Test
  void csvToAFileHasOneRowPerEvent() throws IOException {
    Path csv = dir.resolve("events.csv");
    Run run = AnalyzeCommandTest.run("", "export", "--store", store, "--format", "csv", "--output", csv.toString());
    assertEquals(0, run.exit(), run.err());
    List<String> lines = Files.readAllLines(csv);
    assertEquals(6, lines.size(), "a header and five events");
    assertTrue(lines.get(0).startsWith("GLOBALEVENTID,SQLDATE,Actor1Code,Actor1Name,Actor2Code,Actor2Name,EventCode,"
        + "EventRootCode,QuadClass,GoldsteinScale,"), lines.get(0));
    assertTrue(lines.contains(lines.stream().filter(l -> l.startsWith("2-e1,20210514,JORCVL,manifestants jordaniens,ISR,"
        + "Israël,141,14,3,-6.5,")).findFirst().orElse("no row for the protest")), String.join("\n", lines));
  }

  @Test
  void gexfAndParquet() throws Exception {
    Run gexf = AnalyzeCommandTest.run("", "export", "--store", store, "--format", "gexf");
    assertEquals(0, gexf.exit(), gexf.err());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(gexf.out())));
    assertEquals(3, xml.getElementsByTagNameNS("http://gexf.net/1.3", "edge").getLength(),
        "recep-tayyip-erdogan>IRNGOV (2 events), JORCVL>ISR (2), eu>tunisia-government");
    assertEquals(6, xml.getElementsByTagNameNS("http://gexf.net/1.3", "node").getLength());

    Path parquet = dir.resolve("parquet");
    Run run = AnalyzeCommandTest.run("", "export", "--store", store, "--format", "parquet", "--output", parquet.toString());
    assertEquals(0, run.exit(), run.err());
    for (String table : List.of("documents", "mentions", "timexes", "quotes", "events")) {
      assertTrue(Files.size(parquet.resolve(table + ".parquet")) > 0, table);
    }
  }

  @Test
  void errorsAreExplained() {
    Run noOutput = AnalyzeCommandTest.run("", "export", "--store", store, "--format", "parquet");
    assertEquals(2, noOutput.exit());
    assertTrue(noOutput.err().contains("parquet needs --output"), noOutput.err());
    Run badFormat = AnalyzeCommandTest.run("", "export", "--store", store, "--format", "xlsx");
    assertEquals(2, badFormat.exit());
    assertTrue(badFormat.err().contains("xlsx"), badFormat.err());
    Run missing = AnalyzeCommandTest.run("", "export", "--store", dir.resolve("nowhere").toString(), "--format", "csv");
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("there is no store in"), missing.err());
  }
}
