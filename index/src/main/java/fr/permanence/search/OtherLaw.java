package fr.permanence.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The core words of the other branches of French law, one group per code: a question about a
 * lease, a divorce, taxes or a fine belongs to another code than the Code du travail, and a
 * labour-law passage that merely shares its everyday words ("délai", "préavis", "payer") does
 * not answer it. It is one piece of {@link Evidence}, weighed with the others, never a rule alone.
 *
 * <p>Written for this project from the names of the French codes and the general vocabulary of
 * each (what a lay reader finds in their titles and first chapters), not from any evaluation
 * question. Words the labour texts share with these codes are left out on purpose: "mariage" and
 * "pacs" (leave for family events), "logement" (logement de fonction), "adoption" (congé
 * d'adoption), "résiliation" (résiliation judiciaire), "délit" and "contravention" (the code's
 * penal provisions), "pension alimentaire" (deductions from pay), "tutelle", "succession" (of
 * fixed-term contracts), "asile" and "séjour" (a foreign worker's right to work), "amende",
 * "plainte", "retraite", "mutuelle", "permis", "garantie", "abonnement", "rétractation",
 * "auto-entrepreneur" (a requalification into an employment contract is labour law), and the
 * civil service ("mairie", "territoriale", "hospitalière": the union's members work there too).
 * Thread-safety: immutable.
 */
final class OtherLaw {
  private static final String WORDS = String.join(" ",
      // Code général des impôts
      "impôt fiscal fiscale fiscaux fiscalité imposable taxe TVA foncier foncière",
      // Code civil: divorce, inheritance, co-ownership, protection of adults
      "divorce divorcer divorcé divorcée héritage hériter hérité héritier testament donation notaire copropriété",
      "copropriétaire curatelle",
      // Code de la construction et de l'habitation, the law on residential leases
      "loyer locataire bailleur bail propriétaire proprio appartement expulsion HLM APL meublé",
      // Code de la consommation
      "consommateur surendettement",
      // Code pénal, Code de la route
      "policier gendarmerie gendarme cambriolage cambriolé cambrioler radar fourrière automobiliste",
      // Code civil, nationality; Code de l'entrée et du séjour des étrangers
      "naturalisation",
      // Code de commerce, Code de l'urbanisme
      "Kbis SARL urbanisme cadastre");

  /** A word: letters, and the hyphens and apostrophes inside it are word breaks. */
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private static final Set<String> WORD_SET = words(WORDS);

  private OtherLaw() {}

  /**
   * The words of {@code text} that belong to another code, in their plain form, without repeats.
   * Words are compared whole, without accents or a plural's final s or x, not by stem: a stem
   * would confuse "loyer" with "loi" and "imposable" with "imposer".
   */
  static List<String> in(String text) {
    Set<String> found = new LinkedHashSet<>();
    for (String word : words(text)) {
      if (WORD_SET.contains(word)) {
        found.add(word);
      }
    }
    return List.copyOf(found);
  }

  private static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = WORD.matcher(plain(text));
    while (m.find()) {
      String w = m.group();
      out.add(w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) ? w.substring(0, w.length() - 1) : w);
    }
    return out;
  }

  /** Lowercase, without accents. */
  private static String plain(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }
}
