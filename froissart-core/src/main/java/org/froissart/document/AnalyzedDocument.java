package org.froissart.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document and the layers computed so far. Immutable: every {@code with…} returns a copy, so a
 * stage can never change what an earlier stage produced.
 */
public final class AnalyzedDocument implements Outcome {
  private final Document document;
  private final Map<Layer<?>, Optional<?>> layers;
  private final List<Warning> warnings;

  private AnalyzedDocument(Document document, Map<Layer<?>, Optional<?>> layers, List<Warning> warnings) {
    this.document = document;
    this.layers = Collections.unmodifiableMap(layers);
    this.warnings = Collections.unmodifiableList(warnings);
  }

  public static AnalyzedDocument of(Document document) {
    return new AnalyzedDocument(document, new LinkedHashMap<>(), new ArrayList<>());
  }

  public Document document() {
    return document;
  }

  public String text() {
    return document.text();
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  /** The layer's value (possibly null for layers that allow it); fails when the layer was never set. */
  @SuppressWarnings("unchecked")
  public <T> T get(Layer<T> layer) {
    Optional<?> value = layers.get(layer);
    if (value == null) {
      throw new IllegalStateException("layer '" + layer + "' has not been computed; stages so far: " + layers.keySet());
    }
    return (T) value.orElse(null);
  }

  /** The layer's value, or the fallback when the layer was never set or is null. */
  public <T> T getOr(Layer<T> layer, T fallback) {
    if (!has(layer)) {
      return fallback;
    }
    T value = get(layer);
    return value == null ? fallback : value;
  }

  public <T> AnalyzedDocument with(Layer<T> layer, T value) {
    Map<Layer<?>, Optional<?>> copy = new LinkedHashMap<>(layers);
    copy.put(layer, Optional.ofNullable(value));
    return new AnalyzedDocument(document, copy, new ArrayList<>(warnings));
  }

  public AnalyzedDocument withWarning(Warning warning) {
    List<Warning> copy = new ArrayList<>(warnings);
    copy.add(warning);
    return new AnalyzedDocument(document, new LinkedHashMap<>(layers), copy);
  }

  public List<Warning> warnings() {
    return warnings;
  }
}
