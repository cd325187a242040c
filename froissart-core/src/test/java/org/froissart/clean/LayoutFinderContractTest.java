package org.froissart.clean;

import org.froissart.testkit.CleaningStageContract;

class LayoutFinderContractTest extends CleaningStageContract {
  LayoutFinderContractTest() {
    super("layout");
  }
}
