package org.froissart.app.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What became of an upload or an inbox file handed to the {@link DocumentWorker}: a file of
 * JSON Lines may hold several documents, so a job has lists of both outcomes.
 *
 * @param source    what was handed in: {@code upload} or the inbox file's name
 * @param documents the documents stored, or found already stored
 * @param errors    the error records ({@code spec/output.md}) of the inputs that could not be analysed or stored
 */
public record Job(String id, String source, State state, List<StoredDocument> documents, List<JsonNode> errors) {
  public enum State {
    @JsonProperty("queued") QUEUED,
    @JsonProperty("running") RUNNING,
    /** at least one document is stored, or was already */
    @JsonProperty("done") DONE,
    /** nothing could be stored: {@code errors} says why */
    @JsonProperty("failed") FAILED
  }

  /**
   * @param doc       the store's number of the document ({@code /api/documents/{doc}})
   * @param id        the document's own id
   * @param duplicate whether the store already held the same text (nothing was analysed again)
   */
  public record StoredDocument(long doc, String id, boolean duplicate) {
  }

  static Job queued(String id, String source) {
    return new Job(id, source, State.QUEUED, List.of(), List.of());
  }

  Job running() {
    return new Job(id, source, State.RUNNING, documents, errors);
  }

  Job finished(List<StoredDocument> stored, List<JsonNode> failures) {
    return new Job(id, source, stored.isEmpty() ? State.FAILED : State.DONE, List.copyOf(stored), List.copyOf(failures));
  }

  boolean isFinished() {
    return state == State.DONE || state == State.FAILED;
  }
}
