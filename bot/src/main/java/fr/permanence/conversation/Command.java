package fr.permanence.conversation;

/** Everything a member, trainer or moderator can ask of the bot, whatever the platform. */
public enum Command {
  ASK("question", Role.MEMBER, false),
  PASSAGE("passage", Role.MEMBER, true),
  ARTICLE("article", Role.MEMBER, false),
  FEEDBACK("avis", Role.MEMBER, true),
  HELP("aide", Role.MEMBER, true),
  FORGET("oubli", Role.MEMBER, true),
  SUMMARY("formateurs resume", Role.TRAINER, true),
  REPORT("formateurs rapport", Role.TRAINER, true),
  CORPUS_LIST("corpus liste", Role.MODERATOR, true),
  CORPUS_ADD("corpus ajouter", Role.MODERATOR, true),
  CORPUS_REPLACE("corpus remplacer", Role.MODERATOR, true),
  CORPUS_REMOVE("corpus retirer", Role.MODERATOR, true),
  CORPUS_REBUILD("corpus reconstruire", Role.MODERATOR, true),
  CORPUS_STATUS("corpus etat", Role.MODERATOR, true);

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

  /** The role needed to run it. */
  public Role required() {
    return required;
  }

  /** Whether its reply is seen by the asker only (ephemeral on Discord). */
  public boolean privateReply() {
    return privateReply;
  }
}
