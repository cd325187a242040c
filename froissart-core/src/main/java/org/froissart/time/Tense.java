package org.froissart.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.froissart.document.Dependency;
import org.froissart.document.DependencyGraph;
import org.froissart.document.Sentence;
import org.froissart.document.Token;

/**
 * The time a clause speaks of, as far as its verb shows it: "a annoncé lundi" is PAST, "se rendra
 * lundi" FUTURE, "doit se rendre lundi" FUTURE, "se rend lundi" and "est prévu lundi" PRESENT. Read
 * from the verb (or copula) that governs the expression in the dependency tree, or, without a
 * parse, from the nearest verb.
 */
enum Tense {
  PAST, PRESENT, FUTURE, UNKNOWN;

  /** Verbs whose infinitive complement is still to come: "doit se rendre", "va signer", "prévoit de voter". */
  private static final Set<String> LOOKING_AHEAD = Set.of("aller", "devoir", "pouvoir", "vouloir", "compter", "prévoir",
      "espérer", "souhaiter", "envisager", "promettre", "menacer", "projeter", "entendre", "apprêter");
  /** Words that introduce an infinitive of purpose or sequel: "pour signer", "avant de quitter". */
  private static final Set<String> PURPOSE = Set.of("pour", "afin", "avant");
  /** Prepositions that say by themselves which way a date lies: "depuis janvier", "pour dimanche". */
  private static final Map<String, Tense> PREPOSITIONS = Map.of("depuis", PAST, "pour", FUTURE);

  /** The tense of the clause holding the tokens in [start, end) of {@code sentence}. */
  static Tense of(Sentence sentence, int start, int end) {
    Clause clause = new Clause(sentence);
    int head = clause.headOf(start, end);
    if (head < 0) {
      return UNKNOWN;
    }
    Tense cue = clause.prepositionCue(head);
    if (cue != null) {
      return cue; // "depuis janvier", "pour dimanche"
    }
    if (clause.parsed()) {
      for (int i = clause.head(head), steps = 0; i >= 0 && steps < 20; i = clause.head(i), steps++) {
        if (clause.isVerb(i)) {
          return clause.tenseOfVerb(i);
        }
        if (clause.token(i).upos().equals("NOUN") && steps == 0) {
          // "les élections du mois d'avril": a noun's date need not share its clause's tense,
          // unless a preposition says which way: "depuis son élection en octobre"
          Tense nounCue = clause.prepositionCue(i);
          return nounCue == null ? UNKNOWN : nounCue;
        }
        Dependency copula = clause.child(i, "cop");
        if (copula != null) {
          return finite(clause.token(copula.dependent()).features()); // "sont incertains pour samedi"
        }
      }
    }
    for (int distance = 1; distance < sentence.tokens().size(); distance++) {
      for (int i : new int[] {head - distance, head + distance}) {
        if (i >= 0 && i < sentence.tokens().size() && clause.isVerb(i) && !clause.within(i, start, end)) {
          return clause.tenseOfVerb(i);
        }
      }
    }
    return UNKNOWN;
  }

  /** The tense a finite verb or auxiliary shows by itself. */
  private static Tense finite(Map<String, String> features) {
    String mood = features.getOrDefault("Mood", "");
    if (mood.equals("Cnd") || mood.equals("Sub")) {
      return FUTURE; // "devrait", "pour qu'il vienne": not done yet
    }
    return switch (features.getOrDefault("Tense", "")) {
      case "Fut" -> FUTURE;
      case "Imp", "Past" -> PAST;
      case "Pres" -> PRESENT;
      default -> UNKNOWN;
    };
  }

  /** A sentence's tokens with its basic dependency tree, when there is one. */
  private static final class Clause {
    private final Sentence sentence;
    private final DependencyGraph graph;

    Clause(Sentence sentence) {
      this.sentence = sentence;
      this.graph = new DependencyGraph(sentence);
    }

    boolean parsed() {
      return graph.parsed();
    }

    Token token(int i) {
      return graph.token(i);
    }

    /** The token's head, -1 for the root and for every token when there is no parse. */
    int head(int dependent) {
      return graph.head(dependent);
    }

    Dependency child(int head, String relationPrefix) {
      return graph.child(head, relationPrefix);
    }

    /** The way a preposition on token {@code i} points ("depuis": PAST), or null. */
    Tense prepositionCue(int i) {
      Dependency c = child(i, "case");
      return c == null ? null : PREPOSITIONS.get(token(c.dependent()).lemma());
    }

    boolean within(int i, int start, int end) {
      return i >= 0 && token(i).start() >= start && token(i).end() <= end;
    }

    boolean isVerb(int i) {
      Token t = token(i);
      return t.upos().equals("VERB") || t.upos().equals("AUX") && !t.features().isEmpty();
    }

    /** The token of [start, end) whose head lies outside it (without a parse, the last one), or -1. */
    int headOf(int start, int end) {
      int last = -1;
      for (Token t : sentence.tokens()) {
        if (t.start() < end && start < t.end()) {
          last = t.index();
          if (parsed() && !within(head(t.index()), start, end)) {
            return last;
          }
        }
      }
      return last;
    }

    Tense tenseOfVerb(int verb) {
      Token v = token(verb);
      boolean pronominal = child(verb, "expl") != null; // "s'est éteinte": être marks the past, not a passive
      Tense passive = null;
      for (int aux : auxiliaries(verb)) {
        Map<String, String> f = token(aux).features();
        if (f.getOrDefault("Tense", "").equals("Fut")) {
          return FUTURE;
        }
        if (!f.getOrDefault("VerbForm", "").equals("Fin")) {
          continue; // "été" in "a été tué": the other auxiliary tells
        }
        if (!isPassive(verb, aux) || pronominal) {
          return PAST; // "a annoncé", "avait annoncé", "aurait annoncé", "est arrivé"
        }
        passive = finite(f); // "est prévu", "était prévu", "soit rendu public"
      }
      if (passive != null) {
        return passive;
      }
      String form = v.features().getOrDefault("VerbForm", "");
      if (form.equals("Part")) {
        return UNKNOWN; // without an auxiliary, an adjective: "la réunion prévue le 16 juillet"
      }
      if (form.equals("Inf")) {
        return tenseOfInfinitive(verb);
      }
      return finite(v.features());
    }

    private Tense tenseOfInfinitive(int verb) {
      Dependency mark = child(verb, "mark");
      if (mark != null && PURPOSE.contains(token(mark.dependent()).lemma())) {
        return FUTURE;
      }
      int governor = parsed() ? head(verb) : previousVerb(verb);
      if (governor < 0 || !isVerb(governor)) {
        return UNKNOWN;
      }
      String lemma = token(governor).lemma();
      if (LOOKING_AHEAD.contains(lemma)) {
        return FUTURE;
      }
      return lemma.equals("venir") ? PAST : tenseOfVerb(governor); // "vient de signer"
    }

    /** The auxiliaries of a verb: from the parse, or without one the AUX tokens just before it. */
    private List<Integer> auxiliaries(int verb) {
      List<Integer> auxiliaries = new ArrayList<>();
      if (parsed()) {
        for (Dependency d : graph.children(verb)) {
          if (d.relation().startsWith("aux")) {
            auxiliaries.add(d.dependent());
          }
        }
      } else {
        for (int i = verb - 1; i >= Math.max(0, verb - 3) && token(i).upos().equals("AUX"); i--) {
          auxiliaries.add(i);
        }
      }
      return auxiliaries;
    }

    private boolean isPassive(int verb, int aux) {
      return head(aux) == verb && graph.relation(aux).equals("aux:pass");
    }

    private int previousVerb(int from) {
      for (int i = from - 1; i >= Math.max(0, from - 4); i--) {
        if (isVerb(i)) {
          return i;
        }
      }
      return -1;
    }
  }
}
