package org.froissart.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API's OpenAPI 3 description, written by hand ({@code openapi.json} beside this class). The
 * server serves it as it is and takes from it the query parameters each endpoint accepts, so the
 * description cannot drift from what the endpoints read.
 */
final class OpenApiDescription {
  private final String json;
  private final JsonNode tree;

  private OpenApiDescription(String json, JsonNode tree) {
    this.json = json;
    this.tree = tree;
  }

  static OpenApiDescription load() {
    try (InputStream in = OpenApiDescription.class.getResourceAsStream("openapi.json")) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new OpenApiDescription(json, new ObjectMapper().readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled openapi.json", e);
    }
  }

  String json() {
    return json;
  }

  /** Every operation described, as {@code GET /api/documents/{doc}}. */
  Set<String> operations() {
    Set<String> operations = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = tree.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue().fieldNames().forEachRemaining(method -> operations.add(method.toUpperCase(Locale.ROOT) + " "
          + path.getKey()));
    }
    return operations;
  }

  /** The query parameters of an operation ({@code GET}, {@code /api/events}); none when it is not described. */
  Set<String> queryParameters(String method, String path) {
    Set<String> names = new HashSet<>();
    JsonNode operation = tree.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
    for (JsonNode parameter : operation.path("parameters")) {
      JsonNode resolved = parameter.has("$ref") ? tree.at(parameter.get("$ref").asText().substring(1)) : parameter;
      if (resolved.path("in").asText().equals("query")) {
        names.add(resolved.get("name").asText());
      }
    }
    return names;
  }
}
