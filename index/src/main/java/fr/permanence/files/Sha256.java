package fr.permanence.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests in hexadecimal, as {@code sha256sum} prints them: of an upload's bytes, of a
 * file streamed without loading it (a source of the corpus weighs megabytes), or of several
 * files fed to one digest (the corpus fingerprint).
 *
 * <p>Stateless; each {@link MessageDigest} it makes belongs to its caller's thread.
 */
public final class Sha256 {
  /** Read size: a few pages at a time, whatever the file's size. */
  private static final int BUFFER = 1 << 16;

  private Sha256() {}

  /** A new SHA-256 digest. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Feeds {@code file}'s bytes to {@code digest}. */
  public static void update(MessageDigest digest, Path file) throws IOException {
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
  }

  /** The digest of {@code file}'s bytes. */
  public static String of(Path file) throws IOException {
    MessageDigest digest = digest();
    update(digest, file);
    return hex(digest);
  }

  /** The digest of {@code bytes}. */
  public static String of(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** What {@code digest} was fed, in hexadecimal (the digest is reset). */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }
}
