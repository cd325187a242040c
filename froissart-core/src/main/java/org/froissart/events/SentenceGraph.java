package org.froissart.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.froissart.document.Dependency;
import org.froissart.document.Sentence;
import org.froissart.document.Token;

/** One parsed sentence as a graph: heads, basic and enhanced children, case markers. */
final class SentenceGraph {
  private final Sentence sentence;
  private final int[] head;
  private final String[] relation;
  private final List<List<Dependency>> children = new ArrayList<>();
  private final List<List<Dependency>> enhanced = new ArrayList<>();

  SentenceGraph(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    head = new int[n];
    relation = new String[n];
    for (int i = 0; i < n; i++) {
      head[i] = -1;
      relation[i] = "";
      children.add(new ArrayList<>());
      enhanced.add(new ArrayList<>());
    }
    for (Dependency d : sentence.basic()) {
      head[d.dependent()] = d.head();
      relation[d.dependent()] = d.relation();
      if (d.head() >= 0) {
        children.get(d.head()).add(d);
      }
    }
    for (Dependency d : sentence.enhanced()) {
      if (d.head() >= 0) {
        enhanced.get(d.head()).add(d);
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  int size() {
    return head.length;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String lemma(int i) {
    Token t = token(i);
    return (t.lemma() == null ? t.form() : t.lemma()).toLowerCase(Locale.ROOT);
  }

  boolean is(int i, String upos) {
    return token(i).upos().equals(upos);
  }

  String feature(int i, String name) {
    return token(i).features().get(name);
  }

  int head(int i) {
    return head[i];
  }

  /** The basic relation of token {@code i} to its head ("" for the root). */
  String relation(int i) {
    return relation[i];
  }

  List<Dependency> children(int i) {
    return children.get(i);
  }

  /** Children in the basic tree and the enhanced graph together (a dependent may appear twice). */
  List<Dependency> allChildren(int i) {
    List<Dependency> all = new ArrayList<>(children.get(i));
    all.addAll(enhanced.get(i));
    return all;
  }

  /** The preposition that introduces token {@code i} ("à", "contre", "auprès de"), or "". */
  String preposition(int i) {
    for (Dependency d : children.get(i)) {
      if (d.relation().equals("case")) {
        StringBuilder p = new StringBuilder(word(d.dependent()));
        for (Dependency f : children.get(d.dependent())) {
          if (f.relation().equals("fixed")) {
            p.append(' ').append(word(f.dependent()));
          }
        }
        return p.toString();
      }
    }
    return "";
  }

  private String word(int i) {
    String form = token(i).form().toLowerCase(Locale.ROOT).replace('’', '\'');
    return form.equals("d'") ? "de" : form;
  }

  /** A passive verb: "a été attaqué par". */
  boolean passive(int verb) {
    return children.get(verb).stream().anyMatch(d -> d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass"));
  }

  /** The verb's auxiliaries and itself. */
  List<Integer> verbGroup(int verb) {
    List<Integer> group = new ArrayList<>();
    for (Dependency d : children.get(verb)) {
      if (d.relation().startsWith("aux")) {
        group.add(d.dependent());
      }
    }
    group.add(verb);
    return group;
  }
}
