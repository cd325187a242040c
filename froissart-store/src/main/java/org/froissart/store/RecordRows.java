package org.froissart.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows that one analysed record ({@code spec/output.md}) gives in each table, read and checked
 * in full before anything is written: a record with a missing field, a wrong type or a span whose
 * offsets do not cover its text is refused with an {@link InvalidRecord} that names the field, and
 * the store keeps an error record in its place.
 *
 * @param hash    SHA-256 (hex) of the text; of {@code "error\n" + id + "\n" + code} for an error record
 * @param text    null for an error record
 * @param json    the record as stored: its {@code text} field set to null (the text is held once)
 */
record RecordRows(String id, String hash, String language, String title, String published, String publishedMethod,
                  String outlet, String outletName, String outletCountry, String url, String text, String errorCode,
                  String errorMessage, String json, List<Mention> mentions, List<Timex> timexes, List<Quote> quotes,
                  List<Event> events) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
  private static final Pattern DATE_PREFIX = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?![\\d-])");

  record Mention(String id, int start, int end, String text, String type, String actor, String code, String role) {
  }

  record Timex(String id, int start, int end, String text, String type, String value, String anchor) {
  }

  record Quote(String id, int start, int end, String text, String kind, String speakerMention, String speakerText,
               String speakerActor, String speakerCode, String cueText, String sourceText, String sourceActor) {
  }

  record Participant(String mention, String text, String actor, String code) {
  }

  record Event(String id, Integer sentence, String cameo, String plover, Integer quadClass, Double goldstein,
               int triggerStart, int triggerEnd, String triggerText, Participant source, Participant target,
               String date, String dateTimex, LocalDate day, String locationText, String locationPlace,
               String locationCountry, String status, List<String> attribution, Double confidence) {
  }

  /** A record that cannot be stored as it is; the message names the field. */
  static final class InvalidRecord extends Exception {
    InvalidRecord(String message) {
      super(message);
    }
  }

  boolean isError() {
    return errorCode != null;
  }

  /** An error record of the store's own, for a record it refused or could not read. */
  static RecordRows error(String id, String code, String message) {
    ObjectNode node = JSON.createObjectNode().put("id", id);
    node.putObject("error").put("code", code).put("message", message);
    try {
      return read(node, id);
    } catch (InvalidRecord e) {
      throw new IllegalStateException("the store's own error record is invalid", e);
    }
  }

  /**
   * Reads one record.
   *
   * @param where where the record comes from ({@code file.jsonl:12}): its id when it has none
   */
  static RecordRows read(JsonNode node, String where) throws InvalidRecord {
    if (node == null || !node.isObject()) {
      throw new InvalidRecord("the record is not a JSON object");
    }
    String id = string(node, "id", "");
    if (id == null || id.isEmpty()) {
      throw new InvalidRecord("the record has no 'id'");
    }
    JsonNode error = node.get("error");
    if (error != null && !error.isNull()) {
      String code = required(error, "code", "error.");
      String message = string(error, "message", "error.");
      String json = write(node);
      return new RecordRows(id, sha256("error\n" + id + "\n" + code), null, null, null, null, null, null, null,
          null, null, code, message == null ? "" : message, json, List.of(), List.of(), List.of(), List.of());
    }
    String text = required(node, "text", "");
    JsonNode published = object(node, "published", "");
    String publishedValue = published == null ? null : string(published, "value", "published.");
    JsonNode outlet = object(node, "outlet", "");
    String outletId = outlet == null ? null : string(outlet, "id", "outlet.");
    String outletName = outlet == null ? null : string(outlet, "name", "outlet.");
    String outletKey = outletId != null ? outletId : outletName;
    String url = string(node, "url", "");
    if (url == null && (id.startsWith("http://") || id.startsWith("https://"))) {
      url = id;
    }
    LocalDate publishedDay = firstDay(publishedValue);

    List<Mention> mentions = new ArrayList<>();
    for (JsonNode m : array(node, "entities")) {
      String at = "entities[" + mentions.size() + "].";
      int[] span = span(m, text, at);
      mentions.add(new Mention(required(m, "id", at), span[0], span[1], m.get("text").asText(), string(m, "type", at),
          string(m, "actor", at), string(m, "code", at), string(m, "role", at)));
    }
    List<Timex> timexes = new ArrayList<>();
    for (JsonNode t : array(node, "timex")) {
      String at = "timex[" + timexes.size() + "].";
      int[] span = span(t, text, at);
      timexes.add(new Timex(required(t, "id", at), span[0], span[1], t.get("text").asText(), string(t, "type", at),
          string(t, "value", at), string(t, "anchor", at)));
    }
    List<Quote> quotes = new ArrayList<>();
    for (JsonNode q : array(node, "quotes")) {
      String at = "quotes[" + quotes.size() + "].";
      int[] span = span(q, text, at);
      JsonNode speaker = object(q, "speaker", at);
      JsonNode cue = object(q, "cue", at);
      JsonNode source = object(q, "source", at);
      quotes.add(new Quote(required(q, "id", at), span[0], span[1], q.get("text").asText(), string(q, "kind", at),
          speaker == null ? null : string(speaker, "mention", at + "speaker."),
          speaker == null ? null : string(speaker, "text", at + "speaker."),
          speaker == null ? null : string(speaker, "actor", at + "speaker."),
          speaker == null ? null : string(speaker, "code", at + "speaker."),
          cue == null ? null : string(cue, "text", at + "cue."),
          source == null ? null : string(source, "text", at + "source."),
          source == null ? null : string(source, "actor", at + "source.")));
    }
    List<Event> events = new ArrayList<>();
    for (JsonNode e : array(node, "events")) {
      String at = "events[" + events.size() + "].";
      String cameo = required(e, "cameo", at);
      if (!CAMEO.matcher(cameo).matches()) {
        throw new InvalidRecord(at + "cameo is not a CAMEO event code: " + cameo);
      }
      JsonNode trigger = object(e, "trigger", at);
      if (trigger == null) {
        throw new InvalidRecord(at + "trigger is missing");
      }
      int[] span = span(trigger, text, at + "trigger.");
      JsonNode date = object(e, "date", at);
      String dateValue = date == null ? null : string(date, "value", at + "date.");
      LocalDate eventDay = firstDay(dateValue);
      JsonNode location = object(e, "location", at);
      List<String> attribution = new ArrayList<>();
      for (JsonNode a : array(e, "attribution")) {
        if (!a.isTextual()) {
          throw new InvalidRecord(at + "attribution holds a non-string: " + a);
        }
        attribution.add(a.asText());
      }
      events.add(new Event(required(e, "id", at), integer(e, "sentence", at), cameo, string(e, "plover", at),
          integer(e, "quad_class", at), number(e, "goldstein", at), span[0], span[1], trigger.get("text").asText(),
          participant(e, "source", at), participant(e, "target", at), dateValue,
          date == null ? null : string(date, "timex", at + "date."), eventDay != null ? eventDay : publishedDay,
          location == null ? null : string(location, "text", at + "location."),
          location == null ? null : string(location, "place", at + "location."),
          location == null ? null : string(location, "country", at + "location."),
          string(e, "status", at), attribution, number(e, "confidence", at)));
    }
    ObjectNode stored = JSON.createObjectNode();
    node.fields().forEachRemaining(f -> stored.set(f.getKey(), f.getKey().equals("text") ? stored.nullNode() : f.getValue()));
    return new RecordRows(id, sha256(text), string(node, "language", ""), string(node, "title", ""), publishedValue,
        published == null ? null : string(published, "method", "published."), outletKey, outletName,
        outlet == null ? null : string(outlet, "country", "outlet."), url, text, null, null, write(stored),
        mentions, timexes, quotes, events);
  }

  /**
   * The first day of the period an ISO date names ({@code 2014} → 2014-01-01, {@code 2014-02} →
   * 2014-02-01, {@code 2014-02-03T10:00} → 2014-02-03), or null when the value does not start with
   * a calendar date (a week, {@code XXXX-12-05}, {@code PRESENT_REF}).
   */
  static LocalDate firstDay(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = DATE_PREFIX.matcher(value);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
          m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static Participant participant(JsonNode event, String field, String at) throws InvalidRecord {
    JsonNode p = object(event, field, at);
    if (p == null) {
      return null;
    }
    String in = at + field + ".";
    return new Participant(string(p, "mention", in), string(p, "text", in), string(p, "actor", in), string(p, "code", in));
  }

  /** start and end of a span that must cover its own text in the document's text. */
  private static int[] span(JsonNode node, String text, String at) throws InvalidRecord {
    if (!node.isObject()) {
      throw new InvalidRecord(at.substring(0, at.length() - 1) + " is not an object");
    }
    Integer start = integer(node, "start", at);
    Integer end = integer(node, "end", at);
    String spanText = required(node, "text", at);
    if (start == null || end == null) {
      throw new InvalidRecord(at + (start == null ? "start" : "end") + " is missing");
    }
    if (start < 0 || start > end || end > text.length()
        || end - start != spanText.length() || !text.regionMatches(start, spanText, 0, spanText.length())) {
      throw new InvalidRecord(at + "start and end (" + start + ", " + end + ") do not cover its text «" + spanText + "»");
    }
    return new int[] {start, end};
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) throws InvalidRecord {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new InvalidRecord(field + " is not an array");
    }
    return value;
  }

  private static JsonNode object(JsonNode node, String field, String at) throws InvalidRecord {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      throw new InvalidRecord(at + field + " is not an object");
    }
    return value;
  }

  private static String required(JsonNode node, String field, String at) throws InvalidRecord {
    String value = string(node, field, at);
    if (value == null) {
      throw new InvalidRecord(at + field + " is missing");
    }
    return value;
  }

  private static String string(JsonNode node, String field, String at) throws InvalidRecord {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidRecord(at + field + " is not a string: " + value);
    }
    return value.asText();
  }

  private static Integer integer(JsonNode node, String field, String at) throws InvalidRecord {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new InvalidRecord(at + field + " is not an integer: " + value);
    }
    return value.intValue();
  }

  private static Double number(JsonNode node, String field, String at) throws InvalidRecord {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw new InvalidRecord(at + field + " is not a number: " + value);
    }
    return value.doubleValue();
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
