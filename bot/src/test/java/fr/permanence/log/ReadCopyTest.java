package fr.permanence.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * The private copy of a log that cannot be opened where it is (a read-only folder) while the bot
 * writes to it: the main file and the WAL are copied one after the other, and the bot may
 * checkpoint in between. Each test makes the log change at that exact point, through the copier.
 */
class ReadCopyTest {
  /** Rows of about a kilobyte: a few per 4 KiB page, so the log spans many pages and a new row touches only some. */
  private static final String ROW = "x".repeat(1000);

  @TempDir Path data;
  private Path file;
  private Connection writer;
  /** The files copied, in order, by name. */
  private final List<String> copied = new ArrayList<>();

  @BeforeEach
  void aLogWithRowsInItsMainFileAndItsWal() throws SQLException {
    file = data.resolve(LogDatabase.FILE_NAME);
    writer = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = writer.createStatement()) {
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA wal_autocheckpoint = 0"); // checkpoints happen where each test says, only
      s.execute("CREATE TABLE q (n INTEGER PRIMARY KEY, text TEXT)");
    }
    insert(10);
    checkpoint(); // ten rows in the main file
    insert(10); // ten more in the WAL only
  }

  @AfterEach
  void closeWriter() throws SQLException {
    if (writer != null) {
      writer.close();
    }
  }

  @Test
  void aCheckpointBetweenTheMainFileAndTheWalIsCaughtAndTheCopyTakenAgain() throws Exception {
    try (Connection copy = copy(to -> {
      if (copied.size() == 1) {
        // The bot writes, checkpoints everything into the main file, starts the WAL again and writes once more.
        insert(10);
        checkpoint();
        insert(1);
      }
    })) {
      assertEquals(List.of("questions.db", "questions.db-wal", "questions.db", "questions.db-wal"), copied);
      assertEquals("ok", single(copy, "PRAGMA integrity_check"));
      assertEquals("31", single(copy, "SELECT count(*) FROM q"));
    }
  }

  @Test
  void aWalGoneBetweenTheTwoCopiesIsCaughtAndTheCopyTakenAgain() throws Exception {
    try (Connection copy = copy(to -> {
      if (copied.size() == 1) {
        // The bot stops: its last connection checkpoints the WAL into the main file and deletes it.
        writer.close();
        writer = null;
      }
    })) {
      assertEquals(List.of("questions.db", "questions.db"), copied);
      assertEquals("20", single(copy, "SELECT count(*) FROM q"));
    }
  }

  @Test
  void aLogQuietDuringTheCopyIsCopiedOnce() throws Exception {
    try (Connection copy = copy(to -> {})) {
      assertEquals(List.of("questions.db", "questions.db-wal"), copied);
      assertEquals("20", single(copy, "SELECT count(*) FROM q"));
    }
  }

  @Test
  void aLogChangingDuringEveryCopyIsRefusedAndNoCopyIsLeftBehind() {
    List<Path> folders = new ArrayList<>();
    SQLException e = assertThrows(SQLException.class, () -> copy(to -> {
      folders.add(to.getParent());
      if (to.getFileName().toString().endsWith("-wal")) {
        insert(1); // a question written just after the WAL was copied, every time
      }
    }));
    assertEquals("the log changed during each of 5 copies (the bot is writing a lot right now): try again in a moment",
        e.getMessage());
    assertEquals(10, folders.size());
    assertEquals(false, Files.exists(folders.getFirst()), "the temporary folder is deleted");
  }

  @Test
  void closingTheCopyDeletesIt() throws Exception {
    List<Path> folders = new ArrayList<>();
    Connection copy = copy(to -> folders.add(to.getParent()));
    assertEquals(true, Files.isDirectory(folders.getFirst()));
    copy.close();
    assertEquals(false, Files.exists(folders.getFirst()));
  }

  /** What the bot does to the log just after a file of it was copied to {@code to}. */
  private interface AfterCopy {
    void run(Path to) throws SQLException;
  }

  /** Opens a private copy of the log, recording each file copied and running {@code after} each. */
  private Connection copy(AfterCopy after) throws SQLException {
    return LogDatabase.ReadCopy.open(file, (from, to) -> {
      LogDatabase.COPY.copy(from, to);
      copied.add(from.getFileName().toString());
      try {
        after.run(to);
      } catch (SQLException e) {
        throw new IOException(e); // a copier may throw only what a copy throws
      }
    }, ReadCopyTest::readOnly, c -> c);
  }

  private void insert(int rows) throws SQLException {
    try (PreparedStatement p = writer.prepareStatement("INSERT INTO q (text) VALUES (?)")) {
      for (int i = 0; i < rows; i++) {
        p.setString(1, ROW);
        p.executeUpdate();
      }
    }
  }

  private void checkpoint() throws SQLException {
    try (Statement s = writer.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
  }

  private static Connection readOnly(Path copy) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    return config.createConnection("jdbc:sqlite:" + copy);
  }

  private static String single(Connection c, String query) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
      r.next();
      return r.getString(1);
    }
  }
}
