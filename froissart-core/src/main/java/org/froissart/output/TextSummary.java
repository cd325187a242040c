package org.froissart.output;

import java.util.List;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.EntityMention;
import org.froissart.document.Failure;
import org.froissart.document.Layer;
import org.froissart.document.Outcome;
import org.froissart.document.OutletAttribution;
import org.froissart.document.PublishedDate;
import org.froissart.document.Region;
import org.froissart.document.Sentence;
import org.froissart.document.Timex;
import org.froissart.document.Warning;

/** A short readable account of one outcome, for a person at a terminal ({@code --format text}). Stateless. */
public final class TextSummary {
  private static final int EXCERPT = 70;

  public String render(Outcome outcome) {
    StringBuilder out = new StringBuilder();
    if (outcome instanceof Failure f) {
      return out.append("== ").append(f.id()).append("\n   ERROR ").append(f.code()).append(": ").append(f.message())
          .append("\n").toString();
    }
    AnalyzedDocument d = (AnalyzedDocument) outcome;
    String text = d.text();
    out.append("== ").append(d.document().id()).append('\n');
    line(out, "title", d.getOr(Layer.TITLE, "(none)"));
    line(out, "language", d.getOr(Layer.LANGUAGE, "?"));
    PublishedDate p = d.getOr(Layer.PUBLISHED, PublishedDate.UNKNOWN);
    line(out, "published", (p.value() == null ? "unknown" : p.value()) + "  (" + p.method() + ")");
    OutletAttribution o = d.getOr(Layer.OUTLET, null);
    line(out, "outlet", o == null ? "unknown" : o.name() + (o.outlet() == null ? "" : " [" + o.outlet().id() + ", "
        + o.outlet().country() + ", " + o.outlet().kind() + "]") + "  (" + o.method() + ")");
    List<Region> boilerplate = d.getOr(Layer.BOILERPLATE, List.of());
    line(out, "boilerplate", boilerplate.size() + " region(s)");
    for (Region r : boilerplate) {
      out.append("     - ").append(r.reason()).append(": ").append(excerpt(text.substring(r.start(), r.end()))).append('\n');
    }
    List<Sentence> sentences = d.getOr(Layer.SENTENCES, List.of());
    line(out, "sentences", String.valueOf(sentences.size()));
    List<EntityMention> entities = d.getOr(Layer.ENTITIES, List.of());
    line(out, "entities", entities.size() + " mention(s)");
    for (EntityMention m : entities) {
      out.append("     - ").append(m.type()).append(' ').append(m.text()).append('\n');
    }
    List<Timex> timexes = d.getOr(Layer.TIMEX, List.of());
    line(out, "timex", timexes.size() + " expression(s)");
    for (Timex t : timexes) {
      out.append("     - ").append(t.text()).append(" = ").append(t.value())
          .append(t.anchor() == null ? "" : "  (from " + t.anchor() + ")").append('\n');
    }
    for (Warning w : d.warnings()) {
      line(out, "warning", w.code() + ": " + w.message());
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append("   ").append(String.format("%-12s", label)).append(value).append('\n');
  }

  private static String excerpt(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= EXCERPT ? one : one.substring(0, EXCERPT - 1) + "…";
  }
}
