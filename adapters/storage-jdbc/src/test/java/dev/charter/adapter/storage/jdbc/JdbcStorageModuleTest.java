package dev.charter.adapter.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.charter.application.port.out.DecisionLog;
import dev.charter.application.port.out.StopOrders;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcStorageModuleTest {

  @TempDir Path dataDir;

  @Test
  void bindsThePortsToTheStorageItWasGiven() {
    try (JdbcStorage storage = JdbcStorage.h2File(dataDir)) {
      Injector injector = Guice.createInjector(new JdbcStorageModule(storage));

      assertThat(injector.getInstance(DecisionLog.class)).isSameAs(storage.decisionLog());
      assertThat(injector.getInstance(StopOrders.class)).isSameAs(storage.stopOrders());
    }
  }
}
