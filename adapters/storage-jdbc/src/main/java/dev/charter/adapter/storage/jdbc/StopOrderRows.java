package dev.charter.adapter.storage.jdbc;

import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.oversight.StopScope;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads and writes stop-order rows; the scope is kept in its written form, e.g. {@code tool:shell}. */
final class StopOrderRows {

  /** The columns, in the order {@link #read} and {@link #bind} use them. */
  static final String COLUMNS = "scope, reason, issued_by, issued_at";

  private StopOrderRows() {}

  static StopOrder read(ResultSet rs) throws SQLException {
    String scope = rs.getString(1);
    return StopOrder.builder()
        .scope(StopScope.parse(scope).getOrElseThrow(problem -> new JdbcStorageException(
            "a stop order has scope '" + scope + "', which Charter never writes: " + problem.what())))
        .reason(rs.getString(2))
        .issuedBy(rs.getString(3))
        .issuedAt(instant(scope, rs.getString(4)))
        .build();
  }

  static void bind(PreparedStatement statement, StopOrder order) throws SQLException {
    statement.setString(1, order.scope().toString());
    statement.setString(2, order.reason());
    statement.setString(3, order.issuedBy());
    statement.setString(4, order.issuedAt().toString());
  }

  private static Instant instant(String scope, String stored) {
    try {
      return Instant.parse(stored);
    } catch (DateTimeParseException e) {
      throw new JdbcStorageException("the stop order for " + scope + " has issued_at '" + stored
          + "', which is not an ISO-8601 instant", e);
    }
  }
}
