package org.froissart.time;

import static org.froissart.time.Timexes.assertFinds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.froissart.document.Layer;
import org.froissart.document.Timex;
import org.junit.jupiter.api.Test;

/** Dates counted from the published date or from another date of the text (here with no tense to go by). */
class RelativeRulesTest {
  @Test
  void daysAroundThePublishedDayWithTheirPartOfDay() {
    assertFinds("2020-06-27", "Hier soir, avant-hier et aujourd'hui vendredi, puis demain matin.",
        "Hier soir = 2020-06-26TEV", "avant-hier = 2020-06-25", "aujourd'hui vendredi = 2020-06-27",
        "demain matin = 2020-06-28TMO");
    assertFinds("2019-08-25", "Il est arrivé dimanche en début d'après-midi.", "dimanche en début d'après-midi = 2019-08-25TAF");
  }

  @Test
  void aBareWeekdayWithNoTenseIsTheLastOneDernierAndProchainAreStrict() {
    // 2020-06-27 is a Saturday
    assertFinds("2020-06-27", "Jeudi, la réunion.", "Jeudi = 2020-06-25");
    assertFinds("2020-06-27", "Samedi, la réunion.", "Samedi = 2020-06-27");
    assertFinds("2020-06-27", "Réunion samedi dernier et lundi prochain.", "samedi dernier = 2020-06-20",
        "lundi prochain = 2020-06-29");
    assertFinds("2020-06-27", "Frappes dans la nuit de vendredi à samedi.", "la nuit de vendredi à samedi = 2020-06-26TNI");
  }

  @Test
  void weeksMonthsYearsAndSeasonsCountedFromThePublishedDate() {
    assertFinds("2020-09-13", "La semaine dernière, cette semaine, le mois prochain, l'an dernier et cette année.",
        "La semaine dernière = 2020-W36", "cette semaine = 2020-W37", "le mois prochain = 2020-10",
        "l'an dernier = 2019", "cette année = 2020");
    assertFinds("2020-09-13", "Il y a trois ans, il y a deux semaines, et dans deux mois.",
        "Il y a trois ans = 2017", "il y a deux semaines = 2020-08-30", "deux mois = 2020-11");
    assertFinds("2020-09-13", "Le pays vit depuis l'automne dernier une crise.", "l'automne dernier = 2019-FA");
    assertFinds("2020-09-13", "Les touristes viennent en été.", "été = XXXX-SU");
  }

  @Test
  void theNextDayCountsFromThePreviousDateOfTheText() {
    List<Timex> t = Timexes.analyze("2018-10-16", "Il a été arrêté le 3 juin. Il a été interrogé le lendemain.")
        .get(Layer.TIMEX);
    assertEquals("le lendemain", t.get(1).text());
    assertEquals("2018-06-04", t.get(1).value());
    assertEquals(t.get(0).id(), t.get(1).anchor(), "anchored on the date it counts from");
    assertEquals("published", t.get(0).anchor());
  }

  @Test
  void namesAreNotDates() {
    assertFinds("2020-06-27", "L'accord du Vendredi saint et les Jeux d'hiver, a été signé au Printemps de Bourges.");
  }
}
