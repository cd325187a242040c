package org.froissart.document;

import java.util.List;

/** A news outlet or publishing body of the outlet registry. */
public record Outlet(String id, String name, List<String> names, String country, String kind, List<String> domains) {
  public Outlet {
    names = List.copyOf(names);
    domains = List.copyOf(domains);
  }
}
