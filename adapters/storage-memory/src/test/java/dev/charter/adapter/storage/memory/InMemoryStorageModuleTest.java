package dev.charter.adapter.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.charter.application.port.out.DecisionLog;
import dev.charter.application.port.out.StopOrders;
import dev.charter.domain.log.EntryKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryStorageModuleTest {

  @Test
  void bindsOneInMemoryLogAndOneStopOrderStorePerInjector() {
    Injector injector = Guice.createInjector(new InMemoryStorageModule());

    DecisionLog log = injector.getInstance(DecisionLog.class);
    StopOrders orders = injector.getInstance(StopOrders.class);

    assertThat(log).isInstanceOf(InMemoryDecisionLog.class).isSameAs(injector.getInstance(DecisionLog.class));
    assertThat(orders).isInstanceOf(InMemoryStopOrders.class).isSameAs(injector.getInstance(StopOrders.class));
  }

  @Test
  void separateInjectorsDoNotShareEntries() {
    DecisionLog first = Guice.createInjector(new InMemoryStorageModule()).getInstance(DecisionLog.class);
    DecisionLog second = Guice.createInjector(new InMemoryStorageModule()).getInstance(DecisionLog.class);

    first.append(EntryKind.JUDGMENT, "j-1", Instant.EPOCH, "allow", "{}");

    assertThat(first.entries()).hasSize(1);
    assertThat(second.entries()).isEmpty();
  }
}
