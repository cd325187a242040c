package org.froissart.testkit;

import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.pipeline.DocumentRejected;
import org.froissart.pipeline.Stage;

/** The stage contract for one of the cleaning stages, prepared by the stages before it. */
public abstract class CleaningStageContract extends StageContract {
  private final String stageName;

  protected CleaningStageContract(String stageName) {
    this.stageName = stageName;
  }

  @Override
  protected Stage stage() {
    return CleaningStages.named(stageName);
  }

  @Override
  protected AnalyzedDocument prepare(Document document) throws DocumentRejected {
    return CleaningStages.before(stageName, document);
  }
}
