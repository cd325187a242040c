package org.froissart.document;

/**
 * A document that could not be read or analysed. It becomes an {@code error} record in the output
 * and the batch goes on.
 *
 * @param code UNREADABLE, EMPTY, NOT_TEXT, BAD_ENCODING, TOO_LARGE, MALFORMED_JSON, UNSUPPORTED_LANGUAGE, ANALYSIS_FAILED…
 */
public record Failure(String id, String code, String message) implements Input, Outcome {
}
