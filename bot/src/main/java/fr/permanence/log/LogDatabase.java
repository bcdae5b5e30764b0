package fr.permanence.log;

import fr.permanence.files.DataFolder;
import fr.permanence.files.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** Opens connections to the log's SQLite file with the settings every connection needs. */
public final class LogDatabase {
  /** The log's file name inside the data directory (named in {@link DataFolder}). */
  public static final String FILE_NAME = DataFolder.QUESTION_LOG;
  /** The pseudonym secret's file name inside the data directory (named in {@link DataFolder}). */
  public static final String SECRET_FILE_NAME = DataFolder.QUESTION_KEY;

  private LogDatabase() {}

  /** Where the log lives in a data directory. */
  public static Path file(Path dataDir) {
    return dataDir.resolve(FILE_NAME);
  }

  /**
   * Opens the log for writing, creating the file (owner-only) and the schema when missing.
   * The WAL and shared-memory files SQLite adds beside it inherit the file's permissions.
   */
  static Connection openForWriting(Path file, Duration busyTimeout) throws SQLException, IOException {
    OwnerOnly.createDirectories(file.toAbsolutePath().getParent());
    if (!Files.exists(file)) {
      OwnerOnly.createFile(file);
    }
    OwnerOnly.restrict(file);
    Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement s = connection.createStatement()) {
      s.execute("PRAGMA busy_timeout = " + busyTimeout.toMillis());
      // WAL: readers (the report) never block the writer; NORMAL sync in WAL mode survives any
      // process crash and only risks the last commits on power loss, never corruption.
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA synchronous = NORMAL");
      s.execute("PRAGMA foreign_keys = ON");
      // Erased questions (oubli, retention) are overwritten with zeros, not left in free pages.
      s.execute("PRAGMA secure_delete = ON");
      LogSchema.migrate(connection);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /**
   * Opens an existing log for reading only.
   *
   * @throws LogUnavailableException in French, when there is no log or it cannot be read
   */
  public static Connection openForReading(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new LogUnavailableException("Aucun journal de questions dans " + file.toAbsolutePath().getParent()
          + " : le bot n'y a encore enregistré aucune question (lancez-le avec ce dossier de données).");
    }
    try {
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = connection.createStatement()) {
        s.execute("PRAGMA busy_timeout = " + DEFAULT_READ_TIMEOUT_MS);
        s.execute("PRAGMA query_only = ON");
        int version = LogSchema.version(connection);
        if (version != LogSchema.currentVersion()) {
          connection.close();
          throw new LogUnavailableException("Le journal " + file + " est au format " + version
              + ", cette version du bot lit le format " + LogSchema.currentVersion()
              + " : lancez le bot une fois pour le mettre à jour, ou mettez le bot à jour.");
        }
      }
      return connection;
    } catch (SQLException e) {
      throw new LogUnavailableException("Impossible de lire le journal " + file + " (" + e.getMessage()
          + ") : vérifiez que c'est bien le fichier du bot et que vous avez le droit de le lire.", e);
    }
  }

  /** A report may wait a little for a writer's checkpoint; 10 s is far beyond any real one. */
  private static final int DEFAULT_READ_TIMEOUT_MS = 10_000;
}
