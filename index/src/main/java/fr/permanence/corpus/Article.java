package fr.permanence.corpus;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a passage of the Code du travail comes from.
 *
 * @param number the article number without punctuation spaces, e.g. {@code L2312-8}
 * @param legiId the Légifrance identifier of the version, e.g. {@code LEGIARTI000035628887}
 * @param path the plan of the code above the article, e.g. "Partie législative > … > Section 3"
 * @param versionDate the date the quoted version came into force (ISO, may be empty)
 * @param url the article's Légifrance address built from {@code legiId}
 */
public record Article(String number, String legiId, String path, String versionDate, String url) {
  public Article {
    Objects.requireNonNull(number, "number");
    legiId = legiId == null ? "" : legiId;
    path = path == null ? "" : path;
    versionDate = versionDate == null ? "" : versionDate;
    url = url == null ? "" : url;
  }

  /** The number as lawyers print it: {@code L2312-8} becomes {@code L. 2312-8}. */
  public String displayNumber() {
    return displayNumber(number);
  }

  /** {@code number} as lawyers print it: {@code L2312-8} becomes {@code L. 2312-8}. */
  public static String displayNumber(String number) {
    if (number.length() > 1 && Character.isLetter(number.charAt(0)) && Character.isDigit(number.charAt(1))) {
      return number.charAt(0) + ". " + number.substring(1);
    }
    return number;
  }

  /**
   * Headings the code repeats in every part to say how its rules apply, not what they are about:
   * since 2016 most subjects are laid out as "Ordre public", "Champ de la négociation collective"
   * and "Dispositions supplétives", and others end with general, common, penal or application
   * provisions.
   */
  private static final Set<String> STRUCTURAL_HEADINGS = Set.of("ordre public",
      "champ de la négociation collective", "dispositions supplétives", "dispositions générales",
      "dispositions communes", "dispositions pénales", "dispositions d'application", "champ d'application",
      "chapitre unique", "section unique", "principes", "annexes", "dispositions particulières",
      "dispositions diverses", "dispositions finales", "dispositions transitoires");
  /** A heading's numbering: "Sous-section 10 :", "Paragraphe 1er :", "Chapitre II :", "Section 3 :". */
  private static final Pattern NUMBERING = Pattern.compile(
      "^(?:Partie|Livre|Titre|Chapitre|Section|Sous-section|Paragraphe|Sous-paragraphe)\\s+[^:]{1,20}:\\s*");

  /**
   * What the article is about, for a member: the nearest heading above it that names a subject,
   * without its numbering ("Autres cas de recours à l'expertise" rather than "Paragraphe 3 :
   * …"; "Consultations et informations ponctuelles" rather than "Paragraphe 1er : Ordre public").
   */
  public String subject() {
    String[] levels = path.split(" > ");
    for (int i = levels.length - 1; i >= 0; i--) {
      String heading = NUMBERING.matcher(levels[i].strip()).replaceFirst("");
      if (!heading.isEmpty() && !STRUCTURAL_HEADINGS.contains(heading.toLowerCase(Locale.ROOT))) {
        return heading;
      }
    }
    return "";
  }

  /**
   * Whether the article is of the legislative part (L), voted by Parliament and stating the rule,
   * rather than of the regulatory part (R, D), decrees saying how it applies: procedure, forms,
   * amounts, delays.
   */
  public boolean legislative() {
    return number.startsWith("L");
  }

  /**
   * Headings of the code's plan gathering rules for a few readers: the seventh part on particular
   * professions and activities (journalists, home workers, seafarers, performers), the books and
   * sections on the overseas territories, annexes (machine and equipment requirements, forms) and
   * the parts kept from the code before its 2008 recodification.
   */
  private static final Pattern PERIPHERAL_PLAN = Pattern.compile(
      "Septième partie|outre-mer|Mayotte|Guadeloupe|Saint-Pierre-et-Miquelon|Saint-Barthélemy|^Annexe"
          + "|> Annexes?(?: |$)|^Partie (?:législative|réglementaire) ancienne");

  /**
   * Whether the article sits where the code's plan gathers rules for a few readers: a particular
   * profession, the overseas territories, an annex or the code before 2008 (see
   * {@link #PERIPHERAL_PLAN}); not where the rules of an ordinary employment relationship are.
   */
  public boolean peripheral() {
    return PERIPHERAL_PLAN.matcher(path).find() || number.startsWith("Annexe");
  }

  /**
   * Whether the article is of the code's chapter on dismissal for economic reasons (L. 1233-1 and
   * after, and its decrees): a procedure of its own (consulting the CSE, redeployment, the job
   * protection plan), which a member asks about by naming it.
   */
  public boolean economicDismissal() {
    return path.contains("Licenciement pour motif économique");
  }

  /**
   * The subject ({@link #subject()}) when the heading right above the article does not name it,
   * only says how its rules apply ("Ordre public", "Dispositions supplétives"); "" when that
   * heading names a subject itself, or when none does.
   */
  public String subjectAboveStructure() {
    String subject = subject();
    String nearest = NUMBERING.matcher(lastPathLevel().strip()).replaceFirst("");
    return subject.equals(nearest) ? "" : subject;
  }

  /** The last level of the path, the most telling one for a citation. */
  public String lastPathLevel() {
    int cut = path.lastIndexOf(" > ");
    return cut < 0 ? path : path.substring(cut + 3);
  }
}
