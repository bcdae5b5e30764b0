package fr.permanence.conversation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a member, trainer or moderator can ask of the bot, whatever the platform, with
 * its French name: the one place command words are spelled.
 */
public enum Command {
  ASK("question", Role.MEMBER, false),
  PASSAGE("passage", Role.MEMBER, true),
  ARTICLE("article", Role.MEMBER, false),
  FEEDBACK("avis", Role.MEMBER, true),
  HELP("aide", Role.MEMBER, true),
  FORGET("oubli", Role.MEMBER, true),
  /** Thanks or a greeting sent to the bot: acknowledged, never searched nor logged. */
  THANKS("merci", Role.MEMBER, true),
  SUMMARY("formateurs resume", Role.TRAINER, true),
  REPORT("formateurs rapport", Role.TRAINER, true),
  /** A trainer marks an unanswered subject of the report handled: "formateurs traite g-3fa9c2e1 fiche ajoutée". */
  GAP_HANDLED("formateurs traite", Role.TRAINER, true),
  CORPUS_LIST("corpus liste", Role.MODERATOR, true),
  CORPUS_ADD("corpus ajouter", Role.MODERATOR, true),
  CORPUS_REPLACE("corpus remplacer", Role.MODERATOR, true),
  CORPUS_REMOVE("corpus retirer", Role.MODERATOR, true),
  CORPUS_RESTORE("corpus restaurer", Role.MODERATOR, true),
  CORPUS_HISTORY("corpus historique", Role.MODERATOR, true),
  CORPUS_REBUILD("corpus reconstruire", Role.MODERATOR, true),
  CORPUS_STATUS("corpus etat", Role.MODERATOR, true);

  /**
   * Other spellings of a command's first word, folded (no accents, lowercase): English habits
   * and the forms people type without thinking ("formatrices", "voir").
   */
  private static final Map<String, String> FIRST_WORD_ALIASES = Map.ofEntries(
      Map.entry("q", "question"), Map.entry("ask", "question"),
      Map.entry("art", "article"),
      Map.entry("voir", "passage"),
      Map.entry("help", "aide"), Map.entry("?", "aide"),
      Map.entry("oublier", "oubli"),
      Map.entry("formateur", "formateurs"), Map.entry("formatrice", "formateurs"),
      Map.entry("formatrices", "formateurs"));

  private final String french;
  private final Role required;
  private final boolean privateReply;

  Command(String french, Role required, boolean privateReply) {
    this.french = french;
    this.required = required;
    this.privateReply = privateReply;
  }

  /** The command's French words, as typed after the prefix ("corpus liste"). */
  public String french() {
    return french;
  }

  /**
   * The command as a person types it on {@code platform}: its prefix, then its words
   * ("!corpus liste" on Matrix, "corpus liste" at the console). Messages naming a command spell it here.
   */
  public String typed(Platform platform) {
    return platform.prefix() + french;
  }

  /** The role needed to run it. */
  public Role required() {
    return required;
  }

  /** Whether its reply is seen by the asker only (ephemeral on Discord). */
  public boolean privateReply() {
    return privateReply;
  }

  /** Whether it takes two words ("formateurs rapport", "corpus liste"). */
  boolean twoWords() {
    return french.indexOf(' ') > 0;
  }

  /**
   * The command named by {@code words} ("corpus liste", "Formateurs résumé", "voir"), accents,
   * case and extra spaces ignored; empty when no command has that name. Discord's slash
   * commands and the text grammar ({@link CommandGrammar}) both read names here.
   */
  public static Optional<Command> fromFrench(String words) {
    if (words == null || words.isBlank()) {
      return Optional.empty();
    }
    String[] parts = fold(words.strip()).split("\\s+");
    parts[0] = FIRST_WORD_ALIASES.getOrDefault(parts[0], parts[0]);
    String name = String.join(" ", parts);
    return Arrays.stream(values()).filter(c -> c.french.equals(name)).findFirst();
  }

  /** Whether {@code word} starts a two-word command ("corpus", "formateurs"). */
  static boolean isGroup(String word) {
    String first = FIRST_WORD_ALIASES.getOrDefault(fold(word), fold(word));
    return Arrays.stream(values()).anyMatch(c -> c.twoWords() && c.french.startsWith(first + " "));
  }

  /** {@code word} without accents, in lower case: how command words are compared. */
  static String fold(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
