package fr.permanence.corpus;

import fr.permanence.ingest.DocumentIngester;
import fr.permanence.ingest.MarkdownText;
import fr.permanence.ingest.PlainText;
import fr.permanence.ingest.pdf.PdfText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moderators' management of the served corpus folder: list documents with their passage
 * counts, add a PDF, TXT or Markdown file, replace or remove a document, rebuild the index.
 * Every file is checked before anything changes; files are written aside and moved in place in
 * one step, the manifest rewritten atomically; every change goes to the audit table.
 */
public final class CorpusAdmin implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusAdmin.class);

  /** Default largest accepted file: the union's biggest reports are a few megabytes. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  /** The sub-folder of the corpus that holds the document texts. */
  static final String DOCUMENTS = "documents";
  /** Slugs are short, lowercase ASCII words joined by hyphens: they appear in passage ids. */
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  /** Longest slug: passage ids must fit in a Discord button id (100 characters). */
  static final int MAX_SLUG = 60;
  /** How long closing waits for a running rebuild before giving up on it. */
  private static final long CLOSE_WAIT_SECONDS = 120;
  /** Audit entries shown with the status. */
  private static final int RECENT = 5;

  private final Path corpusDir;
  private final CorpusAudit audit;
  private final long maxBytes;
  private final IndexRebuild rebuild;
  private final Clock clock;
  private final ReentrantLock changes = new ReentrantLock();
  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private final ExecutorService rebuilds;
  private volatile Instant lastRebuildStart;
  private volatile Instant lastRebuildEnd;
  private volatile String lastRebuildError = "";

  /**
   * @param corpusDir the served corpus folder (holding {@code manifest.json})
   * @param dataDir where the audit table lives
   * @param maxBytes largest accepted file
   * @param rebuild rebuilds the index from the corpus folder
   * @param clock time of audit entries
   */
  public CorpusAdmin(Path corpusDir, Path dataDir, long maxBytes, IndexRebuild rebuild, Clock clock) {
    this.corpusDir = corpusDir.toAbsolutePath().normalize();
    this.audit = new CorpusAudit(dataDir);
    this.maxBytes = maxBytes;
    this.rebuild = rebuild;
    this.clock = clock;
    this.rebuilds = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "corpus-rebuild");
      t.setDaemon(true);
      return t;
    });
    Corpus.open(this.corpusDir); // fails now, with the reason, when the folder is no corpus
  }

  /** The documents with their passage counts, in manifest order. */
  public List<CorpusEntry> list() {
    DocumentIngester ingester = new DocumentIngester();
    List<CorpusEntry> entries = new ArrayList<>();
    for (SourceDocument d : Corpus.open(corpusDir).documents()) {
      long bytes = size(d.file());
      try {
        entries.add(new CorpusEntry(d, ingester.passages(d).size(), bytes, ""));
      } catch (UnreadableDocumentException e) {
        // Listed with its problem rather than failing the whole list: the moderator is here to fix it.
        entries.add(new CorpusEntry(d, -1, bytes, "illisible : " + e.getMessage()));
      }
    }
    return entries;
  }

  /** Adds a new document from {@code upload}, known to the moderator as {@code fileName}. */
  public CorpusChange add(String moderator, Path upload, String fileName, DocumentMeta meta) {
    Prepared prepared = prepare(upload, fileName);
    lockForChange(fileName);
    try {
      ManifestFile manifest = ManifestFile.read(corpusDir);
      String title = meta.title().isEmpty() ? titleFromFileName(fileName) : meta.title();
      String slug = meta.slug().isEmpty() ? slugFor(title) : meta.slug();
      if (!SLUG.matcher(slug).matches() || slug.length() > MAX_SLUG) {
        throw new RejectedDocumentException(fileName, "Nom court « " + slug + " » invalide : lettres "
            + "minuscules sans accents, chiffres et tirets seulement, " + MAX_SLUG + " caractères au plus.");
      }
      if (manifest.entry(slug) != null) {
        throw new RejectedDocumentException(fileName, "Un document s'appelle déjà « " + slug + " » : "
            + "choisissez un autre nom court, ou utilisez « remplacer » pour en changer le fichier.");
      }
      String relative = DOCUMENTS + "/" + freeFileName(slug);
      int passages = install(prepared, slug, title, relative, fileName);
      manifest.add(slug, relative, meta, title, "ajouté par un·e modérateur·rice depuis « " + fileName + " »");
      try {
        manifest.write();
      } catch (RuntimeException e) {
        deleteQuietly(corpusDir.resolve(relative), e); // the text is not referenced: take it back out
        throw e;
      }
      return recorded(moderator, new CorpusChange("add", slug, title, prepared.checksum, passages,
          prepared.pages, prepared.pagesWithoutText));
    } finally {
      changes.unlock();
    }
  }

  /** Replaces the text of document {@code slug} by {@code upload}; its manifest entry stays. */
  public CorpusChange replace(String moderator, String slug, Path upload, String fileName) {
    Prepared prepared = prepare(upload, fileName);
    lockForChange(fileName);
    try {
      SourceDocument existing = existing(slug, fileName);
      Path target = existing.file();
      if (!target.getFileName().toString().endsWith(".txt")) {
        throw new RejectedDocumentException(fileName, "Le document « " + slug + " » n'est pas un texte "
            + "géré ici (" + target.getFileName() + ") : retirez-le puis ajoutez le nouveau fichier.");
      }
      int passages = install(prepared, slug, existing.title(), corpusDir.relativize(target).toString(), fileName);
      return recorded(moderator, new CorpusChange("replace", slug, existing.title(), prepared.checksum,
          passages, prepared.pages, prepared.pagesWithoutText));
    } finally {
      changes.unlock();
    }
  }

  /** Removes document {@code slug}: from the manifest first, then its text file. */
  public CorpusChange remove(String moderator, String slug) {
    lockForChange(slug);
    try {
      SourceDocument existing = existing(slug, slug);
      String checksum = Files.isRegularFile(existing.file()) ? sha256(readAll(existing.file(), slug)) : "";
      ManifestFile manifest = ManifestFile.read(corpusDir);
      manifest.remove(slug);
      manifest.write();
      try {
        Files.deleteIfExists(existing.file());
      } catch (IOException e) {
        // The manifest no longer lists it, so the corpus is right; the orphan file is only clutter.
        LOG.warn("removed {} from the manifest but could not delete {}", slug, existing.file(), e);
      }
      return recorded(moderator, new CorpusChange("remove", slug, existing.title(), checksum, 0, 0, 0));
    } finally {
      changes.unlock();
    }
  }

  /**
   * Starts rebuilding the index in the background; false when a rebuild is already running.
   * Answers go on from the old index meanwhile.
   */
  public boolean startRebuild(String moderator) {
    if (!rebuilding.compareAndSet(false, true)) {
      return false;
    }
    audit.record(new AuditEntry(clock.instant(), moderator, "rebuild", "", ""));
    lastRebuildStart = clock.instant();
    lastRebuildEnd = null;
    rebuilds.execute(this::runRebuild);
    return true;
  }

  /** Rebuilds now, in this thread; for the command line. Throws when the rebuild fails. */
  public void rebuildNow(String moderator) throws Exception {
    if (!rebuilding.compareAndSet(false, true)) {
      throw new IllegalStateException("une reconstruction est déjà en cours");
    }
    audit.record(new AuditEntry(clock.instant(), moderator, "rebuild", "", ""));
    lastRebuildStart = clock.instant();
    lastRebuildEnd = null;
    changes.lock();
    try {
      rebuild.rebuild();
      lastRebuildError = "";
    } catch (Exception e) {
      lastRebuildError = String.valueOf(e.getMessage());
      throw e;
    } finally {
      lastRebuildEnd = clock.instant();
      rebuilding.set(false);
      changes.unlock();
    }
  }

  private void runRebuild() {
    changes.lock();
    try {
      rebuild.rebuild();
      lastRebuildError = "";
    } catch (Exception e) {
      // Reported through status(): the served index is untouched and the moderator is told why.
      LOG.error("index rebuild failed", e);
      lastRebuildError = e.getClass().getSimpleName() + " : " + e.getMessage();
    } finally {
      lastRebuildEnd = clock.instant();
      rebuilding.set(false);
      changes.unlock();
    }
  }

  /** Documents, rebuild state and the latest audit entries. */
  public CorpusStatus status() {
    return new CorpusStatus(Corpus.open(corpusDir).documents().size(), rebuilding.get(), lastRebuildStart,
        lastRebuildEnd, lastRebuildError, audit.latest(RECENT));
  }

  /** The latest audit entries, newest first. */
  public List<AuditEntry> audit(int limit) {
    return audit.latest(limit);
  }

  /** Waits for a running rebuild to finish (bounded), then stops the rebuild thread. */
  @Override
  public void close() {
    rebuilds.shutdown();
    try {
      if (!rebuilds.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("index rebuild still running after {} s; abandoning it (the served index stays intact)",
            CLOSE_WAIT_SECONDS);
        rebuilds.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // keep the interrupt for the caller, who is shutting down
      rebuilds.shutdownNow();
    }
  }

  /** A slug for {@code title}: lowercase ASCII words joined by hyphens, at most {@link #MAX_SLUG}. */
  public static String slugFor(String title) {
    String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (ascii.length() > MAX_SLUG) {
      ascii = ascii.substring(0, MAX_SLUG);
      int cut = ascii.lastIndexOf('-');
      ascii = cut > MAX_SLUG / 2 ? ascii.substring(0, cut) : ascii.replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? "document" : ascii;
  }

  /** The text of an upload, checked, in the corpus convention. */
  private record Prepared(String text, String checksum, int pages, int pagesWithoutText) {}

  private Prepared prepare(Path upload, String fileName) {
    long size = size(upload);
    if (size == 0) {
      throw new RejectedDocumentException(fileName, "« " + fileName + " » est vide.");
    }
    if (size > maxBytes) {
      throw new RejectedDocumentException(fileName, "« " + fileName + " » fait " + megabytes(size)
          + ", au-delà de la limite de " + megabytes(maxBytes) + " : envoyez une version allégée "
          + "(sans images) ou découpez le document.");
    }
    byte[] bytes = readAll(upload, fileName);
    String checksum = sha256(bytes);
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pdf")) {
      PdfText.Extracted pdf = new PdfText().extract(upload, fileName);
      return new Prepared(pdf.text(), checksum, pdf.pages(), pdf.pagesWithoutText());
    }
    if (lower.endsWith(".txt")) {
      return new Prepared(PlainText.normalize(PlainText.decode(bytes, fileName)), checksum, 0, 0);
    }
    if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
      return new Prepared(MarkdownText.toText(PlainText.decode(bytes, fileName)), checksum, 0, 0);
    }
    throw new RejectedDocumentException(fileName, "Format de « " + fileName + " » non pris en charge : "
        + "envoyez un PDF (.pdf), un texte (.txt) ou du Markdown (.md).");
  }

  /**
   * Writes the text aside, checks that it yields passages, then moves it to {@code relative} in
   * one step. Returns the number of passages.
   */
  private int install(Prepared prepared, String slug, String title, String relative, String fileName) {
    Path target = corpusDir.resolve(relative);
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
      Files.writeString(tmp, prepared.text, StandardCharsets.UTF_8);
      int passages = new DocumentIngester().passages(new SourceDocument(slug, tmp, title, "", 0, "", "")).size();
      if (passages == 0) {
        throw new RejectedDocumentException(fileName, "Aucun passage citable n'a pu être tiré de « "
            + fileName + " » : vérifiez qu'il contient bien du texte suivi.");
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
      return passages;
    } catch (IOException e) {
      throw new UnreadableDocumentException(target, e);
    } finally {
      if (tmp != null) {
        deleteQuietly(tmp, null);
      }
    }
  }

  private void lockForChange(String fileName) {
    if (rebuilding.get() || !changes.tryLock()) {
      throw new RejectedDocumentException(fileName, "Une reconstruction de l'index ou une autre "
          + "modification est en cours : réessayez dans une minute.");
    }
  }

  private SourceDocument existing(String slug, String fileName) {
    return Corpus.open(corpusDir).documents().stream()
        .filter(d -> d.slug().equals(slug))
        .findFirst()
        .orElseThrow(() -> new RejectedDocumentException(fileName, "Aucun document ne s'appelle « " + slug
            + " » : la liste du corpus donne les noms courts."));
  }

  private CorpusChange recorded(String moderator, CorpusChange change) {
    audit.record(new AuditEntry(clock.instant(), moderator, change.action(), change.slug(), change.checksum()));
    return change;
  }

  private String freeFileName(String slug) {
    String name = slug + ".txt";
    for (int n = 2; Files.exists(corpusDir.resolve(DOCUMENTS).resolve(name)); n++) {
      name = slug + "-" + n + ".txt"; // an orphan file from an old removal keeps its name
    }
    return name;
  }

  private static String titleFromFileName(String fileName) {
    String base = fileName.replaceAll("\\.[A-Za-z]{2,8}$", "").replaceAll("[_-]+", " ").strip();
    return base.isEmpty() ? "Document" : Character.toUpperCase(base.charAt(0)) + base.substring(1);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UnreadableDocumentException(file, e);
    }
  }

  private static byte[] readAll(Path file, String fileName) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new RejectedDocumentException(fileName, "« " + fileName + " » n'a pas pu être lu : renvoyez-le.", e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.FRANCE, "%.1f Mo", bytes / (1024.0 * 1024.0));
  }

  private static void deleteQuietly(Path file, Exception cause) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A leftover temporary file is harmless (never listed in the manifest); keep the first error.
      if (cause != null) {
        cause.addSuppressed(e);
      } else {
        LOG.warn("could not delete temporary file {}", file, e);
      }
    }
  }
}
