package org.froissart.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.froissart.document.Dependency;
import org.froissart.document.DependencyGraph;
import org.froissart.document.EntityMention;
import org.froissart.document.Participant;
import org.froissart.document.Sentence;
import org.froissart.document.Token;

/**
 * The actors the phrases of one parsed sentence name, read from the linked mentions and the
 * dependency graph: what the events stage takes for sides and the quotes stage for speakers.
 * Immutable once built; one per sentence.
 */
public final class PhraseActors {
  /** Object pronouns that stand for someone named before: "lui a demandé", "l'a chargé". */
  private static final Set<String> CLITICS = Set.of("lui", "leur", "l'", "l’", "le", "la", "les");
  /** Possessive determiners by lemma ("ses", "sa" → son); the parser marks no Poss feature on them. */
  private static final Set<String> POSSESSIVES = Set.of("son", "leur", "notre", "votre", "mon", "ton");
  /** Relations a phrase's words do not reach through when looking for the actor they name. */
  private static final Set<String> BEYOND_THE_PHRASE = Set.of("acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis",
      "conj", "cc", "punct", "case", "det", "nsubj", "obj", "obl", "obl:mod", "obl:arg");

  private final DependencyGraph g;
  private final String text;
  private final List<EntityMention> mentions;
  private final KnowledgeBase kb;
  private final EntityMention[] mentionAt;

  /** @param mentions the document's linked mentions, in text order */
  public PhraseActors(DependencyGraph g, String text, List<EntityMention> mentions, KnowledgeBase kb) {
    this.g = g;
    this.text = text;
    this.mentions = mentions;
    this.kb = kb;
    this.mentionAt = new EntityMention[g.size()];
    Sentence sentence = g.sentence();
    List<EntityMention> inSentence = mentions.stream()
        .filter(m -> m.start() < sentence.end() && sentence.start() < m.end()).toList();
    for (int i = 0; i < g.size(); i++) {
      Token t = g.token(i);
      for (EntityMention m : inSentence) {
        if (m.start() <= t.start() && t.end() <= m.end()
            && (mentionAt[i] == null || m.end() - m.start() < mentionAt[i].end() - mentionAt[i].start())) {
          mentionAt[i] = m;
        }
      }
    }
  }

  /** The smallest mention holding the token, or null. */
  public EntityMention mentionAt(int token) {
    return mentionAt[token];
  }

  /** Whether the word is an object clitic or a possessive ("lui", "l'", "son") that stands for someone named before. */
  public boolean pronoun(int word) {
    return CLITICS.contains(g.token(word).text().toLowerCase(Locale.ROOT)) && g.is(word, "PRON") || possessive(word);
  }

  /** Whether the word is a possessive determiner ("son attaque", "leurs ministres"). */
  public boolean possessive(int word) {
    return g.is(word, "DET") && POSSESSIVES.contains(g.lemma(word));
  }

  /**
   * The actor the words headed by {@code word} name: a coded mention there, else the nearest
   * coded mention inside its phrase ("le jeu dangereux de la Turquie"), else a sector noun or a
   * nationality adjective or people ("les forces irakiennes", "iranienne", "les Américains"); null when none.
   */
  public Participant of(int word) {
    String sector = kb.sectorOf(g.token(word).text());
    List<Integer> phrase = new ArrayList<>(List.of(word));
    for (int k = 0; k < phrase.size() && phrase.size() < 30; k++) {
      for (Dependency d : g.children(phrase.get(k))) {
        if (!BEYOND_THE_PHRASE.contains(d.relation())) {
          phrase.add(d.dependent());
        }
      }
    }
    // a mention linked to a known actor first ("la télévision iranienne Press Tv" is Press Tv), then one with a code only
    phrase.sort(java.util.Comparator.comparing(w -> mentionAt[w] == null || mentionAt[w].actor() == null));
    for (int w : phrase) {
      EntityMention m = mentionAt[w];
      if (m != null && m.code() != null) {
        if (sector != null && m.code().length() == 3 && w != word) {
          int start = Math.min(m.start(), g.token(word).start()); // "les forces du GNA"
          return new Participant(m.id(), start, m.end(), text.substring(start, m.end()), m.actor(), m.code() + sector);
        }
        return new Participant(m.id(), m.start(), m.end(), m.text(), m.actor(), m.code());
      }
    }
    for (int w : phrase) {
      String country = g.is(w, "ADJ") || people(w) ? kb.countryOfDemonym(g.token(w).text()) : null;
      if (country != null) {
        int start = Math.min(g.token(w).start(), g.token(word).start());
        int end = Math.max(g.token(w).end(), g.token(word).end());
        return new Participant(null, start, end, text.substring(start, end), null, sector == null ? country : country + sector);
      }
    }
    return null;
  }

  /**
   * The other countries of coordinated nationality adjectives, after the one {@link #of} gave:
   * "les présidents français et roumain" → the Romanian side, with the same sector.
   */
  public List<Participant> coordinated(int word, Participant first) {
    List<Participant> more = new ArrayList<>();
    if (first == null || first.mention() != null) {
      return more;
    }
    String sector = first.code().substring(3);
    for (Dependency a : g.children(word)) {
      if (!a.relation().equals("amod")) {
        continue;
      }
      for (Dependency c : g.children(a.dependent())) {
        String country = kb.countryOfDemonym(g.token(c.dependent()).text());
        if (c.relation().equals("conj") && country != null && !first.code().startsWith(country)) {
          Token t = g.token(c.dependent());
          more.add(new Participant(null, t.start(), t.end(), t.text(), null, country + sector));
        }
      }
    }
    return more;
  }

  /** A capitalised noun that may be a people's name: "les Américains", "des Iraniens". */
  private boolean people(int w) {
    return (g.is(w, "NOUN") || g.is(w, "PROPN")) && Character.isUpperCase(g.token(w).text().charAt(0));
  }

  /**
   * What a pronoun stands for: the last person or organisation with a code named from
   * {@code since} up to the pronoun, other than {@code others}; null when none. The words are the
   * pronoun's, the actor the antecedent's.
   */
  public Participant antecedent(int pronoun, int since, List<Participant> others) {
    Token t = g.token(pronoun);
    EntityMention found = null;
    for (EntityMention m : mentions) {
      if (m.start() >= since && m.end() <= t.start() && m.code() != null && !m.type().equals("LOC")
          && !m.type().equals("MISC") && others.stream().noneMatch(o -> o.actor() != null && o.actor().equals(m.actor())
          || o.start() == m.start())) {
        found = m;
      }
    }
    return found == null ? null : new Participant(found.id(), t.start(), t.end(), t.text(), found.actor(), found.code());
  }

  /** Whether two participants are the same actor (or, unlinked, the same words). */
  public static boolean same(Participant a, Participant b) {
    return a.actor() != null ? a.actor().equals(b.actor()) : java.util.Objects.equals(a.code(), b.code()) && a.start() == b.start();
  }
}
