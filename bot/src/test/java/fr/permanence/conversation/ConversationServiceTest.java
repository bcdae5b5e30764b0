package fr.permanence.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.app.ModeratedCorpus;
import fr.permanence.app.Moderation;
import fr.permanence.app.Settings;
import fr.permanence.files.DataFolder;
import fr.permanence.sql.Database;
import fr.permanence.moderation.UploadPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationServiceTest {
  private static final String CONTACT = "permanence@union.example, 01 23 45 67 89";

  @TempDir Path tmp;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:30:00Z"));
  private final RecordingMembers members = new RecordingMembers();
  private final AtomicInteger rebuilds = new AtomicInteger();
  private Moderation corpus;
  private ConversationService service;

  @BeforeEach
  void setUp() throws IOException {
    DataFolder data = new DataFolder(Files.createDirectories(tmp.resolve("data")));
    corpus = Moderation.open(data, Database.sqlite(data.questionLog()), TestServices.seedCorpus(tmp.resolve("corpus")),
        new UploadPolicy(100_000), rebuilds::incrementAndGet, clock);
    service = new ConversationService(Fixtures.ANSWERER, Fixtures::passage, Fixtures::article, members,
        TestServices.reports(members), new ModeratedCorpus(corpus), ConversationSettings.defaults(CONTACT, Settings.ZONE),
        clock);
  }

  @AfterEach
  void tearDown() {
    corpus.close();
  }

  private static Incoming member(Command command, String text) {
    return Incoming.of(Platform.DISCORD, "salon-1", "user-42", command, text);
  }

  private static Incoming as(Set<Role> roles, Command command, String text, Map<String, String> options, Attachment a) {
    return new Incoming(Platform.DISCORD, "salon-1", "user-7", "Camille", roles, false, command, text, options, a);
  }

  private Reply handle(Incoming message) {
    return service.handle(message).orElseThrow();
  }

  @Test
  void answersAQuestionWithSourcesFeedbackAndPassageButtons() {
    Reply reply = handle(member(Command.ASK, "Le CSE est-il consulté sur les nouvelles technologies ?"));

    assertEquals("« " + Fixtures.GUIDE.text() + " » [1]", reply.text());
    assertEquals(List.of(Fixtures.citation(Fixtures.GUIDE)), reply.sources());
    assertEquals(List.of(
        new Action(Action.Kind.FEEDBACK_UP, "👍 Utile", reply.id()),
        new Action(Action.Kind.FEEDBACK_DOWN, "👎 Pas utile", reply.id()),
        new Action(Action.Kind.SHOW_PASSAGE, "Voir le passage 1", "guide#p12-a1b2c3")), reply.actions());
    assertFalse(reply.ephemeral());
    assertEquals(List.of("question " + members.pseudonym(Platform.DISCORD, "user-42") + " " + reply.id()
        + " Le CSE est-il consulté sur les nouvelles technologies ?"), members.lines);
  }

  @Test
  void passesAnAbstentionOnVerbatimSinceTheAnswerCarriesTheContactLine() {
    // The answer composer ends every answer, abstentions included, with the union's contact:
    // the core adds nothing, so the line is never shown twice.
    Reply reply = handle(member(Command.ASK, "Quid du vélo ?"));
    assertEquals("Je n'ai rien trouvé de fiable sur ce point.", reply.text());
    assertEquals(List.of(), reply.sources());
  }

  @Test
  void neverAnswersBots() {
    Incoming fromBot = new Incoming(Platform.MATRIX, "!room", "@other-bot:example.org", "", Set.of(Role.MEMBER), true,
        Command.ASK, "Le CSE est-il consulté ?", Map.of(), null);
    assertEquals(Optional.empty(), service.handle(fromBot));
    assertEquals(List.of(), members.lines);
  }

  @Test
  void refusesOverlongMessages() {
    Reply reply = handle(member(Command.ASK, "mot ".repeat(400)));
    assertEquals("Votre message fait 1 599 caractères ; la limite est de 1 000. Résumez votre question en quelques "
        + "phrases : je cherche mieux avec peu de mots précis.", reply.text());
    assertTrue(reply.ephemeral());
    assertEquals(List.of(), members.lines);
  }

  @Test
  void limitsTheRatePerPersonWithAFriendlyMessage() {
    for (int i = 0; i < ConversationSettings.DEFAULT_MESSAGES_PER_WINDOW; i++) {
      clock.advance(Duration.ofSeconds(1));
      assertTrue(handle(member(Command.ASK, "Le CSE est-il consulté ?")).sources().size() == 1);
    }
    Reply limited = handle(member(Command.ASK, "Le CSE est-il consulté ?"));
    assertEquals("Doucement 🙂 vous avez envoyé beaucoup de messages en peu de temps. Réessayez dans 55 secondes.",
        limited.text());
    clock.advance(Duration.ofSeconds(1));
    assertEquals(Optional.empty(), service.handle(member(Command.ASK, "Le CSE est-il consulté ?")),
        "told once per window, not once per message");
    clock.advance(Duration.ofSeconds(-1));
    Reply other = service.handle(Incoming.of(Platform.DISCORD, "salon-1", "user-43", Command.ASK, "Le CSE est-il consulté ?")).orElseThrow();
    assertEquals(1, other.sources().size(), "another person is not limited");
    clock.advance(Duration.ofSeconds(56));
    assertEquals(1, handle(member(Command.ASK, "Le CSE est-il consulté ?")).sources().size());
  }

  @Test
  void countsOnlyQuestionsAgainstTheRateLimit() {
    for (int i = 0; i < ConversationSettings.DEFAULT_MESSAGES_PER_WINDOW - 1; i++) {
      assertEquals(1, handle(member(Command.ASK, "Le CSE est-il consulté ?")).sources().size());
    }
    for (int i = 0; i < 3; i++) {
      assertEquals("Code du travail, art. L. 2312-8", handle(member(Command.ARTICLE, "L2312-8")).title());
      assertFalse(handle(member(Command.HELP, "")).text().startsWith("Doucement"));
      assertFalse(handle(member(Command.THANKS, "")).text().startsWith("Doucement"));
    }
    assertEquals(1, handle(member(Command.ASK, "Le CSE est-il consulté ?")).sources().size(),
        "the sixth question still passes after lookups, help and thanks");
    assertTrue(handle(member(Command.ASK, "Le CSE est-il consulté ?")).text().startsWith("Doucement"));
  }

  @Test
  void acknowledgesThanksWithoutRecordingAnything() {
    assertEquals("Avec plaisir ! Posez une autre question quand vous voulez.", handle(member(Command.THANKS, "")).text());
    assertEquals(List.of(), members.lines);
  }

  @Test
  void showsAPassageAndAnArticleInFull() {
    Reply passage = handle(member(Command.PASSAGE, "guide#p12-a1b2c3"));
    assertEquals("Guide des élus, p. 12 — Le rôle du CSE", passage.title());
    assertEquals(Fixtures.GUIDE.text(), passage.text());
    assertTrue(passage.ephemeral());

    Reply article = handle(member(Command.ARTICLE, "article l. 2312-8"));
    assertEquals("Code du travail, art. L. 2312-8", article.title());
    assertEquals(Fixtures.ARTICLE.text() + "\n\nhttps://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000036761995",
        article.text(), "the article, then its Légifrance link");
    assertEquals("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000036761995", article.sources().get(0).url());

    assertEquals("L'article L. 1234-5 n'est pas dans ma copie du Code du travail. Vérifiez le numéro, ou consultez "
        + "Légifrance.", handle(member(Command.ARTICLE, "L1234-5")).text());
    assertEquals("Indiquez un numéro d'article du Code du travail, par exemple : /article L2312-8",
        handle(member(Command.ARTICLE, "le 8")).text());
    assertEquals("Je ne trouve pas le passage « guide#p1-000000 » : le corpus a peut-être été mis à jour depuis. "
        + "Reposez la question pour obtenir les passages actuels.", handle(member(Command.PASSAGE, "guide#p1-000000")).text());
  }

  @Test
  void normalizesArticleNumbersAsMembersTypeThem() {
    assertEquals(Optional.of("L2312-8"), MemberCommands.articleNumber("L2312-8"));
    assertEquals(Optional.of("L2312-8"), MemberCommands.articleNumber("l. 2312-8"));
    assertEquals(Optional.of("R4121-1"), MemberCommands.articleNumber("article R 4121-1 du code"));
    assertEquals(Optional.of("D4711-3-1"), MemberCommands.articleNumber("D.4711-3-1"));
    assertEquals(Optional.empty(), MemberCommands.articleNumber("le 8 mars"));
  }

  @Test
  void recordsFeedbackWithTheQuestionAndForgetsOnRequest() {
    Reply answer = handle(member(Command.ASK, "Le CSE est-il consulté ?"));
    Reply thanks = handle(new Incoming(Platform.DISCORD, "salon-1", "user-42", "", null, false, Command.FEEDBACK,
        answer.id(), Map.of("vote", "down"), null));
    assertEquals("Merci pour votre retour : il nous aide à améliorer les réponses. Pour votre situation, la "
        + "permanence peut vous aider : " + CONTACT, thanks.text());
    String who = members.pseudonym(Platform.DISCORD, "user-42");
    assertEquals("feedback " + who + " " + answer.id() + " down Le CSE est-il consulté ?", members.lines.get(1));

    assertEquals("C'est fait : 1 question effacée et 1 avis effacé. Le journal ne garde plus rien de vous (les "
        + "prochaines questions y seront de nouveau notées).", handle(member(Command.FORGET, "")).text());
    assertEquals("Le journal ne contenait aucune question ni aucun avis de votre part : rien à effacer.",
        handle(member(Command.FORGET, "")).text());
  }

  @Test
  void acknowledgesTheReasonOfADownVote() {
    Reply answer = handle(member(Command.ASK, "Le CSE est-il consulté ?"));
    Reply noted = handle(new Incoming(Platform.MATRIX, "salon-1", "user-42", "", null, false, Command.FEEDBACK,
        answer.id(), Map.of("vote", "down", "raison", "hors sujet"), null));
    assertEquals("Merci pour votre retour, raison notée : il nous aide à améliorer les réponses. Pour votre "
        + "situation, la permanence peut vous aider : " + CONTACT, noted.text());
  }

  @Test
  void reservesTrainerAndModeratorCommands() {
    assertEquals("Cette commande est réservée aux formateurs et formatrices.", handle(member(Command.SUMMARY, "")).text());
    assertEquals("Cette commande est réservée aux modérateurs et modératrices du corpus.",
        handle(member(Command.CORPUS_REMOVE, "guide")).text());
    assertEquals(1, corpus.editor().list().size());

    Set<Role> trainer = Set.of(Role.MEMBER, Role.TRAINER);
    assertEquals("Résumé : 0 lignes.", handle(as(trainer, Command.SUMMARY, "", Map.of(), null)).text());
    Reply report = handle(as(trainer, Command.REPORT, "", Map.of(), null));
    assertEquals(new ReplyFile("rapport-permanence.md", "# Rapport\n\n"), report.file());
    assertTrue(report.ephemeral());
  }

  @Test
  void onlyTrainersMarkAGapHandledByItsIdWithANote() {
    assertEquals("Cette commande est réservée aux formateurs et formatrices.",
        handle(member(Command.GAP_HANDLED, "g-3fa9c2e1 fiche ajoutée")).text());
    Set<Role> trainer = Set.of(Role.MEMBER, Role.TRAINER);
    assertEquals("noté [g-3fa9c2e1] [fiche « essai » ajoutée]",
        handle(as(trainer, Command.GAP_HANDLED, "  g-3fa9c2e1   fiche « essai » ajoutée ", Map.of(), null)).text());
    // Discord's slash command: the id is the text, the note its own field.
    assertEquals("noté [g-3fa9c2e1] [fiche ajoutée]",
        handle(as(trainer, Command.GAP_HANDLED, "g-3fa9c2e1", Map.of("note", "fiche ajoutée"), null)).text());
    assertEquals("noté [g-3fa9c2e1] []", handle(as(trainer, Command.GAP_HANDLED, "g-3fa9c2e1", Map.of(), null)).text());
    assertEquals("Indiquez l'identifiant du sujet (g-…, donné par « /formateurs rapport ») puis ce qui a été fait.",
        handle(as(trainer, Command.GAP_HANDLED, "", Map.of(), null)).text());
    assertTrue(handle(as(trainer, Command.GAP_HANDLED, "g-3fa9c2e1 x", Map.of(), null)).ephemeral());
  }

  @Test
  void helpShowsEachPersonTheirCommandsAsTheyTypeThem() {
    assertEquals("""
        Je réponds aux questions sur le droit du travail et le numérique en citant les documents du syndicat et \
        le Code du travail, avec leurs sources.

        • /question <votre question> — par exemple : /question Le CSE doit-il être consulté avant l'arrivée \
        d'un outil d'IA ?
        • /article <numéro> — le texte d'un article du Code du travail (ex. /article L2312-8)
        • /passage <identifiant> — un passage cité, en entier
        • les boutons 👍 et 👎 sous une réponse — la noter
        • /oubli — effacer vos questions et avis enregistrés
        • /aide — ce message

        Je ne remplace pas un conseil personnalisé : pour votre situation, contactez la permanence : \
        permanence@union.example, 01 23 45 67 89""", handle(member(Command.HELP, "")).text());

    Incoming moderator = new Incoming(Platform.MATRIX, "!r", "@a:b", "", Set.of(Role.MEMBER, Role.MODERATOR), false,
        Command.HELP, "", Map.of(), null);
    String moderatorHelp = handle(moderator).text();
    assertTrue(moderatorHelp.contains("""

        Modération du corpus :
        • !corpus liste — les documents et leurs passages
        • le fichier envoyé avec la légende !corpus ajouter <titre> — ajouter un document PDF, texte (.txt) ou \
        Markdown (.md)
        • le fichier envoyé avec la légende !corpus remplacer NOM — remplacer le texte d'un document
        • !corpus retirer NOM — retirer un document (son texte est archivé)
        • !corpus restaurer NOM — remettre le dernier texte archivé d'un document, ou une archive nommée dans \
        l'historique
        • !corpus historique — les dernières modifications du corpus
        • !corpus reconstruire — reconstruire l'index
        • !corpus etat — l'état du corpus et de l'index
        """), moderatorHelp);
    assertFalse(moderatorHelp.contains("formateurs"), moderatorHelp);

    Incoming unknown = new Incoming(Platform.MATRIX, "!r", "@a:b", "", null, false, Command.HELP, "",
        Map.of("unknown", "questoin"), null);
    assertTrue(handle(unknown).text().startsWith("Je ne connais pas la commande « !questoin ».\n\n"));
  }

  @Test
  void aHostileFileGetsAFrenchRefusalNeverAnError() throws IOException {
    Set<Role> moderator = Set.of(Role.MEMBER, Role.MODERATOR);
    Path upload = Files.writeString(tmp.resolve("upload"), ">".repeat(60_000)
        + " Le comité social et économique est consulté sur l'introduction de l'IA.");

    Reply refused = handle(as(moderator, Command.CORPUS_ADD, "", Map.of(),
        new Attachment("piege.md", Files.size(upload), upload)));

    assertEquals("« piege.md » imbrique des citations ou des listes sur 60000 niveaux, au-delà de la limite de 100 : "
        + "ce n'est pas un document à citer. Envoyez le texte sans cette imbrication.", refused.text());
    assertEquals(1, corpus.editor().list().size());
    assertEquals(0, rebuilds.get());
  }

  @Test
  void moderatorsManageTheCorpus() throws IOException {
    Set<Role> moderator = Set.of(Role.MEMBER, Role.MODERATOR);
    Path upload = Files.writeString(tmp.resolve("upload"), "Le télétravail est mis en place par un accord collectif "
        + "ou, à défaut, par une charte élaborée par l'employeur après avis du comité social et économique.\n");

    Reply added = handle(as(moderator, Command.CORPUS_ADD, "", Map.of("titre", "Note télétravail", "annee", "2025"),
        new Attachment("teletravail.txt", Files.size(upload), upload)));

    assertTrue(added.text().startsWith("« Note télétravail » est ajouté au corpus sous le nom note-teletravail : "
        + "1 passage. Empreinte SHA-256 : "), added.text());
    assertTrue(added.text().endsWith("\nL'index est en reconstruction ; les réponses continuent sur l'ancien index "
        + "en attendant."), added.text());
    assertTrue(added.ephemeral());
    assertEquals("• guide — Guide des élus : 1 passage\n• note-teletravail — Note télétravail (2025) : 1 passage\n"
        + "2 documents, 2 passages.", handle(as(moderator, Command.CORPUS_LIST, "", Map.of(), null)).text());
    assertEquals(members.pseudonym(Platform.DISCORD, "user-7"), corpus.editor().history(5).get(1).moderator());
    assertEquals("add", corpus.editor().history(5).get(1).action());

    Path binary = Files.write(tmp.resolve("bin"), new byte[] {'a', 0, 'b'});
    assertEquals("« photo.txt » n'est pas un fichier texte (il contient des données binaires) : envoyez le document "
        + "d'origine (PDF) ou un vrai .txt.", handle(as(moderator, Command.CORPUS_ADD, "", Map.of(),
        new Attachment("photo.txt", 3, binary))).text());

    awaitRebuild();
    Reply removed = handle(as(moderator, Command.CORPUS_REMOVE, "guide", Map.of(), null));
    assertTrue(removed.text().startsWith("« Guide des élus » (guide) est retiré du corpus ; son texte est archivé : "
        + "« /corpus restaurer guide » le remet.\n"), removed.text());
    awaitRebuild();
    String status = handle(as(moderator, Command.CORPUS_STATUS, "", Map.of(), null)).text();
    String who = members.pseudonym(Platform.DISCORD, "user-7");
    assertEquals("Corpus : 1 document.\nIndex : reconstruit le 02/03/2026 à 10:30.\nDernières opérations :\n"
        + "• 02/03/2026 à 10:30 — " + who + " : reconstruction de l'index\n"
        + "• 02/03/2026 à 10:30 — " + who + " : retrait de guide (archive guide-20260302-093000)\n"
        + "• 02/03/2026 à 10:30 — " + who + " : reconstruction de l'index\n"
        + "• 02/03/2026 à 10:30 — " + who + " : ajout de note-teletravail", status);
    assertEquals(2, rebuilds.get());
  }

  @Test
  void moderatorsRestoreARemovedDocumentByItsNameAndReadTheHistory() throws IOException {
    Set<Role> moderator = Set.of(Role.MEMBER, Role.MODERATOR);
    handle(as(moderator, Command.CORPUS_REMOVE, "guide", Map.of(), null));
    awaitRebuild();
    String archive = corpus.editor().history(5).stream().filter(a -> a.action().equals("remove")).findFirst()
        .orElseThrow().archive();
    assertEquals("guide-20260302-093000", archive);
    assertEquals("Le corpus est vide.", handle(as(moderator, Command.CORPUS_LIST, "", Map.of(), null)).text());

    assertEquals("« Guide des élus » (guide) est restauré depuis l'archive guide-20260302-093000 : 1 passage.\n"
        + "L'index est en reconstruction ; les réponses continuent sur l'ancien index en attendant.",
        handle(as(moderator, Command.CORPUS_RESTORE, "guide", Map.of(), null)).text());
    awaitRebuild();
    assertEquals("• guide — Guide des élus : 1 passage\n1 document, 1 passage.",
        handle(as(moderator, Command.CORPUS_LIST, "", Map.of(), null)).text());

    String who = members.pseudonym(Platform.DISCORD, "user-7");
    assertEquals("Dernières modifications du corpus :\n"
        + "• 02/03/2026 à 10:30 — " + who + " : reconstruction de l'index\n"
        + "• 02/03/2026 à 10:30 — " + who + " : restauration de guide\n"
        + "• 02/03/2026 à 10:30 — " + who + " : reconstruction de l'index\n"
        + "• 02/03/2026 à 10:30 — " + who + " : retrait de guide (archive guide-20260302-093000)",
        handle(as(moderator, Command.CORPUS_HISTORY, "", Map.of(), null)).text());
    assertEquals("Aucune archive ne s'appelle « inconnu » : l'historique du corpus donne les noms des archives.",
        handle(as(moderator, Command.CORPUS_RESTORE, "inconnu", Map.of(), null)).text());
  }

  private void awaitRebuild() {
    try {
      assertTrue(corpus.rebuilds().awaitIdle(Duration.ofSeconds(30)), "the rebuild never ended");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the rebuild", e);
    }
  }

  @Test
  void saysSoWhenTheAnswererFails() {
    ConversationService broken = new ConversationService(q -> {
      throw new IllegalStateException("index fermé");
    }, Fixtures::passage, Fixtures::article, members, TestServices.reports(members), new ModeratedCorpus(corpus), ConversationSettings.defaults(CONTACT, Settings.ZONE), clock);
    assertEquals("Désolé, une erreur m'empêche de répondre pour l'instant. Réessayez plus tard, ou contactez la "
        + "permanence : " + CONTACT, broken.handle(member(Command.ASK, "Le CSE ?")).orElseThrow().text());
  }
}
