package org.froissart.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A tab-separated resource with a header row: its rows, each checked for the header's width. */
public record Table(String name, List<String[]> rows, String checksum) {
  public static Table read(ResourceLoader resources, String name, String... header) {
    ResourceLoader.TextResource file = resources.lines(name);
    List<String> lines = file.lines();
    String expected = String.join("\t", header);
    if (lines.isEmpty() || !lines.get(0).equals(expected)) {
      throw new IllegalArgumentException(name + ": the first row must be the header " + expected.replace("\t", "<TAB>"));
    }
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t", -1);
      if (fields.length != header.length || fields[0].isBlank()) {
        throw new IllegalArgumentException(name + ": want " + header.length + " columns, the first not empty: " + line);
      }
      rows.add(Arrays.stream(fields).map(String::strip).toArray(String[]::new));
    }
    return new Table(name, List.copyOf(rows), file.checksum());
  }

  /** A '|'-separated list field; empty when the field is. */
  public static List<String> list(String field) {
    return field.isEmpty() ? List.of() : Arrays.stream(field.split("\\|")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
  }

  public static String orNull(String field) {
    return field.isEmpty() ? null : field;
  }
}
