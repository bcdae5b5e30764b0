package fr.permanence.log;

import fr.permanence.files.AtomicFiles;
import fr.permanence.files.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *
 * <p>Thread-safe: immutable once loaded; each pseudonym is computed with a {@code Mac} of its own.
 */
public final class Pseudonymizer {
  private static final Logger log = LoggerFactory.getLogger(Pseudonymizer.class);
  private static final String ALGORITHM = "HmacSHA256";
  /** 256 bits: the HMAC-SHA256 block-size-independent recommended key length (RFC 2104 §3). */
  private static final int SECRET_BYTES = 32;
  /** 64 bits of the HMAC: collisions are negligible below billions of members, and it stays short. */
  private static final int PSEUDONYM_BYTES = 8;

  private final byte[] secret;
  private final boolean created;

  Pseudonymizer(byte[] secret) {
    this(secret, false);
  }

  private Pseudonymizer(byte[] secret, boolean created) {
    if (secret.length < SECRET_BYTES) {
      throw new IllegalArgumentException("pseudonym secret too short: " + secret.length + " bytes");
    }
    this.secret = secret.clone();
    this.created = created;
  }

  /**
   * Loads the secret from {@code file}, creating it (random, owner-only) when it does not exist.
   *
   * @throws UncheckedIOException when the file cannot be read or created
   */
  public static Pseudonymizer loadOrCreate(Path file) {
    try {
      boolean created = false;
      String hex;
      if (Files.exists(file)) {
        hex = Files.readString(file, StandardCharsets.US_ASCII);
      } else {
        // Several processes may start on one data folder at once: one secret wins, all use it.
        byte[] secret = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        String mine = HexFormat.of().formatHex(secret) + "\n";
        hex = AtomicFiles.writeStringOnce(file, mine);
        created = hex.equals(mine);
        if (created) {
          log.info("created the pseudonym secret {}", file);
        } else {
          log.debug("another process created {} first; using theirs", file);
        }
      }
      OwnerOnly.restrict(file);
      return new Pseudonymizer(HexFormat.of().parseHex(hex.strip()), created);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the pseudonym secret " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the pseudonym secret " + file + " is damaged (" + e.getMessage()
          + "); restore it from a backup, or delete it and lose the link with past pseudonyms", e);
    }
  }

  /** Whether this run created the secret (there was none before). */
  boolean created() {
    return created;
  }

  /**
   * A fingerprint of the secret, stored in the log to notice when the secret changed (lost,
   * or configured differently on another instance). It reveals nothing of the secret: it is an
   * HMAC of a fixed text, like a pseudonym of nobody.
   */
  String fingerprint() {
    return "k-" + hmac("fingerprint", "", "");
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
