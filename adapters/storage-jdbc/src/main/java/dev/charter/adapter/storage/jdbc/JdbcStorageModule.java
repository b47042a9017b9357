package dev.charter.adapter.storage.jdbc;

import com.google.inject.AbstractModule;
import dev.charter.application.port.out.DecisionLog;
import dev.charter.application.port.out.StopOrders;
import java.util.Objects;

/**
 * Binds {@link DecisionLog} and {@link StopOrders} to an open {@link JdbcStorage}. The module does
 * no I/O: whoever opened the storage passes it in, and closes it when the injector is done.
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.postgres(url, user, password);
 * Injector injector = Guice.createInjector(new JdbcStorageModule(storage), ...);
 * }</pre>
 */
public final class JdbcStorageModule extends AbstractModule {

  private final JdbcStorage storage;

  public JdbcStorageModule(JdbcStorage storage) {
    this.storage = Objects.requireNonNull(storage, "storage");
  }

  @Override
  protected void configure() {
    bind(DecisionLog.class).toInstance(storage.decisionLog());
    bind(StopOrders.class).toInstance(storage.stopOrders());
  }
}
