package fr.permanence.log;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;

/**
 * {@code log migrate}: copies a log (an instance's SQLite file) into another (the PostgreSQL
 * database several instances share). Rows already there are kept, so it can be run again, and
 * logs of several instances can be merged as long as their ids do not collide (a collision is
 * reported, never overwritten). The target's id counter is moved past every copied id.
 */
public final class LogMigration {
  /** Rows per transaction: bounded memory and a short lock on the target. */
  private static final int BATCH = 500;
  /** The tables copied, parents first (citations and ratings refer to questions). */
  private static final List<Table> TABLES = List.of(
      new Table("question", "id, at, platform, channel, asker, text, answerable, latency_us, mode, answer, evidence", "id"),
      new Table("citation", "question_id, rank, passage_id, doc, title, article, score, section", "question_id, rank"),
      new Table("feedback", "question_id, asker, at, rating, reason", "question_id, asker"),
      new Table("gap_handled", "gap, at, note", "gap"));

  /**
   * What was copied.
   *
   * @param questions question rows found in the source
   * @param copied question rows written to the target (the others were there already)
   * @param collisions source questions whose id the target holds with another text
   */
  public record Result(long questions, long copied, long collisions) {}

  private LogMigration() {}

  /**
   * Copies everything {@code from} holds into {@code to}, creating the target's tables if needed.
   *
   * @throws LogUnavailableException in French, when either log cannot be used
   */
  public static Result copy(LogConfig from, LogConfig to) {
    if (from.sqliteFile() != null && !Files.isRegularFile(from.sqliteFile())) {
      throw new LogUnavailableException("Aucun journal à copier : " + from.describe() + " n'existe pas.");
    }
    // Opened as the bot opens it: an older log's tables are brought up to date first.
    try (Connection source = LogDatabase.openForWriting(from, LogOptions.DEFAULT_BUSY_TIMEOUT);
        Connection target = LogDatabase.openForWriting(to, LogOptions.DEFAULT_BUSY_TIMEOUT)) {
      target.setAutoCommit(false);
      long questions = 0;
      long copied = 0;
      for (Table table : TABLES) {
        long[] counts = copy(source, target, table);
        if (table.name().equals("question")) {
          questions = counts[0];
          copied = counts[1];
        }
      }
      long collisions = collisions(source, target);
      try (PreparedStatement p = target.prepareStatement("UPDATE counter SET next = ? WHERE name = 'question' AND next < ?");
          Statement s = source.createStatement();
          ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM question")) {
        rs.next();
        long next = Math.max(rs.getLong(1), counter(source));
        p.setLong(1, next);
        p.setLong(2, next);
        p.executeUpdate();
      }
      target.commit();
      return new Result(questions, copied, collisions);
    } catch (SQLException | IOException e) {
      throw new LogUnavailableException("La copie du journal " + from.describe() + " vers " + to.describe()
          + " a échoué (" + e.getMessage() + ") : rien n'est perdu, la source est intacte ; corrigez et relancez.", e);
    }
  }

  private static long[] copy(Connection source, Connection target, Table table) throws SQLException {
    String[] columns = table.columns().split(", ");
    String marks = String.join(", ", Collections.nCopies(columns.length, "?"));
    long read = 0;
    long written = 0;
    try (Statement s = source.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + table.columns() + " FROM " + table.name());
        PreparedStatement insert = target.prepareStatement("INSERT INTO " + table.name() + " (" + table.columns()
            + ") VALUES (" + marks + ") ON CONFLICT (" + table.key() + ") DO NOTHING")) {
      ResultSetMetaData meta = rs.getMetaData();
      int pending = 0;
      while (rs.next()) {
        for (int i = 1; i <= columns.length; i++) {
          Object value = rs.getObject(i);
          // SQLite returns integers as Integer or Long and reals as Double: bind them as such.
          insert.setObject(i, value instanceof Integer n && meta.getColumnName(i).matches("id|at|question_id|latency_us")
              ? Long.valueOf(n) : value);
        }
        insert.addBatch();
        read++;
        if (++pending == BATCH) {
          written += sum(insert.executeBatch());
          target.commit();
          pending = 0;
        }
      }
      if (pending > 0) {
        written += sum(insert.executeBatch());
        target.commit();
      }
    }
    return new long[] {read, written};
  }

  private static long sum(int[] counts) {
    long n = 0;
    for (int c : counts) {
      // Drivers may answer SUCCESS_NO_INFO (-2) for a batched row: count it as written.
      n += c == Statement.SUCCESS_NO_INFO ? 1 : Math.max(0, c);
    }
    return n;
  }

  private static long collisions(Connection source, Connection target) throws SQLException {
    long n = 0;
    try (Statement s = source.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, text FROM question");
        PreparedStatement p = target.prepareStatement("SELECT text FROM question WHERE id = ?")) {
      while (rs.next()) {
        p.setLong(1, rs.getLong(1));
        try (ResultSet t = p.executeQuery()) {
          if (t.next() && !t.getString(1).equals(rs.getString(2))) {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static long counter(Connection source) throws SQLException {
    try (Statement s = source.createStatement();
        ResultSet rs = s.executeQuery("SELECT next FROM counter WHERE name = 'question'")) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private record Table(String name, String columns, String key) {}
}
