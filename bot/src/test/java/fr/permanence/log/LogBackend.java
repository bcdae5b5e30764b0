package fr.permanence.log;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where a log test's log lives: a SQLite file in the test's folder, or a schema of its own on
 * the PostgreSQL server named by {@value #PG_ENV} (started by {@code .ci/postgres}). Without
 * that server the PostgreSQL cases are skipped with a message, except under {@code CI=true},
 * where they fail: CI must never silently skip them.
 */
public enum LogBackend {
  SQLITE,
  POSTGRESQL;

  /** The JDBC address of the test server, with its user: {@code jdbc:postgresql://127.0.0.1:port/postgres?user=…}. */
  public static final String PG_ENV = "PERMANENCE_TEST_PG_URL";
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

  /** Both backends, for {@code @MethodSource}. */
  public static Stream<LogBackend> both() {
    return Stream.of(values());
  }

  /** A fresh, empty log for one test; its secret file in {@code dir}. */
  public LogConfig config(Path dir) throws SQLException {
    if (this == SQLITE) {
      return LogConfig.sqlite(dir);
    }
    String url = serverUrl();
    String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet() + "_"
        + Long.toString(System.nanoTime() % 1_000_000, 36);
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    LogConfig sqlite = LogConfig.sqlite(dir);
    return new LogConfig(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, "", "",
        sqlite.secretFile(), sqlite.retention());
  }

  /** The test server's address; skips (or fails in CI) without one. */
  public static String serverUrl() {
    String url = System.getenv(PG_ENV);
    if (url == null || url.isBlank()) {
      String why = "PostgreSQL tests need a server: " + PG_ENV + " is not set (run .ci/run, or eval \"$(.ci/postgres start)\")";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(why + "; under CI=true they must run.");
      }
      System.out.println("SKIPPED: " + why);
      Assumptions.abort(why);
    }
    if (ANNOUNCED.compareAndSet(false, true)) {
      System.out.println("PostgreSQL tests: running against " + url.replaceAll("\\?.*", ""));
    }
    return url;
  }

  /** A single number read from the log. */
  public static long count(LogConfig config, String sql) throws SQLException {
    try (Connection c = connect(config); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** A single text read from the log, or null. */
  public static String string(LogConfig config, String sql) throws SQLException {
    try (Connection c = connect(config); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /** Runs a statement on the log. */
  public static void execute(LogConfig config, String sql) throws SQLException {
    try (Connection c = connect(config); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static Connection connect(LogConfig config) throws SQLException {
    return config.dialect().connect(config.url(), config.user(), config.password(), Duration.ofSeconds(10));
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
