package dev.charter.adapter.storage.memory;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import dev.charter.application.port.out.DecisionLog;
import dev.charter.application.port.out.StopOrders;

/**
 * Binds {@link DecisionLog} and {@link StopOrders} to stores held in memory, one of each per
 * injector. Nothing survives the process: use it for tests, demos and benchmarks.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new InMemoryStorageModule(), ...);
 * }</pre>
 */
public final class InMemoryStorageModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(DecisionLog.class).to(InMemoryDecisionLog.class).in(Singleton.class);
    bind(StopOrders.class).to(InMemoryStopOrders.class).in(Singleton.class);
  }
}
