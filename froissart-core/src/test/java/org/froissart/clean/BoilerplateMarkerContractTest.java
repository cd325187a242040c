package org.froissart.clean;

import org.froissart.testkit.CleaningStageContract;

class BoilerplateMarkerContractTest extends CleaningStageContract {
  BoilerplateMarkerContractTest() {
    super("boilerplate");
  }
}
