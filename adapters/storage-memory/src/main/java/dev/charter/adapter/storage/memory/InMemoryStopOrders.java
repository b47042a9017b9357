package dev.charter.adapter.storage.memory;

import dev.charter.application.port.out.StopOrders;
import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.oversight.StopScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stop orders held in memory, for tests, demos and benchmarks; they are gone when the process ends.
 *
 * <p>Thread-safe. {@link #active()} is read on every judgment and changes rarely, so it returns an
 * immutable snapshot rebuilt on each place and lift: reading takes no lock and copies nothing.
 */
public final class InMemoryStopOrders implements StopOrders {

  private final Object lock = new Object();
  // Guarded by lock; a concurrent map would not help, since every change must also rebuild the snapshot.
  private final Map<StopScope, StopOrder> byScope = new LinkedHashMap<>();
  private volatile List<StopOrder> active = List.of();

  @Override
  public void place(StopOrder order) {
    synchronized (lock) {
      byScope.put(order.scope(), order);
      active = List.copyOf(byScope.values());
    }
  }

  @Override
  public Optional<StopOrder> lift(StopScope scope) {
    synchronized (lock) {
      StopOrder lifted = byScope.remove(scope);
      if (lifted != null) {
        active = List.copyOf(byScope.values());
      }
      return Optional.ofNullable(lifted);
    }
  }

  @Override
  public List<StopOrder> active() {
    return active;
  }
}
