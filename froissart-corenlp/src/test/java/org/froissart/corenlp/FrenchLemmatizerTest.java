package org.froissart.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FrenchLemmatizerTest {
  private static final FrenchLemmatizer LEMMATIZER = new FrenchLemmatizer();

  @Test
  void choosesTheEntryOfTheTaggersPartOfSpeech() {
    assertEquals("être", LEMMATIZER.analyze("est", "AUX").lemma());
    assertEquals("est", LEMMATIZER.analyze("est", "NOUN").lemma());
    assertEquals("condamner", LEMMATIZER.analyze("condamnaient", "VERB").lemma());
    assertEquals("irakien", LEMMATIZER.analyze("irakiennes", "ADJ").lemma());
  }

  @Test
  void givesUniversalFeatures() {
    assertEquals(Map.of("Mood", "Cnd", "VerbForm", "Fin", "Tense", "Pres", "Person", "3", "Number", "Plur"),
        LEMMATIZER.analyze("viendraient", "VERB").features());
    assertEquals("Fem", LEMMATIZER.analyze("irakiennes", "ADJ").features().get("Gender"));
  }

  @Test
  void keepsProperNamesAndUnknownWords() {
    assertEquals("Khamenei", LEMMATIZER.analyze("Khamenei", "PROPN").lemma());
    assertEquals("xyzzyque", LEMMATIZER.analyze("Xyzzyque", "NOUN").lemma());
  }
}
