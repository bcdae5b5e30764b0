package fr.permanence.search;

import java.util.regex.Pattern;

/**
 * Messages that ask nothing of the texts: a greeting, thanks, a goodbye, and the chit-chat that
 * comes with them in a chat — how one is doing, who or what the bot is, its name, the time, a
 * joke. Nothing in them can be a question's subject: the conversation answers them with what the
 * bot does, and the search refuses them rather than quote a passage that happens to share a word
 * ("ça va" with "va", "quelle heure" with the working hours).
 *
 * <p>A message is small talk only when all of it is: "salut, ça va ?" is; "salut, ça va si je
 * pose mes congés en août ?" and "bonjour, tu es un robot ? combien de jours pour un mariage ?"
 * are questions. Written from how a French chat opens, thanks and closes, not from any evaluation
 * question. Matched on the message folded to lower case without accents, its punctuation, emoji
 * and apostrophes made spaces ("t'es qui ?" is "t es qui"). Thread-safety: stateless.
 */
public final class SmallTalk {
  /** Punctuation, symbols (emoji) and spaces between the words. */
  private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s\\p{P}\\p{S}]+");

  /**
   * Words above which a message is a question whatever it is made of: small talk is a few words
   * (the longest form here, a greeting, a question about the bot and a wish, is about twelve).
   */
  private static final int MAX_WORDS = 16;

  /** Agreement and praise: "ok", "super", "d'accord", "c'est clair", "t'es top". */
  private static final String ACKNOWLEDGEMENT =
      "(?:ok|okay|oki|super|parfait|top|genial|cool|nickel|d accord|dac|tres bien|un grand"
          + "|c est (?:clair|parfait|tres clair|top|gentil|sympa|note)"
          + "|(?:tu es|t es|t|vous etes) (?:top|genial|geniale|geniaux|super|trop fort|trop forte|le meilleur|la meilleure))";

  /** Thanks, how warmly and what for ("merci beaucoup pour votre aide"). */
  private static final String THANKS_WORDS =
      "(?:merci|mrc|mci|thanks|thx|cimer)(?: beaucoup| bien| bcp| infiniment| encore)?"
          + "(?: pour (?:la |ta |votre |cette |l |tes |vos |les )?(?:reponse|aide|info|information|precision|explication)s?)?";

  /** The wish or farewell that closes a message ("bonne soirée", "à plus", "au revoir"). */
  private static final String CLOSING =
      "(?:et )?(?:bonne (?:soiree|journee|fin de journee|nuit|semaine|continuation|fin de semaine|week end|we)"
          + "|a (?:plus|bientot|demain|la prochaine)|au revoir|bye|ciao|tchao)";

  /** To whom: "à toi", "à vous", "à tous". */
  private static final String ADDRESSEE = "(?:a )?(?:toi|vous|tous|toutes|tout le monde)";

  /** Thanks as a whole message: "Merci !", "ok merci pour la réponse, bonne soirée à toi". */
  private static final Pattern THANKS = Pattern.compile(
      "(?:" + ACKNOWLEDGEMENT + " )*" + THANKS_WORDS + "(?: (?:" + ACKNOWLEDGEMENT + "|" + CLOSING + "|" + ADDRESSEE + "))*");

  /** A greeting: "bonjour", "salut", and the chat's "slt", "cc", "yo". */
  private static final String GREETING = "(?:bonjour|bonsoir|rebonjour|re|salut|slt|bjr|hello|coucou|cc|hey|yo)";

  /** How one is doing: "ça va ?", "comment allez-vous", "ça roule", "bien ou quoi", "t'as passé un bon week-end ?". */
  private static final String WELL_BEING =
      "(?:(?:comment )?(?:ca|sa) (?:va|roule|gaze)|comment (?:vas tu|allez vous|tu vas|vous allez|va)"
          + "|(?:tu vas|vous allez) (?:bien|comment)|bien ou quoi|quoi de (?:neuf|beau)|la forme|en forme"
          + "|(?:tu|vous) (?:fais|faites) quoi de beau"
          + "|(?:t as|tu as|vous avez|avez vous) passe (?:un|une) (?:bon|bonne) (?:week end|we|journee|soiree|nuit|vacances))";

  /**
   * What or who one talks to: a robot, an AI, a person ("un humain", "une vraie personne", "un vrai
   * gars du syndicat").
   */
  private static final String BEING = "(?:un|une) (?:vrai |vraie )?(?:robot|bot|chatbot|ia|intelligence artificielle"
      + "|humain|humaine|etre humain|personne|machine|programme|ordinateur|algorithme|gars|mec|type|nana|meuf)"
      + "(?: (?:du|de la) (?:syndicat|cgt|permanence))?";

  /**
   * What a member asks the bot about itself or as a chat partner: whether it is there, who or what
   * it is, its name, the time, a joke.
   */
  private static final String TO_THE_BOT =
      "(?:(?:tu es|t es|es tu|vous etes|etes vous|t) (?:qui|ki|la|dispo|disponible)|qui (?:es tu|etes vous)|tes qui"
          + "|(?:il )?y a quelqu un"
          + "|(?:tu es|t es|es tu|vous etes|etes vous|c est|t) (?:vraiment )?" + BEING + "(?: ou " + BEING + ")?"
          + "(?: derriere (?:l ecran|le clavier))?"
          + "|(?:tu t appelles|vous vous appelez) comment|comment (?:tu t appelles|t appelles tu|vous vous appelez|vous appelez vous)"
          + "|(?:c est )?quoi (?:ton|votre) (?:nom|prenom)|quel est (?:ton|votre) (?:nom|prenom)|(?:ton|votre) (?:nom|prenom) c est quoi"
          + "|quelle heure (?:est il|il est)|(?:il est|c est) quelle heure|(?:t as|tu as|vous avez|avez vous) l heure"
          + "|(?:(?:raconte|racontes|racontez|dis|dites)(?: moi| nous)? )?une (?:petite )?blague(?: sur(?: \\p{L}+){1,3})?)";

  /**
   * Words a member adds around the rest: "et toi", "de ton côté", "au fait", "s'il te plaît", and
   * the chat's "en vrai", "au juste", "sérieux" ("t'es qui toi en vrai ?").
   */
  private static final String FILLER =
      "(?:et toi|et vous|de ton cote|de votre cote|bien|au fait|alors|sinon|aujourd hui|ce matin|ce soir|la"
          + "|en vrai|vraiment|au juste|exactement|franchement|serieux|serieusement"
          + "|le bot|svp|stp|s il te plait|s il vous plait)";

  /** A whole message of small talk: one or more of the pieces above, in any order. */
  private static final Pattern SMALL_TALK;

  static {
    String piece = "(?:" + String.join("|", THANKS_WORDS, ACKNOWLEDGEMENT, CLOSING, ADDRESSEE, GREETING, WELL_BEING,
        TO_THE_BOT, FILLER) + ")";
    SMALL_TALK = Pattern.compile(piece + "(?: " + piece + ")*");
  }

  private SmallTalk() {}

  /** Whether {@code message} is thanks, with perhaps a word of agreement or a closing wish ({@link #THANKS}). */
  public static boolean isThanks(String message) {
    // The word limit first: THANKS repeats its pieces, and Java's matcher recurses once per
    // repetition, so a message of a few thousand "ok" overflowed the stack of the thread reading it.
    String words = words(message);
    return isShort(words) && THANKS.matcher(words).matches();
  }

  /**
   * Whether all of {@code message} is small talk: greetings, thanks, agreement, goodbyes, how one
   * is doing, who or what the bot is, its name, the time, a joke.
   */
  public static boolean isSmallTalk(String message) {
    String words = words(message);
    return isShort(words) && SMALL_TALK.matcher(words).matches();
  }

  /** Whether {@code words} (as {@link #words} gives them) are some, at most {@link #MAX_WORDS}. */
  private static boolean isShort(String words) {
    return !words.isEmpty() && words.split(" ").length <= MAX_WORDS;
  }

  /** {@code message} folded, its words separated by single spaces. */
  private static String words(String message) {
    return BETWEEN_WORDS.matcher(Folding.fold(message == null ? "" : message)).replaceAll(" ").strip();
  }
}
