package org.froissart.store;

import java.util.List;

/**
 * What each outlet reports of the events that pass a filter (typically those of one actor): how
 * many, of which kinds, how hostile on average, and a few of them with the words they rest on.
 *
 * @param outlets the outlets with at least one such event, most events first; an unknown outlet is null
 */
public record OutletComparison(List<Outlet> outlets) {
  /**
   * @param goldstein mean Goldstein score of its events (2 decimals), null when none has one
   * @param roots     events per CAMEO root code, most first
   * @param plover    events per PLOVER type, most first (CAMEO's 01 and 02 families have none)
   * @param examples  its most confident events, with their evidence
   */
  public record Outlet(String outlet, long events, Double goldstein, List<Count> roots, List<Count> plover,
                       List<Example> examples) {
  }

  public record Count(String value, long events) {
  }

  /**
   * An event and the passage of its document around the trigger:
   * {@code context} is {@code text.substring(contextStart, contextStart + context.length())}.
   */
  public record Example(StoredEvent event, int contextStart, String context) {
  }
}
