package org.froissart.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds the knowledge base's names in a text, longest first, on whole words. Case is folded except
 * that a capital letter in a name asks for a capital in the text: "Golfe" is the Persian Gulf,
 * "golfe" is any gulf.
 */
final class NameFinder {
  /** A name found at [start, end) and the actors it may name. */
  record Match(int start, int end, List<Actor> actors) {
  }

  private record Entry(String key, String name, List<Actor> actors) {
  }

  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

  NameFinder(KnowledgeBase kb, Predicate<Actor> which) {
    Map<String, Entry> entries = new HashMap<>();
    for (Actor actor : kb.actors()) {
      if (!which.test(actor)) {
        continue;
      }
      for (String name : actor.names()) {
        String key = KnowledgeBase.key(name);
        if (key.length() < 2) {
          continue;
        }
        Entry entry = entries.computeIfAbsent(name, n -> new Entry(key, n, new ArrayList<>()));
        if (!entry.actors().contains(actor)) {
          entry.actors().add(actor);
        }
      }
    }
    for (Entry entry : entries.values()) {
      byFirstWord.computeIfAbsent(firstWord(entry.key()), k -> new ArrayList<>()).add(entry);
    }
    byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> e.key().length()).reversed()));
  }

  private static String firstWord(String key) {
    int end = 0;
    while (end < key.length() && Character.isLetterOrDigit(key.charAt(end))) {
      end++;
    }
    return key.substring(0, Math.max(end, 1));
  }

  /**
   * Names in {@code text} between {@code from} and {@code to}, not overlapping each other.
   *
   * @param keyed the text as {@link KnowledgeBase#key} folds it, char for char (see {@link #keyed})
   */
  List<Match> find(String text, String keyed, int from, int to) {
    List<Match> matches = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (!Character.isLetterOrDigit(keyed.charAt(i)) || i > 0 && (Character.isLetterOrDigit(keyed.charAt(i - 1))
          || text.charAt(i - 1) == '-')) {
        i++;
        continue;
      }
      Match match = matchAt(text, keyed, i, to);
      if (match != null && !hyphenated(text, match.end())) {
        matches.add(match);
        i = match.end();
      } else {
        i++;
      }
    }
    return matches;
  }

  /** The longest name starting at {@code start}, or null. */
  Match matchAt(String text, String keyed, int start, int to) {
    int wordEnd = start;
    while (wordEnd < to && Character.isLetterOrDigit(keyed.charAt(wordEnd))) {
      wordEnd++;
    }
    List<Entry> candidates = byFirstWord.get(keyed.substring(start, Math.max(wordEnd, start + 1)));
    if (candidates == null) {
      return null;
    }
    List<Actor> actors = new ArrayList<>();
    int end = -1;
    for (Entry e : candidates) {
      int stop = start + e.key().length();
      if (end >= 0 && stop < end) {
        break;
      }
      if (stop <= to && keyed.startsWith(e.key(), start)
          && (stop == keyed.length() || !Character.isLetterOrDigit(keyed.charAt(stop)))
          && capitalsAgree(e.name(), text, start)) {
        end = stop;
        e.actors().stream().filter(a -> !actors.contains(a)).forEach(actors::add);
      }
    }
    return end < 0 ? null : new Match(start, end, List.copyOf(actors));
  }

  /** "Brazzaville-Kinshasa", "Île-de-France": a hyphen joins the name to the next word. */
  private static boolean hyphenated(String text, int end) {
    return end + 1 < text.length() && text.charAt(end) == '-' && Character.isLetter(text.charAt(end + 1));
  }

  /**
   * Every word the name capitalises is capitalised in the text ("Press Tv" is Press TV; "golfe" is
   * not "Golfe"), and a short acronym wants all its capitals ("Un" at a sentence's start is not the UN).
   */
  private static boolean capitalsAgree(String name, String text, int start) {
    if (name.length() != KnowledgeBase.key(name).length()) {
      return true;
    }
    if (name.length() <= 4 && name.chars().allMatch(Character::isUpperCase)) {
      return text.substring(start, start + name.length()).chars().allMatch(Character::isUpperCase);
    }
    for (int k = 0; k < name.length() && start + k < text.length(); k++) {
      boolean wordStart = k == 0 || !Character.isLetterOrDigit(name.charAt(k - 1));
      if (wordStart && Character.isUpperCase(name.charAt(k)) && !Character.isUpperCase(text.charAt(start + k))) {
        return false;
      }
    }
    return true;
  }

  /** The text folded as names are, char for char, without collapsing white space. */
  static String keyed(String text) {
    return org.froissart.time.Folding.fold(text).replace('-', ' ');
  }
}
