package fr.permanence.answer;

import fr.permanence.search.Folding;
import java.util.regex.Pattern;

/**
 * Whether a message leans on something the bot cannot see: a file sent with it ("le courrier
 * ci-joint", "voir la capture") or an earlier message ("la situation que je vous ai exposée
 * hier", "mon message précédent"). The bot reads each message alone and opens no attachment, so
 * its answer then says so first: a member who believes the bot read their payslip would take a
 * general quote for a verdict on it.
 *
 * <p>The cues are general French usage for pointing at an enclosure or at what was said before;
 * they are matched on the folded message ({@link Folding}). Thread-safety: stateless.
 */
public final class UnseenMaterial {
  private static final String B = "(?<![\\p{L}\\d])";
  private static final String E = "(?![\\p{L}\\d])";

  /** An enclosure: "ci-joint", "en pièce jointe", "en PJ", "je vous joins", "voir la capture". */
  private static final Pattern ENCLOSURE = Pattern.compile(B + "(?:"
      + "ci[- ]?jointe?s?|pieces? jointes?|(?:en|voir|la|les|cf\\.?) pj"
      + "|je (?:vous |te )joins|(?:je |j')(?:vous |t')?ai (?:joint|mis en pj)|je joins (?:ci|en|a ce)"
      + "|que je (?:vous |te |t')?(?:envoie|transmets|mets|ai envoyee?s?|ai transmise?s?|ai jointe?s?)"
      + "|(?:voir|regardez?|cf\\.?) (?:la |le |les |l'|ma |mon |mes |cette |ce )?"
      + "(?:photos?|captures?|screens?|screenshots?|scans?|fichiers?|pdf|images?)"
      + "|(?:photos?|captures? d'ecran|screens?|screenshots?|scans?) (?:ci[- ]?dessous|jointe?s?)"
      + ")" + E);

  /** An earlier message: "mon message précédent", "comme je vous l'ai expliqué", "voir plus haut". */
  private static final Pattern EARLIER = Pattern.compile(B + "(?:"
      + "mon (?:precedent |dernier )?(?:message|post|mail|courriel)s? "
      + "(?:precedents?|d'hier|d'avant|de ce matin|de tout a l'heure|plus haut|ci-dessus)"
      + "|mon (?:precedent|dernier) (?:message|post|mail|courriel)"
      + "|ma (?:question|demande) (?:precedente|d'hier|d'avant|de ce matin|de tout a l'heure)"
      + "|(?:comme|ce que|ainsi que) je (?:vous |te |t')(?:l'|les )?ai (?:dit|explique|expose|ecrit|raconte|decrit|indique)"
      + "|(?:que|dont) je (?:vous |t')?ai (?:expose|explique|decrit|raconte|parle|ecrit)e?s?"
      + " (?:hier|avant|plus haut|precedemment|tout a l'heure|ce matin|l'autre jour|la semaine derniere)"
      + "|(?:dit|mentionnee?s?|expliquee?s?|decrite?s?|ecrite?s?|voir|cf\\.?) plus haut"
      + "|suite a mon (?:precedent )?(?:message|mail|courriel|post)"
      + ")" + E);

  private UnseenMaterial() {}

  /**
   * The line an answer to {@code message} starts with when it was sent with files ({@code
   * filesSent}) or points at a file or an earlier message; "" otherwise. Every way of answering
   * (quoted or generated) starts with it.
   */
  public static String notice(String message, boolean filesSent) {
    return filesSent || referredTo(message) ? Messages.UNSEEN : "";
  }

  /** True when {@code message} points at a file or an earlier message the bot cannot see. */
  static boolean referredTo(String message) {
    String folded = Folding.fold(message);
    return ENCLOSURE.matcher(folded).find() || EARLIER.matcher(folded).find();
  }
}
