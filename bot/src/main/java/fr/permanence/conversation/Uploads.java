package fr.permanence.conversation;

import fr.permanence.moderation.UploadPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Files moderators send from a chat, the same way on every platform: the name, type and size the
 * platform announces are checked against the {@link UploadPolicy} before anything is downloaded;
 * the file is then downloaded, by the platform's own means, to a temporary file in the uploads
 * folder, handed to the core as an {@link Attachment}, and deleted whatever happens.
 *
 * <p>Immutable, hence safe for use by several threads.
 */
public final class Uploads {
  /** The platform's download of the file to {@code target}; returns the bytes written. */
  @FunctionalInterface
  public interface Download {
    long to(Path target) throws IOException, InterruptedException;
  }

  /** What is done with the downloaded file. */
  @FunctionalInterface
  public interface Use<T> {
    T with(Attachment file) throws IOException, InterruptedException;
  }

  private final UploadPolicy policy;
  private final Path folder;

  /** @param folder where files wait while they are checked ({@code DataFolder.uploads()}) */
  public Uploads(UploadPolicy policy, Path folder) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.folder = Objects.requireNonNull(folder, "folder");
  }

  /** The largest file accepted, to stop a download that goes past the announced size. */
  public long maxBytes() {
    return policy.maxBytes();
  }

  /** Why the announced file cannot be added, in French, or empty when it may be downloaded. */
  public Optional<String> problem(String fileName, String contentType, long size) {
    return policy.problem(fileName, contentType, size);
  }

  /** Downloads {@code fileName} with {@code download}, hands it to {@code use}, then deletes it. */
  public <T> T withDownload(String fileName, Download download, Use<T> use) throws IOException, InterruptedException {
    Files.createDirectories(folder);
    Path downloaded = Files.createTempFile(folder, "upload-", ".part");
    try {
      long size = download.to(downloaded);
      return use.with(new Attachment(fileName, size, downloaded));
    } finally {
      Files.deleteIfExists(downloaded);
    }
  }
}
