package org.froissart.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.froissart.testkit.SampleTexts;
import org.junit.jupiter.api.Test;

class FoldingTest {
  @Test
  void foldsCaseAccentsSpacesAndApostrophes() {
    assertEquals("le 5 decembre, l'ete 14 h", Folding.fold("LE 5 DÉCEMBRE, l’Été 14\u00A0h"));
  }

  @Test
  void keepsEveryOffset() {
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      String s = SampleTexts.random(random, random.nextInt(100));
      assertEquals(s.length(), Folding.fold(s).length());
    }
  }
}
