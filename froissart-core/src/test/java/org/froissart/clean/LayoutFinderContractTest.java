package org.froissart.clean;

import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.pipeline.DocumentRejected;
import org.froissart.pipeline.Stage;
import org.froissart.testkit.CleaningStages;
import org.froissart.testkit.StageContract;

class LayoutFinderContractTest extends StageContract {
  @Override
  protected Stage stage() {
    return CleaningStages.named("layout");
  }

  @Override
  protected AnalyzedDocument prepare(Document document) throws DocumentRejected {
    return CleaningStages.before("layout", document);
  }
}
