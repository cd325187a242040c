package org.froissart.time;

import static org.froissart.time.Timexes.assertFinds;

import org.junit.jupiter.api.Test;

/** The present, the past and the future without a date. */
class VagueRulesTest {
  @Test
  void presentPastAndFutureReferences() {
    assertFinds("2017-04-07", "Aujourd'hui, il faut agir. Elle doit maintenant être poursuivie, comme autrefois, et à l'avenir.",
        "Aujourd'hui = PRESENT_REF", "maintenant = PRESENT_REF", "autrefois = PAST_REF", "à l'avenir = FUTURE_REF");
  }

  @Test
  void todayInsideAClauseIsThePublishedDay() {
    assertFinds("2020-06-22", "Je considère aujourd'hui que la Turquie joue un jeu dangereux.", "aujourd'hui = 2020-06-22");
  }

  @Test
  void theFutureOfACountryIsNotATime() {
    assertFinds("2014-01-20", "Il a dit que l'avenir de l'Irak est garanti.");
  }
}
