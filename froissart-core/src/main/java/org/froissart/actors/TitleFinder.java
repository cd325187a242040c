package org.froissart.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds titles ("le premier ministre irakien", "le guide suprême") and a country's institutions
 * ("les forces irakiennes", "le régime de Téhéran") with the country they name, if any.
 */
final class TitleFinder {
  static final String SLOT = "{PAYS}";
  private static final List<String> PREPOSITIONS = List.of("de la ", "de l'", "du ", "des ", "d'", "de ");

  /**
   * A title or institution found at [start, end).
   *
   * @param person  a title of a person (PER), not an institution (ORG)
   * @param country the country it names, or null when the title names its body itself or is bare
   * @param bare    a title of a country's office with no country ("le chef de l'État", "le président"):
   *                it stands for a holder of that office named before
   */
  record Match(int start, int end, KnowledgeBase.Title title, boolean person, String country, boolean bare) {
  }

  private record Pattern(String prefix, String suffix, KnowledgeBase.Title title, boolean person) {
  }

  private final KnowledgeBase kb;
  private final NameFinder countries;
  private final Map<String, List<Pattern>> byFirstWord = new HashMap<>();

  TitleFinder(KnowledgeBase kb) {
    this.kb = kb;
    this.countries = new NameFinder(kb, a -> a.kind() == ActorKind.STATE || kb.countryOfCapital(a.id()) != null);
    for (KnowledgeBase.Title title : kb.titles()) {
      add(title, true);
    }
    kb.sectors().forEach((noun, sector) -> add(new KnowledgeBase.Title(noun + " " + SLOT, null, null, sector), false));
  }

  private void add(KnowledgeBase.Title title, boolean person) {
    String p = title.pattern();
    int slot = p.indexOf(SLOT);
    Pattern pattern = slot < 0 ? new Pattern(p, null, title, person)
        : new Pattern(p.substring(0, slot), p.substring(slot + SLOT.length()), title, person);
    String first = p.split("[ ']", 2)[0];
    byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(pattern);
  }

  /** The longest title starting at {@code start}, or null. */
  Match matchAt(String text, String keyed, int start, int to) {
    int wordEnd = start;
    while (wordEnd < to && Character.isLetterOrDigit(keyed.charAt(wordEnd))) {
      wordEnd++;
    }
    List<Pattern> patterns = byFirstWord.get(keyed.substring(start, wordEnd));
    if (patterns == null) {
      return null;
    }
    Match best = null;
    for (Pattern p : patterns) {
      Match m = match(p, text, keyed, start, to);
      if (m != null && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  private Match match(Pattern p, String text, String keyed, int start, int to) {
    if (!keyed.startsWith(p.prefix(), start)) {
      return null;
    }
    int at = start + p.prefix().length();
    if (p.suffix() == null) {
      return wordEnds(keyed, at, to) ? new Match(start, at, p.title(), p.person(), null, false) : null;
    }
    int[] country = new int[1];
    String code = country(text, keyed, at, to, country);
    if (code == null) {
      int bare = start + p.prefix().stripTrailing().length();
      return p.suffix().isEmpty() && p.person() && p.title().office() != null && wordEnds(keyed, bare, to)
          ? new Match(start, bare, p.title(), true, null, true) : null;
    }
    int end = country[0];
    if (!p.suffix().isEmpty()) {
      if (!keyed.startsWith(p.suffix(), end)) {
        return null;
      }
      end += p.suffix().length();
    }
    return wordEnds(keyed, end, to) ? new Match(start, end, p.title(), p.person(), code, false) : null;
  }

  /** The country named at {@code at}: a demonym, or a preposition and a country or capital. Sets end[0]. */
  private String country(String text, String keyed, int at, int to, int[] end) {
    int wordEnd = at;
    while (wordEnd < to && Character.isLetter(keyed.charAt(wordEnd))) {
      wordEnd++;
    }
    String demonym = wordEnd > at ? kb.countryOfDemonym(keyed.substring(at, wordEnd)) : null;
    if (demonym != null) {
      end[0] = wordEnd;
      return demonym;
    }
    for (String preposition : PREPOSITIONS) {
      if (keyed.startsWith(preposition, at)) {
        NameFinder.Match m = countries.matchAt(text, keyed, at + preposition.length(), to);
        if (m != null) {
          Actor a = m.actors().get(0);
          end[0] = m.end();
          return a.kind() == ActorKind.STATE ? a.id() : kb.countryOfCapital(a.id());
        }
      }
    }
    return null;
  }

  private static boolean wordEnds(String keyed, int at, int to) {
    return at <= to && (at == keyed.length() || !Character.isLetterOrDigit(keyed.charAt(at)));
  }
}
