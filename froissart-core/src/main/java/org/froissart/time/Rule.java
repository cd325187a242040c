package org.froissart.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern of the time grammar, written against folded text (lower case, no accents), and how
 * to read a match. The action returns null to turn a match down (a year that counts people, an age).
 */
record Rule(String name, Pattern pattern, Action action) {
  @FunctionalInterface
  interface Action {
    /** @param original the unfolded text, for checks that need capitals */
    Candidate read(Matcher match, String original);
  }

  static Rule of(String name, String regex, Action action) {
    return new Rule(name, Pattern.compile(regex), action);
  }
}
