package dev.charter.adapter.storage.memory;

import dev.charter.application.port.out.DecisionLog;
import dev.charter.domain.log.EntryKind;
import dev.charter.domain.log.LogEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A decision log held in memory, for tests, demos and benchmarks: it keeps the chain exactly as a
 * durable log does, and loses it when the process ends.
 *
 * <p>Thread-safe. Appends are serialised by one lock, which is cheap next to hashing the entry.
 * Reads return a copy taken under the same lock, so they never see a half-finished append.
 */
public final class InMemoryDecisionLog implements DecisionLog {

  private final Object lock = new Object();
  private final ArrayList<LogEntry> entries = new ArrayList<>();

  @Override
  public LogEntry append(EntryKind kind, String subject, Instant recordedAt, String summary, String payload) {
    synchronized (lock) {
      Optional<LogEntry> previous = entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
      LogEntry entry = LogEntry.next(previous, kind, subject, recordedAt, summary, payload);
      entries.add(entry);
      return entry;
    }
  }

  @Override
  public Iterable<LogEntry> entries() {
    synchronized (lock) {
      return List.copyOf(entries);
    }
  }

  @Override
  public List<LogEntry> last(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    synchronized (lock) {
      int size = entries.size();
      return List.copyOf(entries.subList(Math.max(0, size - count), size));
    }
  }
}
