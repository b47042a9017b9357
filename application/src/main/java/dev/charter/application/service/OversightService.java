package dev.charter.application.service;

import dev.charter.application.port.in.OverseeDecisions;
import dev.charter.application.port.out.Clock;
import dev.charter.application.port.out.DecisionLog;
import dev.charter.application.port.out.StopOrders;
import dev.charter.domain.log.CanonicalRecord;
import dev.charter.domain.log.ChainVerification;
import dev.charter.domain.log.EntryKind;
import dev.charter.domain.log.LogEntry;
import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.oversight.StopScope;
import dev.charter.domain.problem.Problem;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;

/** Stop orders and the decision log, for overseers. Every order and every lifting is logged. */
public final class OversightService implements OverseeDecisions {

  private final StopOrders stopOrders;
  private final DecisionLog log;
  private final Clock clock;

  @Inject
  public OversightService(StopOrders stopOrders, DecisionLog log, Clock clock) {
    this.stopOrders = stopOrders;
    this.log = log;
    this.clock = clock;
  }

  @Override
  public StopOrder stop(StopScope scope, String reason, String overseer) {
    StopOrder order = StopOrder.builder()
        .scope(scope)
        .reason(reason)
        .issuedBy(overseer)
        .issuedAt(clock.now())
        .build();
    stopOrders.place(order);
    log.append(EntryKind.STOP, scope.toString(), order.issuedAt(), reason, CanonicalRecord.of(order, "stop", overseer));
    return order;
  }

  @Override
  public Either<Problem, StopOrder> resume(StopScope scope, String overseer) {
    return stopOrders.lift(scope)
        .map(order -> {
          log.append(EntryKind.RESUME, scope.toString(), clock.now(), "lifted by " + overseer,
              CanonicalRecord.of(order, "resume", overseer));
          return Either.<Problem, StopOrder>right(order);
        })
        .orElseGet(() -> Either.left(Problem.of("scope", "no stop order stands for " + scope)));
  }

  @Override
  public List<StopOrder> stopOrders() {
    return stopOrders.active();
  }

  @Override
  public ChainVerification verifyLog() {
    return ChainVerification.verify(log.entries());
  }

  @Override
  public List<LogEntry> recentEntries(int count) {
    return log.last(count);
  }
}
