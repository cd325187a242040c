package org.froissart.pipeline;

import java.util.List;
import java.util.Map;

/** What produced an output: Froissart's version, the stages in order, and the checksums of their resources. */
public record Provenance(String version, List<String> stages, Map<String, String> resources) {
  public Provenance {
    stages = List.copyOf(stages);
    resources = Map.copyOf(resources);
  }
}
