package org.froissart.events;

import java.util.HashMap;
import java.util.Map;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.pipeline.Table;

/**
 * The CAMEO 1.1b3 event codes ({@code events/cameo-events.tsv}): PLOVER type, QuadClass, Goldstein
 * score and names. Immutable, thread-safe.
 */
public final class CameoOntology {
  /** @param plover null for the statement (01) and appeal (02) families, which PLOVER dropped */
  public record EventType(String code, String plover, int quadClass, double goldstein, String nameEn, String nameFr) {
  }

  private final Map<String, EventType> types;
  private final String checksum;

  private CameoOntology(Map<String, EventType> types, String checksum) {
    this.types = Map.copyOf(types);
    this.checksum = checksum;
  }

  public static CameoOntology load(ResourceLoader resources) {
    Table table = Table.read(resources, "events/cameo-events.tsv",
        "code", "plover", "quad_class", "goldstein", "name_en", "name_fr");
    Map<String, EventType> types = new HashMap<>();
    for (String[] r : table.rows()) {
      if (!r[0].matches("\\d{2,4}")) {
        throw new IllegalArgumentException(table.name() + ": not a CAMEO event code: " + r[0]);
      }
      types.put(r[0], new EventType(r[0], Table.orNull(r[1]), Integer.parseInt(r[2]), Double.parseDouble(r[3]), r[4], r[5]));
    }
    return new CameoOntology(types, table.checksum());
  }

  /** The code's type, or null when CAMEO has no such code. */
  public EventType get(String code) {
    return types.get(code);
  }

  public int size() {
    return types.size();
  }

  public String checksum() {
    return checksum;
  }
}
