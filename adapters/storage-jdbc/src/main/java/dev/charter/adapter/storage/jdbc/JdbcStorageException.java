package dev.charter.adapter.storage.jdbc;

/**
 * The database could not do what the decision log or the stop orders asked of it: it is
 * unreachable, it refused a statement, or it holds rows Charter did not write. The message says
 * what was being done; the cause is the driver's own exception.
 */
public final class JdbcStorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  JdbcStorageException(String message, Throwable cause) {
    super(message, cause);
  }

  JdbcStorageException(String message) {
    super(message);
  }
}
