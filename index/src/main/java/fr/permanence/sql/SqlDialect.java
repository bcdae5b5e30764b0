package fr.permanence.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQL databases records can live in, and what differs between them. Schema statements are
 * written once with placeholders that each dialect fills: {@code {bigint}} (a 64-bit integer:
 * SQLite's {@code INTEGER}, which keeps a primary key the rowid), {@code {without_rowid}}
 * (SQLite's clustered tables; nothing in PostgreSQL). Everything else the bot writes is the SQL
 * both understand ({@code INSERT … ON CONFLICT … DO UPDATE}, {@code UPDATE … RETURNING}).
 *
 * <p>Thread-safe: constants only.
 */
public enum SqlDialect {
  SQLITE("jdbc:sqlite:") {
    @Override
    public Connection connect(String url, String user, String password, Duration busyTimeout) throws SQLException {
      Connection connection = DriverManager.getConnection(url);
      try (Statement s = connection.createStatement()) {
        s.execute("PRAGMA busy_timeout = " + busyTimeout.toMillis());
        s.execute("PRAGMA foreign_keys = ON");
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
      return connection;
    }

    @Override
    public String ddl(String template) {
      return template.replace("{bigint}", "INTEGER").replace("{without_rowid}", " WITHOUT ROWID");
    }

    @Override
    public int schemaVersion(Connection connection, String component) throws SQLException {
      // One component per SQLite file: the file's own user_version.
      try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }

    @Override
    public void setSchemaVersion(Connection connection, String component, int version) throws SQLException {
      try (Statement s = connection.createStatement()) {
        // PRAGMA takes no bound parameters; version is our own integer.
        s.execute("PRAGMA user_version = " + version);
      }
    }

    @Override
    public void lockForMigration(Connection connection, String component) throws SQLException {
      // Take the write lock at once, so two processes never both migrate from the same version.
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS migration_lock (component TEXT PRIMARY KEY)");
        s.execute("DELETE FROM migration_lock");
      }
    }

    @Override
    public boolean unavailable(SQLException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SQLiteException s) {
          String code = s.getResultCode().name();
          return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")
              || code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_FULL")
              || code.startsWith("SQLITE_IOERR") || code.startsWith("SQLITE_CANTOPEN")
              || s.getResultCode() == SQLiteErrorCode.SQLITE_PROTOCOL;
        }
      }
      return false;
    }
  },

  POSTGRESQL("jdbc:postgresql:") {
    @Override
    public Connection connect(String url, String user, String password, Duration busyTimeout) throws SQLException {
      Properties p = new Properties();
      if (user != null && !user.isBlank()) {
        p.setProperty("user", user);
      }
      if (password != null && !password.isEmpty()) {
        p.setProperty("password", password);
      }
      // A server that does not answer must not hold a writer forever: fail and retry later.
      long seconds = Math.max(1, busyTimeout.toSeconds());
      p.setProperty("connectTimeout", Long.toString(seconds));
      p.setProperty("ApplicationName", "permanence");
      Connection connection = DriverManager.getConnection(url, p);
      try (Statement s = connection.createStatement()) {
        // The SQLite busy timeout's counterpart: wait that long for a row lock, then give up.
        s.execute("SET lock_timeout = " + busyTimeout.toMillis());
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
      return connection;
    }

    @Override
    public String ddl(String template) {
      return template.replace("{bigint}", "BIGINT").replace("{without_rowid}", "");
    }

    @Override
    public int schemaVersion(Connection connection, String component) throws SQLException {
      // Read only: a reporting account without write rights can read the version too.
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL")) {
        if (!rs.next() || !rs.getBoolean(1)) {
          return 0;
        }
      }
      try (PreparedStatement p = connection.prepareStatement("SELECT version FROM schema_version WHERE component = ?")) {
        p.setString(1, component);
        try (ResultSet rs = p.executeQuery()) {
          return rs.next() ? rs.getInt(1) : 0;
        }
      }
    }

    @Override
    public void setSchemaVersion(Connection connection, String component, int version) throws SQLException {
      try (PreparedStatement p = connection.prepareStatement("INSERT INTO schema_version (component, version)"
          + " VALUES (?, ?) ON CONFLICT (component) DO UPDATE SET version = excluded.version")) {
        p.setString(1, component);
        p.setInt(2, version);
        p.executeUpdate();
      }
    }

    @Override
    public void lockForMigration(Connection connection, String component) throws SQLException {
      // Several instances may start together on one server: one migrates, the others wait for it.
      try (PreparedStatement p = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        p.setLong(1, ("permanence:" + component).hashCode());
        p.execute();
      }
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS schema_version (component TEXT PRIMARY KEY, version INTEGER NOT NULL)");
      }
    }

    @Override
    public boolean unavailable(SQLException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SQLException s && s.getSQLState() != null) {
          String state = s.getSQLState();
          // 08: connection lost; 53: disk full, out of memory, too many connections; 57: server
          // shutting down; 55P03/40001/40P01: lock not available, serialization, deadlock; 25006: read-only.
          return state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
              || state.equals("55P03") || state.equals("40001") || state.equals("40P01") || state.equals("25006");
        }
      }
      return false;
    }
  };

  private final String prefix;

  SqlDialect(String prefix) {
    this.prefix = prefix;
  }

  /**
   * The dialect of a JDBC address.
   *
   * @throws IllegalArgumentException in French, for any other kind of address
   */
  public static SqlDialect of(String url) {
    String u = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
    for (SqlDialect d : values()) {
      if (u.startsWith(d.prefix)) {
        return d;
      }
    }
    throw new IllegalArgumentException("Adresse de base de données « " + url + " » non prise en charge :"
        + " utilisez jdbc:postgresql://hôte:port/base, ou laissez vide pour le fichier SQLite du dossier de données.");
  }

  /** Opens a connection with the settings every connection of this dialect needs. */
  public abstract Connection connect(String url, String user, String password, Duration busyTimeout)
      throws SQLException;

  /** A schema statement written with placeholders, in this dialect. */
  public abstract String ddl(String template);

  /** The schema version of {@code component} (0 when it has no tables yet). */
  public abstract int schemaVersion(Connection connection, String component) throws SQLException;

  /** Records the schema version of {@code component}, inside the migration's transaction. */
  public abstract void setSchemaVersion(Connection connection, String component, int version) throws SQLException;

  /** Inside a transaction: makes concurrent migrations of {@code component} run one after the other. */
  public abstract void lockForMigration(Connection connection, String component) throws SQLException;

  /**
   * Whether an error says the database is unavailable for now (locked, full disk, connection
   * lost, server stopping) rather than that the statement or the data is wrong: the connection
   * should be replaced and the work retried later.
   */
  public abstract boolean unavailable(SQLException e);

  /**
   * Whether an error says the connection itself is gone (server restarted, network cut): a new
   * connection may work at once. SQLite's connections are files, never lost this way.
   */
  public boolean connectionLost(SQLException e) {
    if (this == SQLITE) {
      return false;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null) {
        return s.getSQLState().startsWith("08") || s.getSQLState().equals("57P01");
      }
    }
    return false;
  }

  /**
   * Runs the schema migrations of {@code component} that a database lacks, each with its version,
   * all in one transaction taken under the migration lock.
   *
   * @param migrations migration {@code n} (1-based) brings version {@code n-1} to {@code n}; its
   *     statements are templates for {@link #ddl}
   * @return the version found before migrating
   * @throws IllegalStateException when the database was written by a newer version of the bot
   */
  public int migrate(Connection connection, String component, java.util.List<java.util.List<String>> migrations)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    int current = schemaVersion(connection, component);
    if (current == migrations.size()) {
      // Up to date, as on every start but the first after an upgrade: no write, no lock to wait for.
      return current;
    }
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      lockForMigration(connection, component);
      int found = schemaVersion(connection, component);
      if (found > migrations.size()) {
        throw new IllegalStateException("the " + component + " database has schema version " + found
            + ", newer than this bot's " + migrations.size() + ": update the bot");
      }
      for (int v = found; v < migrations.size(); v++) {
        for (String sql : migrations.get(v)) {
          statement.execute(ddl(sql));
        }
        setSchemaVersion(connection, component, v + 1);
      }
      connection.commit();
      return found;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
