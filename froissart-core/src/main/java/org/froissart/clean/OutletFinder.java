package org.froissart.clean;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.document.Layer;
import org.froissart.document.Outlet;
import org.froissart.document.OutletAttribution;
import org.froissart.document.Region;
import org.froissart.pipeline.Stage;

/**
 * Finds which outlet published the document: the input's metadata, the URL's domain, a signature
 * line naming a registered outlet, an agency dateline ("(AFP)"), or a "FOLLOW X" line. Media the
 * article merely cites ("rapporte Press TV") are not the outlet. Thread-safe.
 */
public final class OutletFinder implements Stage {
  private static final Pattern FOLLOW = Pattern.compile("(?i)(?:follow|suivez|suivre)(?:\\s*-?\\s*(?:us|nous))?(?:\\s+(?:on|sur))?\\s+(.+)");

  private final OutletRegistry registry;

  public OutletFinder(OutletRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String name() {
    return "outlet";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layer.BOILERPLATE, Layer.ARTICLE_LINES, Layer.SIGNATURE);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layer.OUTLET);
  }

  @Override
  public Map<String, String> resources() {
    return Map.of("outlets", registry.checksum());
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    return document.with(Layer.OUTLET, find(document));
  }

  private OutletAttribution find(AnalyzedDocument document) {
    String text = document.text();
    Document.Metadata metadata = document.document().metadata();
    if (metadata.outlet() != null) {
      Outlet o = registry.byId(metadata.outlet());
      o = o != null ? o : registry.byName(metadata.outlet());
      return new OutletAttribution(o, o == null ? metadata.outlet() : o.name(), "metadata");
    }
    if (metadata.url() != null) {
      Outlet o = registry.byDomain(metadata.url());
      if (o != null) {
        return new OutletAttribution(o, o.name(), "url");
      }
    }
    for (Region line : document.get(Layer.SIGNATURE)) {
      Outlet o = registry.byName(text.substring(line.start(), line.end()));
      if (o != null) {
        return new OutletAttribution(o, o.name(), "signature");
      }
    }
    Dateline dateline = Dateline.find(text, document.get(Layer.ARTICLE_LINES));
    Outlet agency = dateline == null || dateline.agency() == null ? null : registry.byName(dateline.agency());
    if (agency != null) {
      return new OutletAttribution(agency, agency.name(), "dateline");
    }
    for (Region region : document.get(Layer.BOILERPLATE)) {
      Matcher m = FOLLOW.matcher(text.substring(region.start(), region.end()));
      Outlet o = region.reason().equals("social") && m.matches() ? registry.byName(m.group(1).strip()) : null;
      if (o != null) {
        return new OutletAttribution(o, o.name(), "social");
      }
    }
    return null;
  }
}
