package fr.permanence.log;

import fr.permanence.files.DataFolder;
import fr.permanence.files.Folders;
import fr.permanence.files.OwnerOnly;
import fr.permanence.sql.SqlDialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Opens connections to the log (its SQLite file, or a PostgreSQL server) with the settings every connection needs. */
public final class LogDatabase {
  /** The log's file name inside the data directory (named in {@link DataFolder}). */
  public static final String FILE_NAME = DataFolder.QUESTION_LOG;
  /** The pseudonym secret's file name inside the data directory (named in {@link DataFolder}). */
  public static final String SECRET_FILE_NAME = DataFolder.QUESTION_KEY;
  /** A report may wait a little for a writer's checkpoint; 10 s is far beyond any real one. */
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

  private LogDatabase() {}

  /** Where the SQLite log lives in a data directory. */
  public static Path file(Path dataDir) {
    return dataDir.resolve(FILE_NAME);
  }

  /**
   * Opens the log for writing, creating the schema when missing; a SQLite file is created
   * owner-only, and the WAL and shared-memory files SQLite adds beside it inherit its permissions.
   */
  static Connection openForWriting(LogConfig config, Duration busyTimeout) throws SQLException, IOException {
    SqlDialect dialect = config.dialect();
    Path file = config.sqliteFile();
    Connection connection = config.database().connectForWriting(busyTimeout);
    try {
      if (file != null) {
        try (Statement s = connection.createStatement()) {
          // WAL: readers (the report) never block the writer; NORMAL sync in WAL mode survives any
          // process crash and only risks the last commits on power loss, never corruption.
          s.execute("PRAGMA journal_mode = WAL");
          s.execute("PRAGMA synchronous = NORMAL");
          // Erased questions (oubli, retention) are overwritten with zeros, not left in free pages.
          s.execute("PRAGMA secure_delete = ON");
        }
      }
      LogSchema.migrate(dialect, connection);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /**
   * Opens an existing log for reading only. A SQLite file that cannot be opened in place (a
   * read-only copy whose folder forbids the shared-memory file SQLite needs beside a WAL) is
   * copied to a private temporary folder first, deleted when the connection closes.
   *
   * @throws LogUnavailableException in French, when there is no log or it cannot be read
   */
  public static Connection openForReading(LogConfig config) {
    Path file = config.sqliteFile();
    if (file != null && !Files.isRegularFile(file)) {
      throw new LogUnavailableException("Aucun journal de questions dans " + file.toAbsolutePath().getParent()
          + " : le bot n'y a encore enregistré aucune question (lancez-le avec ce dossier de données).");
    }
    try {
      if (file == null) {
        return checked(config.dialect().connect(config.url(), config.user(), config.password(), READ_TIMEOUT), config);
      }
      try {
        return checked(readOnlySqlite(file), config);
      } catch (SQLException e) {
        if (!SqlDialect.SQLITE.unavailable(e)) {
          throw e;
        }
        return ReadCopy.open(file, COPY, LogDatabase::readOnlySqlite, c -> checked(c, config));
      }
    } catch (SQLException e) {
      throw readFailure(config, e, "Impossible de lire le journal " + config.describe() + " (" + e.getMessage()
          + ") : vérifiez que c'est bien le journal du bot et que vous avez le droit de le lire.");
    }
  }

  /**
   * Why the log could not be read, in French: a server that did not answer in time, or that
   * refused the connection or could not be found, is told apart from every other failure, said
   * by {@code otherwise} (rights, another database, damage), whose advice would mislead then.
   */
  public static LogUnavailableException readFailure(LogConfig config, SQLException e, String otherwise) {
    if (!config.dialect().connectionLost(e)) {
      return new LogUnavailableException(otherwise, e);
    }
    if (refused(e)) {
      return new LogUnavailableException("Le serveur du journal " + config.describe() + " refuse la connexion ou"
          + " est introuvable (" + e.getMessage() + ") : vérifiez l'adresse et le port (PERMANENCE_LOG_URL) et que"
          + " PostgreSQL est démarré, puis réessayez.", e);
    }
    return new LogUnavailableException("Le journal " + config.describe() + " n'a pas répondu à temps : le serveur"
        + " accepte la connexion mais ne répond pas (surchargé, bloqué, ou un autre service sur ce port)."
        + " Vérifiez que PostgreSQL fonctionne à cette adresse, puis réessayez.", e);
  }

  /** Whether the server refused the connection or its address could not be resolved, rather than staying silent. */
  private static boolean refused(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException) {
        return true;
      }
    }
    return false;
  }

  private static Connection readOnlySqlite(Path file) throws SQLException {
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setReadOnly(true);
    sqlite.setOpenMode(SQLiteOpenMode.READONLY);
    sqlite.setBusyTimeout((int) READ_TIMEOUT.toMillis());
    return sqlite.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
  }

  /** Fails (closing the connection) unless the log has this code's schema version. */
  private static Connection checked(Connection connection, LogConfig config) throws SQLException {
    try {
      int version = LogSchema.version(config.dialect(), connection);
      if (version != LogSchema.currentVersion()) {
        throw new LogUnavailableException("Le journal " + config.describe() + " est au format " + version
            + ", cette version du bot lit le format " + LogSchema.currentVersion()
            + " : lancez le bot une fois pour le mettre à jour, ou mettez le bot à jour.");
      }
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** Copies one file: {@link #COPY}, or in a test a copy during which the log changes. */
  @FunctionalInterface
  interface FileCopier {
    void copy(Path from, Path to) throws IOException;
  }

  /** A plain copy keeping the file's times. */
  static final FileCopier COPY = (from, to) -> Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);

  /**
   * Reading a private copy of a SQLite log that cannot be opened where it is. The main file and
   * its WAL are two files copied one after the other while the bot may be writing: a checkpoint
   * between the two (the WAL's frames moved into the main file, then the WAL started again) would
   * pair an old main file with a new WAL, which SQLite reads as a log missing questions or as a
   * corrupt one. SQLite's own locks cannot be taken here (they need the shared-memory file this
   * folder forbids), so the copy checks itself: once both are copied, each original is compared
   * with its copy; when both still match, there was an instant (the end of the second copy) when
   * the main file and the WAL were both exactly what was copied, which is a state SQLite wrote.
   */
  static final class ReadCopy {
    /**
     * Copies taken at most before giving up: one fails only when a write lands during the
     * milliseconds a copy takes, so a second almost always succeeds; five is far beyond a bot's
     * write rate (a few batches a second) and still ends quickly against a runaway writer.
     */
    static final int ATTEMPTS = 5;
    private static final String[] PARTS = {"", "-wal"};

    interface Opener {
      Connection open(Path file) throws SQLException;
    }

    interface Check {
      Connection check(Connection c) throws SQLException;
    }

    private ReadCopy() {}

    static Connection open(Path file, FileCopier copier, Opener opener, Check check) throws SQLException {
      Path dir;
      try {
        dir = Files.createTempDirectory("permanence-report-");
        OwnerOnly.restrict(dir);
      } catch (IOException e) {
        throw new SQLException("creating a temporary folder for a copy of the read-only log failed: " + e.getMessage(), e);
      }
      try {
        copyConsistently(file, dir, copier);
        Connection c = check.check(opener.open(dir.resolve(FILE_NAME)));
        return new DeletingConnection(c, dir).proxy();
      } catch (SQLException | RuntimeException e) {
        try {
          Folders.delete(dir);
        } catch (IOException | UncheckedIOException cleanup) {
          e.addSuppressed(cleanup);
        }
        throw e;
      }
    }

    private static void copyConsistently(Path file, Path dir, FileCopier copier) throws SQLException {
      try {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
          try {
            for (String part : PARTS) {
              Path from = file.resolveSibling(file.getFileName() + part);
              Path to = dir.resolve(FILE_NAME + part);
              Files.deleteIfExists(to); // a WAL copied by an earlier attempt may be gone since
              if (Files.exists(from)) {
                copier.copy(from, to);
                OwnerOnly.restrict(to);
              }
            }
            if (unchanged(file, dir)) {
              return;
            }
          } catch (NoSuchFileException e) {
            // The WAL went away between seeing it and reading it (the bot stopped and checkpointed): a change like any other.
          }
        }
      } catch (IOException e) {
        throw new SQLException("copying the read-only log to a temporary folder failed: " + e.getMessage(), e);
      }
      throw new SQLException("the log changed during each of " + ATTEMPTS
          + " copies (the bot is writing a lot right now): try again in a moment");
    }

    /** Whether the main file and the WAL are still exactly what was copied (a WAL absent on both sides counts as equal). */
    private static boolean unchanged(Path file, Path dir) throws IOException {
      for (String part : PARTS) {
        Path original = file.resolveSibling(file.getFileName() + part);
        Path copy = dir.resolve(FILE_NAME + part);
        boolean there = Files.exists(original);
        if (there != Files.exists(copy) || there && Files.mismatch(original, copy) != -1L) {
          return false;
        }
      }
      return true;
    }
  }

  /** Deletes the private copy's folder once the report closes its connection. */
  private record DeletingConnection(Connection delegate, Path dir) implements InvocationHandler {
    Connection proxy() {
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
          new Class<?>[] {Connection.class}, this);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      try {
        Object result = method.invoke(delegate, args);
        if (method.getName().equals("close")) {
          deleteCopy();
        }
        return result;
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    private void deleteCopy() {
      try {
        Folders.delete(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("deleting the report's copy of the log in " + dir, e);
      }
    }
  }

}
