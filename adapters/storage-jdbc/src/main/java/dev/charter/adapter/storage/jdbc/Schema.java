package dev.charter.adapter.storage.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The tables Charter keeps, created if missing each time storage is opened. Plain statements
 * rather than a migration tool keep the command line's start-up short.
 *
 * <p>Instants are stored as ISO-8601 text, not as timestamps: the log's hashes are computed over
 * {@code Instant.toString()}, and text gives back exactly what was written on every database, to
 * the nanosecond.
 */
final class Schema {

  static final String DECISION_LOG = "charter_decision_log";
  static final String LOG_HEAD = "charter_log_head";
  static final String STOP_ORDERS = "charter_stop_orders";

  /** The one row of {@link #LOG_HEAD}; appends lock it so they happen one at a time. */
  static final int HEAD_ROW = 1;

  private static final String[] TABLES = {
      "CREATE TABLE IF NOT EXISTS " + DECISION_LOG + " ("
          + "sequence_number BIGINT NOT NULL PRIMARY KEY, "
          + "kind VARCHAR(32) NOT NULL, "
          + "subject VARCHAR NOT NULL, "
          + "recorded_at VARCHAR(64) NOT NULL, "
          + "summary VARCHAR NOT NULL, "
          + "payload VARCHAR NOT NULL, "
          + "previous_hash VARCHAR(64) NOT NULL, "
          + "entry_hash VARCHAR(64) NOT NULL)",
      "CREATE TABLE IF NOT EXISTS " + LOG_HEAD + " (id INTEGER NOT NULL PRIMARY KEY)",
      "CREATE TABLE IF NOT EXISTS " + STOP_ORDERS + " ("
          + "scope VARCHAR(1000) NOT NULL PRIMARY KEY, "
          + "reason VARCHAR NOT NULL, "
          + "issued_by VARCHAR NOT NULL, "
          + "issued_at VARCHAR(64) NOT NULL)"
  };

  private static final String UNIQUE_VIOLATION = "23505";

  private Schema() {}

  /**
   * Creates whatever is missing. Two processes opening a new database at once may race; the loser's
   * statements fail because the winner's already took effect, so one retry settles it.
   */
  static void create(DataSource dataSource) throws SQLException {
    try {
      createOnce(dataSource);
    } catch (SQLException firstAttempt) {
      try {
        createOnce(dataSource);
      } catch (SQLException secondAttempt) {
        secondAttempt.addSuppressed(firstAttempt);
        throw secondAttempt;
      }
    }
  }

  private static void createOnce(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        statement.execute(table);
      }
      boolean headExists;
      try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + LOG_HEAD + " WHERE id = " + HEAD_ROW)) {
        headExists = rs.next() && rs.getLong(1) > 0;
      }
      if (!headExists) {
        try {
          statement.executeUpdate("INSERT INTO " + LOG_HEAD + " (id) VALUES (" + HEAD_ROW + ")");
        } catch (SQLException e) {
          if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            throw e;
          }
        }
      }
    }
  }
}
