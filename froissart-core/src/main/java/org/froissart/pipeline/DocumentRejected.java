package org.froissart.pipeline;

/** Thrown by a stage for a document it cannot analyse; the code goes into the error record. */
public final class DocumentRejected extends Exception {
  private final String code;

  public DocumentRejected(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
