package org.froissart.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.pipeline.Table;

/**
 * The French verbs that introduce reported speech ({@code quotes/speech-verbs.tsv}) and the
 * phrases that rest a report on unnamed sources ({@code quotes/unnamed-sources.tsv}). Immutable.
 */
public final class SpeechVerbs {
  static final String VERBS = "quotes/speech-verbs.tsv";
  static final String UNNAMED = "quotes/unnamed-sources.tsv";

  /**
   * @param words  the verb's dictionary form then a locution's other words ("mettre", "en", "avant"), "se" left out
   * @param stance the CAMEO event code the verb says of its speaker, or null for a plain statement
   * @param relays    whether the subject relays someone else's words (a cited source) rather than saying them
   * @param reflexive said with "se" ("se féliciter"); a verb that is not is no speech verb with it
   */
  public record Verb(List<String> words, String stance, boolean relays, boolean reflexive) {
  }

  /**
   * @param words   lower-case words that name an unnamed source ("selon des sources")
   * @param article whether the report rests on it from its sentence to the end ("sur la base de documents")
   */
  public record UnnamedSource(String words, boolean article) {
  }

  private final Map<String, List<Verb>> byHead;
  private final List<Verb> verbs;
  private final List<UnnamedSource> unnamed;
  private final String checksum;
  private final String unnamedChecksum;

  private SpeechVerbs(List<Verb> verbs, List<UnnamedSource> unnamed, String checksum, String unnamedChecksum) {
    this.verbs = List.copyOf(verbs);
    this.unnamed = List.copyOf(unnamed);
    this.checksum = checksum;
    this.unnamedChecksum = unnamedChecksum;
    Map<String, List<Verb>> index = new HashMap<>();
    for (Verb v : verbs) {
      index.computeIfAbsent(v.words().get(0), k -> new ArrayList<>()).add(v);
    }
    // longest first, so that "mettre en avant" is tried before a plain "mettre" would be
    index.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
    this.byHead = Map.copyOf(index);
  }

  public static SpeechVerbs load(ResourceLoader resources) {
    Table table = Table.read(resources, VERBS, "verb", "stance", "role");
    List<Verb> verbs = new ArrayList<>();
    for (String[] row : table.rows()) {
      String verb = row[0].replaceFirst("^(se |s')", "");
      String stance = row[1].equals("-") ? null : row[1];
      if (stance != null && !stance.matches("\\d{3,4}")) {
        throw new IllegalArgumentException(VERBS + ": stance must be a CAMEO code or '-': " + String.join("\t", row));
      }
      if (!row[2].equals("speaker") && !row[2].equals("source")) {
        throw new IllegalArgumentException(VERBS + ": role must be speaker or source: " + String.join("\t", row));
      }
      verbs.add(new Verb(List.of(verb.split(" ")), stance, row[2].equals("source"), !verb.equals(row[0])));
    }
    Table unnamed = Table.read(resources, UNNAMED, "words", "scope");
    List<UnnamedSource> phrases = new ArrayList<>();
    for (String[] row : unnamed.rows()) {
      if (!row[1].equals("sentence") && !row[1].equals("article")) {
        throw new IllegalArgumentException(UNNAMED + ": scope must be sentence or article: " + String.join("\t", row));
      }
      phrases.add(new UnnamedSource(row[0], row[1].equals("article")));
    }
    return new SpeechVerbs(verbs, phrases, table.checksum(), unnamed.checksum());
  }

  /** The verbs whose dictionary form (first word) is {@code lemma}, longest locution first. */
  public List<Verb> withHead(String lemma) {
    return byHead.getOrDefault(lemma, List.of());
  }

  public List<Verb> all() {
    return verbs;
  }

  public List<UnnamedSource> unnamedSources() {
    return unnamed;
  }

  public Map<String, String> checksums() {
    return Map.of(VERBS, checksum, UNNAMED, unnamedChecksum);
  }
}
