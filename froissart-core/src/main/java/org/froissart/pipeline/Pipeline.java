package org.froissart.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.document.Failure;
import org.froissart.document.Layer;
import org.froissart.document.Outcome;

/**
 * Stages in order. The order is checked when the pipeline is built: every layer a stage requires
 * must be provided by an earlier one. Thread-safe when its stages are.
 */
public final class Pipeline {
  public static final String VERSION = readVersion();

  private final List<Stage> stages;
  private final Provenance provenance;

  public Pipeline(List<Stage> stages) {
    Set<Layer<?>> available = new HashSet<>();
    Map<String, String> resources = new TreeMap<>();
    List<String> names = new ArrayList<>();
    for (Stage stage : stages) {
      for (Layer<?> layer : stage.requires()) {
        if (!available.contains(layer)) {
          throw new IllegalArgumentException("stage '" + stage.name() + "' requires layer '" + layer
              + "', which no earlier stage provides (stages before it: " + names + ")");
        }
      }
      available.addAll(stage.provides());
      resources.putAll(stage.resources());
      names.add(stage.name());
    }
    this.stages = List.copyOf(stages);
    this.provenance = new Provenance(VERSION, names, resources);
  }

  public Provenance provenance() {
    return provenance;
  }

  /** Runs every stage; a rejected document or a stage's bug becomes a {@link Failure}. */
  public Outcome analyze(Document document) {
    AnalyzedDocument current = AnalyzedDocument.of(document);
    for (Stage stage : stages) {
      try {
        current = stage.apply(current);
      } catch (DocumentRejected e) {
        return new Failure(document.id(), e.code(), e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        return new Failure(document.id(), "ANALYSIS_FAILED", "stage '" + stage.name() + "' failed: " + e);
      }
      for (Layer<?> layer : stage.provides()) {
        if (!current.has(layer)) {
          throw new IllegalStateException("stage '" + stage.name() + "' did not provide layer '" + layer + "'");
        }
      }
    }
    return current;
  }

  private static String readVersion() {
    try (InputStream in = Pipeline.class.getResourceAsStream("/org/froissart/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
