package dev.charter.adapter.storage.jdbc;

import dev.charter.application.port.out.StopOrders;
import dev.charter.testkit.contract.StopOrdersContract;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class H2FileStopOrdersTest extends StopOrdersContract {

  @TempDir Path dataDir;
  private StorageFixture fixture;

  @Override
  protected StopOrders newStopOrders() {
    fixture = StorageFixture.h2File(dataDir);
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
