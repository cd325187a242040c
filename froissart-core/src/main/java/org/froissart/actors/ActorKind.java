package org.froissart.actors;

/** What an actor is; it decides the named-entity type its names get. The order is the preference when one name fits actors of several kinds. */
public enum ActorKind {
  STATE("LOC"), ORGANISATION("ORG"), MEDIA("ORG"), PERSON("PER"), PLACE("LOC");

  private final String entityType;

  ActorKind(String entityType) {
    this.entityType = entityType;
  }

  /** PER, ORG or LOC. */
  public String entityType() {
    return entityType;
  }
}
