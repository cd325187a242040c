package org.froissart.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One sentence's dependencies as a graph to walk: heads, basic and enhanced children, case markers.
 * Without a parse every token is a root with no children. Immutable.
 */
public final class DependencyGraph {
  private final Sentence sentence;
  private final int[] head;
  private final String[] relation;
  private final List<List<Dependency>> children = new ArrayList<>();
  private final List<List<Dependency>> enhanced = new ArrayList<>();

  public DependencyGraph(Sentence sentence) {
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

  public Sentence sentence() {
    return sentence;
  }

  public int size() {
    return head.length;
  }

  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  public String lemma(int i) {
    Token t = token(i);
    return (t.lemma() == null ? t.form() : t.lemma()).toLowerCase(Locale.ROOT);
  }

  public boolean is(int i, String upos) {
    return token(i).upos().equals(upos);
  }

  public String feature(int i, String name) {
    return token(i).features().get(name);
  }

  public int head(int i) {
    return head[i];
  }

  /** The basic relation of token {@code i} to its head ("" for the root). */
  public String relation(int i) {
    return relation[i];
  }

  public List<Dependency> children(int i) {
    return children.get(i);
  }

  /** Children in the basic tree and the enhanced graph together (a dependent may appear twice). */
  public List<Dependency> allChildren(int i) {
    List<Dependency> all = new ArrayList<>(children.get(i));
    all.addAll(enhanced.get(i));
    return all;
  }

  public boolean parsed() {
    return !sentence.basic().isEmpty();
  }

  /** The first basic child of {@code head} whose relation starts with {@code relationPrefix}, or null. */
  public Dependency child(int head, String relationPrefix) {
    for (Dependency d : children.get(head)) {
      if (d.relation().startsWith(relationPrefix)) {
        return d;
      }
    }
    return null;
  }

  /** The preposition that introduces token {@code i} ("à", "contre", "auprès de"), or "". */
  public String preposition(int i) {
    Dependency c = child(i, "case");
    if (c == null) {
      return "";
    }
    StringBuilder p = new StringBuilder(word(c.dependent()));
    for (Dependency f : children.get(c.dependent())) {
      if (f.relation().equals("fixed")) {
        p.append(' ').append(word(f.dependent()));
      }
    }
    return p.toString();
  }

  private String word(int i) {
    String form = token(i).form().toLowerCase(Locale.ROOT).replace('’', '\'');
    return form.equals("d'") ? "de" : form;
  }

  /** A passive verb: "a été attaqué par". */
  public boolean passive(int verb) {
    return children.get(verb).stream().anyMatch(d -> d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass"));
  }

  /** The first and last token of the basic subtree under {@code i}. */
  public int[] extent(int i) {
    int[] span = {i, i};
    for (Dependency d : children.get(i)) {
      int[] c = extent(d.dependent());
      span[0] = Math.min(span[0], c[0]);
      span[1] = Math.max(span[1], c[1]);
    }
    return span;
  }

  /** The verb's auxiliaries and itself. */
  public List<Integer> verbGroup(int verb) {
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
