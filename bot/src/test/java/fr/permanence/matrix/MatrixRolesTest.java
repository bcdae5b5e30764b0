package fr.permanence.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.permanence.conversation.TestServices;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Roles cannot be granted by oneself: they come from the control room or the configured lists. */
class MatrixRolesTest extends MatrixBotFixture {
  private static final String CONTROL = "!controle:example.org";
  private static final String OWN_ROOM = "!chez-alice:example.org";
  private static final String TRAINER = "@formatrice:example.org";
  private static final String FORMER = "@ancien:example.org";
  private static final String TRAINERS_ONLY = "Cette commande est réservée aux formateurs et formatrices.";
  private static final String MODERATORS_ONLY = "Cette commande est réservée aux modérateurs et modératrices du corpus.";
  private static final String PRIVATE = "Les questions des membres ne s'affichent pas dans un salon partagé : "
      + "demandez-moi « !formateurs resume » en message privé, ou dans le salon de contrôle.";
  private static final String LIST = "• guide — Guide des élus : 1 passage\n1 document, 1 passage.";

  /** A room Alice created: she holds power level 100 there, as its creator. */
  private static String ownRoom(String next, String... events) {
    String state = """
        {"type":"m.room.power_levels","state_key":"","event_id":"$pl-own","sender":"%1$s","origin_server_ts":1,
         "content":{"users":{"%1$s":100},"users_default":0}}""".formatted(ALICE);
    return """
        {"next_batch":"%s","rooms":{"join":{"%s":{"summary":{"m.joined_member_count":3},
         "state":{"events":[%s]},"timeline":{"events":[%s],"limited":false}}},"invite":{},"leave":{}}}"""
        .formatted(next, OWN_ROOM, state, String.join(",", events));
  }

  private void controlRoom() throws Exception {
    settings = settings(new MatrixRoles(CONTROL, 50, 100, Set.of(), Set.of()));
    bot.close();
    bot = newBot(TestServices.service(members, corpus, clock));
    homeserver.powerLevels.put(CONTROL, """
        {"users":{"%s":100,"%s":50,"%s":100,"%s":100},"users_default":0}""".formatted(MOD, TRAINER, FORMER, ME));
    homeserver.members.put(CONTROL, List.of(ME, MOD, TRAINER)); // the former moderator left, keeping a level
  }

  @Test
  void aMemberWhoCreatesARoomAndInvitesTheBotIsAMemberThere() throws Exception {
    controlRoom();
    homeserver.syncBatches.add(ownRoom("s1"));
    bot.syncOnce();
    homeserver.syncBatches.add(ownRoom("s2", message("$a1", ALICE, "m.text", "!corpus liste"),
        message("$a2", ALICE, "m.text", "!formateurs resume"), message("$a3", ALICE, "m.text", "!corpus retirer guide")));
    bot.syncOnce();
    assertEquals(List.of(MODERATORS_ONLY, TRAINERS_ONLY, MODERATORS_ONLY), bodies());
    assertEquals(List.of(), homeserver.powerLevelRequests.stream().filter(OWN_ROOM::equals).toList(),
        "the room's own power levels are never asked");
    assertEquals(1, corpus.editor().list().size());
  }

  @Test
  void rolesComeFromTheControlRoomWhereverPeopleWrite() throws Exception {
    controlRoom();
    catchUp();
    homeserver.syncBatches.add(batch("s2", 5, message("$m", MOD, "m.text", "!corpus liste"),
        message("$t1", TRAINER, "m.text", "!formateurs resume"), message("$t2", TRAINER, "m.text", "!corpus liste"),
        message("$f", FORMER, "m.text", "!corpus liste"), message("$a", ALICE, "m.text", "!formateurs resume")));
    bot.syncOnce();
    assertEquals(List.of(LIST, PRIVATE, MODERATORS_ONLY, MODERATORS_ONLY, TRAINERS_ONLY), bodies());
    homeserver.syncBatches.add(roomBatch("s3", CONTROL, "", message("$t4", TRAINER, "m.text", "!formateurs resume")));
    bot.syncOnce();
    assertEquals("Résumé : 0 lignes.", bodies().get(5), "members' questions are shown in the control room");
    assertEquals(List.of(CONTROL), homeserver.powerLevelRequests, "read once, then kept current from the sync");

    String demoted = """
        {"type":"m.room.power_levels","state_key":"","event_id":"$pl","sender":"%s","origin_server_ts":1,
         "content":{"users":{"%s":100,"%s":0},"users_default":0}}""".formatted(ME, ME, MOD);
    String left = """
        {"type":"m.room.member","state_key":"%1$s","event_id":"$left","sender":"%1$s","origin_server_ts":1,
         "content":{"membership":"leave"}}""".formatted(TRAINER);
    homeserver.syncBatches.add(roomBatch("s4", CONTROL, "", demoted, left));
    bot.syncOnce();
    homeserver.syncBatches.add(batch("s5", 5, message("$m2", MOD, "m.text", "!corpus liste"),
        message("$t3", TRAINER, "m.text", "!formateurs resume")));
    bot.syncOnce();
    assertEquals(List.of(MODERATORS_ONLY, TRAINERS_ONLY), bodies().subList(6, 8));
  }

  @Test
  void aTrainerMarksAGapHandledAndAMemberCannotEvenInARoomTheyOwn() throws Exception {
    controlRoom();
    catchUp();
    homeserver.syncBatches.add(roomBatch("s2", CONTROL, "",
        message("$t1", TRAINER, "m.text", "!formateurs traite g-3fa9c2e1 fiche « essai » ajoutée")));
    bot.syncOnce();
    homeserver.syncBatches.add(ownRoom("s3", message("$a1", ALICE, "m.text", "!formateurs traite g-3fa9c2e1 rien")));
    bot.syncOnce();
    assertEquals(List.of("noté [g-3fa9c2e1] [fiche « essai » ajoutée]", TRAINERS_ONLY), bodies());
  }

  @Test
  void joinsTheControlRoomWhoeverInvitesIt() throws Exception {
    controlRoom();
    String invite = """
        {"type":"m.room.member","state_key":"%s","sender":"%s","content":{"membership":"invite"}}""";
    homeserver.syncBatches.add("""
        {"next_batch":"s1","rooms":{"join":{},"leave":{},"invite":{
          "%s":{"invite_state":{"events":[%s]}},"!autre:evil.example":{"invite_state":{"events":[%s]}}}}}"""
        .formatted(CONTROL, invite.formatted(ME, MOD), invite.formatted(ME, "@mallory:evil.example")));
    bot.syncOnce();
    assertEquals(List.of(CONTROL), homeserver.joins);
    assertEquals(List.of("!autre:evil.example"), homeserver.leaves);
  }

  @Test
  void rolesComeFromTheConfiguredLists() throws Exception {
    settings = settings(new MatrixRoles("", 50, 100, Set.of(TRAINER), Set.of(MOD)));
    bot.close();
    bot = newBot(TestServices.service(members, corpus, clock));
    catchUp();
    homeserver.syncBatches.add(batch("s2", 5, message("$m", MOD, "m.text", "!corpus liste"),
        message("$t1", TRAINER, "m.text", "!formateurs resume"), message("$t2", TRAINER, "m.text", "!corpus liste")));
    bot.syncOnce();
    homeserver.syncBatches.add(roomBatch("s3", "!prive:example.org", "\"summary\":{\"m.joined_member_count\":2},",
        message("$t3", TRAINER, "m.text", "!formateurs resume")));
    bot.syncOnce();
    assertEquals(List.of(LIST, PRIVATE, MODERATORS_ONLY, "Résumé : 0 lignes."), bodies());
    assertEquals(List.of(), homeserver.powerLevelRequests);
  }

  @Test
  void aControlRoomTheBotCannotReadGrantsNothing() throws Exception {
    settings = settings(new MatrixRoles(CONTROL, 50, 100, Set.of(), Set.of()));
    bot.close();
    bot = newBot(TestServices.service(members, corpus, clock));
    catchUp();
    homeserver.syncBatches.add(batch("s2", 5, message("$m", MOD, "m.text", "!corpus liste"),
        message("$q", ALICE, "m.text", "!aide")));
    bot.syncOnce();
    assertEquals(MODERATORS_ONLY, bodies().get(0));
    assertStartsWith("Je réponds aux questions", bodies().get(1));
  }
}
