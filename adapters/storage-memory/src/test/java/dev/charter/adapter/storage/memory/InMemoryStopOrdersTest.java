package dev.charter.adapter.storage.memory;

import dev.charter.application.port.out.StopOrders;
import dev.charter.testkit.contract.StopOrdersContract;

class InMemoryStopOrdersTest extends StopOrdersContract {

  @Override
  protected StopOrders newStopOrders() {
    return new InMemoryStopOrders();
  }
}
