package org.froissart.time;

import static org.froissart.time.Timexes.assertFinds;

import org.junit.jupiter.api.Test;

/** Durations and sets, with numbers in figures or words; ages are not durations. */
class DurationRulesTest {
  @Test
  void durationsWithoutTheirPreposition() {
    assertFinds("2020-05-11", "Ennemis depuis plus de 40 ans, ils ont négocié pendant trois ans et quarante-huit heures.",
        "plus de 40 ans = P40Y", "trois ans = P3Y", "quarante-huit heures = PT48H");
    assertFinds("2020-05-11", "Une rencontre de une demi-heure, deux ans et demi de guerre, un quart de siècle.",
        "une demi-heure = PT30M", "deux ans et demi = P2.5Y", "un quart de siècle = P25Y");
  }

  @Test
  void vagueAmounts() {
    assertFinds("2020-06-27", "Quelques jours plus tard, après plusieurs mois et ces dernières années.",
        "Quelques jours = PXD", "plusieurs mois = PXM", "ces dernières années = PXY");
  }

  @Test
  void agesAreNotDurations() {
    assertFinds("2020-06-27", "Jean Dupont, 87 ans, et un chauffeur de 38 ans, âgé de 40 ans, pour les 6-16 ans.");
    assertFinds("2020-06-27", "Il a 20 ans. Elle a été condamnée à 10 ans de prison.", "10 ans = P10Y");
  }

  @Test
  void sets() {
    assertFinds("2020-06-27", "Chaque semaine, tous les jeudis, tous les deux ans, 2 % par an, un rapport annuel.",
        "Chaque semaine = P1W", "tous les jeudis = XXXX-WXX-4", "tous les deux ans = P2Y", "an = P1Y", "annuel = P1Y");
  }
}
