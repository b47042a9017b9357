package dev.charter.domain.log;

import dev.charter.domain.Sha256;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of the append-only decision log. Its hash commits to every field and to the previous
 * entry's hash, so an edit, a deletion or a reordering anywhere breaks the chain from that point.
 */
@Value.Immutable
public abstract class LogEntry {

  /** The hash the first entry commits to. */
  public static final String GENESIS = "0".repeat(64);

  /** 1 for the first entry, then contiguous. */
  public abstract long sequence();

  public abstract EntryKind kind();

  /** The judgment id, or the scope of a stop or resume. */
  public abstract String subject();

  public abstract Instant recordedAt();

  /** A short line for listings: the verdict, or the overseer's reason. */
  public abstract String summary();

  /** The full record, canonical JSON. */
  public abstract String payload();

  public abstract String previousHash();

  public abstract String hash();

  /** The entry that follows {@code previous} (or starts the log), with its hash computed. */
  public static LogEntry next(Optional<LogEntry> previous, EntryKind kind, String subject, Instant recordedAt,
      String summary, String payload) {
    long sequence = previous.map(p -> p.sequence() + 1).orElse(1L);
    String previousHash = previous.map(LogEntry::hash).orElse(GENESIS);
    return ImmutableLogEntry.builder()
        .sequence(sequence)
        .kind(kind)
        .subject(subject)
        .recordedAt(recordedAt)
        .summary(summary)
        .payload(payload)
        .previousHash(previousHash)
        .hash(hashOf(sequence, kind, subject, recordedAt, summary, payload, previousHash))
        .build();
  }

  /** The hash these fields should have; verification compares it with the stored one. */
  public String expectedHash() {
    return hashOf(sequence(), kind(), subject(), recordedAt(), summary(), payload(), previousHash());
  }

  static String hashOf(long sequence, EntryKind kind, String subject, Instant recordedAt, String summary,
      String payload, String previousHash) {
    return Sha256.hexOfLines(previousHash, Long.toString(sequence), kind.id(), subject, recordedAt.toString(),
        summary, payload);
  }

  public static ImmutableLogEntry.Builder builder() {
    return ImmutableLogEntry.builder();
  }
}
