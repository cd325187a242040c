package org.froissart.store;

import java.util.List;

/**
 * Who acts on whom: actors as nodes, source → target edges weighted by their number of events.
 * A node is a linked actor (its id) or, for a side with no linked actor, its CAMEO code.
 */
public record Network(List<Node> nodes, List<Edge> edges) {
  /**
   * @param label  the most frequent text of the node's mentions in these events, pronouns last (a name
   *               rather than "il")
   * @param code   its most frequent CAMEO actor code
   * @param events events it takes part in, on either side
   */
  public record Node(String id, String label, String code, long events) {
  }

  /** @param goldstein the mean Goldstein score of the edge's events (2 decimals), or null when none has one */
  public record Edge(String source, String target, long events, Double goldstein) {
  }
}
