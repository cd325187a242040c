package org.froissart.store;

import java.util.List;

/** Events counted per period and CAMEO root code, oldest period first; empty periods are left out. */
public record Timeline(Granularity granularity, List<Point> points) {
  public enum Granularity { DAY, MONTH }

  /** @param period {@code 2020-03-02} by day, {@code 2020-03} by month */
  public record Point(String period, String root, long events) {
  }
}
