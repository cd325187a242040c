package org.froissart.document;

import java.util.List;

/**
 * A sentence with its tokens and dependency graphs.
 *
 * @param basic    basic Universal Dependencies (a tree)
 * @param enhanced enhanced++ dependencies (a graph)
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> basic,
                       List<Dependency> enhanced) implements Span {
  public Sentence {
    Span.check(start, end);
    tokens = List.copyOf(tokens);
    basic = List.copyOf(basic);
    enhanced = List.copyOf(enhanced);
  }
}
