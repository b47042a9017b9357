package dev.charter.adapter.storage.jdbc;

import dev.charter.application.port.out.StopOrders;
import dev.charter.testkit.contract.StopOrdersContract;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;

class PostgresStopOrdersTest extends StopOrdersContract {

  private StorageFixture fixture;

  @Override
  protected StopOrders newStopOrders() {
    fixture = StorageFixture.postgres();
    return fixture.open().stopOrders();
  }

  @Override
  protected Optional<Supplier<StopOrders>> reopen() {
    return Optional.of(() -> fixture.reopen().stopOrders());
  }

  @AfterEach
  void closeStorage() {
    if (fixture != null) {
      fixture.close();
    }
  }
}
