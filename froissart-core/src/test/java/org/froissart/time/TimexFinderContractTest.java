package org.froissart.time;

import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.pipeline.DocumentRejected;
import org.froissart.pipeline.ResourceLoader;
import org.froissart.pipeline.Stage;
import org.froissart.testkit.CleaningStages;
import org.froissart.testkit.PlainSentences;
import org.froissart.testkit.StageContract;

class TimexFinderContractTest extends StageContract {
  static final TimexFinder STAGE = new TimexFinder(ResourceLoader.bundled());

  @Override
  protected Stage stage() {
    return STAGE;
  }

  @Override
  protected AnalyzedDocument prepare(Document document) throws DocumentRejected {
    return PlainSentences.add(CleaningStages.before(STAGE.name(), document));
  }
}
