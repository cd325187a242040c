package org.froissart.actors;

import java.util.List;

/**
 * One entry of the knowledge base: a person, state, organisation, medium or place.
 *
 * @param country   ISO 3166-1 alpha-3 code of the state it belongs to, or null (international bodies)
 * @param code      the CAMEO code it has when no dated role says otherwise; null for a person, whose
 *                  code comes from the role held on the date or else their country
 * @param names     every name a text may use, the canonical one first
 * @param gender    "m" or "f" for persons, else null
 * @param latitude  for places, when known; else null
 */
public record Actor(String id, ActorKind kind, String country, String code, List<String> names, String gender,
                    Double latitude, Double longitude) {
  public Actor {
    if (id == null || id.isBlank() || names.isEmpty()) {
      throw new IllegalArgumentException("an actor needs an id and at least one name: " + id);
    }
    names = List.copyOf(names);
  }
}
