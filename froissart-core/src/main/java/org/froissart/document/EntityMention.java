package org.froissart.document;

/**
 * A named-entity mention. {@code actor}, {@code code} and {@code role} stay null until the
 * knowledge base links the mention.
 *
 * @param type PER, LOC, ORG or MISC
 */
public record EntityMention(String id, int start, int end, String text, String type, String actor, String code,
                            String role) implements Span {
  public EntityMention {
    Span.check(start, end);
  }
}
