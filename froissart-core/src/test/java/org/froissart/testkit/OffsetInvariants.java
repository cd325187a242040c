package org.froissart.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.EntityMention;
import org.froissart.document.Layer;
import org.froissart.document.NlpText;
import org.froissart.document.PublishedDate;
import org.froissart.document.Region;
import org.froissart.document.Sentence;
import org.froissart.document.Span;
import org.froissart.document.Participant;
import org.froissart.document.Quote;
import org.froissart.document.Token;

/** Checks "offsets are sacred" on every span-carrying layer a document has. */
public final class OffsetInvariants {
  private OffsetInvariants() {
  }

  public static void check(AnalyzedDocument d) {
    String text = d.text();
    for (Layer<List<Region>> layer : List.of(Layer.BOILERPLATE, Layer.SIGNATURE)) {
      for (Region r : d.getOr(layer, List.<Region>of())) {
        inBounds(text, r, layer.name());
      }
    }
    PublishedDate p = d.getOr(Layer.PUBLISHED, PublishedDate.UNKNOWN);
    if (p.inText()) {
      inBounds(text, new Region(p.start(), p.end(), "published"), "published");
    }
    if (d.has(Layer.NLP_TEXT)) {
      NlpText nlp = d.get(Layer.NLP_TEXT);
      for (int i = 0; i < nlp.text().length(); i++) {
        int s = nlp.toSource(i);
        assertTrue(s >= 0 && s <= text.length(), "nlp offset " + i + " maps outside the text: " + s);
        assertTrue(i == 0 || nlp.toSource(i - 1) <= s, "nlp offsets must map monotonically at " + i);
      }
      assertEquals(text.length(), nlp.toSource(nlp.text().length()), "the nlp text's end maps to the text's end");
    }
    int previousEnd = 0;
    for (Sentence s : d.getOr(Layer.SENTENCES, List.<Sentence>of())) {
      inBounds(text, s, "sentence");
      assertTrue(s.start() >= previousEnd, "sentences overlap or go backwards at " + s.start());
      previousEnd = s.end();
      for (Token t : s.tokens()) {
        inBounds(text, t, "token");
        assertEquals(text.substring(t.start(), t.end()), t.text(), "token text must equal its substring");
        assertTrue(s.start() <= t.start() && t.end() <= s.end(), "token outside its sentence: " + t);
      }
      s.basic().forEach(dep -> assertTrue(dep.dependent() >= 0 && dep.dependent() < s.tokens().size()
          && dep.head() >= -1 && dep.head() < s.tokens().size(), "dependency out of its sentence: " + dep));
    }
    for (EntityMention m : d.getOr(Layer.ENTITIES, List.<EntityMention>of())) {
      inBounds(text, m, "entity");
      assertEquals(text.substring(m.start(), m.end()), m.text(), "entity text must equal its substring");
      assertTrue(List.of("PER", "LOC", "ORG", "MISC").contains(m.type()), "entity type " + m.type());
    }
    for (Quote q : d.getOr(Layer.QUOTES, List.<Quote>of())) {
      assertEquals(text.substring(q.start(), q.end()), q.text(), "quote text must equal its substring");
      assertTrue(List.of("direct", "indirect", "mixed").contains(q.kind()), "quote kind " + q.kind());
      for (Participant who : java.util.Arrays.asList(q.speaker(), q.source())) {
        if (who != null) {
          assertEquals(text.substring(who.start(), who.end()), who.text(), "a quote's speaker or source must be its substring");
        }
      }
      if (q.cue() != null) {
        assertEquals(text.substring(q.cue().start(), q.cue().end()), q.cue().text(), "cue text must equal its substring");
      }
    }
  }

  private static void inBounds(String text, Span span, String what) {
    assertTrue(0 <= span.start() && span.start() <= span.end() && span.end() <= text.length(),
        what + " [" + span.start() + ", " + span.end() + ") outside a text of " + text.length() + " chars");
  }
}
