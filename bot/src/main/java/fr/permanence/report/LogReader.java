package fr.permanence.report;

import fr.permanence.log.CitedPassage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a period of the question log: three sequential scans, joined in memory by id. */
final class LogReader {
  private final Connection connection;

  LogReader(Connection connection) {
    this.connection = connection;
  }

  /**
   * The questions asked in {@code [from, to)}, oldest first. Questions are read first; citations
   * and ratings are then scanned in key order over the questions' id range and matched in memory,
   * which is several times faster than joins for the large periods trainers ask for. The bounds
   * are compared in whole milliseconds, the resolution questions are stamped in: a period ending
   * "now" must end after the current millisecond to hold a question just asked.
   */
  List<LoggedQuestion> read(Instant from, Instant to) throws SQLException {
    List<Row> rows = new ArrayList<>();
    long minId = Long.MAX_VALUE;
    long maxId = Long.MIN_VALUE;
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT id, at, asker, text, answerable, mode, latency_us, platform, answer, evidence FROM question"
            + " WHERE at >= ? AND at < ?")) {
      p.setLong(1, from.toEpochMilli());
      p.setLong(2, to.toEpochMilli());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Row row = new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5) == 1,
              rs.getString(6), rs.getLong(7));
          row.platform = rs.getString(8);
          row.answer = rs.getString(9);
          double evidence = rs.getDouble(10);
          row.evidence = rs.wasNull() ? Double.NaN : evidence;
          rows.add(row);
          minId = Math.min(minId, row.id);
          maxId = Math.max(maxId, row.id);
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Row> byId = new HashMap<>(rows.size() * 2);
    for (Row row : rows) {
      byId.put(row.id, row);
    }
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT question_id, passage_id, doc, title, article, score, section FROM citation"
            + " WHERE question_id BETWEEN ? AND ? ORDER BY question_id, rank")) {
      p.setLong(1, minId);
      p.setLong(2, maxId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Row row = byId.get(rs.getLong(1));
          if (row != null) {
            row.cited.add(new CitedPassage(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getFloat(6), rs.getString(7)));
          }
        }
      }
    }
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT question_id, rating, reason FROM feedback WHERE question_id BETWEEN ? AND ? ORDER BY at")) {
      p.setLong(1, minId);
      p.setLong(2, maxId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Row row = byId.get(rs.getLong(1));
          if (row == null) {
            continue;
          }
          if (rs.getInt(2) > 0) {
            row.up++;
          } else {
            row.down++;
            String reason = rs.getString(3);
            if (!reason.isBlank()) {
              row.reasons.add(reason);
            }
          }
        }
      }
    }
    rows.sort(Comparator.comparingLong((Row r) -> r.at).thenComparingLong(r -> r.id));
    List<LoggedQuestion> questions = new ArrayList<>(rows.size());
    for (Row r : rows) {
      questions.add(new LoggedQuestion(r.id, Instant.ofEpochMilli(r.at), r.asker, r.text, r.answerable, r.mode,
          r.latencyMicros, r.cited, r.up, r.down, r.reasons, r.platform, r.answer, r.evidence));
    }
    return questions;
  }

  /** The gaps trainers marked as handled: gap id → note and when. */
  Map<String, Handled> handled() throws SQLException {
    Map<String, Handled> handled = new HashMap<>();
    try (PreparedStatement p = connection.prepareStatement("SELECT gap, at, note FROM gap_handled");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        handled.put(rs.getString(1), new Handled(Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3)));
      }
    }
    return handled;
  }

  /** A gap marked handled: when, and what was done. */
  record Handled(Instant at, String note) {}

  /** A question being read, its citations and ratings still coming. */
  private static final class Row {
    final long id;
    final long at;
    final String asker;
    final String text;
    final boolean answerable;
    final String mode;
    final long latencyMicros;
    final List<CitedPassage> cited = new ArrayList<>(2);
    final List<String> reasons = new ArrayList<>(0);
    int up;
    int down;
    String platform;
    String answer;
    double evidence = Double.NaN;

    Row(long id, long at, String asker, String text, boolean answerable, String mode, long latencyMicros) {
      this.id = id;
      this.at = at;
      this.asker = asker;
      this.text = text;
      this.answerable = answerable;
      this.mode = mode;
      this.latencyMicros = latencyMicros;
    }
  }
}
