package dev.charter.adapter.storage.jdbc;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/** Opens storage on one test database as often as a test likes, and closes all of it afterwards. */
final class StorageFixture implements AutoCloseable {

  private final Supplier<JdbcStorage> opener;
  private final Deque<JdbcStorage> opened = new ArrayDeque<>();

  private StorageFixture(Supplier<JdbcStorage> opener) {
    this.opener = opener;
  }

  static StorageFixture h2File(Path dataDir) {
    return new StorageFixture(() -> JdbcStorage.h2File(dataDir));
  }

  /** A new, empty PostgreSQL database on the shared test server. */
  static StorageFixture postgres() {
    String url = PostgresServer.newDatabase();
    return new StorageFixture(() -> JdbcStorage.postgres(url, PostgresServer.USER, PostgresServer.PASSWORD));
  }

  /** Opens one more storage on the same database; the earlier ones stay open. */
  JdbcStorage open() {
    JdbcStorage storage = opener.get();
    opened.push(storage);
    return storage;
  }

  /** Closes everything open, then opens the database again, as a process started later would. */
  JdbcStorage reopen() {
    close();
    return open();
  }

  @Override
  public void close() {
    while (!opened.isEmpty()) {
      opened.pop().close();
    }
  }
}
