package org.froissart.actors;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.pipeline.Table;

/**
 * Which CAMEO actor codes are well formed: one to five segments of three capital letters, the first
 * a country or a segment that may open a code (IGO, IMG, a region…), the others segments that may
 * follow (sectors, religions, regions, named organisations), as listed in {@code actors/cameo.tsv}.
 */
public final class CameoCodes {
  static final String RESOURCE = "actors/cameo.tsv";
  private static final Pattern SHAPE = Pattern.compile("(?:[A-Z]{3}){1,5}");

  private final Set<String> countries;
  private final Set<String> first = new HashSet<>();
  private final Set<String> next = new HashSet<>();
  private final String checksum;

  CameoCodes(ResourceLoader resources, Set<String> countries) {
    Table table = Table.read(resources, RESOURCE, "segment", "position", "meaning");
    for (String[] row : table.rows()) {
      switch (row[1]) {
        case "first" -> first.add(row[0]);
        case "next" -> next.add(row[0]);
        case "any" -> {
          first.add(row[0]);
          next.add(row[0]);
        }
        default -> throw new IllegalArgumentException(RESOURCE + ": position must be first, next or any: " + row[1]);
      }
    }
    this.countries = Set.copyOf(countries);
    first.addAll(countries);
    this.checksum = table.checksum();
  }

  public boolean isValid(String code) {
    if (code == null || !SHAPE.matcher(code).matches() || !first.contains(code.substring(0, 3))) {
      return false;
    }
    for (int i = 3; i < code.length(); i += 3) {
      if (!next.contains(code.substring(i, i + 3))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the segment is a country of countries.tsv. */
  public boolean isCountry(String segment) {
    return countries.contains(segment);
  }

  String checksum() {
    return checksum;
  }
}
