package org.froissart.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.froissart.time.Reading.Calendar;
import org.froissart.time.Reading.Direction;
import org.froissart.time.TimexResolver.Reference;
import org.froissart.time.TimexResolver.Resolution;
import org.junit.jupiter.api.Test;

/** Placing readings on the calendar: tense, direction, the precision of the published date, the weekday check. */
class TimexResolverTest {
  private static Resolution resolve(Reading reading, Tense tense, String published) {
    return TimexResolver.resolve(new Candidate(0, 1, "DATE", reading, null, "test"), tense, Reference.parse(published), null);
  }

  private static Calendar weekday(int day) {
    return new Calendar(null, null, null, day, Direction.NONE);
  }

  @Test
  void aBareWeekdayGoesTheWayTheTenseSays() {
    // 2020-01-15 is a Wednesday
    assertEquals("2020-01-13", resolve(weekday(1), Tense.PAST, "2020-01-15").value());
    assertEquals("2020-01-20", resolve(weekday(1), Tense.FUTURE, "2020-01-15").value());
    assertEquals("2020-01-16", resolve(weekday(4), Tense.PRESENT, "2020-01-15").value(), "present: the nearest");
    assertEquals("2020-01-15", resolve(weekday(3), Tense.PAST, "2020-01-15").value(), "the published day itself");
    assertEquals("published", resolve(weekday(1), Tense.PAST, "2020-01-15").anchor());
  }

  @Test
  void aBareMonthOrDayGoesTheWayTheTenseSays() {
    Calendar october = new Calendar(null, 10, null, null, Direction.NONE);
    assertEquals("2019-10", resolve(october, Tense.PAST, "2020-06-22").value());
    assertEquals("2020-10", resolve(october, Tense.FUTURE, "2020-06-22").value());
    Calendar juneThird = new Calendar(null, 6, 3, null, Direction.NONE);
    assertEquals("2018-06-03", resolve(juneThird, Tense.UNKNOWN, "2018-10-16").value(), "no tense: the nearest");
  }

  @Test
  void aWeekdayThatContradictsTheDateIsReportedAndTheDateKept() {
    // "mardi 15 janvier" in an article of Wednesday 15 January 2020
    Resolution r = resolve(new Calendar(null, 1, 15, 2, Direction.NONE), Tense.PAST, "2020-01-15");
    assertEquals("2020-01-15", r.value());
    assertNotNull(r.warning());
    assertNull(resolve(new Calendar(null, 1, 15, 3, Direction.NONE), Tense.PAST, "2020-01-15").warning());
  }

  @Test
  void aMonthOnlyPublishedDateLetsTheWeekdayPickTheYear() {
    // "vendredi 3 janvier" in an article dated March 2020: 2020-01-03 is a Friday
    assertEquals("2020-01-03", resolve(new Calendar(null, 1, 3, 5, Direction.NONE), Tense.UNKNOWN, "2020-03").value());
    // "mardi 3 janvier" in an article dated 2017-03: 2017-01-03 is the Tuesday
    assertEquals("2017-01-03", resolve(new Calendar(null, 1, 3, 2, Direction.NONE), Tense.FUTURE, "2017-03").value());
    // a bare weekday cannot be placed inside a month: the month is all we know
    assertEquals("2020-03", resolve(weekday(1), Tense.PAST, "2020-03").value());
  }

  @Test
  void withoutAPublishedDateOnlyTheWordsCount() {
    Resolution r = resolve(new Calendar(null, 12, 5, null, Direction.PAST), Tense.PAST, null);
    assertEquals("XXXX-12-05", r.value());
    assertNull(r.anchor());
    assertEquals("XXXX-WXX-1", resolve(weekday(1), Tense.PAST, null).value());
  }
}
