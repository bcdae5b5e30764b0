package fr.permanence.log;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Helpers shared by the log tests: questions to record and direct reads of the SQLite file. */
final class LogFixtures {
  private LogFixtures() {}

  static Asked asked(Instant time, String asker, String question, String... passageIds) {
    List<CitedPassage> cited = new ArrayList<>();
    for (int i = 0; i < passageIds.length; i++) {
      String id = passageIds[i];
      String doc = id.substring(0, id.indexOf('#'));
      String article = doc.equals("cdt") ? id.substring(4) : null;
      cited.add(new CitedPassage(id, doc, doc.equals("cdt") ? "Code du travail" : "Guide " + doc, article, 10f - i));
    }
    return new Asked(time, "discord", "channel-42", asker, question, passageIds.length > 0, cited, 1234,
        passageIds.length > 0 ? "extractive" : "fallback:no-passage");
  }

  static long count(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static String string(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
