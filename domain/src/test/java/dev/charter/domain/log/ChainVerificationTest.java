package dev.charter.domain.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

  private final List<LogEntry> log = chain(5);

  @Test
  void theHashOfAnEntryKeepsItsFormatSoEarlierLogsStillVerify() {
    // Pinned from the format's first release: every field, and the previous hash, one per line.
    LogEntry first = LogEntry.next(Optional.empty(), EntryKind.JUDGMENT, "j-1", Instant.parse("2026-01-01T00:00:00Z"),
        "PROCEED", "{\"a\":\"\u00fc \u2014 \u2713\"}");
    LogEntry second = LogEntry.next(Optional.of(first), EntryKind.STOP, "all", Instant.parse("2026-01-01T00:00:01.5Z"),
        "drill", "{}");

    assertThat(first.hash()).isEqualTo("f23b0dabdce2d2557d3f9faceea0bb169f38e93c15bda1426e495d2f36308302");
    assertThat(second.hash()).isEqualTo("95a82079c6d2745e2245bc6a5fd008c0eee1202d8ed1165343def559bdb40bc3");
  }

  @Test
  void anUntouchedChainIsIntact() {
    ChainVerification result = ChainVerification.verify(log);

    assertThat(result.intact()).isTrue();
    assertThat(result.entriesChecked()).isEqualTo(5);
  }

  @Test
  void anEditedEntryIsTheFirstBrokenLink() {
    log.set(2, ImmutableLogEntry.copyOf(log.get(2)).withSummary("PROCEED"));

    ChainVerification result = ChainVerification.verify(log);

    assertThat(result.firstBrokenSequence()).contains(3L);
    assertThat(result.problem().get()).contains("changed after it was written");
  }

  @Test
  void anEditThatAlsoRewritesTheHashBreaksTheNextLink() {
    LogEntry forged = ImmutableLogEntry.copyOf(log.get(1)).withPayload("{}");
    log.set(1, ImmutableLogEntry.copyOf(forged).withHash(forged.expectedHash()));

    assertThat(ChainVerification.verify(log).firstBrokenSequence()).contains(3L);
  }

  @Test
  void aDeletedEntryIsDetected() {
    log.remove(1);

    assertThat(ChainVerification.verify(log).firstBrokenSequence()).contains(3L);
  }

  @Test
  void deletingTheFirstEntryIsDetected() {
    log.remove(0);

    assertThat(ChainVerification.verify(log).firstBrokenSequence()).contains(2L);
  }

  @Test
  void reorderedEntriesAreDetected() {
    LogEntry second = log.get(1);
    log.set(1, log.get(2));
    log.set(2, second);

    assertThat(ChainVerification.verify(log).firstBrokenSequence()).contains(3L);
  }

  @Test
  void swappingSequenceNumbersAsWellIsDetected() {
    LogEntry second = log.get(1);
    LogEntry third = log.get(2);
    log.set(1, ImmutableLogEntry.copyOf(third).withSequence(2));
    log.set(2, ImmutableLogEntry.copyOf(second).withSequence(3));

    assertThat(ChainVerification.verify(log).firstBrokenSequence()).contains(2L);
  }

  static List<LogEntry> chain(int n) {
    List<LogEntry> entries = new ArrayList<>();
    Optional<LogEntry> last = Optional.empty();
    for (int i = 0; i < n; i++) {
      LogEntry next = LogEntry.next(last, EntryKind.JUDGMENT, "j" + i, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i),
          "DECLINE", "{\"n\":" + i + "}");
      entries.add(next);
      last = Optional.of(next);
    }
    return entries;
  }
}
