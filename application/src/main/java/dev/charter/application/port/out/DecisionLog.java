package dev.charter.application.port.out;

import dev.charter.domain.log.EntryKind;
import dev.charter.domain.log.LogEntry;
import java.time.Instant;
import java.util.List;

/**
 * The append-only, tamper-evident decision log.
 *
 * <p>An implementation must guarantee that {@link #append} is atomic and serialised: each entry is
 * built with {@link LogEntry#next} from the entry stored last, so entries have contiguous sequence
 * numbers from 1 and each commits to the previous hash, even under concurrent appends from several
 * threads or processes. It never updates or deletes an entry, and reads return entries exactly as
 * stored, so that {@link dev.charter.domain.log.ChainVerification} detects any edit, deletion or
 * reordering made behind its back. A failed append leaves no partial entry.
 */
public interface DecisionLog {

  /** Appends an entry after the last one and returns it as stored. */
  LogEntry append(EntryKind kind, String subject, Instant recordedAt, String summary, String payload);

  /** Every entry in sequence order, as stored. */
  Iterable<LogEntry> entries();

  /** The last {@code count} entries in sequence order. */
  List<LogEntry> last(int count);
}
