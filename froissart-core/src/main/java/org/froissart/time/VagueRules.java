package org.froissart.time;

import static org.froissart.time.TimexGrammar.B;
import static org.froissart.time.TimexGrammar.E;

import java.util.List;
import org.froissart.time.Reading.Fixed;
import org.froissart.time.Reading.Shift;
import org.froissart.time.Reading.Someday;

/**
 * References to the present, past or future with no date: "maintenant", "actuellement",
 * "autrefois", "à l'avenir" (not "l'avenir de l'Irak"), "un jour"; "désormais" is the published day.
 */
final class VagueRules {
  private VagueRules() {
  }

  static List<Rule> rules(TimeWords w) {
    return List.of(
        Rule.of("vague", B + "(?<v>" + w.alternation("vague") + ")" + E + "(?! +(?:de|du|des|d')\\b)",
            (m, text) -> new Candidate(m.start(), m.end(), "DATE", new Fixed(w.meaning("vague", m.group("v"))), null, "vague")),
        Rule.of("from-now-on", B + "desormais" + E,
            (m, text) -> new Candidate(m.start(), m.end(), "DATE", new Shift(0, "D", false), null, "from-now-on")),
        Rule.of("someday", B + "un +(?:beau +)?jour" + E,
            (m, text) -> TimexGrammar.opensClause(text, m.start())
                ? new Candidate(m.start(), m.end(), "DATE", new Someday(), null, "someday") : null));
  }
}
