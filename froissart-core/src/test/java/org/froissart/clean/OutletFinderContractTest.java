package org.froissart.clean;

import org.froissart.testkit.CleaningStageContract;

class OutletFinderContractTest extends CleaningStageContract {
  OutletFinderContractTest() {
    super("outlet");
  }
}
