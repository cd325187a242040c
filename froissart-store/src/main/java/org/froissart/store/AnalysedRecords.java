package org.froissart.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
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
   * Whether the first non-blank line of {@code in} (UTF-8) is an analysed record; reads up to it,
   * so give a stream that is then thrown away.
   */
  public static boolean firstIsAnalysed(InputStream in) throws IOException {
    boolean[] analysed = {false};
    lines(in, (bytes, start, length, number) -> {
      if (blank(bytes, start, length)) {
        return true;
      }
      try {
        analysed[0] = isAnalysed(JSON.readTree(bytes, start, length));
      } catch (JsonProcessingException e) {
        analysed[0] = false;
      }
      return false;
    });
    return analysed[0];
  }

  /**
   * Hands every record of a file of analysed records (UTF-8) to {@code sink} with where it comes
   * from ({@code name:line}). A line that is not valid JSON becomes a {@code MALFORMED_JSON} error
   * record, and one that is not an analysed record a {@code NOT_ANALYSED} error record (raw inputs
   * go in files of their own); blank lines are skipped. Lines are parsed from their bytes, never
   * decoded to strings whole: that halves the time of reading large files.
   */
  public static void read(InputStream in, String name, BiConsumer<JsonNode, String> sink) throws IOException {
    lines(in, (bytes, start, length, number) -> {
      if (blank(bytes, start, length)) {
        return true;
      }
      String where = name + ":" + number;
      JsonNode record;
      try {
        record = JSON.readTree(bytes, start, length);
      } catch (JsonProcessingException e) {
        sink.accept(error(where, "MALFORMED_JSON", "line " + number + " is not valid JSON: " + e.getOriginalMessage()),
            where);
        return true;
      }
      if (!isAnalysed(record)) {
        sink.accept(error(where, "NOT_ANALYSED", "line " + number + " is not an analysed record (no 'error', 'entities'"
            + " or 'events' field) in a file of analysed records; give raw inputs in a file of their own"), where);
        return true;
      }
      sink.accept(record, where);
      return true;
    });
  }

  /** Takes one line: its bytes (without the line break), its number from 1; false to stop reading. */
  private interface Line {
    boolean take(byte[] bytes, int start, int length, int number) throws IOException;
  }

  /** Splits a stream into lines at each {@code \n}; a line's bytes are valid only during its call. */
  private static void lines(InputStream in, Line line) throws IOException {
    byte[] chunk = new byte[1 << 20];
    byte[] carried = new byte[1 << 16];
    int carriedLength = 0;
    int number = 0;
    for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
      int start = 0;
      for (int end = lineBreak(chunk, start, read); end < read; end = lineBreak(chunk, start, read)) {
        number++;
        boolean more;
        if (carriedLength == 0) {
          more = line.take(chunk, start, end - start, number);
        } else {
          carried = append(carried, carriedLength, chunk, start, end - start);
          more = line.take(carried, 0, carriedLength + end - start, number);
          carriedLength = 0;
        }
        if (!more) {
          return;
        }
        start = end + 1;
      }
      carried = append(carried, carriedLength, chunk, start, read - start);
      carriedLength += read - start;
    }
    if (carriedLength > 0) {
      line.take(carried, 0, carriedLength, number + 1);
    }
  }

  /** The index of the first {@code \n} in {@code bytes[from, to)}, or {@code to}; a method of its own so that the JIT compiles the loop on its own. */
  private static int lineBreak(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return to;
  }

  private static byte[] append(byte[] to, int length, byte[] from, int start, int count) {
    byte[] grown = length + count <= to.length ? to : Arrays.copyOf(to, Math.max(2 * to.length, length + count));
    System.arraycopy(from, start, grown, length, count);
    return grown;
  }

  private static boolean blank(byte[] bytes, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  /** An error record of {@code spec/output.md}: {@code {"id", "error": {"code", "message"}}}. */
  public static ObjectNode error(String id, String code, String message) {
    ObjectNode node = JSON.createObjectNode().put("id", id);
    node.putObject("error").put("code", code).put("message", message);
    return node;
  }
}
