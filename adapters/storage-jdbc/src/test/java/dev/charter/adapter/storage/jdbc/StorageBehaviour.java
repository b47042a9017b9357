package dev.charter.adapter.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.application.port.out.DecisionLog;
import dev.charter.domain.log.ChainVerification;
import dev.charter.domain.log.EntryKind;
import dev.charter.domain.log.ImmutableLogEntry;
import dev.charter.domain.log.LogEntry;
import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.oversight.StopScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the JDBC storage adds to the port contracts, on each database: tampering done with raw SQL
 * is caught by verification at the first entry it touches, a failed append leaves nothing behind,
 * and reading pages through the log gives the same entries as reading it whole.
 */
abstract class StorageBehaviour {

  private static final Instant START = Instant.parse("2025-03-01T09:30:00.5Z");

  private StorageFixture fixture;
  private JdbcStorage storage;
  private DecisionLog log;
  private List<LogEntry> appended;

  /** A fixture on a new, empty database. */
  abstract StorageFixture newFixture();

  @BeforeEach
  void appendFiveEntries() {
    fixture = newFixture();
    storage = fixture.open();
    log = storage.decisionLog();
    appended = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      appended.add(append(log, i));
    }
  }

  @AfterEach
  void closeStorage() {
    fixture.close();
  }

  @Test
  void theUntouchedLogVerifiesIntact() {
    ChainVerification verification = ChainVerification.verify(log.entries());

    assertThat(verification.intact()).isTrue();
    assertThat(verification.entriesChecked()).isEqualTo(5);
  }

  @Test
  void editingASummaryBreaksTheChainAtThatEntry() throws SQLException {
    sql("UPDATE charter_decision_log SET summary = ? WHERE sequence_number = 3", "allow");

    assertBrokenAt(3, "changed after it was written");
  }

  @Test
  void editingAPayloadBreaksTheChainAtThatEntry() throws SQLException {
    sql("UPDATE charter_decision_log SET payload = ? WHERE sequence_number = 2", "{\"verdict\":\"allow\"}");

    assertBrokenAt(2, "changed after it was written");
  }

  @Test
  void rewritingAnEntryTogetherWithItsHashBreaksTheChainAtTheNextEntry() throws SQLException {
    LogEntry forged = ImmutableLogEntry.copyOf(appended.get(2)).withPayload("{\"verdict\":\"allow\"}");
    sql("UPDATE charter_decision_log SET payload = ?, entry_hash = ? WHERE sequence_number = 3",
        forged.payload(), forged.expectedHash());

    assertBrokenAt(4, "does not commit to the entry before it");
  }

  @Test
  void deletingAMiddleEntryBreaksTheChainWhereItWas() throws SQLException {
    sql("DELETE FROM charter_decision_log WHERE sequence_number = 3");

    assertBrokenAt(4, "expected entry 3");
  }

  @Test
  void swappingTwoEntriesSequenceNumbersBreaksTheChainAtTheFirstOfThem() throws SQLException {
    sql("UPDATE charter_decision_log SET sequence_number = -1 WHERE sequence_number = 2");
    sql("UPDATE charter_decision_log SET sequence_number = 2 WHERE sequence_number = 4");
    sql("UPDATE charter_decision_log SET sequence_number = 4 WHERE sequence_number = -1");

    assertBrokenAt(2, "does not commit to the entry before it");
  }

  @Test
  void deletingTheFirstEntryBreaksTheChainAtTheStart() throws SQLException {
    sql("DELETE FROM charter_decision_log WHERE sequence_number = 1");

    assertBrokenAt(2, "expected entry 1");
  }

  @Test
  void anAppendTheDatabaseRejectsLeavesNoPartialEntryAndTheChainGoesOn() throws SQLException {
    sql("ALTER TABLE charter_decision_log ADD CONSTRAINT charter_test_refuses CHECK (summary <> 'refused')");

    assertThatThrownBy(() -> log.append(EntryKind.JUDGMENT, "j-refused", START, "refused", "{}"))
        .isInstanceOf(JdbcStorageException.class)
        .hasMessageContaining("could not append the judgment entry for 'j-refused'")
        .hasMessageContaining("rolled back");

    assertThat(log.entries()).containsExactlyElementsOf(appended);
    LogEntry next = append(log, 6);
    assertThat(next.sequence()).isEqualTo(6);
    assertThat(next.previousHash()).isEqualTo(appended.get(4).hash());
    assertThat(ChainVerification.verify(log.entries()).intact()).isTrue();
  }

  @Test
  void appendingThroughAClosedStorageFailsClearlyAndWritesNothing() {
    storage.close();

    assertThatThrownBy(() -> append(log, 6))
        .isInstanceOf(JdbcStorageException.class)
        .hasMessageContaining("could not append");

    assertThat(fixture.reopen().decisionLog().entries()).containsExactlyElementsOf(appended);
  }

  @Test
  void appendRefusesToRunUnserialisedWhenTheHeadRowIsGoneAndReopeningRestoresIt() throws SQLException {
    sql("DELETE FROM charter_log_head");

    assertThatThrownBy(() -> append(log, 6))
        .isInstanceOf(JdbcStorageException.class)
        .hasMessageContaining("charter_log_head");

    DecisionLog reopened = fixture.reopen().decisionLog();
    assertThat(append(reopened, 6).sequence()).isEqualTo(6);
    assertThat(ChainVerification.verify(reopened.entries()).intact()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 5, 6})
  void readingPageByPageGivesTheWholeLogInOrder(int pageSize) {
    JdbcDecisionLog paged = new JdbcDecisionLog(storage.dataSource(), "the test database", pageSize);

    assertThat(paged.entries()).containsExactlyElementsOf(appended);
  }

  @Test
  void readingPageByPageReadsPastADeletedEntryForVerificationToReport() throws SQLException {
    sql("DELETE FROM charter_decision_log WHERE sequence_number = 2");
    JdbcDecisionLog paged = new JdbcDecisionLog(storage.dataSource(), "the test database", 1);

    assertThat(paged.entries()).extracting(LogEntry::sequence).containsExactly(1L, 3L, 4L, 5L);
    assertThat(ChainVerification.verify(paged.entries()).firstBrokenSequence()).contains(3L);
  }

  @Test
  void openingTheSameDatabaseAgainKeepsEveryEntryAndOrder() {
    storage.stopOrders().place(StopOrder.builder()
        .scope(StopScope.all())
        .reason("incident")
        .issuedBy("overseer")
        .issuedAt(START)
        .build());

    JdbcStorage second = fixture.open();

    assertThat(second.decisionLog().entries()).containsExactlyElementsOf(appended);
    assertThat(second.stopOrders().active()).hasSize(1);
  }

  @Test
  void twoPoolsOnOneDatabaseAppendingAtOnceShareOneChain() throws Exception {
    DecisionLog other = fixture.open().decisionLog();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        DecisionLog target = t % 2 == 0 ? log : other;
        work.add(threads.submit(() -> {
          for (int i = 0; i < 25; i++) {
            append(target, 100 + i);
          }
        }));
      }
      for (Future<?> future : work) {
        future.get();
      }
    } finally {
      threads.shutdownNow();
    }

    ChainVerification verification = ChainVerification.verify(log.entries());
    assertThat(verification.intact()).as(verification.problem().orElse("intact")).isTrue();
    assertThat(verification.entriesChecked()).isEqualTo(105);
  }

  private void assertBrokenAt(long sequence, String problem) {
    ChainVerification verification = ChainVerification.verify(log.entries());

    assertThat(verification.intact()).isFalse();
    assertThat(verification.firstBrokenSequence()).contains(sequence);
    assertThat(verification.problem()).hasValueSatisfying(text -> assertThat(text).contains(problem));
  }

  private void sql(String statement, String... parameters) throws SQLException {
    try (Connection connection = storage.dataSource().getConnection();
        PreparedStatement update = connection.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        update.setString(i + 1, parameters[i]);
      }
      update.execute();
    }
  }

  private static LogEntry append(DecisionLog log, int n) {
    return log.append(EntryKind.JUDGMENT, "j-" + n, START.plusSeconds(n), "decline", "{\"n\":" + n + "}");
  }
}
