package org.froissart.document;

/** Something worth a reader's attention that did not stop the analysis; start/end are -1 when not in the text. */
public record Warning(String code, String message, int start, int end) {
  public static Warning of(String code, String message) {
    return new Warning(code, message, -1, -1);
  }
}
