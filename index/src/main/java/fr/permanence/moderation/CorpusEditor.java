package fr.permanence.moderation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.permanence.corpus.Corpus;
import fr.permanence.corpus.RejectedDocumentException;
import fr.permanence.corpus.SourceDocument;
import fr.permanence.corpus.UnreadableDocumentException;
import fr.permanence.files.AtomicFiles;
import fr.permanence.files.OwnerOnly;
import fr.permanence.ingest.DocumentIngester;
import fr.permanence.ingest.UploadedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moderators' changes to the served corpus folder: list the documents with their passage
 * counts, add a PDF, TXT or Markdown file, replace or remove a document, restore an archived
 * text. Every file is checked before anything changes; texts are written aside and moved in
 * place in one step, the manifest rewritten atomically; a removed or replaced text is first
 * copied to the archive, and every change goes to the audit table with the archive's name.
 * Changes are refused, with a French reason, while the audit cannot record them or while
 * another change or a rebuild holds the {@link ModerationLock}.
 *
 * <p>Thread-safe: changes are serialised by the lock; listing reads files only.
 */
public final class CorpusEditor {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusEditor.class);

  /** The sub-folder of the corpus that holds the document texts. */
  static final String DOCUMENTS = "documents";
  /** The manifest entry of an archived text, beside it in its archive folder. */
  static final String ARCHIVED_ENTRY = "entry.json";
  /** Slugs are short, lowercase ASCII words joined by hyphens: they appear in passage ids. */
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  /** Archive names are slugs followed by a time: nothing that could climb out of the archive folder. */
  private static final Pattern ARCHIVE_NAME = SLUG;
  /** Longest slug: passage ids must fit in a Discord button id (100 characters). */
  static final int MAX_SLUG = 60;
  /** Audit entries shown with the status. */
  private static final int RECENT = 5;
  private static final DateTimeFormatter ARCHIVE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path corpusDir;
  private final Path archiveDir;
  private final UploadPolicy policy;
  private final ModerationLock lock;
  private final CorpusAudit audit;
  private final Clock clock;

  /**
   * @param corpusDir the served corpus folder (holding {@code manifest.json}), in the data folder
   * @param archiveDir where removed and replaced texts are kept
   * @param policy the formats and size accepted
   * @param lock shared with the {@link RebuildScheduler} of the same data folder
   * @param audit where changes are recorded
   * @param clock time of audit entries and archive names
   */
  public CorpusEditor(Path corpusDir, Path archiveDir, UploadPolicy policy, ModerationLock lock, CorpusAudit audit,
      Clock clock) {
    this.corpusDir = corpusDir.toAbsolutePath().normalize();
    this.archiveDir = archiveDir.toAbsolutePath().normalize();
    this.policy = Objects.requireNonNull(policy, "policy");
    this.lock = Objects.requireNonNull(lock, "lock");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
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
    policy.check(upload, fileName);
    UploadedText uploaded = UploadedText.read(upload, fileName);
    return change(moderator, fileName, () -> {
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
      int passages = install(uploaded.text(), slug, title, relative, fileName);
      manifest.add(slug, relative, meta, title, "ajouté par un·e modérateur·rice depuis « " + fileName + " »");
      writeOrTakeBack(manifest, corpusDir.resolve(relative));
      return new CorpusChange("add", slug, title, uploaded.checksum(), passages, uploaded.pages(),
          uploaded.pagesWithoutText(), "");
    });
  }

  /** Replaces the text of document {@code slug} by {@code upload}; its manifest entry stays, its old text is archived. */
  public CorpusChange replace(String moderator, String slug, Path upload, String fileName) {
    policy.check(upload, fileName);
    UploadedText uploaded = UploadedText.read(upload, fileName);
    return change(moderator, fileName, () -> {
      SourceDocument existing = replaceable(slug, fileName);
      String archived = archive(existing);
      int passages = install(uploaded.text(), slug, existing.title(), corpusDir.relativize(existing.file()).toString(),
          fileName);
      return new CorpusChange("replace", slug, existing.title(), uploaded.checksum(), passages, uploaded.pages(),
          uploaded.pagesWithoutText(), archived);
    });
  }

  /** Removes document {@code slug}: its text is archived, then the manifest rewritten, then the text deleted. */
  public CorpusChange remove(String moderator, String slug) {
    return change(moderator, slug, () -> {
      SourceDocument existing = existing(slug, slug);
      String checksum = Files.isRegularFile(existing.file()) ? UploadedText.checksum(readAll(existing.file(), slug)) : "";
      String archived = archive(existing);
      ManifestFile manifest = ManifestFile.read(corpusDir);
      manifest.remove(slug);
      manifest.write();
      try {
        Files.deleteIfExists(existing.file());
      } catch (IOException e) {
        // The manifest no longer lists it, so the corpus is right; the orphan file is only clutter.
        LOG.warn("removed {} from the manifest but could not delete {}", slug, existing.file(), e);
      }
      return new CorpusChange("remove", slug, existing.title(), checksum, 0, 0, 0, archived);
    });
  }

  /**
   * Puts back the text archived as {@code name} (see {@link #history}): the document is added
   * again when it was removed, or its current text is archived and replaced when it is still there.
   */
  public CorpusChange restore(String moderator, String name) {
    Path folder = archiveFolder(name);
    return change(moderator, name, () -> {
      ManifestFile archivedManifest = ManifestFile.readEntry(folder.resolve(ARCHIVED_ENTRY));
      ObjectNode entry = archivedManifest.single();
      String slug = entry.path("slug").asText();
      Path text = folder.resolve(Path.of(entry.path("file").asText()).getFileName().toString());
      byte[] bytes = readAll(text, name);
      String content = new String(bytes, StandardCharsets.UTF_8);
      ManifestFile manifest = ManifestFile.read(corpusDir);
      if (manifest.entry(slug) != null) {
        SourceDocument existing = replaceable(slug, name);
        if (identical(existing.file(), text)) {
          // Archiving and auditing a copy of what is there would only bury the history's real changes.
          throw new RejectedDocumentException(name, "« " + existing.title() + " » (" + slug + ") est déjà dans la"
              + " version de l'archive " + name + " : rien n'a été changé.");
        }
        String archived = archive(existing);
        int passages = install(content, slug, existing.title(), corpusDir.relativize(existing.file()).toString(), name);
        return new CorpusChange("restore", slug, existing.title(), UploadedText.checksum(bytes), passages, 0, 0,
            archived);
      }
      String relative = DOCUMENTS + "/" + freeFileName(slug);
      String title = entry.path("title").asText(slug);
      int passages = install(content, slug, title, relative, name);
      manifest.addCopy(entry, relative);
      writeOrTakeBack(manifest, corpusDir.resolve(relative));
      return new CorpusChange("restore", slug, title, UploadedText.checksum(bytes), passages, 0, 0, "");
    });
  }

  /** The latest {@code limit} audit entries, newest first: each names the archive a text can be restored from. */
  public List<AuditEntry> history(int limit) {
    return audit.latest(limit);
  }

  /** Documents, rebuild state, the latest audit entries and what is wrong; never throws. */
  public CorpusStatus status(RebuildState rebuild) {
    List<String> problems = new ArrayList<>();
    int documents = -1;
    try {
      documents = Corpus.open(corpusDir).documents().size();
    } catch (RuntimeException e) {
      problems.add("Corpus illisible : " + e.getMessage());
    }
    List<AuditEntry> recent = List.of();
    try {
      recent = audit.latest(RECENT);
    } catch (RuntimeException e) {
      problems.add(e.getMessage());
    }
    return new CorpusStatus(documents, rebuild.rebuilding(), rebuild.lastStart(), rebuild.lastEnd(),
        rebuild.lastError(), recent, problems);
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

  /**
   * Runs one change: refused while the audit cannot record it or the lock is held; recorded
   * in the audit once done.
   */
  private CorpusChange change(String moderator, String subject, Supplier<CorpusChange> change) {
    Optional<String> auditProblem = audit.problem();
    if (auditProblem.isPresent()) {
      throw new RejectedDocumentException(subject, auditProblem.get());
    }
    Optional<ModerationLock.Held> held;
    try {
      held = lock.tryAcquire();
    } catch (IOException e) {
      throw new UnreadableDocumentException(corpusDir, e);
    }
    if (held.isEmpty()) {
      throw new RejectedDocumentException(subject, "Une reconstruction de l'index ou une autre "
          + "modification est en cours : réessayez dans une minute.");
    }
    try (ModerationLock.Held h = held.get()) {
      CorpusChange done = change.get();
      try {
        audit.record(new AuditEntry(clock.instant(), moderator, done.action(), done.slug(), done.checksum(),
            done.archive()));
      } catch (AuditUnavailableException e) {
        // The change is made and cannot be taken back safely; the operator must hear of the gap.
        LOG.error("corpus change made but not audited: {} by {}", done, moderator, e);
      }
      return done;
    }
  }

  /** Copies {@code document}'s text and manifest entry to a new archive folder; returns its name. */
  private String archive(SourceDocument document) {
    String base = document.slug() + "-" + ARCHIVE_TIME.format(clock.instant()).toLowerCase(Locale.ROOT);
    String name = base;
    for (int n = 2; Files.exists(archiveDir.resolve(name)); n++) {
      name = base + "-" + n;
    }
    Path folder = archiveDir.resolve(name);
    try {
      OwnerOnly.createDirectories(folder);
      if (Files.isRegularFile(document.file())) {
        Path copy = folder.resolve(document.file().getFileName().toString());
        Files.copy(document.file(), copy, StandardCopyOption.COPY_ATTRIBUTES);
        OwnerOnly.restrict(copy);
      }
      ManifestFile.read(corpusDir).writeEntry(document.slug(), folder.resolve(ARCHIVED_ENTRY));
    } catch (IOException e) {
      throw new UnreadableDocumentException(folder, e);
    }
    return name;
  }

  private Path archiveFolder(String name) {
    String wanted = name == null ? "" : name.strip();
    Path folder = archiveDir.resolve(wanted).normalize();
    if (!ARCHIVE_NAME.matcher(wanted).matches() || !folder.startsWith(archiveDir)
        || !Files.isRegularFile(folder.resolve(ARCHIVED_ENTRY))) {
      throw new RejectedDocumentException(wanted, "Aucune archive ne s'appelle « " + wanted + " » : "
          + "l'historique du corpus donne les noms des archives.");
    }
    return folder;
  }

  /**
   * Writes {@code text} aside, checks that it yields passages, then moves it to {@code relative}
   * in one step. Returns the number of passages.
   */
  private int install(String text, String slug, String title, String relative, String fileName) {
    Path target = corpusDir.resolve(relative);
    try {
      return AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), written -> {
        int passages = new DocumentIngester().passages(new SourceDocument(slug, written, title, "", 0, "", "")).size();
        if (passages == 0) {
          throw new RejectedDocumentException(fileName, "Aucun passage citable n'a pu être tiré de « "
              + fileName + " » : vérifiez qu'il contient bien du texte suivi.");
        }
        return passages;
      });
    } catch (IOException e) {
      throw new UnreadableDocumentException(target, e);
    }
  }


  /** Writes the manifest; when that fails, the text just installed is not referenced: it goes. */
  private static void writeOrTakeBack(ManifestFile manifest, Path installed) {
    try {
      manifest.write();
    } catch (RuntimeException e) {
      try {
        Files.deleteIfExists(installed);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private SourceDocument existing(String slug, String subject) {
    return Corpus.open(corpusDir).documents().stream()
        .filter(d -> d.slug().equals(slug))
        .findFirst()
        .orElseThrow(() -> new RejectedDocumentException(subject, "Aucun document ne s'appelle « " + slug
            + " » : la liste du corpus donne les noms courts."));
  }

  /** Whether the document's current text is byte for byte the archived one. */
  private static boolean identical(Path current, Path archived) {
    try {
      return Files.mismatch(current, archived) == -1L;
    } catch (IOException e) {
      return false; // an unreadable current text is replaced, as any other
    }
  }

  /** The document {@code slug}, whose text is one this editor manages (a .txt of the corpus). */
  private SourceDocument replaceable(String slug, String subject) {
    SourceDocument existing = existing(slug, subject);
    if (!existing.file().getFileName().toString().endsWith(".txt")) {
      throw new RejectedDocumentException(subject, "Le document « " + slug + " » n'est pas un texte "
          + "géré ici (" + existing.file().getFileName() + ") : retirez-le puis ajoutez le nouveau fichier.");
    }
    return existing;
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

  /** The size of {@code file}, or -1 when it cannot be read (the listing then says why). */
  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  private static byte[] readAll(Path file, String subject) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new RejectedDocumentException(subject, "« " + subject + " » n'a pas pu être lu : renvoyez-le.", e);
    }
  }
}
