package fr.permanence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.app.Permanence;
import fr.permanence.app.Settings;
import fr.permanence.conversation.TestServices;
import fr.permanence.corpus.Passage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moderators manage the corpus from the command line: each command on a temporary data folder,
 * its exact French output, and the real index rebuilt after each change, searched afterwards.
 */
class CorpusEditsTest {
  private static final String TELETRAVAIL = "Le télétravail est mis en place par un accord collectif ou, à défaut, "
      + "par une charte élaborée par l'employeur après avis du comité social et économique.\n";

  @TempDir Path data;
  @TempDir Path files;
  private final InputStream stdin = System.in;
  private final PrintStream stdout = System.out;
  private final PrintStream stderr = System.err;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void seedCorpus() throws Exception {
    System.setProperty("permanence.home", Path.of("..").toAbsolutePath().normalize().toString());
    TestServices.seedCorpus(data.resolve("corpus"));
  }

  @AfterEach
  void restoreStreams() {
    System.setIn(stdin);
    System.setOut(stdout);
    System.setErr(stderr);
  }

  /** Runs {@code ./permanence --data DATA args…} with {@code input} on standard input; returns the exit status. */
  private int run(String input, String... args) {
    out.reset();
    err.reset();
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return Main.run(all);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The documents the rebuilt index holds passages of. */
  private List<String> indexed() throws Exception {
    try (Permanence core = Permanence.open(Settings.from(Map.of(), Settings.installationHome(), data))) {
      return core.searcher().all().stream().map(Passage::doc).distinct().sorted().toList();
    }
  }

  @Test
  void addsRemovesWithConfirmationRestoresAndShowsTheHistory() throws Exception {
    Path note = Files.writeString(files.resolve("note-teletravail.txt"), TELETRAVAIL);

    assertEquals(0, run("", "corpus", "ajouter", note.toString(), "--titre", "Note télétravail", "--annee", "2025"));
    String added = out();
    assertTrue(added.startsWith("« Note télétravail » est ajouté au corpus sous le nom note-teletravail : 1 passage. "
        + "Empreinte SHA-256 : "), added);
    assertTrue(added.endsWith("\nL'index est en reconstruction ; les réponses continuent sur l'ancien index en "
        + "attendant.\nIndex reconstruit : les réponses tiennent compte du changement.\n"), added);
    assertEquals(List.of("guide", "note-teletravail"), indexed().stream().filter(d -> !d.equals("cdt")).toList());

    assertEquals(0, run("", "corpus", "liste"));
    assertEquals("• guide — Guide des élus : 1 passage\n• note-teletravail — Note télétravail (2025) : 1 passage\n"
        + "2 documents, 2 passages.\n", out());

    // A name no document has is refused at once, with no confirmation asked first.
    assertEquals(1, run("oui\n", "corpus", "retirer", "guid"));
    assertEquals("Aucun document ne s'appelle « guid » : la liste du corpus donne les noms courts.\n", out());
    assertEquals(1, run("non\n", "corpus", "retirer", "guide"));
    assertEquals("Retirer « guide » du corpus ? Son texte sera archivé (« corpus restaurer guide » le remet). "
        + "[oui/non] Retrait annulé : le corpus n'a pas changé.\n", out());
    assertEquals(1, run("", "corpus", "retirer", "guide"), "no answer is no confirmation");

    assertEquals(0, run("oui\n", "corpus", "retirer", "guide"));
    assertEquals("Retirer « guide » du corpus ? Son texte sera archivé (« corpus restaurer guide » le remet). "
        + "[oui/non] « Guide des élus » (guide) est retiré du corpus ; son texte est archivé : « corpus restaurer "
        + "guide » le remet.\nL'index est en reconstruction ; les réponses continuent sur l'ancien index en "
        + "attendant.\nIndex reconstruit : les réponses tiennent compte du changement.\n", out());
    assertEquals(List.of("note-teletravail"), indexed().stream().filter(d -> !d.equals("cdt")).toList());
    assertFalse(Files.exists(data.resolve("corpus/documents/guide.txt")));

    assertEquals(0, run("", "corpus", "restaurer", "guide"));
    assertTrue(out().startsWith("« Guide des élus » (guide) est restauré depuis l'archive guide-"), out());
    assertEquals(List.of("guide", "note-teletravail"), indexed().stream().filter(d -> !d.equals("cdt")).toList());

    assertEquals(0, run("", "corpus", "historique"));
    String[] history = out().split("\n");
    assertEquals("Dernières modifications du corpus :", history[0]);
    assertTrue(history[1].endsWith(" : reconstruction de l'index"), history[1]);
    assertTrue(history[2].endsWith(" : restauration de guide"), history[2]);
    assertTrue(history[4].matches(".* : retrait de guide \\(archive guide-\\d{8}-\\d{6}\\)"), history[4]);
    assertTrue(history[6].endsWith(" : ajout de note-teletravail"), history[6]);
  }

  @Test
  void replacesADocumentsTextAndArchivesTheOldOne() throws Exception {
    Path text = Files.writeString(files.resolve("guide-2026.md"), "# Le CSE\n\nLe comité social et économique "
        + "peut recourir à un expert habilité pour l'introduction de nouvelles technologies.\n");
    assertEquals(0, run("", "corpus", "remplacer", "guide", text.toString()));
    assertTrue(out().startsWith("Le texte de « Guide des élus » (guide) est remplacé : 1 passage. Empreinte SHA-256 : "),
        out());
    try (Permanence core = Permanence.open(Settings.from(Map.of(), Settings.installationHome(), data))) {
      assertTrue(core.searcher().all().stream().anyMatch(p -> p.text().contains("expert habilité")));
    }
    assertEquals(0, run("", "corpus", "historique"));
    assertTrue(out().contains(" : remplacement de guide (archive guide-"), out());
  }

  @Test
  void refusesWhatCannotBeAddedWithTheReasonAndStatusOne() throws Exception {
    assertEquals(1, run("", "corpus", "ajouter", files.resolve("absent.pdf").toString(), "--titre", "Absent"));
    assertEquals("permanence: Je ne trouve pas le fichier « " + files.resolve("absent.pdf") + " » (ou je ne peux pas "
        + "le lire).\n", err.toString(StandardCharsets.UTF_8));

    Path image = Files.write(files.resolve("photo.png"), new byte[] {1, 2, 3});
    assertEquals(1, run("", "corpus", "ajouter", image.toString(), "--titre", "Photo"));
    assertEquals("permanence: Format de « photo.png » non pris en charge : envoyez un PDF (.pdf), un texte (.txt) "
        + "ou du Markdown (.md).\n", err.toString(StandardCharsets.UTF_8));

    assertEquals(1, run("", "corpus", "restaurer", "inconnu"));
    assertEquals("Aucune archive ne s'appelle « inconnu » : l'historique du corpus donne les noms des archives.\n",
        out());
    assertEquals(List.of("guide"), indexed().stream().filter(d -> !d.equals("cdt")).toList());
  }

  @Test
  void eachCorpusCommandExplainsItselfWithHelp() {
    assertEquals(0, run("", "corpus", "ajouter", "--help"));
    assertTrue(out().startsWith("Usage: permanence corpus ajouter [-hV] [--annee=ANNÉE]"), out());
    assertTrue(out().contains("--titre=TITRE"), out());
    assertEquals(0, run("", "corpus", "retirer", "--help"));
    assertTrue(out().contains("--oui"), out());
  }
}
