package org.froissart.time;

import static org.froissart.time.Timexes.assertFinds;

import org.junit.jupiter.api.Test;

/** Times of day fall on the previous date of the text, or the published day. */
class ClockRulesTest {
  @Test
  void aTimeFallsOnThePreviousDate() {
    assertFinds("1999-09-04", "La reprise est fixée au jeudi 16 septembre, à 18 h et à 19 h 30.",
        "jeudi 16 septembre = 1999-09-16", "18 h = 1999-09-16T18:00", "19 h 30 = 1999-09-16T19:30");
    assertFinds("2002-04-02", "Les tirs ont commencé vers 18 h 55, et à 20 heures tout était fini.",
        "18 h 55 = 2002-04-02T18:55", "20 heures = 2002-04-02T20:00");
  }

  @Test
  void aTimeFallsOnTheDayNamedRightAfterIt() {
    assertFinds("2003-02-23", "Le feu a pris vers 15 h 30, hier.", "15 h 30 = 2003-02-22T15:30", "hier = 2003-02-22");
  }

  @Test
  void hoursWithoutClockPrepositionAreDurationsAndNoonIsNotTheSouth() {
    assertFinds("2002-04-02", "Il a été retenu 48 heures. Il vit dans le Midi. Il est passé à midi.",
        "48 heures = PT48H", "midi = 2002-04-02T12:00");
  }

  @Test
  void partsOfDayAlone() {
    assertFinds("2002-02-09", "Samedi, il devait ouvrir les Jeux dans la soirée.", "Samedi = 2002-02-09",
        "la soirée = 2002-02-09TEV");
  }
}
