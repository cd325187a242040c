package org.froissart.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.document.Layer;
import org.froissart.document.Timex;
import org.froissart.pipeline.DocumentRejected;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.testkit.CleaningStages;
import org.froissart.time.TimexFinder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time stage on CoreNLP's parse: the tense of the clause decides which Monday or which April a
 * bare name means. 2020-01-15 is a Wednesday.
 */
class TimexWithParseTest {
  private static final TimexFinder TIME = new TimexFinder(ResourceLoader.bundled());

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2020-01-15 | Le ministre est arrivé lundi à Bagdad.                 | lundi   | 2020-01-13",
      "2020-01-15 | Le ministre arrivera lundi à Bagdad.                    | lundi   | 2020-01-20",
      "2020-01-15 | Le ministre doit arriver lundi à Bagdad.                | lundi   | 2020-01-20",
      "2020-01-15 | Le ministre va se rendre lundi à Bagdad.                | lundi   | 2020-01-20",
      "2020-01-15 | Il s'est entretenu lundi avec des responsables irakiens. | lundi   | 2020-01-13",
      "2020-01-15 | Le président a été reçu vendredi par le roi.            | vendredi | 2020-01-10",
      "2020-01-15 | La réunion est prévue jeudi à Genève.                   | jeudi   | 2020-01-16",
      "2018-10-16 | Il avait été arrêté le 3 juin alors qu'il voyageait.    | le 3 juin | 2018-06-03",
      "2014-01-20 | Les élections auront lieu en avril.                     | avril   | 2014-04",
      "2014-01-20 | Les élections ont eu lieu en avril.                     | avril   | 2013-04",
      "2020-06-22 | Le ministre est en poste depuis octobre.               | octobre | 2019-10",
      "2020-08-08 | La conférence a été annoncée pour dimanche.             | dimanche | 2020-08-09",
  })
  void theTenseOfTheClausePicksTheDate(String published, String text, String expression, String value)
      throws DocumentRejected {
    Document document = new Document("t", text + "\n", new Document.Metadata(published, true, null, null, null));
    AnalyzedDocument d = TIME.apply(CoreNlpFrenchTest.STAGE.apply(CleaningStages.before("corenlp", document)));
    Timex timex = d.get(Layer.TIMEX).stream().filter(t -> t.text().equals(expression)).findFirst()
        .orElseThrow(() -> new AssertionError(expression + " not found in " + d.get(Layer.TIMEX)));
    assertEquals(value, timex.value(), text);
  }
}
