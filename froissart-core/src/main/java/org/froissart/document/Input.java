package org.froissart.document;

/** What a reader yields for each input: a document, or the reason it could not be read. */
public sealed interface Input permits Document, Failure {
  String id();
}
