package dev.charter.adapter.storage.memory;

import dev.charter.application.port.out.DecisionLog;
import dev.charter.testkit.contract.DecisionLogContract;

class InMemoryDecisionLogTest extends DecisionLogContract {

  @Override
  protected DecisionLog newLog() {
    return new InMemoryDecisionLog();
  }
}
