package dev.charter.adapter.storage.jdbc;

import dev.charter.application.port.out.DecisionLog;
import dev.charter.domain.log.EntryKind;
import dev.charter.domain.log.LogEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The decision log in a relational database, one row per entry.
 *
 * <p>An append is one transaction that first locks the single row of the head table, so appends
 * from every thread and every process sharing the database take turns; it then reads the last
 * entry, chains the new one to it and inserts it. Anything that fails rolls the whole transaction
 * back, lock included, and nothing of the entry remains.
 */
final class JdbcDecisionLog implements DecisionLog {

  static final int DEFAULT_PAGE_SIZE = 500;

  private static final String LOCK_HEAD =
      "SELECT id FROM " + Schema.LOG_HEAD + " WHERE id = " + Schema.HEAD_ROW + " FOR UPDATE";
  private static final String NEWEST =
      "SELECT " + LogEntryRows.COLUMNS + " FROM " + Schema.DECISION_LOG + " ORDER BY sequence_number DESC LIMIT ?";
  private static final String PAGE = "SELECT " + LogEntryRows.COLUMNS + " FROM " + Schema.DECISION_LOG
      + " WHERE sequence_number > ? ORDER BY sequence_number LIMIT ?";
  private static final String INSERT =
      "INSERT INTO " + Schema.DECISION_LOG + " (" + LogEntryRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  private final DataSource dataSource;
  private final String where;
  private final int pageSize;

  /**
   * @param where the database, as named in error messages
   * @param pageSize how many entries {@link #entries()} reads per query
   */
  JdbcDecisionLog(DataSource dataSource, String where, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("page size must be at least 1, was " + pageSize);
    }
    this.dataSource = dataSource;
    this.where = where;
    this.pageSize = pageSize;
  }

  @Override
  public LogEntry append(EntryKind kind, String subject, Instant recordedAt, String summary, String payload) {
    boolean committing = false;
    try (Connection connection = dataSource.getConnection()) {
      // The pool turns auto-commit back on when the connection is returned.
      connection.setAutoCommit(false);
      try {
        lockHead(connection);
        Optional<LogEntry> previous = newest(connection, 1).stream().findFirst();
        LogEntry entry = LogEntry.next(previous, kind, subject, recordedAt, summary, payload);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
          LogEntryRows.bind(insert, entry);
          insert.executeUpdate();
        }
        committing = true;
        connection.commit();
        return entry;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      String outcome = committing
          ? "the database did not confirm the commit, so the entry may or may not be stored; verify the log"
          : "the append was rolled back and nothing of it was stored";
      throw new JdbcStorageException("could not append the " + kind.id() + " entry for '" + subject
          + "' to the decision log in " + where + " (" + outcome + "): " + e.getMessage(), e);
    }
  }

  @Override
  public Iterable<LogEntry> entries() {
    return () -> new PagedIterator();
  }

  @Override
  public List<LogEntry> last(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    if (count == 0) {
      return List.of();
    }
    try (Connection connection = dataSource.getConnection()) {
      List<LogEntry> newestFirst = newest(connection, count);
      Collections.reverse(newestFirst);
      return Collections.unmodifiableList(newestFirst);
    } catch (SQLException e) {
      throw new JdbcStorageException("could not read the last " + count + " entries of the decision log in "
          + where + ": " + e.getMessage(), e);
    }
  }

  private static void lockHead(Connection connection) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(LOCK_HEAD); ResultSet rs = lock.executeQuery()) {
      if (!rs.next()) {
        // Without the row there is nothing to lock, and concurrent appends could fork the chain.
        throw new SQLException("the row that serialises appends is missing from " + Schema.LOG_HEAD
            + "; it was deleted outside Charter (reopening the storage restores it)");
      }
    }
  }

  private static List<LogEntry> newest(Connection connection, int count) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(NEWEST)) {
      query.setInt(1, count);
      try (ResultSet rs = query.executeQuery()) {
        List<LogEntry> entries = new ArrayList<>(Math.min(count, 1024));
        while (rs.next()) {
          entries.add(LogEntryRows.read(rs));
        }
        return entries;
      }
    }
  }

  private List<LogEntry> pageAfter(long sequence) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(PAGE)) {
      query.setLong(1, sequence);
      query.setInt(2, pageSize);
      try (ResultSet rs = query.executeQuery()) {
        List<LogEntry> page = new ArrayList<>(pageSize);
        while (rs.next()) {
          page.add(LogEntryRows.read(rs));
        }
        return page;
      }
    } catch (SQLException e) {
      throw new JdbcStorageException("could not read the decision log in " + where + " after entry " + sequence
          + ": " + e.getMessage(), e);
    }
  }

  private static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Walks the log a page at a time, each page the entries after the last one seen, so memory stays
   * flat however long the log is and a gap left by a deleted row is read past, for verification to
   * report.
   */
  private final class PagedIterator implements Iterator<LogEntry> {

    private List<LogEntry> page = List.of();
    private int next;
    private long lastSequence = Long.MIN_VALUE;
    private boolean exhausted;

    @Override
    public boolean hasNext() {
      if (next < page.size()) {
        return true;
      }
      if (exhausted) {
        return false;
      }
      page = pageAfter(lastSequence);
      next = 0;
      exhausted = page.size() < pageSize;
      return !page.isEmpty();
    }

    @Override
    public LogEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      LogEntry entry = page.get(next++);
      lastSequence = entry.sequence();
      return entry;
    }
  }
}
