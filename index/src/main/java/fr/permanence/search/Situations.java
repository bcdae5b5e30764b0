package fr.permanence.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Two situations of working life that members tell in words the code never uses, each told by two
 * things together, and the code's own wording for them, searched besides the question's words:
 * <ul>
 *   <li>being contacted by work (mails, messages, calls) outside working time (the evening, the
 *       weekend, leave): the code's "droit à la déconnexion" and the "outils numériques" whose use
 *       respects the "temps de repos et de congé" (L. 2242-17);</li>
 *   <li>being monitored (a camera, a tracking or recording tool, surveillance) without having been
 *       told: the code's "information" about an employee "collectée par un dispositif" not "porté
 *       préalablement à sa connaissance" (L. 1222-4).</li>
 * </ul>
 * One word alone says neither: "le soir" is night work as often, "un message" a letter of
 * resignation, "une caméra" a question for the CSE, "sans prévenir" an absence. The lexicon
 * (corpus/lexicon) expands one word or one phrase at a time, so it cannot read a pair; and
 * "sans", "dire", "me" are stop words there, so "sans me le dire" is nothing left to expand.
 *
 * <p>Matched on the question folded to lower case without accents (members leave them out), whole
 * words. The words are general French usage, written for this project, not from any evaluation
 * question. Stateless and thread-safe.
 */
final class Situations {
  /** The code's wording for being contacted outside working time. */
  static final String DISCONNECTION =
      "droit à la déconnexion, utilisation des outils numériques, respect des temps de repos et de congé";
  /** The code's wording for monitoring one was not told of. */
  static final String UNDISCLOSED_MONITORING =
      "information collectée par un dispositif porté préalablement à sa connaissance";

  private static final String B = "(?<![a-z0-9])";
  private static final String E = "(?![a-z0-9])";

  /** Contact by work's means: mail, messages, calls, chat, the phone; reachable, picking up. */
  private static final Pattern CONTACT = Pattern.compile(B + "(?:e-?mails?|mails?|courriels?|messages?|messageries?"
      + "|sms|textos?|whatsapp|teams|slack|notifs?|notifications?|appels?|appeler|appelle|appellent|appele|appelee"
      + "|telephone|telephoner|portable|coups? de fil|joignables?|injoignables?|decrocher|deconnecter|deconnexion"
      + "|m'?ecri(?:t|vent|re)|nous ecri(?:t|vent|re)|me contacte[rn]?t?|nous contacte[rn]?t?|me sollicite(?:r|nt)?)" + E);

  /**
   * Time that is not working time: evenings and nights by the clock, the weekend, days of leave and
   * rest, "after work". Not sick leave: being called then is another question (the suspended contract).
   */
  private static final Pattern OFF_TIME = Pattern.compile(B + "(?:le soir|les soirs|tous les soirs|ce soir|en soiree"
      + "|tard|la nuit|le week-?end|les week-?ends?|ce week-?end|le samedi|le dimanche|les samedis|les dimanches"
      + "|conges?|vacances|rtt|jours? de repos|jours? off|repos|ferie|feries"
      + "|(?:19|2[0-3]|minuit) ?h(?:eures?)?(?:[0-5][0-9])?|minuit"
      + "|apres (?:le|mon|ma|mes) (?:travail|boulot|taf|journee|service|heures)"
      + "|en dehors (?:des|de mes|du|de mon) (?:heures|horaires|temps de travail|travail|boulot)"
      + "|hors (?:des |de mes )?(?:heures|horaires|temps de travail))" + E);

  /** Monitoring: its tools and its verbs. */
  private static final Pattern MONITORING = Pattern.compile(B + "(?:surveill\\w*|espion\\w*|flic\\w*|fliqu\\w*"
      + "|cameras?|videos?|videosurveillance|webcams?|film(?:e|es|ee|ees|er|ent|ait)?|gps|geoloc\\w*|traceurs?"
      + "|trac(?:e|ent|er|age|king)|pist(?:e|ent|er)|keyloggers?|mouchards?|captures? d'?ecran|enregistr\\w*"
      + "|ecout(?:e|ent|er)|badgeuses?|pointeuses?|biometri\\w*|logiciels?|outils? de (?:suivi|controle|surveillance)"
      + "|(?:lit|lisent|lire|regarde|regardent|regarder|fouille|fouiller) (?:mes|nos|ce que)|collect\\w*)" + E);

  /**
   * Not told: "sans (me, nous, les) prévenir / informer / avertir / le dire / en parler", "à mon
   * insu", "en secret", "personne ne m'a prévenu", "jamais (été) informés", "on ne nous a rien dit",
   * found out "par hasard".
   */
  private static final Pattern NOT_TOLD = Pattern.compile(B + "(?:sans (?:(?:me|nous|les|le|la|l'|leur|en|m'en|nous en"
      + "|rien|jamais|personne|aucune?)\\s*){0,3}(?:previen\\w*|preven\\w*|inform\\w*|avert\\w*|dire|parler|consult\\w*"
      + "|demander|expliquer|accord|information|avertissement)"
      + "|a (?:mon|ma|notre|nos|son|sa|leur|leurs) insu|en secret|en cachette|discretement"
      + "|personne (?:ne )?(?:m|nous|les)'?\\s*(?:a|ont) (?:jamais |rien )?(?:prevenu|previen\\w*|informe\\w*|averti\\w*|dit|parle|explique)"
      + "|(?:jamais|pas|rien) (?:ete |eu )?(?:prevenu|informe|averti|mis au courant|dit|parle|explique|presente|demande)s?e?s?"
      + "|(?:ne|n') (?:m|nous)'?\\s*(?:a|ont) (?:jamais |rien |pas )?(?:prevenu|informe|averti|dit|parle|explique|presente)"
      + "|par hasard|decouvert)" + E);

  private Situations() {}

  /** The code's wording for the situations {@code question} tells, one after the other; "" for none. */
  static String wording(String question) {
    String q = fold(question);
    List<String> out = new ArrayList<>(2);
    if (CONTACT.matcher(q).find() && OFF_TIME.matcher(q).find()) {
      out.add(DISCONNECTION);
    }
    if (MONITORING.matcher(q).find() && NOT_TOLD.matcher(q).find()) {
      out.add(UNDISCLOSED_MONITORING);
    }
    return String.join(". ", out);
  }

  /**
   * The code's wording for the situations a member's message tells, in its question or its
   * context; "" for none, or when {@code weight} is 0 (the situations are not searched).
   */
  static String wording(QuestionFocus message, double weight) {
    return weight > 0 ? wording(message.focus() + " " + message.context()) : "";
  }

  /** Lower case, accents removed, curly apostrophes straight, spaces single. */
  static String fold(String text) {
    String nfd = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return nfd.replaceAll("\\p{M}+", "").replace('’', '\'').replaceAll("\\s+", " ");
  }
}
