package org.froissart.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.froissart.time.Reading.Direction;

/**
 * All the rules of the time grammar, in families ({@link CalendarRules}, {@link RelativeRules},
 * {@link ClockRules}, {@link VagueRules}, {@link DurationRules}), and how their matches are
 * combined: the earliest match wins, then the longest, then the earliest family. Immutable and thread-safe.
 */
final class TimexGrammar {
  /** Start and end of a word. */
  static final String B = "(?<![\\p{L}\\p{N}])";
  static final String E = "(?![\\p{L}\\p{N}])";
  /** "dernier", "prochaine", "passés"…: the direction group. */
  static final String DIRECTION = "(?<dir>dernier|derniere|prochain|prochaine|passe|passee)s?";

  private final List<Rule> rules;

  /** The whole grammar. */
  TimexGrammar(TimeWords words) {
    this(List.of(CalendarRules.rules(words), RelativeRules.rules(words), ClockRules.rules(words),
        VagueRules.rules(words), DurationRules.rules(words)).stream().flatMap(List::stream).toList());
  }

  /** A grammar of some rules only (dates named by their numbers, for {@link AbsoluteDates}). */
  TimexGrammar(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The expressions of {@code text}, in order, none overlapping. */
  List<Candidate> find(String text) {
    String folded = Folding.fold(text);
    List<Candidate> all = new ArrayList<>();
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(folded);
      while (m.find()) {
        Candidate c = m.end() > m.start() ? rule.action().read(m, text) : null;
        if (c != null) {
          all.add(c);
        }
      }
    }
    // a stable sort: among matches of the same span, the earlier family's stays first
    all.sort(Comparator.comparingInt(Candidate::start).thenComparing(c -> -c.length()));
    List<Candidate> chosen = new ArrayList<>();
    int end = -1;
    for (Candidate c : all) {
      if (c.start() >= end) {
        chosen.add(c);
        end = c.end();
      }
    }
    return chosen;
  }

  static Direction direction(String word) {
    return word.startsWith("prochain") || word.startsWith("suivant") ? Direction.FUTURE : Direction.PAST;
  }

  /** Whether the letter at {@code offset} is a capital that does not start a sentence: a name, not a month. */
  static boolean capitalisedInsideSentence(String text, int offset) {
    if (!Character.isUpperCase(text.charAt(offset))) {
      return false;
    }
    int i = offset - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
      i--;
    }
    return i >= 0 && ".!?:\n«\"—–-".indexOf(text.charAt(i)) < 0;
  }

  /** Whether {@code offset} starts a sentence or follows a comma: "Aujourd'hui, …", "Un jour, …". */
  static boolean opensClause(String text, int offset) {
    int i = offset - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
      i--;
    }
    return i < 0 || ".!?:\n«\",;".indexOf(text.charAt(i)) >= 0;
  }

  /** The folded text just before {@code offset} (at most {@code width} chars), to look at what precedes a match. */
  static String before(String text, int offset, int width) {
    return Folding.fold(text.substring(Math.max(0, offset - width), offset));
  }

  /** The folded text just after {@code offset}. */
  static String after(String text, int offset, int width) {
    return Folding.fold(text.substring(offset, Math.min(text.length(), offset + width)));
  }

  /** A named group's text, or null when it did not match or the rule's pattern has no such group. */
  static String group(Matcher m, String name) {
    return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
  }
}
