package org.froissart.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.froissart.document.Event;
import org.froissart.document.Participant;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.pipeline.Table;

/**
 * The French event lexicon ({@code events/lexicon.tsv}): verbs, verbal locutions and event nouns,
 * each with the CAMEO code it supports and where its source and target stand. Each row carries an
 * example sentence and the countries it must give, which the golden test runs. Immutable, thread-safe.
 */
public final class EventLexicon {
  /**
   * One row.
   *
   * @param words   the head's lemma, then the locution's other words as written in dictionary form
   * @param noun    a noun entry ("attaque") rather than a verb ("attaquer")
   * @param sources where the source may stand, in order of preference
   * @param targets where the target may stand, in order of preference; empty when the event has none
   * @param expect  the example's source and target countries, {@code FRA>IRN} or {@code USA>-}
   */
  public record Entry(String code, List<String> words, boolean noun, List<String> sources, List<String> targets,
                      String example, String expect) {
    public String head() {
      return words.get(0);
    }

    /** Whether the events coded from this entry's example include the entry with the countries expected. */
    public boolean shownBy(List<Event> events) {
      String[] sides = expect.split(">");
      return events.stream().anyMatch(e -> e.cameo().equals(code) && country(e.source()).equals(sides[0])
          && country(e.target()).equals(sides[1]));
    }

    private static String country(Participant p) {
      return p == null ? "-" : p.code().substring(0, 3);
    }
  }

  private final Map<String, List<Entry>> byHead;
  private final List<Entry> entries;
  private final String checksum;

  private EventLexicon(List<Entry> entries, String checksum) {
    this.entries = List.copyOf(entries);
    Map<String, List<Entry>> heads = new HashMap<>();
    for (Entry e : entries) {
      heads.computeIfAbsent(key(e.head(), e.noun()), k -> new ArrayList<>()).add(e);
    }
    // a locution before its head alone: "rendre hommage" is tried before "rendre"
    heads.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> -e.words().size())));
    this.byHead = Map.copyOf(heads);
    this.checksum = checksum;
  }

  public static EventLexicon load(ResourceLoader resources, CameoOntology cameo) {
    Table table = Table.read(resources, "events/lexicon.tsv", "code", "trigger", "pos", "source", "target", "example",
        "expect");
    List<Entry> entries = new ArrayList<>();
    for (String[] r : table.rows()) {
      String where = table.name() + ": " + String.join(" | ", Arrays.copyOf(r, 5));
      if (cameo.get(r[0]) == null) {
        throw new IllegalArgumentException(where + ": no such CAMEO code " + r[0]);
      }
      if (!r[2].equals("VERB") && !r[2].equals("NOUN")) {
        throw new IllegalArgumentException(where + ": pos must be VERB or NOUN");
      }
      List<String> sources = Table.list(r[3]);
      List<String> targets = r[4].equals("-") ? List.of() : Table.list(r[4]);
      if (sources.isEmpty()) {
        throw new IllegalArgumentException(where + ": no source");
      }
      if (!r[6].matches("[A-Z]{3}>([A-Z]{3}|-)")) {
        throw new IllegalArgumentException(where + ": expect must read like FRA>IRN or USA>-, not " + r[6]);
      }
      List<String> words = Arrays.stream(r[1].toLowerCase(Locale.ROOT).split("\\s+")).toList();
      entries.add(new Entry(r[0], words, r[2].equals("NOUN"), sources, targets, r[5], r[6]));
    }
    return new EventLexicon(entries, table.checksum());
  }

  /** The entries whose head is {@code lemma}, locutions first. */
  public List<Entry> withHead(String lemma, boolean noun) {
    return byHead.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), noun), List.of());
  }

  public List<Entry> entries() {
    return entries;
  }

  public String checksum() {
    return checksum;
  }

  private static String key(String lemma, boolean noun) {
    return (noun ? "N:" : "V:") + spelling(lemma);
  }

  /**
   * A word in the 1990 reformed spelling, which the parser's lemmas follow ("reconnaitre",
   * "bruler"): î and û lose their circumflex.
   */
  public static String spelling(String word) {
    return word.replace('î', 'i').replace('û', 'u');
  }
}
