package org.froissart.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.froissart.pipeline.ResourceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeWordsTest {
  private static final TimeWords WORDS = new TimeWords(ResourceLoader.bundled());

  @Test
  void numbersWrittenInWords() {
    assertEquals(25.0, WORDS.number("vingt-cinq"));
    assertEquals(21.0, WORDS.number("vingt et un"));
    assertEquals(70.0, WORDS.number("soixante-dix"));
    assertEquals(90.0, WORDS.number("quatre-vingt-dix"));
    assertEquals(200.0, WORDS.number("deux cents"));
    assertEquals(1900.0, WORDS.number("mille neuf cent"));
    assertEquals(1.5, WORDS.number("1,5"));
    assertNull(WORDS.number("beaucoup"));
  }

  @Test
  void monthsAndWeekdaysAreFoldedForMatching() {
    assertEquals(12, WORDS.month("decembre"));
    assertEquals(7, WORDS.weekday("dimanche"));
    assertTrue(WORDS.alternation("month").contains("fevrier"));
  }

  @Test
  void aMalformedOverrideIsRejectedWithTheLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("time"));
    Files.writeString(dir.resolve("time/words.tsv"), "month\tjanvier\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TimeWords(new ResourceLoader(dir)));
    assertTrue(e.getMessage().contains("month\tjanvier"), e.getMessage());
  }
}
