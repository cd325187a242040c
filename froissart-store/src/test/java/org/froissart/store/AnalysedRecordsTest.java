package org.froissart.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading files of analysed records: the rule, line numbers, bad lines, lines across read chunks. */
class AnalysedRecordsTest {
  private static List<String> read(String content) throws IOException {
    List<String> seen = new ArrayList<>();
    AnalysedRecords.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "f.jsonl",
        (record, where) -> seen.add(where + " " + (record.has("error") ? record.get("error").get("code").asText()
            : record.get("id").asText())));
    return seen;
  }

  @Test
  void recordsComeWithTheirLineAndBadLinesAsErrors() throws IOException {
    String first = Article.dispatches().get(0).toString();
    String error = Article.dispatches().get(3).toString();
    assertEquals(List.of("f.jsonl:1 teheran.txt", "f.jsonl:3 EMPTY", "f.jsonl:4 MALFORMED_JSON",
            "f.jsonl:5 NOT_ANALYSED", "f.jsonl:6 teheran.txt"),
        read(first + "\r\n  \n" + error + "\n{\"id\": \"coupé\n{\"id\": \"brut\", \"text\": \"Un texte.\"}\n" + first));
  }

  @Test
  void longLinesAcrossReadChunksArriveWhole() throws IOException {
    JsonNode big = Article.dispatches().get(0).put("title", "Téhéran ".repeat(200_000));
    String line = big.toString();
    assertTrue(line.length() > 1 << 20, "longer than one read");
    List<JsonNode> records = new ArrayList<>();
    AnalysedRecords.read(new ByteArrayInputStream((line + "\n" + line).getBytes(StandardCharsets.UTF_8)), "f",
        (record, where) -> records.add(record));
    assertEquals(List.of(big, big), records);
  }

  @Test
  void theFirstRecordTellsAFileOfAnalysedRecords() throws IOException {
    assertTrue(AnalysedRecords.firstIsAnalysed(stream("\n" + Article.dispatches().get(3) + "\n")));
    assertTrue(AnalysedRecords.firstIsAnalysed(stream("{\"id\": \"a\", \"text\": \"b\", \"events\": []}")));
    assertFalse(AnalysedRecords.firstIsAnalysed(stream("{\"id\": \"a\", \"text\": \"Un texte.\"}\n"
        + Article.dispatches().get(0))));
    assertFalse(AnalysedRecords.firstIsAnalysed(stream("pas du JSON\n")));
    assertFalse(AnalysedRecords.firstIsAnalysed(stream("")));
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
