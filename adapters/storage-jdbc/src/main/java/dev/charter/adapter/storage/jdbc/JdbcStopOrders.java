package dev.charter.adapter.storage.jdbc;

import dev.charter.application.port.out.StopOrders;
import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.oversight.StopScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Stop orders in a relational database, one row per scope. Nothing is cached: {@link #active()}
 * asks the database every time, so an order placed by another process counts at once.
 */
final class JdbcStopOrders implements StopOrders {

  private static final String ACTIVE = "SELECT " + StopOrderRows.COLUMNS + " FROM " + Schema.STOP_ORDERS
      + " ORDER BY scope";
  private static final String LOCK_ONE = "SELECT " + StopOrderRows.COLUMNS + " FROM " + Schema.STOP_ORDERS
      + " WHERE scope = ? FOR UPDATE";
  private static final String DELETE_ONE = "DELETE FROM " + Schema.STOP_ORDERS + " WHERE scope = ?";

  private static final String UNIQUE_VIOLATION = "23505";
  private static final int PLACE_ATTEMPTS = 3;

  private final DataSource dataSource;
  private final Dialect dialect;
  private final String where;

  /** @param where the database, as named in error messages */
  JdbcStopOrders(DataSource dataSource, Dialect dialect, String where) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.where = where;
  }

  @Override
  public void place(StopOrder order) {
    SQLException failure = null;
    for (int attempt = 1; attempt <= PLACE_ATTEMPTS; attempt++) {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement upsert = connection.prepareStatement(dialect.upsertStopOrder())) {
        StopOrderRows.bind(upsert, order);
        upsert.executeUpdate();
        return;
      } catch (SQLException e) {
        // H2's MERGE is an update, then an insert if nothing was updated; two processes placing an
        // order for a new scope at once can both reach the insert. Trying again finds the row.
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw new JdbcStorageException("could not place the stop order for " + order.scope() + " in " + where
              + ": " + e.getMessage(), e);
        }
        if (failure != null) {
          e.addSuppressed(failure);
        }
        failure = e;
      }
    }
    throw new JdbcStorageException("could not place the stop order for " + order.scope() + " in " + where
        + " after " + PLACE_ATTEMPTS + " attempts: " + failure.getMessage(), failure);
  }

  @Override
  public Optional<StopOrder> lift(StopScope scope) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Optional<StopOrder> standing = lockOne(connection, scope);
        boolean deleted = false;
        if (standing.isPresent()) {
          try (PreparedStatement delete = connection.prepareStatement(DELETE_ONE)) {
            delete.setString(1, scope.toString());
            deleted = delete.executeUpdate() == 1;
          }
        }
        connection.commit();
        // Only the caller whose delete removed the row lifted the order; a concurrent lift that
        // waited for the lock finds it gone.
        return deleted ? standing : Optional.empty();
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback();
        } catch (SQLException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new JdbcStorageException("could not lift the stop order for " + scope + " in " + where + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public List<StopOrder> active() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(ACTIVE);
        ResultSet rs = query.executeQuery()) {
      List<StopOrder> orders = new ArrayList<>();
      while (rs.next()) {
        orders.add(StopOrderRows.read(rs));
      }
      return Collections.unmodifiableList(orders);
    } catch (SQLException e) {
      throw new JdbcStorageException("could not read the stop orders in " + where + ": " + e.getMessage(), e);
    }
  }

  private static Optional<StopOrder> lockOne(Connection connection, StopScope scope) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(LOCK_ONE)) {
      query.setString(1, scope.toString());
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() ? Optional.of(StopOrderRows.read(rs)) : Optional.empty();
      }
    }
  }
}
