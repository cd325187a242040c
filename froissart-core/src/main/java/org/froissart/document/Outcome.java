package org.froissart.document;

/** What the pipeline yields for each input: an analysed document, or the reason it failed. */
public sealed interface Outcome permits AnalyzedDocument, Failure {
}
