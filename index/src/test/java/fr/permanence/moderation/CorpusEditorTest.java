package fr.permanence.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.corpus.Corpus;
import fr.permanence.corpus.Passage;
import fr.permanence.corpus.RejectedDocumentException;
import fr.permanence.corpus.SourceDocument;
import fr.permanence.ingest.DocumentIngester;
import fr.permanence.ingest.UploadedText;
import fr.permanence.ingest.pdf.TestPdfs;
import fr.permanence.sql.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusEditorTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final List<String> PAGE_ONE = List.of(
      "Le rôle du comité social et économique",
      "Le comité social et économique est informé et consulté sur les questions intéressant",
      "l'organisation, la gestion et la marche générale de l'entreprise, notamment sur",
      "l'introduction de nouvelles technologies et tout aménagement important modifiant les",
      "conditions de santé et de sécurité ou les conditions de travail des salariés. Il peut",
      "se faire assister d'un expert habilité.");
  private static final List<String> PAGE_TWO = List.of(
      "Les outils d'intelligence artificielle",
      "Un logiciel d'intelligence artificielle qui évalue les salariés ou répartit le travail",
      "change les conditions de travail : les élus doivent être consultés avant sa mise en",
      "service, disposer d'une information précise sur ses critères et pouvoir en discuter",
      "les effets avec la direction. Un accord peut encadrer son usage et prévoir un bilan",
      "régulier présenté aux représentants du personnel chaque année.");

  @TempDir Path tmp;
  private Path corpus;
  private Path data;
  private AtomicInteger rebuilds;
  private ModerationLock lock;
  private CorpusAudit audit;
  private CorpusEditor admin;
  private RebuildScheduler scheduler;

  @BeforeEach
  void setUp() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    data = Files.createDirectories(tmp.resolve("data"));
    Files.createDirectories(corpus.resolve("documents"));
    Files.writeString(corpus.resolve("documents/guide.txt"), String.join("\n", PAGE_ONE) + "\n");
    Files.writeString(corpus.resolve("manifest.json"), """
        {"version": 1, "documents": [{"slug": "guide", "file": "documents/guide.txt",
          "title": "Guide des élus", "author": "", "year": 2024, "kind": "livret", "origin": "test",
          "notes": "kept across rewrites"}]}""");
    rebuilds = new AtomicInteger();
    lock = new ModerationLock(data.resolve("moderation.lock"));
    audit = new CorpusAudit(Database.sqlite(data.resolve("corpus-audit.sqlite")), data.resolve("corpus-id"));
    admin = new CorpusEditor(corpus, data.resolve("archive"), new UploadPolicy(200_000), lock, audit, CLOCK);
    scheduler = scheduler(rebuilds::incrementAndGet);
  }

  @AfterEach
  void tearDown() {
    scheduler.close();
  }

  private RebuildScheduler scheduler(IndexRebuild rebuild) {
    return new RebuildScheduler(rebuild, lock, audit, CLOCK);
  }

  @Test
  void addsAPdfPageByPageSoPassagesKeepTheirPageNumbers() throws Exception {
    Path pdf = TestPdfs.text(tmp.resolve("upload.bin"), List.of(PAGE_ONE, PAGE_TWO));

    CorpusChange change = admin.add("mod-7f3a", pdf, "Accord IA 2025.pdf",
        new DocumentMeta("", "Accord IA 2025", "CGT", 2025, "accord"));

    assertEquals("add", change.action());
    assertEquals("accord-ia-2025", change.slug());
    assertEquals(2, change.pages());
    assertEquals(0, change.pagesWithoutText());
    assertEquals(UploadedText.checksum(Files.readAllBytes(pdf)), change.checksum());
    String text = Files.readString(corpus.resolve("documents/accord-ia-2025.txt"));
    assertEquals(" Le rôle du comité social et économique", text.lines().findFirst().orElseThrow());
    assertTrue(text.contains("\n Les outils d'intelligence artificielle\n"), text);
    assertEquals(2, text.lines().filter(l -> l.startsWith(" ")).count(), "one page-start line per page");

    SourceDocument added = Corpus.open(corpus).documents().get(1);
    assertEquals("Accord IA 2025", added.title());
    assertEquals(2025, added.year());
    List<Passage> passages = new DocumentIngester().passages(added);
    assertEquals(List.of(1, 2), passages.stream().map(Passage::page).toList());
    assertEquals("Les outils d'intelligence artificielle", passages.get(1).section());
    assertEquals(passages.size(), change.passages());
    assertTrue(Files.readString(corpus.resolve("manifest.json")).contains("kept across rewrites"));
    assertEquals(List.of(new AuditEntry(NOW, "mod-7f3a", "add", "accord-ia-2025", change.checksum(), "")),
        admin.history(10));
  }

  @Test
  void addsMarkdownAsPlainText() throws Exception {
    Path md = Files.writeString(tmp.resolve("note.md"), """
        # Télétravail et droit à la déconnexion

        L'accord **doit** fixer les plages horaires pendant lesquelles le salarié peut être joint,
        et les [modalités du droit à la déconnexion](https://example.org/deconnexion) prévues par
        l'article L2242-17 du code du travail, afin de garantir le respect des temps de repos.
        """);

    CorpusChange change = admin.add("mod-1", md, "note.md", new DocumentMeta("teletravail", "Note télétravail", "", 0, "note"));

    String text = Files.readString(corpus.resolve("documents/teletravail.txt"));
    assertFalse(text.contains("**") || text.contains("](") || text.contains("# "), text);
    assertTrue(text.startsWith("Télétravail et droit à la déconnexion\n\nL'accord doit fixer"), text);
    List<Passage> passages = new DocumentIngester().passages(Corpus.open(corpus).documents().get(1));
    assertEquals("Télétravail et droit à la déconnexion", passages.get(0).section());
    assertTrue(passages.get(0).text().contains("les modalités du droit à la déconnexion prévues par l'article L2242-17"),
        passages.get(0).text());
    assertEquals(1, change.passages());
  }

  @Test
  void listsDocumentsWithPassageCounts() throws Exception {
    admin.add("mod-1", TestPdfs.text(tmp.resolve("a.pdf"), List.of(PAGE_ONE, PAGE_TWO)), "a.pdf",
        new DocumentMeta("accord", "Accord", "", 0, ""));

    List<CorpusEntry> entries = admin.list();

    assertEquals(List.of("guide", "accord"), entries.stream().map(e -> e.document().slug()).toList());
    assertEquals(List.of(1, 2), entries.stream().map(CorpusEntry::passages).toList());
    assertEquals("", entries.get(1).problem());
  }

  @Test
  void replacesAndRemovesWithAnAuditLine() throws Exception {
    Path txt = Files.writeString(tmp.resolve("v2.txt"), String.join("\n", PAGE_TWO) + "\n");

    CorpusChange replaced = admin.replace("mod-2", "guide", txt, "v2.txt");
    assertEquals(String.join("\n", PAGE_TWO) + "\n", Files.readString(corpus.resolve("documents/guide.txt")));
    assertEquals("Guide des élus", Corpus.open(corpus).documents().get(0).title());

    CorpusChange removed = admin.remove("mod-3", "guide");
    assertEquals(List.of(), Corpus.open(corpus).documents());
    assertFalse(Files.exists(corpus.resolve("documents/guide.txt")));
    assertEquals(replaced.checksum(), removed.checksum());
    assertEquals(List.of("remove guide mod-3", "replace guide mod-2"),
        admin.history(10).stream().map(a -> a.action() + " " + a.slug() + " " + a.moderator()).toList());
  }

  @Test
  void refusesAnEncryptedPdf() throws Exception {
    Path pdf = TestPdfs.encrypted(tmp.resolve("secret.pdf"), List.of(PAGE_ONE));
    assertRefused(pdf, "secret.pdf", "« secret.pdf » est protégé (chiffré ou par mot de passe) : ouvrez-le, "
        + "enregistrez une copie sans protection (« Imprimer en PDF » suffit souvent), puis renvoyez-la.");
  }

  @Test
  void refusesAPdfWithoutTextLayer() throws Exception {
    Path pdf = TestPdfs.imageOnly(tmp.resolve("scan.pdf"));
    assertRefused(pdf, "scan.pdf", "« scan.pdf » ne contient pas de texte (pages scannées ou images) : "
        + "passez-le d'abord dans un logiciel de reconnaissance de caractères (OCR), puis renvoyez le PDF obtenu.");
  }

  @Test
  void refusesACorruptPdf() throws Exception {
    byte[] whole = Files.readAllBytes(TestPdfs.text(tmp.resolve("whole.pdf"), List.of(PAGE_ONE)));
    byte[] garbage = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    Path pdf = Files.write(tmp.resolve("broken.pdf"), garbage);
    assertRefused(pdf, "broken.pdf", "« broken.pdf » est un PDF abîmé ou incomplet, illisible : "
        + "téléchargez-le de nouveau ou exportez-le à nouveau en PDF, puis renvoyez-le.");
    Path notPdf = Files.write(tmp.resolve("word.pdf"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
    assertRefused(notPdf, "word.pdf", "« word.pdf » n'est pas un PDF (il n'en a pas l'en-tête) : vérifiez le "
        + "fichier, ou renommez-le avec sa vraie extension.");
    assertTrue(whole.length > 0);
  }

  @Test
  void refusesEmptyBinaryAndNonUtf8Text() throws Exception {
    assertRefused(Files.write(tmp.resolve("empty.txt"), new byte[0]), "vide.txt", "« vide.txt » est vide.");
    byte[] binary = Files.readAllBytes(TestPdfs.imageOnly(tmp.resolve("img.pdf")));
    assertRefused(Files.write(tmp.resolve("bin.txt"), binary), "photo.txt", "« photo.txt » n'est pas un fichier "
        + "texte (il contient des données binaires) : envoyez le document d'origine (PDF) ou un vrai .txt.");
    byte[] latin1 = String.join(" ", PAGE_ONE).getBytes(StandardCharsets.ISO_8859_1);
    assertRefused(Files.write(tmp.resolve("latin.txt"), latin1), "latin.txt", "« latin.txt » n'est pas encodé en "
        + "UTF-8 (ou n'est pas du texte) : enregistrez-le en « Texte UTF-8 » puis renvoyez-le.");
    assertRefused(Files.writeString(tmp.resolve("a.docx"), "x".repeat(100)), "a.docx", "Format de « a.docx » "
        + "non pris en charge : envoyez un PDF (.pdf), un texte (.txt) ou du Markdown (.md).");
  }

  @Test
  void refusesHostileFilesAndLeavesCorpusAuditAndIndexUnchanged() throws Exception {
    Path bomb = TestPdfs.flateBomb(tmp.resolve("bombe.pdf"), 64L << 20);
    assertRefused(bomb, "rapport.pdf", "« rapport.pdf » contient un flux compressé qui dépasse, une fois décompressé, "
        + "la limite de 32 Mo : ce n'est pas un document ordinaire (fichier piégé ou abîmé). Exportez-le à nouveau en "
        + "PDF depuis le logiciel d'origine.");
    Path quotes = Files.writeString(tmp.resolve("q.md"), ">".repeat(100_000) + " Le comité social et économique est consulté sur l'introduction de l'IA.");
    assertRefused(quotes, "citations.md", "« citations.md » imbrique des citations ou des listes sur 100000 niveaux, "
        + "au-delà de la limite de 100 : ce n'est pas un document à citer. Envoyez le texte sans cette imbrication.");
    // 3,000 nested lists on one line: each "- " opens a list inside the previous item.
    Path lists = Files.writeString(tmp.resolve("l.md"), "- ".repeat(3_000)
        + "Le comité social et économique est consulté sur l'introduction de l'IA.");
    assertRefused(lists, "listes.md", "« listes.md » imbrique des citations ou des listes sur 3000 niveaux, au-delà "
        + "de la limite de 100 : ce n'est pas un document à citer. Envoyez le texte sans cette imbrication.");
  }

  @Test
  void refusesAFileOverTheSizeLimit() throws Exception {
    Path big = Files.writeString(tmp.resolve("big.txt"), "Le CSE est consulté. ".repeat(12_000));
    assertRefused(big, "big.txt", "« big.txt » fait 0,3 Mo, au-delà de la limite de 0,2 Mo : envoyez une "
        + "version allégée (sans images) ou découpez le document.");
  }

  @Test
  void refusesADuplicateSlugAndAnUnknownDocument() throws Exception {
    Path txt = Files.writeString(tmp.resolve("v2.txt"), String.join("\n", PAGE_TWO));
    assertRefused(txt, "v2.txt", new DocumentMeta("guide", "Autre", "", 0, ""), "Un document s'appelle déjà « guide » : "
        + "choisissez un autre nom court, ou utilisez « remplacer » pour en changer le fichier.");
    RejectedDocumentException e = assertThrows(RejectedDocumentException.class, () -> admin.remove("mod", "inconnu"));
    assertEquals("Aucun document ne s'appelle « inconnu » : la liste du corpus donne les noms courts.", e.getMessage());
  }

  @Test
  void rebuildsInTheBackgroundOneAtATimeAndRefusesChangesMeanwhile() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (RebuildScheduler slow = scheduler(() -> {
      started.countDown();
      if (!release.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("test never released the rebuild");
      }
      return 1;
    })) {
      assertTrue(slow.start("mod-1"));
      assertTrue(started.await(10, TimeUnit.SECONDS));
      assertFalse(slow.start("mod-2"));
      assertTrue(admin.status(slow.state()).rebuilding());
      RejectedDocumentException e = assertThrows(RejectedDocumentException.class, () -> admin.remove("mod-1", "guide"));
      assertEquals("Une reconstruction de l'index ou une autre modification est en cours : réessayez dans une minute.",
          e.getMessage());
      assertFalse(slow.awaitIdle(Duration.ofMillis(50)), "a held rebuild is still running");
      release.countDown();
      assertTrue(slow.awaitIdle(Duration.ofSeconds(10)), "a released rebuild ends");
    }
    CorpusStatus status = admin.status(scheduler.state());
    assertFalse(status.rebuilding());
    assertEquals(1, status.documents());
    assertEquals("rebuild", status.recent().get(0).action());
  }

  @Test
  void reportsAFailedRebuild() throws Exception {
    try (RebuildScheduler failing = scheduler(() -> {
      throw new IOException("disque plein");
    })) {
      assertTrue(failing.start("mod-1"));
      assertTrue(failing.awaitIdle(Duration.ofSeconds(10)), "the failed rebuild never ended");
      assertEquals("IOException : disque plein", failing.state().lastError());
      assertEquals(NOW, failing.state().lastEnd());
    }
  }

  @Test
  void theCommandLineRebuildIsAuditedAndWaitsForTheLock() throws Exception {
    assertEquals(1, scheduler.rebuildNow("console", Duration.ofSeconds(5)));
    assertEquals(List.of("rebuild console"),
        admin.history(10).stream().map(a -> a.action() + " " + a.moderator()).toList());

    try (ModerationLock.Held held = lock.tryAcquire().orElseThrow()) {
      RejectedDocumentException e = assertThrows(RejectedDocumentException.class,
          () -> scheduler.rebuildNow("console", Duration.ofMillis(200)));
      assertEquals("Une reconstruction de l'index ou une modification du corpus est déjà en cours : réessayez dans "
          + "une minute.", e.getMessage());
    }
    assertFalse(scheduler.state().rebuilding(), "the state is cleared when the lock stayed held");
    assertEquals(1, rebuilds.get());
  }

  @Test
  void removingArchivesTheTextAndRestoringPutsItBack() throws Exception {
    String before = Files.readString(corpus.resolve("documents/guide.txt"));

    CorpusChange removed = admin.remove("mod-3", "guide");

    assertEquals("guide-20260302-093000", removed.archive());
    assertEquals(before, Files.readString(data.resolve("archive/guide-20260302-093000/guide.txt")));
    AuditEntry entry = admin.history(1).get(0);
    assertEquals("remove", entry.action());
    assertEquals("guide-20260302-093000", entry.archive());

    CorpusChange restored = admin.restore("mod-4", entry.archive());

    assertEquals("restore", restored.action());
    assertEquals(1, restored.passages());
    SourceDocument back = Corpus.open(corpus).documents().get(0);
    assertEquals("guide", back.slug());
    assertEquals("Guide des élus", back.title());
    assertEquals(before, Files.readString(back.file()));
    assertTrue(Files.readString(corpus.resolve("manifest.json")).contains("kept across rewrites"));
    assertEquals(List.of("restore guide", "remove guide"),
        admin.history(10).stream().map(a -> a.action() + " " + a.slug()).toList());
  }

  @Test
  void restoringTheVersionAlreadyThereChangesNothing() throws Exception {
    CorpusChange removed = admin.remove("mod-3", "guide");
    admin.restore("mod-4", removed.archive());
    List<AuditEntry> history = admin.history(10);
    List<String> archives = archives();

    RejectedDocumentException e = assertThrows(RejectedDocumentException.class,
        () -> admin.restore("mod-4", removed.archive()));

    assertEquals("« Guide des élus » (guide) est déjà dans la version de l'archive guide-20260302-093000 :"
        + " rien n'a été changé.", e.getMessage());
    assertEquals(history, admin.history(10), "no history entry");
    assertEquals(archives, archives(), "no new archive");
  }

  private List<String> archives() throws IOException {
    try (var folders = Files.list(data.resolve("archive"))) {
      return folders.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void replacingArchivesTheOldTextSoTheReplacementCanBeUndone() throws Exception {
    String before = Files.readString(corpus.resolve("documents/guide.txt"));
    CorpusChange replaced = admin.replace("mod-2", "guide",
        Files.writeString(tmp.resolve("v2.txt"), String.join("\n", PAGE_TWO) + "\n"), "v2.txt");

    admin.restore("mod-2", replaced.archive());

    assertEquals(before, Files.readString(corpus.resolve("documents/guide.txt")));
    assertEquals(1, Corpus.open(corpus).documents().size());
    RejectedDocumentException e = assertThrows(RejectedDocumentException.class, () -> admin.restore("mod-2", "../corpus"));
    assertEquals("Aucune archive ne s'appelle « ../corpus » : l'historique du corpus donne les noms des archives.",
        e.getMessage());
  }

  @Test
  void aLockedAuditNeitherSticksTheRebuildingStateNorBreaksTheStatus() throws Exception {
    admin.history(1); // creates the audit file
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("corpus-audit.sqlite"));
        Statement s = other.createStatement()) {
      s.execute("BEGIN EXCLUSIVE"); // another process holding the audit longer than the busy timeout
      long started = System.nanoTime();
      RejectedDocumentException e = assertThrows(RejectedDocumentException.class, () -> scheduler.start("mod-1"));
      assertTrue(e.getMessage().startsWith("Le journal des modifications du corpus (corpus-audit.sqlite) est occupé "
          + "par un autre programme depuis plus de 5 secondes"), e.getMessage());
      assertTrue(System.nanoTime() - started >= CorpusAudit.BUSY_TIMEOUT.toNanos() / 2, "waited for the lock");
      assertFalse(scheduler.state().rebuilding());
      CorpusStatus status = admin.status(scheduler.state());
      assertEquals(1, status.documents());
      assertEquals(1, status.problems().size());
      s.execute("ROLLBACK");
    }
    assertTrue(scheduler.start("mod-1"), "once the audit is free, rebuilds start again");
  }

  @Test
  void aDamagedAuditRefusesChangesWithAReasonAndTheStatusStillAnswers() throws Exception {
    Files.write(data.resolve("corpus-audit.sqlite"), "ceci n'est pas une base SQLite".repeat(200).getBytes(StandardCharsets.UTF_8));
    Map<String, String> before = snapshot();

    RejectedDocumentException e = assertThrows(RejectedDocumentException.class, () -> admin.remove("mod-1", "guide"));

    assertTrue(e.getMessage().startsWith("Le journal des modifications du corpus ("), e.getMessage());
    assertTrue(e.getMessage().endsWith("les modifications du corpus sont suspendues tant qu'il n'est pas réparé ou "
        + "mis de côté ; les réponses continuent."), e.getMessage());
    assertEquals(before, snapshot());
    CorpusStatus status = admin.status(scheduler.state());
    assertEquals(1, status.documents());
    assertEquals(List.of(), status.recent());
    assertEquals(List.of(e.getMessage()), status.problems());
    assertThrows(RejectedDocumentException.class, () -> scheduler.start("mod-1"));
    assertFalse(scheduler.state().rebuilding());
  }

  @Test
  void theAuditFileAndTheArchiveAreOwnerOnly() throws Exception {
    admin.remove("mod-1", "guide");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("corpus-audit.sqlite"))));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("archive"))));
    assertEquals("rw-------", PosixFilePermissions.toString(
        Files.getPosixFilePermissions(data.resolve("archive/guide-20260302-093000/guide.txt"))));
  }

  private void assertRefused(Path file, String name, String message) throws IOException {
    assertRefused(file, name, DocumentMeta.none(), message);
  }

  private void assertRefused(Path file, String name, DocumentMeta meta, String message) throws IOException {
    Map<String, String> before = snapshot();
    RejectedDocumentException e = assertThrows(RejectedDocumentException.class, () -> admin.add("mod-1", file, name, meta));
    assertEquals(message, e.getMessage());
    assertEquals(before, snapshot(), "corpus untouched");
    assertEquals(List.of(), admin.history(10));
    assertEquals(0, rebuilds.get());
  }

  private Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(corpus.relativize(p).toString(), UploadedText.checksum(Files.readAllBytes(p)));
      }
    }
    return files;
  }
}
