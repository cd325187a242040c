package org.froissart.time;

import static org.froissart.time.Timexes.assertFinds;

import org.junit.jupiter.api.Test;

/** Dates named by their numbers, with and without the year. */
class CalendarRulesTest {
  @Test
  void fullDatesInWordsAndFigures() {
    assertFinds("2014-01-22", "Le communiqué est daté du 20 janvier 2014 et signé le 20/01/2014.",
        "20 janvier 2014 = 2014-01-20", "20/01/2014 = 2014-01-20");
    assertFinds("2020-05-01", "Le décret du 1er mars 2015 et celui du 2015-03-02.",
        "1er mars 2015 = 2015-03-01", "2015-03-02 = 2015-03-02");
  }

  @Test
  void monthNamesWithoutAccentsInCapitalsOrAbbreviated() {
    assertFinds("2021-06-01", "LE 5 DÉCEMBRE 2020, puis le 3 fevrier 2021 et le 9 janv. 2021.",
        "LE 5 DÉCEMBRE 2020 = 2020-12-05", "le 3 fevrier 2021 = 2021-02-03", "le 9 janv. 2021 = 2021-01-09");
  }

  @Test
  void aDayWithoutItsYearTakesTheOneNearestThePublishedDateOrTheWayDernierPoints() {
    assertFinds("2014-01-20", "Lors de leur rencontre le 5 décembre dernier, ils ont parlé.", "le 5 décembre dernier = 2013-12-05");
    assertFinds("2014-01-20", "La rencontre du 1 septembre a été évoquée.", "1 septembre = 2013-09-01");
    assertFinds("2017-10-12", "Le retrait entrera en vigueur le 1er janvier prochain.", "le 1er janvier prochain = 2018-01-01");
  }

  @Test
  void monthsYearsDecadesAndCenturies() {
    assertFinds("2020-06-22", "Élu en janvier 2015, il partira fin mars, comme prévu mi-2019 et en 2013.",
        "janvier 2015 = 2015-01", "fin mars = 2020-03", "mi-2019 = 2019", "2013 = 2013");
    assertFinds("2020-06-22", "Depuis les années 60 et jusqu'au XIXe siècle.", "les années 60 = 196X", "XIXe siècle = 18XX");
  }

  @Test
  void numbersThatCountThingsAreNotYears() {
    assertFinds("2020-06-22", "Environ 2000 manifestants et 1 999 policiers, soit 2014 euros de dégâts.");
  }

  @Test
  void aCapitalisedMonthInsideASentenceIsAName() {
    assertFinds("2020-06-22", "La sonde a atteint Mars en février.", "février = 2020-02");
  }

  @Test
  void theFirstDayOfARangeTakesTheMonthOfTheSecond() {
    assertFinds("1999-07-16", "Le stage aura lieu du 19 au 23 juillet.", "19 = 1999-07-19", "23 juillet = 1999-07-23");
  }
}
