package org.froissart.app.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.froissart.store.EventFilter;

/**
 * The query parameters of one request, read with their types and bounds. A parameter the
 * endpoint does not take, or one given twice, is refused rather than ignored: a typo must not
 * quietly widen a query. Every refusal is an {@link ApiException} naming the parameter.
 */
final class QueryParameters {
  private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
  private static final Pattern ACTOR_CODE = Pattern.compile("[A-Z]{3}[A-Z0-9]*");
  private static final List<String> STATUSES = List.of("asserted", "negated", "hypothetical", "future");

  private final Map<String, List<String>> values;

  /** @param accepted the names the endpoint takes (its OpenAPI description's query parameters) */
  QueryParameters(Map<String, List<String>> values, Set<String> accepted) {
    for (Map.Entry<String, List<String>> parameter : values.entrySet()) {
      if (!accepted.contains(parameter.getKey())) {
        throw ApiException.badRequest("unknown parameter '" + parameter.getKey() + "'",
            Map.of("parameter", parameter.getKey(), "accepted", new TreeSet<>(accepted)));
      }
      if (parameter.getValue().size() > 1) {
        throw ApiException.badParameter(parameter.getKey(), String.join(",", parameter.getValue()), "one value");
      }
    }
    this.values = values;
  }

  /** The value, or null when absent or blank. */
  String text(String name) {
    List<String> given = values.get(name);
    return given == null || given.get(0).isBlank() ? null : given.get(0).strip();
  }

  int integer(String name, int fallback, int min, int max) {
    Integer value = integer(name, min, max);
    return value == null ? fallback : value;
  }

  /** An integer from {@code min} to {@code max}, or null when absent. */
  Integer integer(String name, int min, int max) {
    return bounded(name, Integer::valueOf, min, max, "an integer from " + min + " to " + max);
  }

  Double number(String name, double min, double max) {
    return bounded(name, Double::valueOf, min, max, "a number from " + min + " to " + max);
  }

  private <T extends Comparable<T>> T bounded(String name, Function<String, T> parse, T min, T max, String expected) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      T parsed = parse.apply(value);
      if (parsed.compareTo(min) >= 0 && parsed.compareTo(max) <= 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ApiException.badParameter(name, value, expected);
  }

  LocalDate date(String name) {
    String value = text(name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, value, "a day as YYYY-MM-DD");
    }
  }

  /** One of {@code choices}, written in lower case; {@code fallback} when absent. */
  <E extends Enum<E>> E choice(String name, Class<E> choices, E fallback) {
    String value = text(name);
    if (value == null) {
      return fallback;
    }
    for (E choice : choices.getEnumConstants()) {
      if (choice.name().toLowerCase(Locale.ROOT).equals(value)) {
        return choice;
      }
    }
    throw ApiException.badParameter(name, value, "one of " + List.of(choices.getEnumConstants()).stream()
        .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
  }

  private String matching(String name, Pattern pattern, String expected) {
    String value = text(name);
    if (value != null && !pattern.matcher(value).matches()) {
      throw ApiException.badParameter(name, value, expected);
    }
    return value;
  }

  /** The event filter of {@code /api/events} and the endpoints that count events. */
  EventFilter eventFilter() {
    String status = text("status");
    if (status != null && !STATUSES.contains(status)) {
      throw ApiException.badParameter("status", status, "one of " + STATUSES);
    }
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badParameter("to", to.toString(), "a day on or after 'from' (" + from + ")");
    }
    return new EventFilter(text("actor"),
        matching("actor_code", ACTOR_CODE, "a CAMEO actor code or its start, in capitals (IRN, IRNGOV)"),
        choice("side", EventFilter.Side.class, EventFilter.Side.EITHER),
        matching("cameo", CAMEO, "a CAMEO event code or root of 2 to 4 digits (05, 051)"), text("plover"), from, to,
        text("outlet"), status, number("min_confidence", 0, 1));
  }
}
