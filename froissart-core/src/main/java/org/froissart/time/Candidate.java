package org.froissart.time;

/**
 * An expression found by a rule, not yet resolved.
 *
 * @param timeOfDay what follows the date in the value ("TEV" for "hier soir", "T14:00"), or null
 * @param rule      the rule that found it, for tests and debugging
 */
record Candidate(int start, int end, String type, Reading reading, String timeOfDay, String rule) {
  int length() {
    return end - start;
  }
}
