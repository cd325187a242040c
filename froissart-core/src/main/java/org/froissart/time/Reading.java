package org.froissart.time;

/**
 * What an expression says about time, before {@link TimexResolver} places it on the calendar.
 * Units are TimeML letters: D, W, WE (weekend), M, Y, DE (decade), CE (century).
 */
sealed interface Reading {
  /** Which way "dernier" / "prochain" point, THIS for "ce"/"cet"; NONE leaves it to the tense. */
  enum Direction { PAST, FUTURE, THIS, NONE }

  /** A value the words alone give: "2013", "P3Y", "PRESENT_REF", "XXXX-WXX-4". */
  record Fixed(String value) implements Reading {
  }

  /**
   * A calendar date with the parts the words give, null for those they leave out: "le 5 décembre
   * dernier" (month, day, PAST), "vendredi 3 janvier" (month, day, weekday), "janvier", "lundi".
   */
  record Calendar(Integer year, Integer month, Integer day, Integer weekday, Direction direction)
      implements Reading {
  }

  /**
   * So many units after (or, negative, before) the published date, or the previous date of the
   * text when {@code fromPrevious}: "hier" (-1 D), "il y a trois ans" (-3 Y), "le lendemain"
   * (+1 D, previous), "cette semaine" (0 W).
   */
  record Shift(int amount, String unit, boolean fromPrevious) implements Reading {
  }

  /**
   * A season, "l'automne dernier", "l'été 2003"; {@code code} is SP, SU, FA or WI; {@code generic}
   * for "en été" with no article, every summer.
   */
  record Season(String code, int startMonth, Integer year, Direction direction, boolean generic) implements Reading {
  }

  /** A time of day without a date ("14 h 30" = T14:30, "la soirée" = TEV): it falls on the previous date. */
  record Clock(String time) implements Reading {
  }

  /** "Un jour": PAST_REF or FUTURE_REF as the tense says. */
  record Someday() implements Reading {
  }
}
