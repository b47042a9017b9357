package dev.charter.adapter.storage.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.charter.application.port.CannotStart;
import dev.charter.application.port.out.DecisionLog;
import dev.charter.application.port.out.StopOrders;
import dev.charter.domain.problem.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Charter's decision log and stop orders in a relational database: an H2 file for a single machine,
 * PostgreSQL for production. It owns a small connection pool; close it when the process is done.
 * Every append and every stop order is committed to the database before the call returns, so a
 * process that is killed without closing loses nothing it reported as stored.
 *
 * <pre>{@code
 * try (JdbcStorage storage = JdbcStorage.h2File(Path.of(".charter"))) {
 *   Injector injector = Guice.createInjector(new JdbcStorageModule(storage), ...);
 *   ...
 * }
 * }</pre>
 *
 * <p>Opening creates the tables if they are missing, so a new data directory or an empty database
 * is ready at once; existing rows are never touched.
 */
public final class JdbcStorage implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final DecisionLog decisionLog;
  private final StopOrders stopOrders;

  private JdbcStorage(HikariDataSource dataSource, Dialect dialect, String where) {
    this.dataSource = dataSource;
    this.decisionLog = new JdbcDecisionLog(dataSource, where, JdbcDecisionLog.DEFAULT_PAGE_SIZE);
    this.stopOrders = new JdbcStopOrders(dataSource, dialect, where);
  }

  /**
   * An embedded H2 database in {@code dataDir} (created if missing), in the file {@code charter.mv.db}.
   *
   * <p>Several processes may use the same directory at once, e.g. a running server and an
   * overseer's {@code charter stop} from a shell: the first to open it serves it to the others
   * ({@code AUTO_SERVER}), and appends from all of them join one chain. While it does, it listens on
   * a random TCP port that accepts only clients presenting the random key H2 writes into
   * {@code charter.lock.db}; anyone who can read the data directory can use the database anyway.
   *
   * @throws CannotStart if the directory cannot be created or the database opened
   */
  public static JdbcStorage h2File(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    Path directory = dataDir.toAbsolutePath().normalize();
    if (directory.toString().indexOf(';') >= 0) {
      throw new IllegalArgumentException("the data directory may not contain ';' (it ends a JDBC URL setting): "
          + directory);
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new CannotStart(Problem.of(directory.toString(), "could not create the data directory: " + reason(e)), e);
    }
    // AUTO_SERVER listens on a TCP port for other processes on this machine; unless the embedding
    // application chose otherwise, keep that port on loopback. Read by H2 when its classes load.
    if (System.getProperty("h2.bindAddress") == null) {
      System.setProperty("h2.bindAddress", "127.0.0.1");
    }
    HikariConfig config = poolConfig(4);
    config.setDriverClassName("org.h2.Driver");
    // AUTO_SERVER lets a second process in while the first has the file open. WRITE_DELAY=0 writes
    // each commit to the file before the commit returns; H2's default waits up to half a second, and
    // a process killed in that time loses entries it already reported as logged. The defaults kept
    // (DB_CLOSE_ON_EXIT=TRUE, DB_CLOSE_DELAY=0) close the file when the pool closes or the process
    // ends, so a command that writes one entry and exits leaves it for the next.
    config.setJdbcUrl("jdbc:h2:file:" + directory.resolve("charter")
        + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;WRITE_DELAY=0");
    config.setUsername("charter");
    config.setPassword("");
    return open(config, Dialect.H2, "the H2 database in " + directory);
  }

  /**
   * A PostgreSQL database, e.g. {@code jdbc:postgresql://db.internal:5432/charter}. The user needs
   * to create tables on first use, then to read, insert, update and delete rows in them.
   *
   * @throws CannotStart if the database cannot be reached or its tables created
   */
  public static JdbcStorage postgres(String url, String user, String password) {
    Objects.requireNonNull(url, "url");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("a PostgreSQL JDBC URL starts with jdbc:postgresql:, was " + url);
    }
    HikariConfig config = poolConfig(8);
    config.setDriverClassName("org.postgresql.Driver");
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    return open(config, Dialect.POSTGRESQL, "the PostgreSQL database at " + withoutQuery(url));
  }

  /** The decision log in this database. */
  public DecisionLog decisionLog() {
    return decisionLog;
  }

  /** The stop orders in this database. */
  public StopOrders stopOrders() {
    return stopOrders;
  }

  /** Closes the pool; for H2 that closes the database file once no other process is using it. */
  @Override
  public void close() {
    dataSource.close();
  }

  /** For tests in this package that work on the tables directly. */
  DataSource dataSource() {
    return dataSource;
  }

  private static HikariConfig poolConfig(int maximumPoolSize) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("charter-storage");
    // One connection up front keeps start-up short for the command line; more open on demand.
    config.setMinimumIdle(1);
    config.setMaximumPoolSize(maximumPoolSize);
    // An append locks the head row and then reads the newest entry; under READ COMMITTED that read
    // sees the entry the previous lock holder committed. A stricter level would not.
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    config.setAutoCommit(true);
    return config;
  }

  private static JdbcStorage open(HikariConfig config, Dialect dialect, String where) {
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new CannotStart(Problem.of(where, "could not open it: " + rootMessage(e)), e);
    }
    try {
      Schema.create(dataSource);
    } catch (SQLException | RuntimeException e) {
      dataSource.close();
      throw new CannotStart(Problem.of(where, "could not create Charter's tables in it: " + e.getMessage()), e);
    }
    return new JdbcStorage(dataSource, dialect, where);
  }

  /** Why a folder could not be made: the file system's reason, where the exception's message is only the path. */
  private static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    return e.getMessage();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  /** The URL without its query string, which may carry a password. */
  private static String withoutQuery(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
