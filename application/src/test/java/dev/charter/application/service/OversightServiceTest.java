package dev.charter.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.domain.log.EntryKind;
import dev.charter.domain.log.LogEntry;
import dev.charter.domain.oversight.StopScope;
import org.junit.jupiter.api.Test;

class OversightServiceTest {

  private final Fixtures.ListLog log = new Fixtures.ListLog();
  private final Fixtures.MapStopOrders stops = new Fixtures.MapStopOrders();
  private final OversightService oversight = new OversightService(stops, log, Fixtures.clock());

  @Test
  void stoppingAndLiftingAreBothLogged() {
    StopScope scope = StopScope.parse("deployment:shop").get();

    oversight.stop(scope, "incident 42", "alice");
    var lifted = oversight.resume(scope, "bob");

    assertThat(lifted.isRight()).isTrue();
    assertThat(oversight.stopOrders()).isEmpty();
    assertThat(log.entries).extracting(LogEntry::kind).containsExactly(EntryKind.STOP, EntryKind.RESUME);
    assertThat(log.entries.get(1).payload()).contains("\"by\":\"bob\"").contains("incident 42");
    assertThat(oversight.verifyLog().intact()).isTrue();
  }

  @Test
  void liftingAScopeWithNoOrderIsAProblemAndLogsNothing() {
    var result = oversight.resume(StopScope.all(), "bob");

    assertThat(result.getLeft().what()).contains("no stop order stands for all");
    assertThat(log.entries).isEmpty();
  }
}
