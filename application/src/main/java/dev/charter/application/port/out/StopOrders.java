package dev.charter.application.port.out;

import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.oversight.StopScope;
import java.util.List;
import java.util.Optional;

/**
 * The stop orders in force.
 *
 * <p>An implementation must make an order visible to every later {@link #active()} call as soon as
 * {@link #place} returns (across processes, for a shared store), keep at most one order per scope
 * (placing again replaces the reason), and keep orders until {@link #lift} removes them: they
 * survive restarts wherever the store is durable.
 */
public interface StopOrders {

  void place(StopOrder order);

  /** Removes the order for exactly this scope, returning it, or empty if none stood. */
  Optional<StopOrder> lift(StopScope scope);

  List<StopOrder> active();
}
