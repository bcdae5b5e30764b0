package fr.permanence.log;

import fr.permanence.files.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns raw platform ids into pseudonyms: a keyed HMAC-SHA256 of the platform and the id, with a
 * secret generated on first run and kept beside the log with owner-only permissions. Without the
 * secret, a pseudonym cannot be linked back to an account, even by someone holding a list of ids.
 */
public final class Pseudonymizer {
  private static final Logger log = LoggerFactory.getLogger(Pseudonymizer.class);
  private static final String ALGORITHM = "HmacSHA256";
  /** 256 bits: the HMAC-SHA256 block-size-independent recommended key length (RFC 2104 §3). */
  private static final int SECRET_BYTES = 32;
  /** 64 bits of the HMAC: collisions are negligible below billions of members, and it stays short. */
  private static final int PSEUDONYM_BYTES = 8;

  private final byte[] secret;

  Pseudonymizer(byte[] secret) {
    if (secret.length < SECRET_BYTES) {
      throw new IllegalArgumentException("pseudonym secret too short: " + secret.length + " bytes");
    }
    this.secret = secret.clone();
  }

  /**
   * Loads the secret from {@code file}, creating it (random, owner-only) when it does not exist.
   *
   * @throws UncheckedIOException when the file cannot be read or created
   */
  public static Pseudonymizer loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      OwnerOnly.restrict(file);
      String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
      return new Pseudonymizer(HexFormat.of().parseHex(hex));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the pseudonym secret " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the pseudonym secret " + file + " is damaged (" + e.getMessage()
          + "); restore it from a backup, or delete it and lose the link with past pseudonyms", e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] secret = new byte[SECRET_BYTES];
    new SecureRandom().nextBytes(secret);
    Path tmp = OwnerOnly.createFile(file.resolveSibling(file.getFileName() + ".tmp"));
    try {
      Files.writeString(tmp, HexFormat.of().formatHex(secret) + "\n", StandardCharsets.US_ASCII);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        // Some file systems cannot rename atomically; a plain move is still safe for a new file.
        Files.move(tmp, file);
      }
      log.info("created the pseudonym secret {}", file);
    } catch (FileAlreadyExistsException e) {
      log.debug("another process created {} first; using theirs", file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The pseudonym of a member ("m-" and 16 hex digits). */
  public String member(String platform, String rawId) {
    return "m-" + hmac("member", platform, rawId);
  }

  /** The pseudonym of a channel or conversation ("c-" and 16 hex digits). */
  public String channel(String platform, String rawId) {
    return rawId.isEmpty() ? "" : "c-" + hmac("channel", platform, rawId);
  }

  private String hmac(String kind, String platform, String rawId) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(rawId, "rawId");
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      // NUL separators: no platform or id can make two different triples hash the same input.
      byte[] digest = mac.doFinal((kind + '\0' + platform + '\0' + rawId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, PSEUDONYM_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM lacks " + ALGORITHM + ", which every Java SE has", e);
    }
  }
}
