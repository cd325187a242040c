package org.froissart.clean;

import org.froissart.testkit.CleaningStageContract;

class NlpTextRepairContractTest extends CleaningStageContract {
  NlpTextRepairContractTest() {
    super("repair");
  }
}
