package org.froissart.clean;

import org.froissart.testkit.CleaningStageContract;

class LanguageIdentifierContractTest extends CleaningStageContract {
  LanguageIdentifierContractTest() {
    super("language");
  }

  /** Random text is mostly refused as not French; a few cases are enough. */
  @Override
  protected int randomTexts() {
    return 10;
  }
}
