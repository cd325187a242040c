package org.froissart.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.BiConsumer;

/**
 * JSON Lines of analysed records, as {@code froissart analyze} writes them ({@code spec/output.md}).
 *
 * <p>The rule that tells them from raw inputs ({@code {"id", "text", "published"…}}): a record is
 * analysed when it is a JSON object with an {@code error}, {@code entities} or {@code events}
 * field, which only analysis writes; a file holds analysed records when its first non-blank line
 * is one. Thread-safe.
 */
public final class AnalysedRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AnalysedRecords() {
  }

  /** Whether a record is analysed by the rule above. */
  public static boolean isAnalysed(JsonNode record) {
    return record != null && record.isObject()
        && (record.has("error") || record.has("entities") || record.has("events"));
  }

  /**
   * Whether the first non-blank line that {@code lines} gives is an analysed record; reads up to
   * it, so give a reader that is then thrown away (or reset).
   */
  public static boolean firstIsAnalysed(BufferedReader lines) throws IOException {
    String line;
    while ((line = lines.readLine()) != null) {
      if (!line.isBlank()) {
        try {
          return isAnalysed(JSON.readTree(line));
        } catch (JsonProcessingException e) {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * Hands every record of a file of analysed records to {@code sink} with where it comes from
   * ({@code name:line}). A line that is not valid JSON becomes a {@code MALFORMED_JSON} error
   * record, and one that is not an analysed record a {@code NOT_ANALYSED} error record (raw
   * inputs go in files of their own); blank lines are skipped.
   */
  public static void read(BufferedReader lines, String name, BiConsumer<JsonNode, String> sink) throws IOException {
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String where = name + ":" + number;
      JsonNode record;
      try {
        record = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        sink.accept(error(where, "MALFORMED_JSON", "line " + number + " is not valid JSON: " + e.getOriginalMessage()),
            where);
        continue;
      }
      if (!isAnalysed(record)) {
        sink.accept(error(where, "NOT_ANALYSED", "line " + number + " is not an analysed record (no 'error', 'entities'"
            + " or 'events' field) in a file of analysed records; give raw inputs in a file of their own"), where);
        continue;
      }
      sink.accept(record, where);
    }
  }

  /** An error record of {@code spec/output.md}: {@code {"id", "error": {"code", "message"}}}. */
  public static ObjectNode error(String id, String code, String message) {
    ObjectNode node = JSON.createObjectNode().put("id", id);
    node.putObject("error").put("code", code).put("message", message);
    return node;
  }
}
