package fr.permanence.sql;

import fr.permanence.files.OwnerOnly;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a set of records lives: a SQLite file of the data folder, or a PostgreSQL server
 * shared by several instances, with its account. The question log and the corpus audit are
 * each given one.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the password.
 *
 * @param url the JDBC address ({@code jdbc:sqlite:/…} or {@code jdbc:postgresql://host:port/base})
 * @param user the server account, or "" (SQLite has none)
 * @param password the account's password, or ""
 */
public record Database(String url, String user, String password) {
  private static final String SQLITE_PREFIX = "jdbc:sqlite:";

  /**
   * @throws IllegalArgumentException in French, for an address of a kind the bot cannot use
   */
  public Database {
    Objects.requireNonNull(url, "url");
    SqlDialect.of(url);
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  /** The SQLite file {@code file}. */
  public static Database sqlite(Path file) {
    return new Database(SQLITE_PREFIX + file.toAbsolutePath(), "", "");
  }

  public SqlDialect dialect() {
    return SqlDialect.of(url);
  }

  /** The SQLite file, or null when the records are on a server. */
  public Path sqliteFile() {
    return dialect() == SqlDialect.SQLITE ? Path.of(url.substring(SQLITE_PREFIX.length())) : null;
  }

  /**
   * A connection for writing. A SQLite file is created first when missing, readable by its
   * owner only (the records name members' pseudonyms and moderators' changes), and its folder
   * with it.
   *
   * @param busyTimeout how long a statement waits for another writer before failing
   * @throws IOException when the SQLite file or its folder cannot be created or restricted
   */
  public Connection connectForWriting(Duration busyTimeout) throws SQLException, IOException {
    Path file = sqliteFile();
    if (file != null) {
      OwnerOnly.createDirectories(file.toAbsolutePath().getParent());
      if (!Files.exists(file)) {
        try {
          OwnerOnly.createFile(file);
        } catch (FileAlreadyExistsException e) {
          // Another process created it between the check and the creation: it is there.
        }
      }
      OwnerOnly.restrict(file);
    }
    return connect(busyTimeout);
  }

  /** A connection with the settings every connection of the dialect needs; nothing is created. */
  public Connection connect(Duration busyTimeout) throws SQLException {
    return dialect().connect(url, user, password, busyTimeout);
  }

  /** Where the records are, for messages: the file, or the address without its parameters (credentials). */
  public String describe() {
    Path file = sqliteFile();
    if (file != null) {
      return file.toString();
    }
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "Database[" + describe() + ", user=" + user + "]";
  }
}
