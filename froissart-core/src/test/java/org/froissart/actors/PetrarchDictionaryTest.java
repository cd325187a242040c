package org.froissart.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchDictionaryTest {
  private static final KnowledgeBase KB = KnowledgeBaseTest.KB;

  /** Written for this test in the PETRARCH format: comments of three kinds, dates of two widths. */
  private static final String DICTIONARY = """
      <!-- a test dictionary
           over two lines -->
      KARIM_BENSAID_  [DZA]   # an invented minister
      +BENSAID_
      +K._BENSAID_ ; old TABARI comment
      \t[DZAGOV 20100105-120630]
      \t[DZAOPP >120701]

      FRONT_DES_DUNES_  [DZAREB]
      +FDD_
      """;

  @Test
  void readsNamesCodesAndDateRestrictions() throws IOException {
    PetrarchDictionary.Contents c = PetrarchDictionary.read(new StringReader(DICTIONARY), "test", KB.cameo());
    assertEquals(2, c.actors().size());
    Actor karim = c.actors().get(0);
    assertEquals("test:karim-bensaid", karim.id());
    assertEquals(List.of("Karim Bensaid", "Bensaid", "K. Bensaid"), karim.names());
    assertEquals(ActorKind.PERSON, karim.kind());
    assertEquals(ActorKind.ORGANISATION, c.actors().get(1).kind());
    KnowledgeBase kb = KB.with(c.actors(), c.roles(), "test");
    assertEquals("DZAGOV", kb.codeOn(kb.actor("test:karim-bensaid"), "2012-06-30"), "the last day is included");
    assertEquals("DZAOPP", kb.codeOn(kb.actor("test:karim-bensaid"), "2012-07-01"));
    assertEquals("DZA", kb.codeOn(kb.actor("test:karim-bensaid"), "2009-12-31"), "the default code before any role");
    assertEquals("test:front-des-dunes", kb.named("FDD").get(0).id());
  }

  @Test
  void namesTheLineOfABadRecord() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PetrarchDictionary.read(
        new StringReader("ALI_\n\t[IRQGOV 2006-05-20]\n"), "mine.txt", KB.cameo()));
    assertTrue(e.getMessage().startsWith("mine.txt:2: "), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> PetrarchDictionary.read(
        new StringReader("ALI_ [QQQGOV]\n"), "mine.txt", KB.cameo()));
    assertTrue(e.getMessage().contains("'QQQGOV' is not a valid CAMEO actor code"), e.getMessage());
  }

  @Test
  void theExportReadsBackWithTheSameCodesOnTheSameDates() throws IOException {
    StringWriter out = new StringWriter();
    PetrarchDictionary.write(KB, new PrintWriter(out));
    String text = out.toString();
    assertTrue(text.contains("\nNOURI_AL-MALIKI_  [IRQ]  # nouri-al-maliki\n"), "a person's default code is their country");
    assertTrue(text.contains("\t[IRQGOV 20060520-20140907]"), "the last day in office is written, not the successor's first");
    PetrarchDictionary.Contents back = PetrarchDictionary.read(new StringReader(text), "export", KB.cameo());
    KnowledgeBase kb = KnowledgeBase.load(org.froissart.pipeline.ResourceLoader.bundled());
    assertEquals(KB.actors().size(), back.actors().size());
    KnowledgeBase both = kb.with(back.actors(), back.roles(), "export");
    for (String date : List.of("2006-05-19", "2006-05-20", "2014-09-07", "2014-09-08", "2020-03-01")) {
      assertEquals(kb.codeOn(kb.actor("nouri-al-maliki"), date), both.codeOn(both.actor("export:nouri-al-maliki"), date),
          date);
    }
    assertNull(both.actor("export:nobody"));
  }
}
