package org.froissart.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.froissart.document.Outlet;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.pipeline.Table;
import org.froissart.time.Folding;

/**
 * The outlets of {@code clean/outlets.tsv}, looked up by id, name (case and accents folded) or web
 * domain. Immutable and thread-safe.
 */
public final class OutletRegistry {
  static final String RESOURCE = "clean/outlets.tsv";

  private final Map<String, Outlet> byId = new java.util.LinkedHashMap<>();
  private final Map<String, Outlet> byName = new HashMap<>();
  private final Map<String, Outlet> byDomain = new HashMap<>();
  private final String checksum;

  public OutletRegistry(ResourceLoader resources) {
    Table file = Table.read(resources, RESOURCE, "id", "country", "kind", "names", "domains");
    for (String[] f : file.rows()) {
      List<String> names = Table.list(f[3]);
      if (names.isEmpty()) {
        throw new IllegalArgumentException(RESOURCE + ": outlet " + f[0] + " has no name");
      }
      List<String> domains = Table.list(f[4]);
      Outlet outlet = new Outlet(f[0], names.get(0), names, f[1], f[2], domains);
      put(byId, f[0], outlet, "id");
      for (String name : names) {
        put(byName, key(name), outlet, "name");
      }
      for (String domain : domains) {
        put(byDomain, domain.toLowerCase(Locale.ROOT), outlet, "domain");
      }
    }
    this.checksum = file.checksum();
  }

  private static void put(Map<String, Outlet> map, String key, Outlet outlet, String what) {
    Outlet previous = map.putIfAbsent(key, outlet);
    if (previous != null && !previous.id().equals(outlet.id())) {
      throw new IllegalArgumentException(RESOURCE + ": " + what + " '" + key + "' belongs to both " + previous.id()
          + " and " + outlet.id());
    }
  }

  public String checksum() {
    return checksum;
  }

  /** Every outlet, in the file's order of ids. */
  public java.util.Collection<Outlet> all() {
    return byId.values();
  }

  public Outlet byId(String id) {
    return byId.get(id);
  }

  /** By one of its names, ignoring case, accents and the kind of apostrophe. */
  public Outlet byName(String name) {
    return byName.get(key(name));
  }

  /** By the host of a URL or a bare domain; subdomains fall back to their parent ("french.presstv.ir"). */
  public Outlet byDomain(String urlOrHost) {
    String host = urlOrHost.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("[/:?#].*$", "")
        .replaceFirst("^www\\.", "");
    while (host.contains(".")) {
      Outlet o = byDomain.get(host);
      if (o != null) {
        return o;
      }
      host = host.substring(host.indexOf('.') + 1);
    }
    return null;
  }

  static String key(String name) {
    return Folding.fold(name).replaceAll("\\s+", " ").strip();
  }
}
