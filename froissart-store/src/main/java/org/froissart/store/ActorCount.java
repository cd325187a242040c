package org.froissart.store;

/**
 * A linked actor and how often the store mentions it.
 *
 * @param name         its most frequent mention text, pronouns last (a name rather than "il")
 * @param code         its most frequent CAMEO actor code
 * @param documents    documents that mention it
 * @param sourceEvents events it is the source of
 * @param targetEvents events it is the target of
 */
public record ActorCount(String actor, String name, String code, long mentions, long documents, long sourceEvents,
                         long targetEvents) {
}
