package org.froissart.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.froissart.document.NlpText;
import org.froissart.document.Region;
import org.junit.jupiter.api.Test;

class NlpTextRepairTest {
  @Test
  void separatesGluedSentencesAndMapsOffsetsBack() {
    String text = "Il a parlé en mer.Selon l’agence, tout va bien.« Non », dit-il.";
    NlpText nlp = NlpTextRepair.repair(text, List.of());
    assertEquals("Il a parlé en mer. Selon l'agence, tout va bien. « Non », dit-il.", nlp.text());
    int selon = nlp.text().indexOf("Selon");
    assertEquals(text.indexOf("Selon"), nlp.toSource(selon));
    assertEquals(text.indexOf("Selon") + 5, nlp.toSourceEnd(selon + 5));
    int mer = nlp.text().indexOf("mer.");
    assertEquals("mer.", text.substring(nlp.toSource(mer), nlp.toSourceEnd(mer + 4)));
  }

  @Test
  void leavesAbbreviationsInitialsNumbersAndAddressesAlone() {
    for (String s : List.of("M.Dupont", "le Dr.Khoury", "les U.S.A", "3.5 millions", "sur lemonde.fr", "Mme.Blanc")) {
      assertEquals(s, NlpTextRepair.repair(s, List.of()).text(), s);
    }
  }

  @Test
  void blanksBoilerplateButKeepsLineBreaksAndLength() {
    String text = "FOLLOW NCRI\nLe texte.";
    NlpText nlp = NlpTextRepair.repair(text, List.of(new Region(0, 11, "social")));
    assertEquals("           \nLe texte.", nlp.text());
    assertTrue(nlp.text().indexOf("FOLLOW") < 0);
  }

  @Test
  void recognisesOnlyRealSentenceEnds() {
    assertTrue(NlpTextRepair.gluedSentenceEnd("mardi.Le", 5));
    assertTrue(NlpTextRepair.gluedSentenceEnd("bien ».Le", 6));
    assertFalse(NlpTextRepair.gluedSentenceEnd("mardi. Le", 5));
    assertFalse(NlpTextRepair.gluedSentenceEnd("mardi.le", 5));
  }
}
