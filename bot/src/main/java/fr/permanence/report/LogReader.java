package fr.permanence.report;

import fr.permanence.log.CitedPassage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a period of the question log: three sequential scans, joined in memory by id. */
final class LogReader {
  private final Connection connection;

  LogReader(Connection connection) {
    this.connection = connection;
  }

  /** The questions asked in {@code [from, to)}, oldest first. */
  List<LoggedQuestion> read(Instant from, Instant to) throws SQLException {
    long lo = from.toEpochMilli();
    long hi = to.toEpochMilli();
    Map<Long, List<CitedPassage>> cited = new HashMap<>();
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT c.question_id, c.passage_id, c.doc, c.title, c.article, c.score FROM citation c"
            + " JOIN question q ON q.id = c.question_id WHERE q.at >= ? AND q.at < ? ORDER BY c.question_id, c.rank")) {
      p.setLong(1, lo);
      p.setLong(2, hi);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          cited.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(3)).add(new CitedPassage(
              rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getFloat(6)));
        }
      }
    }
    Map<Long, int[]> ratings = new HashMap<>();
    Map<Long, List<String>> reasons = new HashMap<>();
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT f.question_id, f.rating, f.reason FROM feedback f JOIN question q ON q.id = f.question_id"
            + " WHERE q.at >= ? AND q.at < ? ORDER BY f.at")) {
      p.setLong(1, lo);
      p.setLong(2, hi);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          int[] upDown = ratings.computeIfAbsent(id, k -> new int[2]);
          boolean up = rs.getInt(2) > 0;
          upDown[up ? 0 : 1]++;
          String reason = rs.getString(3);
          if (!up && !reason.isBlank()) {
            reasons.computeIfAbsent(id, k -> new ArrayList<>(1)).add(reason);
          }
        }
      }
    }
    List<LoggedQuestion> questions = new ArrayList<>();
    try (PreparedStatement p = connection.prepareStatement(
        "SELECT id, at, asker, text, answerable, mode, latency_us FROM question"
            + " WHERE at >= ? AND at < ? ORDER BY at, id")) {
      p.setLong(1, lo);
      p.setLong(2, hi);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          int[] upDown = ratings.getOrDefault(id, NO_RATING);
          questions.add(new LoggedQuestion(id, Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
              rs.getString(4), rs.getInt(5) == 1, rs.getString(6), rs.getLong(7),
              cited.getOrDefault(id, List.of()), upDown[0], upDown[1], reasons.getOrDefault(id, List.of())));
        }
      }
    }
    return questions;
  }

  private static final int[] NO_RATING = new int[2];
}
