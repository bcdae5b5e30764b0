package fr.permanence.log;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices when the pseudonym secret changed under existing questions (the key file was deleted
 * and recreated, or an instance sharing the log was configured with another secret): the log
 * keeps the secret's fingerprint, never the secret. A change is a loud warning, and {@code oubli}
 * then tells members that older questions could not be linked to them.
 */
final class KeyCheck {
  private static final Logger log = LoggerFactory.getLogger(KeyCheck.class);

  private KeyCheck() {}

  /**
   * Compares the secret with the one the log was written with, and records it.
   *
   * @return when the secret changed while questions were in the log, or null if it never did
   */
  static Instant verify(Connection c, Pseudonymizer pseudonyms, Instant now, LogConfig config) throws SQLException {
    String fingerprint = pseudonyms.fingerprint();
    String stored = meta(c, "key_fingerprint");
    String changed = meta(c, "key_changed");
    boolean questions;
    try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM question LIMIT 1"); ResultSet rs = p.executeQuery()) {
      questions = rs.next();
    }
    boolean newKey = stored == null ? pseudonyms.created() && questions : !stored.equals(fingerprint);
    if (newKey && questions) {
      log.error("""
          ************************************************************************
          THE PSEUDONYM SECRET OF THE QUESTION LOG CHANGED ({}).
          Questions already in the log ({}) can no longer be linked to members:
          'oubli' cannot erase them; they go at the end of their retention.
          Restore the previous secret file if you have it, or configure the same
          PERMANENCE_LOG_SECRET_FILE on every instance sharing this log.
          ************************************************************************""",
          config.secretFile(), config.describe());
      put(c, "key_changed", Long.toString(now.toEpochMilli()));
      changed = Long.toString(now.toEpochMilli());
    }
    if (!fingerprint.equals(stored)) {
      put(c, "key_fingerprint", fingerprint);
    }
    return changed == null ? null : Instant.ofEpochMilli(Long.parseLong(changed));
  }

  private static String meta(Connection c, String name) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT value FROM log_meta WHERE name = ?")) {
      p.setString(1, name);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static void put(Connection c, String name, String value) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO log_meta (name, value) VALUES (?, ?)"
        + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
      p.setString(1, name);
      p.setString(2, value);
      p.executeUpdate();
    }
  }
}
