package dev.charter.adapter.storage.jdbc;

import dev.charter.domain.log.EntryKind;
import dev.charter.domain.log.LogEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads and writes decision-log rows exactly as stored, so verification sees what is really there. */
final class LogEntryRows {

  /** The columns, in the order {@link #read} and {@link #bind} use them. */
  static final String COLUMNS =
      "sequence_number, kind, subject, recorded_at, summary, payload, previous_hash, entry_hash";

  private LogEntryRows() {}

  static LogEntry read(ResultSet rs) throws SQLException {
    long sequence = rs.getLong(1);
    return LogEntry.builder()
        .sequence(sequence)
        .kind(kind(sequence, rs.getString(2)))
        .subject(rs.getString(3))
        .recordedAt(instant(sequence, rs.getString(4)))
        .summary(rs.getString(5))
        .payload(rs.getString(6))
        .previousHash(rs.getString(7))
        .hash(rs.getString(8))
        .build();
  }

  static void bind(PreparedStatement statement, LogEntry entry) throws SQLException {
    statement.setLong(1, entry.sequence());
    statement.setString(2, entry.kind().id());
    statement.setString(3, entry.subject());
    statement.setString(4, entry.recordedAt().toString());
    statement.setString(5, entry.summary());
    statement.setString(6, entry.payload());
    statement.setString(7, entry.previousHash());
    statement.setString(8, entry.hash());
  }

  private static EntryKind kind(long sequence, String stored) {
    for (EntryKind kind : EntryKind.values()) {
      if (kind.id().equals(stored)) {
        return kind;
      }
    }
    throw new JdbcStorageException("decision log entry " + sequence + " has kind '" + stored
        + "', which Charter never writes: the row was changed outside Charter");
  }

  private static Instant instant(long sequence, String stored) {
    try {
      return Instant.parse(stored);
    } catch (DateTimeParseException e) {
      throw new JdbcStorageException("decision log entry " + sequence + " has recorded_at '" + stored
          + "', which is not an ISO-8601 instant: the row was changed outside Charter", e);
    }
  }
}
