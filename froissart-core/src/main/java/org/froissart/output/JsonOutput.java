package org.froissart.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Dependency;
import org.froissart.document.EntityMention;
import org.froissart.document.Event;
import org.froissart.document.Participant;
import org.froissart.document.Quote;
import org.froissart.document.Failure;
import org.froissart.document.Layer;
import org.froissart.document.Outcome;
import org.froissart.document.OutletAttribution;
import org.froissart.document.PublishedDate;
import org.froissart.document.Region;
import org.froissart.document.Sentence;
import org.froissart.document.Timex;
import org.froissart.document.Token;
import org.froissart.document.Warning;
import org.froissart.pipeline.Provenance;

/**
 * Writes outcomes as the JSON of {@code spec/output.md}: one object per document, or an
 * {@code error} record. Layers not computed yet are written as empty lists, so consumers always
 * see every field. Thread-safe.
 */
public final class JsonOutput {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Provenance provenance;
  private final boolean withTokens;

  /** @param withTokens also write each sentence's tokens and dependencies */
  public JsonOutput(Provenance provenance, boolean withTokens) {
    this.provenance = provenance;
    this.withTokens = withTokens;
  }

  /** One line of JSON Lines. */
  public String line(Outcome outcome) {
    return write(JSON, outcome);
  }

  /** Indented JSON, for a person. */
  public String pretty(Outcome outcome) {
    return write(PRETTY, outcome);
  }

  private String write(ObjectMapper mapper, Outcome outcome) {
    try {
      return mapper.writeValueAsString(tree(outcome));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public ObjectNode tree(Outcome outcome) {
    return outcome instanceof Failure f ? failure(f) : document((AnalyzedDocument) outcome);
  }

  private static ObjectNode failure(Failure f) {
    ObjectNode node = JSON.createObjectNode().put("id", f.id());
    node.putObject("error").put("code", f.code()).put("message", f.message());
    return node;
  }

  private ObjectNode document(AnalyzedDocument d) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", d.document().id());
    node.put("language", d.getOr(Layer.LANGUAGE, null));
    node.put("title", d.getOr(Layer.TITLE, null));
    PublishedDate published = d.getOr(Layer.PUBLISHED, PublishedDate.UNKNOWN);
    ObjectNode p = node.putObject("published").put("value", published.value());
    if (published.inText()) {
      p.put("start", published.start()).put("end", published.end());
    }
    p.put("method", published.method());
    OutletAttribution outlet = d.getOr(Layer.OUTLET, null);
    if (outlet == null) {
      node.putNull("outlet");
    } else {
      ObjectNode o = node.putObject("outlet");
      o.put("id", outlet.outlet() == null ? null : outlet.outlet().id()).put("name", outlet.name());
      o.put("country", outlet.outlet() == null ? null : outlet.outlet().country());
      o.put("kind", outlet.outlet() == null ? null : outlet.outlet().kind());
      o.put("method", outlet.method());
    }
    node.put("text", d.text());
    ArrayNode boilerplate = node.putArray("boilerplate");
    for (Region r : d.getOr(Layer.BOILERPLATE, List.<Region>of())) {
      boilerplate.addObject().put("start", r.start()).put("end", r.end()).put("reason", r.reason());
    }
    ArrayNode sentences = node.putArray("sentences");
    for (Sentence s : d.getOr(Layer.SENTENCES, List.<Sentence>of())) {
      ObjectNode sn = sentences.addObject().put("start", s.start()).put("end", s.end());
      if (withTokens) {
        tokens(sn, s);
      }
    }
    ArrayNode entities = node.putArray("entities");
    for (EntityMention m : d.getOr(Layer.ENTITIES, List.<EntityMention>of())) {
      entities.addObject().put("id", m.id()).put("start", m.start()).put("end", m.end()).put("text", m.text())
          .put("type", m.type()).put("actor", m.actor()).put("code", m.code()).put("role", m.role());
    }
    ArrayNode timex = node.putArray("timex");
    for (Timex t : d.getOr(Layer.TIMEX, List.<Timex>of())) {
      timex.addObject().put("id", t.id()).put("start", t.start()).put("end", t.end()).put("text", t.text())
          .put("type", t.type()).put("value", t.value()).put("anchor", t.anchor());
    }
    ArrayNode quotes = node.putArray("quotes");
    for (Quote q : d.getOr(Layer.QUOTES, List.<Quote>of())) {
      quote(quotes.addObject(), q);
    }
    ArrayNode events = node.putArray("events");
    for (Event e : d.getOr(Layer.EVENTS, List.<Event>of())) {
      event(events.addObject(), e);
    }
    ArrayNode warnings = node.putArray("warnings");
    for (Warning w : d.warnings()) {
      ObjectNode wn = warnings.addObject().put("code", w.code()).put("message", w.message());
      if (w.start() >= 0) {
        wn.put("start", w.start()).put("end", w.end());
      }
    }
    ObjectNode prov = node.putObject("provenance").put("version", provenance.version());
    ArrayNode stages = prov.putArray("stages");
    provenance.stages().forEach(stages::add);
    ObjectNode resources = prov.putObject("resources");
    new java.util.TreeMap<>(provenance.resources()).forEach(resources::put);
    return node;
  }

  private static void event(ObjectNode n, Event e) {
    n.put("id", e.id()).put("sentence", e.sentence()).put("cameo", e.cameo()).put("plover", e.plover())
        .put("goldstein", e.goldstein()).put("quad_class", e.quadClass());
    n.putObject("trigger").put("start", e.trigger().start()).put("end", e.trigger().end()).put("text", e.trigger().text());
    participant(n, "source", e.source());
    participant(n, "target", e.target());
    if (e.date() == null) {
      n.putNull("date");
    } else {
      n.putObject("date").put("value", e.date().value()).put("timex", e.date().timex());
    }
    if (e.location() == null) {
      n.putNull("location");
    } else {
      n.putObject("location").put("start", e.location().start()).put("end", e.location().end())
          .put("text", e.location().text()).put("place", e.location().place()).put("country", e.location().country());
    }
    n.put("status", e.status());
    ArrayNode attribution = n.putArray("attribution");
    e.attribution().forEach(attribution::add);
    n.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
  }

  private static void quote(ObjectNode n, Quote q) {
    n.put("id", q.id()).put("sentence", q.sentence()).put("start", q.start()).put("end", q.end()).put("text", q.text())
        .put("kind", q.kind());
    participant(n, "speaker", q.speaker());
    if (q.cue() == null) {
      n.putNull("cue");
    } else {
      n.putObject("cue").put("start", q.cue().start()).put("end", q.cue().end()).put("text", q.cue().text());
    }
    participant(n, "source", q.source());
    ArrayNode attribution = n.putArray("attribution");
    q.attribution().forEach(attribution::add);
  }

  private static void participant(ObjectNode event, String field, Participant p) {
    if (p == null) {
      event.putNull(field);
      return;
    }
    event.putObject(field).put("mention", p.mention()).put("start", p.start()).put("end", p.end()).put("text", p.text())
        .put("actor", p.actor()).put("code", p.code());
  }

  private static void tokens(ObjectNode sentence, Sentence s) {
    ArrayNode tokens = sentence.putArray("tokens");
    for (Token t : s.tokens()) {
      ObjectNode tn = tokens.addObject().put("start", t.start()).put("end", t.end()).put("text", t.text())
          .put("form", t.form()).put("lemma", t.lemma()).put("upos", t.upos());
      ObjectNode feats = tn.putObject("features");
      new java.util.TreeMap<>(t.features()).forEach(feats::put);
    }
    dependencies(sentence.putArray("basic"), s.basic());
    dependencies(sentence.putArray("enhanced"), s.enhanced());
  }

  private static void dependencies(ArrayNode array, List<Dependency> deps) {
    for (Dependency dep : deps) {
      array.addObject().put("head", dep.head()).put("dependent", dep.dependent()).put("relation", dep.relation());
    }
  }
}
