package org.froissart.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.froissart.pipeline.ResourceLoader;
import org.junit.jupiter.api.Test;

/** The dates the published-date finder may use: written with their year, at the precision given. */
class AbsoluteDatesTest {
  private static final AbsoluteDates DATES = new AbsoluteDates(ResourceLoader.bundled());

  private static String value(String text) {
    AbsoluteDates.Found f = DATES.first(text, 0, text.length());
    return f == null ? null : f.value();
  }

  @Test
  void readsWrittenDatesAtThePrecisionGiven() {
    assertEquals("2014-01-20", value("Le 20 janvier 2014"));
    assertEquals("2015-03-01", value("Paris, le 1er mars 2015"));
    assertEquals("2019-08-15", value("15 AOUT 2019"));
    assertEquals("2018-12", value("en décembre 2018"));
    assertEquals("2017-02-04", value("4 févr. 2017"));
  }

  @Test
  void readsNumericDates() {
    assertEquals("2014-01-20", value("20/01/2014"));
    assertEquals("2020-03", value("date 2020-03"));
    assertEquals("2020-03-02", value("2020-03-02T10:00"));
  }

  @Test
  void refusesImpossibleIncompleteOrRelativeDates() {
    assertEquals("2019-02", value("le 31 février 2019"), "an impossible day leaves the month");
    assertNull(value("le 5 décembre dernier"));
    assertNull(value("45/13/2020"));
    assertNull(value("en 2019"));
  }

  @Test
  void givesTheSpanOfTheFirstDateInTheRegion() {
    String text = "Signé le 3 mai 2016, reçu le 4 mai 2016";
    AbsoluteDates.Found f = DATES.first(text, text.indexOf("reçu"), text.length());
    assertEquals("2016-05-04", f.value());
    assertEquals("le 4 mai 2016", text.substring(f.start(), f.end()));
  }
}
