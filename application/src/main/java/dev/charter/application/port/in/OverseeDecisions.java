package dev.charter.application.port.in;

import dev.charter.domain.log.ChainVerification;
import dev.charter.domain.log.LogEntry;
import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.oversight.StopScope;
import dev.charter.domain.problem.Problem;
import io.vavr.control.Either;
import java.util.List;

/**
 * What people with oversight authority do: order a scope to stop, lift that order, and read and
 * verify the decision log. Callers are trusted to have authenticated the overseer; both the order
 * and its lifting are written to the decision log.
 */
public interface OverseeDecisions {

  /** Orders everything in {@code scope} to halt until an overseer lifts it. */
  StopOrder stop(StopScope scope, String reason, String overseer);

  /** Lifts the order for exactly {@code scope}; a problem if none stands. */
  Either<Problem, StopOrder> resume(StopScope scope, String overseer);

  List<StopOrder> stopOrders();

  /** Walks the whole log and reports the first broken link, if any. */
  ChainVerification verifyLog();

  /** The last {@code count} entries, oldest first. */
  List<LogEntry> recentEntries(int count);
}
