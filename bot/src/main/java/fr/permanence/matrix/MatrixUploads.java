package fr.permanence.matrix;

import fr.permanence.conversation.Attachment;
import fr.permanence.moderation.UploadPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files moderators send to the corpus: checked against the upload policy from what the event
 * announces (name, type, size) before anything is downloaded, then downloaded through the
 * authenticated media API to a temporary file in the data folder's uploads folder, deleted once
 * used. Stateless, hence safe for use by several threads.
 */
final class MatrixUploads {
  /** Functions of the downloaded file. */
  @FunctionalInterface
  interface WithFile<T> {
    T apply(Attachment file) throws IOException, InterruptedException;
  }

  private final MatrixClient client;
  private final UploadPolicy policy;
  private final Path folder;

  /** @param folder where files are downloaded while they are checked ({@code DataFolder.uploads()}) */
  MatrixUploads(MatrixClient client, UploadPolicy policy, Path folder) {
    this.client = client;
    this.policy = policy;
    this.folder = folder;
  }

  /** Why the announced file cannot be added, in French, or empty when it may be downloaded. */
  Optional<String> problem(MatrixMessages.Upload upload) {
    return policy.problem(upload.fileName(), upload.mimeType(), upload.size());
  }

  /** Downloads the file, hands it to {@code use}, then deletes it whatever happens. */
  <T> T withDownload(MatrixMessages.Upload upload, WithFile<T> use) throws IOException, InterruptedException {
    Files.createDirectories(folder);
    Path downloaded = Files.createTempFile(folder, "matrix-", ".part");
    try {
      long size = client.download(upload.url(), policy.maxBytes(), downloaded);
      return use.apply(new Attachment(upload.fileName(), size, downloaded));
    } finally {
      Files.deleteIfExists(downloaded);
    }
  }
}
