package org.froissart.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.froissart.pipeline.ResourceLoader;

/**
 * The French words of time from {@code time/words.tsv}: months, weekdays, units, parts of day,
 * seasons, numbers and vague references, each with its meaning, folded (see {@link Folding}) for
 * matching. Immutable and thread-safe.
 */
public final class TimeWords {
  static final String RESOURCE = "time/words.tsv";
  private static final Set<String> KINDS = Set.of("month", "weekday", "unit", "part", "season", "number", "vague");
  private static final Pattern NUMBER_SEPARATOR = Pattern.compile("-et-| et |-| ");

  /** kind → folded form → meaning. */
  private final Map<String, Map<String, String>> words = new HashMap<>();
  private final String checksum;

  public TimeWords(ResourceLoader resources) {
    ResourceLoader.TextResource file = resources.lines(RESOURCE);
    for (String line : file.lines()) {
      String[] f = line.split("\t", -1);
      if (f.length != 3 || !KINDS.contains(f[0]) || f[1].isBlank() || f[2].isBlank()) {
        throw new IllegalArgumentException(RESOURCE + ": want kind<TAB>forms<TAB>meaning with kind one of "
            + KINDS + ": " + line);
      }
      Map<String, String> forms = words.computeIfAbsent(f[0], k -> new LinkedHashMap<>());
      for (String form : f[1].split("\\|")) {
        String previous = forms.put(Folding.fold(form.strip()), f[2].strip());
        if (previous != null && !previous.equals(f[2].strip())) {
          throw new IllegalArgumentException(RESOURCE + ": '" + form + "' has two meanings: " + previous + ", " + f[2]);
        }
      }
    }
    for (String kind : KINDS) {
      if (!words.containsKey(kind)) {
        throw new IllegalArgumentException(RESOURCE + ": no word of kind " + kind);
      }
    }
    this.checksum = file.checksum();
  }

  public String checksum() {
    return checksum;
  }

  /** A regex alternation of the folded forms of one kind, longest first, in a non-capturing group. */
  String alternation(String kind) {
    List<String> forms = new ArrayList<>(words.get(kind).keySet());
    forms.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder regex = new StringBuilder("(?:");
    for (String form : forms) {
      regex.append(regex.length() > 3 ? "|" : "").append(Pattern.quote(form).replace(" ", "\\E +\\Q"));
    }
    return regex.append(')').toString();
  }

  /** The meaning of a matched form (folded; runs of spaces allowed), or null. */
  String meaning(String kind, String form) {
    return words.get(kind).get(form.replaceAll(" +", " "));
  }

  int month(String form) {
    return Integer.parseInt(meaning("month", form));
  }

  int weekday(String form) {
    return Integer.parseInt(meaning("weekday", form));
  }

  /** A number in digits ("48", "1,5") or words ("vingt-cinq", "quatre-vingt-dix", "deux cents"); null if not one. */
  Double number(String folded) {
    String s = folded.strip();
    if (!s.isEmpty() && Character.isDigit(s.charAt(0))) {
      try {
        return Double.valueOf(s.replace(',', '.'));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    long total = 0;
    long current = 0;
    long previous = 0;
    for (String word : NUMBER_SEPARATOR.split(s)) {
      String value = meaning("number", word);
      if (value == null) {
        return null;
      }
      long v = Long.parseLong(value);
      if (v == 1000) {
        total += Math.max(current, 1) * 1000;
        current = 0;
      } else if (v == 100) {
        current = Math.max(current, 1) * 100;
      } else if (v == 20 && previous == 4 && current % 100 == 4) {
        current = current - 4 + 80; // quatre-vingt
      } else {
        current += v;
      }
      previous = v;
    }
    return (double) (total + current);
  }
}
