package org.froissart.store;

/**
 * The store cannot be used: it is missing, held by another process, from another version, or
 * DuckDB or Lucene failed. The message says which, for a person.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
