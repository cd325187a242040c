package org.froissart.pipeline;

import java.util.Map;
import java.util.Set;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Layer;

/**
 * One step of the analysis: takes a document with the layers it {@link #requires} and returns a
 * copy with the layers it {@link #provides}. Implementations are immutable after construction and
 * safe to call from several threads; anything expensive is loaded by their constructor or factory.
 */
public interface Stage {
  /** Short name, listed in the output's provenance. */
  String name();

  Set<Layer<?>> requires();

  Set<Layer<?>> provides();

  /**
   * @throws DocumentRejected when this document cannot be analysed (it becomes an error record)
   */
  AnalyzedDocument apply(AnalyzedDocument document) throws DocumentRejected;

  /** Resources this stage depends on, name to checksum or version, for provenance. */
  default Map<String, String> resources() {
    return Map.of();
  }
}
