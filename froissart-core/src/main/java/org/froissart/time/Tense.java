package org.froissart.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.froissart.document.Dependency;
import org.froissart.document.Sentence;
import org.froissart.document.Token;

/**
 * The time a clause speaks of, as far as its verb shows it: "a annoncé lundi" is PAST, "se rendra
 * lundi" FUTURE, "doit se rendre lundi" FUTURE, "se rend lundi" PRESENT. Read from the verb that
 * governs the expression in the dependency tree, or, without a parse, from the nearest verb.
 */
enum Tense {
  PAST, PRESENT, FUTURE, UNKNOWN;

  /** Verbs whose infinitive complement is still to come: "doit se rendre", "va signer", "prévoit de voter". */
  private static final Set<String> LOOKING_AHEAD = Set.of("aller", "devoir", "pouvoir", "vouloir", "compter", "prévoir",
      "espérer", "souhaiter", "envisager", "promettre", "menacer", "projeter", "entendre", "apprêter");

  /** The tense of the clause holding the tokens in [start, end) of {@code sentence}. */
  static Tense of(Sentence sentence, int start, int end) {
    List<Token> tokens = sentence.tokens();
    Map<Integer, Integer> heads = new HashMap<>();
    for (Dependency d : sentence.basic()) {
      heads.put(d.dependent(), d.head());
    }
    int inside = -1;
    for (Token t : tokens) {
      if (t.start() < end && start < t.end()) {
        inside = t.index();
        if (!heads.isEmpty() && !within(tokens, heads.getOrDefault(t.index(), -1), start, end)) {
          break; // the head of the expression: the token whose head lies outside it
        }
      }
    }
    if (inside < 0) {
      return UNKNOWN;
    }
    if (!heads.isEmpty()) {
      for (int i = heads.getOrDefault(inside, -1), steps = 0; i >= 0 && steps < 20; i = heads.getOrDefault(i, -1), steps++) {
        if (isVerb(tokens.get(i))) {
          return ofVerb(sentence, i, heads);
        }
      }
    }
    for (int distance = 1; distance < tokens.size(); distance++) {
      for (int i : new int[] {inside - distance, inside + distance}) {
        if (i >= 0 && i < tokens.size() && isVerb(tokens.get(i)) && !within(tokens, i, start, end)) {
          return ofVerb(sentence, i, heads);
        }
      }
    }
    return UNKNOWN;
  }

  private static Tense ofVerb(Sentence sentence, int verb, Map<Integer, Integer> heads) {
    List<Token> tokens = sentence.tokens();
    Token v = tokens.get(verb);
    Tense passive = null;
    for (Dependency d : auxiliaries(sentence, verb, heads)) {
      Token aux = tokens.get(d.dependent());
      Map<String, String> f = aux.features();
      if (f.getOrDefault("Tense", "").equals("Fut")) {
        return FUTURE;
      }
      if (!f.getOrDefault("VerbForm", "").equals("Fin")) {
        continue; // "été" in "a été tué": the other auxiliary tells
      }
      if (!d.relation().equals("aux:pass")) {
        return PAST; // "a annoncé", "avait annoncé", "aurait annoncé", "est arrivé"
      }
      // "est prévu", "était prévu": a passive takes the tense of its auxiliary
      passive = f.getOrDefault("Mood", "").equals("Cnd") ? FUTURE
          : f.getOrDefault("Tense", "").equals("Pres") ? PRESENT : PAST;
    }
    if (passive != null) {
      return passive;
    }
    String form = v.features().getOrDefault("VerbForm", "");
    if (form.equals("Inf")) {
      Integer governor = heads.get(verb);
      if (governor == null) {
        governor = previousVerb(tokens, verb);
      }
      if (governor != null && governor >= 0 && isVerb(tokens.get(governor))) {
        if (LOOKING_AHEAD.contains(tokens.get(governor).lemma())) {
          return FUTURE;
        }
        return tokens.get(governor).lemma().equals("venir") ? PAST : ofVerb(sentence, governor, heads);
      }
      return UNKNOWN;
    }
    if (form.equals("Part")) {
      return UNKNOWN; // without an auxiliary, an adjective: "la réunion prévue le 16 juillet"
    }
    String mood = v.features().getOrDefault("Mood", "");
    if (mood.equals("Cnd") || mood.equals("Sub")) {
      return FUTURE; // "devrait", "pour qu'il vienne": not done yet
    }
    return switch (v.features().getOrDefault("Tense", "")) {
      case "Fut" -> FUTURE;
      case "Imp", "Past" -> PAST;
      case "Pres" -> PRESENT;
      default -> UNKNOWN;
    };
  }

  /**
   * The auxiliaries of a verb with their relation: from the parse, or without one the auxiliaries
   * just before it, taken for tense auxiliaries ("aux").
   */
  private static List<Dependency> auxiliaries(Sentence sentence, int verb, Map<Integer, Integer> heads) {
    List<Dependency> auxiliaries = new ArrayList<>();
    if (!heads.isEmpty()) {
      for (Dependency d : sentence.basic()) {
        if (d.head() == verb && d.relation().startsWith("aux")) {
          auxiliaries.add(d);
        }
      }
    } else {
      for (int i = verb - 1; i >= Math.max(0, verb - 3) && sentence.tokens().get(i).upos().equals("AUX"); i--) {
        auxiliaries.add(new Dependency(verb, i, "aux"));
      }
    }
    return auxiliaries;
  }

  private static Integer previousVerb(List<Token> tokens, int from) {
    for (int i = from - 1; i >= Math.max(0, from - 4); i--) {
      if (isVerb(tokens.get(i))) {
        return i;
      }
    }
    return null;
  }

  private static boolean isVerb(Token t) {
    return t.upos().equals("VERB") || t.upos().equals("AUX") && !t.features().isEmpty();
  }

  private static boolean within(List<Token> tokens, int index, int start, int end) {
    return index >= 0 && tokens.get(index).start() >= start && tokens.get(index).end() <= end;
  }
}
