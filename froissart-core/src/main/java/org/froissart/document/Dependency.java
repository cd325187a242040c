package org.froissart.document;

/**
 * A labelled arc between two tokens of one sentence (token indices; {@code head} is -1 for the root).
 * Enhanced relations carry their case marker, as in {@code obl:à} or {@code nmod:de}.
 */
public record Dependency(int head, int dependent, String relation) {
}
