package dev.charter.adapter.storage.jdbc;

import dev.charter.application.port.out.DecisionLog;
import dev.charter.testkit.contract.DecisionLogContract;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;

class PostgresDecisionLogTest extends DecisionLogContract {

  private StorageFixture fixture;

  @Override
  protected DecisionLog newLog() {
    fixture = StorageFixture.postgres();
    return fixture.open().decisionLog();
  }

  @Override
  protected Optional<Supplier<DecisionLog>> reopen() {
    return Optional.of(() -> fixture.reopen().decisionLog());
  }

  @AfterEach
  void closeStorage() {
    if (fixture != null) {
      fixture.close();
    }
  }
}
