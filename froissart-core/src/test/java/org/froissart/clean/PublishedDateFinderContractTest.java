package org.froissart.clean;

import org.froissart.testkit.CleaningStageContract;

class PublishedDateFinderContractTest extends CleaningStageContract {
  PublishedDateFinderContractTest() {
    super("published");
  }
}
