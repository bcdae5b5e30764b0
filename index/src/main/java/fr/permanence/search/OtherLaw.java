package fr.permanence.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cues of the other branches of French law, one group per code: a question about a lease, a
 * divorce, taxes, a civil servant's career or a family allowance belongs to another code than the
 * Code du travail, and a labour-law passage that merely shares its everyday words ("délai",
 * "préavis", "payer", "congé") does not answer it. It is one piece of {@link Evidence}, weighed
 * with the others, never a rule alone.
 *
 * <p>Written for this project from the structure of French law — the names of the codes and the
 * general vocabulary of each (what a lay reader finds in their titles and first chapters) — not
 * from any evaluation question. A cue is a word or a phrase ("fonction publique", "garde
 * alternée", "regroupement familial"), compared whole, without accents or a plural's final s or x,
 * never by stem: a stem would confuse "loyer" with "loi" and "imposable" with "imposer".
 *
 * <p>Three kinds of cue:
 * <ul>
 *   <li>{@link #STATUS}, the civil service, counted wherever told: a fonctionnaire's leave, career
 *       and discipline are governed by the Code général de la fonction publique, not the Code du
 *       travail (a public body's staff hired under private law are the exception, and are not
 *       called fonctionnaires).
 *   <li>{@link #CUES}, the core words of another code, counted anywhere, except that when the
 *       asked clause is about work only the sentence that asks counts: a divorce or taxes told
 *       before it ("après mon divorce, je me remarie. Combien de jours de congé ?") are the story.
 *   <li>{@link #SHARED_CUES}, words another code owns but the labour texts use too: "pension
 *       alimentaire" (deducted from pay), "titre de séjour" (a foreign worker's right to work),
 *       "casier judiciaire" (what a recruiter may ask), "succession" (of employers), "permis de
 *       conduire" (an apprentice's, financed), "mairie". They count only when the clause that asks (see
 *       {@link FactAsked#askedClause}) has no word of the employment relationship ({@link
 *       #EMPLOYMENT}: salarié, employeur, salaire, contrat, apprenti, CSE…): "mon ex ne paie plus
 *       la pension alimentaire, je fais quoi ?" belongs to family law, "mon employeur peut-il
 *       retenir la pension alimentaire sur mon salaire ?" to the code's rules on pay.
 * </ul>
 * Words the labour texts use in their own sense are left out altogether: "mariage" and "pacs"
 * (leave for family events), "logement" (logement de fonction), "adoption" (congé d'adoption),
 * "résiliation" (résiliation judiciaire), "délit" and "contravention" (the code's penal
 * provisions), "tutelle", "asile", "amende", "plainte", "retraite", "mutuelle", "garantie",
 * "abonnement", "rétractation", "achat" ("pouvoir d'achat"), "état des lieux" alone (a survey of a
 * workplace's equality or risks), "permis" alone ("c'est permis ?"), "territoriale" and "hospitalière"
 * (the union's documents on public services). Thread-safety: immutable.
 */
final class OtherLaw {
  /** A word: letters; hyphens and apostrophes inside it are word breaks. */
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** The core words and phrases of another code, one line per code, separated by "|". */
  private static final Cues CUES = Cues.of(String.join("|",
      // Code général des impôts
      "impôt|fiscal|fiscale|fiscaux|fiscalité|imposable|taxe|TVA|foncier|foncière|quotient familial|plus-value",
      "déclaration de revenus|déclaration d'impôt",
      // Code civil: divorce, family, inheritance, co-ownership, protection of adults
      "divorce|divorcer|divorcé|divorcée|garde alternée|résidence alternée|droit de visite|autorité parentale",
      "juge aux affaires familiales|JAF|contribution à l'entretien",
      "héritage|hériter|hérité|héritier|testament|donation|notaire|réserve héréditaire|légué|léguer|legs|usufruit",
      "droits de succession|copropriété|copropriétaire|copro|syndic|curatelle",
      // Code de la construction et de l'habitation, the law on residential leases
      "loyer|locataire|bailleur|bail|propriétaire|proprio|appartement|expulsion|HLM|APL|meublé|colocation|colocataire",
      "dépôt de garantie|logement loué|état des lieux d'entrée|état des lieux de sortie",
      // Code de la consommation, Code des assurances
      "consommateur|surendettement|vice caché|garantie légale|bon de commande|démarcheur|démarchage|forfait mobile",
      "billet d'avion|vol annulé|assurance auto|assurance habitation|dégât des eaux|sinistre",
      "achat en ligne|achat sur internet|achat internet|vente à distance|commande en ligne",
      // Code pénal, Code de procédure pénale, Code de la route, legal aid
      "policier|gendarmerie|gendarme|cambriolage|cambriolé|cambrioler|garde à vue|commissariat|aide juridictionnelle",
      "radar|fourrière|automobiliste|carte grise|contrôle technique|excès de vitesse|retrait de permis|point de permis",
      // Code de la route: the licence's points and its suspension, driving lessons; Code de
      // l'urbanisme: the building permit
      "code de la route|auto-école|permis à points|permis probatoire|conduite accompagnée|stage de récupération",
      "retrait du permis|retrait permis|suspension de permis|suspension du permis|annulation de permis|annulation du permis",
      "permis moto|permis bateau|permis de chasse|permis de pêche|permis de construire|déclaration préalable de travaux",
      // Code de la route: the points of a licence as drivers say them ("récup", "stage de récup"),
      // the offences a driver is fined for and the notice that comes by post, speed limits and
      // the low-emission sticker; none is a word of the labour texts (a "feu rouge" there is a
      // vehicle's rear light on a worksite, never an offence)
      "récupération de point|récup de point|recup de point|stage de récup|stage de recup|point de permis|point du permis",
      "feu rouge|grillé un feu|griller un feu|brûlé un feu|brûler un feu|flashé|flashée|flasher|avis de contravention|ANTAI",
      "limitation de vitesse|vitesse autorisée|vitesse maximale autorisée|autoroute|crit'air",
      // Code monétaire et financier: a member's bank account, overdraft and loans
      "ma banque|frais bancaires|frais bancaire|agios|suis à découvert|est à découvert|être à découvert|découvert bancaire|découvert autorisé|prêt immobilier|crédit immobilier|crédit à la consommation",
      // Code civil, nationality; Code de l'entrée et du séjour des étrangers
      "naturalisation|nationalité française|regroupement familial|carte de résident",
      // the prefecture's own procedure for a residence permit (the code has the work permit, not this)
      "renouveler un titre de séjour|renouveler mon titre de séjour|renouvellement du titre de séjour",
      "renouvellement de mon titre de séjour|renouvellement de titre de séjour",
      // Code de la sécurité sociale, Code de l'action sociale et des familles: benefits
      "RSA|CAF|prime d'activité|allocation familiale|allocation de soutien familial|allocation aux adultes handicapés|AAH",
      // the social security's own appeal body, which no labour text names
      "commission de recours amiable",
      // Code de commerce, Code de l'urbanisme
      "Kbis|SARL|urbanisme|cadastre"));

  /**
   * A status another code governs whole: a fonctionnaire's leave, career and discipline are the Code
   * général de la fonction publique's, whatever the question asks about them; counted wherever told.
   */
  private static final Cues STATUS = Cues.of(
      "fonctionnaire|fonction publique|agent public|agent titulaire|titularisation|CNRACL");

  /**
   * Another code's words that the labour texts use too, counted only when the asked clause has no
   * word of the employment relationship.
   */
  private static final Cues SHARED_CUES = Cues.of(String.join("|",
      // family and inheritance: deductions from pay, a change of employer "par succession", leave
      // for an adoption
      "pension alimentaire|succession|défunt|séparation|mon ex|ex mari|ex femme|ex conjoint|adopter un enfant",
      "adopter l'enfant",
      // immigration: a foreign worker's permit
      "titre de séjour|visa|préfecture",
      // pensions: the age of retirement is also when an employer may retire an employee
      "taux plein|trimestre cotisé|pension de retraite",
      // the health insurance fund: it pays the daily allowances that the employer supplements, and
      // the code names it for that; a question to it about its own decisions is social security law
      "CPAM|caisse primaire|sécu",
      // housing and consumer law ("état des lieux" alone, a survey of a workplace, and "achat", as in
      // "pouvoir d'achat", are left out)
      "caution|location|voisin|vendeur|colis|assureur|immatriculer|immatriculation",
      // the road: an apprentice's driving licence is financed as training, and a job may require
      // one; "permis" after a determiner is the licence ("mon permis", "le permis"), alone it is
      // "allowed" ("c'est permis ?") and no cue
      "permis de conduire|mon permis|ton permis|son permis|votre permis|leur permis|le permis|du permis|un permis|permis B",
      "perte de point|perdu des point|récupérer des point|récupérer mes point|retrait de point",
      // criminal law: the code has its penal provisions, and a recruiter may ask for the record
      "procureur|tribunal correctionnel|casier judiciaire|droit pénal|stationnement",
      // self-employment (a requalification into an employment contract is labour law), the civil
      // service's places
      "auto-entrepreneur|micro-entrepreneur|éducation nationale|mairie"));

  /** Words of the employment relationship: a clause using one asks about work, whatever else it names. */
  private static final Cues EMPLOYMENT = Cues.of(String.join("|",
      "salarié|salariée|employeur|patron|patronne|boss|chef|manager|collègue|RH|travail|travailler|taf|boulot",
      "contrat|lien de subordination|requalification|CDI|CDD|intérim|embauche|embaucher|embauché|employé|employée",
      "apprenti|apprentie|apprentissage|stage|stagiaire|entreprise",
      // training financed through work: a licence paid with the CPF is the code's matter
      "CPF|compte personnel de formation|formation professionnelle|OPCO",
      "licenciement|licencié|licencier|démission|démissionner|rupture conventionnelle|prud'hommes|prudhommes",
      // "paie" only as a noun: "je paie" is the verb
      "fiche de paie|bulletin de paie|feuille de paie|salaire|rémunération|heure sup|heures supplémentaires|congé|télétravail",
      "CSE|syndicat|syndical|CGT|code du travail|convention|CCN|Syntec|accord d'entreprise"));

  private OtherLaw() {}

  /**
   * The cues of another code in {@code text}, in their plain form (lowercase, no accents, a
   * plural's final s or x dropped, words of a phrase separated by a space), in the order of the
   * text, without repeats.
   */
  static List<String> in(String text) {
    List<String> words = words(text);
    Set<String> found = new LinkedHashSet<>();
    boolean aboutWork = !find(words(FactAsked.askedClause(text)), EMPLOYMENT).isEmpty();
    // Asked about work, the member's divorce or taxes told in an earlier sentence are the story, not
    // the question ("après mon divorce je me remarie. Combien de jours de congé ?"): another code's
    // core words count in the sentence that asks. A status is the member's whole situation.
    List<String> asked = aboutWork ? words(FactAsked.askedSentence(text)) : words;
    for (int i = 0; i < words.size(); i++) {
      match(words, i, STATUS, found);
      if (!aboutWork) {
        match(words, i, SHARED_CUES, found);
      }
    }
    for (int i = 0; i < asked.size(); i++) {
      match(asked, i, CUES, found);
    }
    return List.copyOf(found);
  }

  private static List<String> find(List<String> words, Cues cues) {
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < words.size(); i++) {
      match(words, i, cues, found);
    }
    return List.copyOf(found);
  }

  /** Adds to {@code found} each of {@code cues} that starts at word {@code start} of {@code words}. */
  private static void match(List<String> words, int start, Cues cues, Set<String> found) {
    for (List<String> cue : cues.startingWith(words.get(start))) {
      if (startsAt(words, start, cue)) {
        found.add(String.join(" ", cue));
      }
    }
  }

  private static boolean startsAt(List<String> words, int start, List<String> cue) {
    if (start + cue.size() > words.size()) {
      return false;
    }
    for (int j = 1; j < cue.size(); j++) {
      if (!words.get(start + j).equals(cue.get(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Cues, each as its list of plain words, looked up by their first word: a question's every word
   * was compared with some 400 cues, a tenth of the time of a search and answer (JFR, 2026-12-02).
   */
  private record Cues(Map<String, List<List<String>>> byFirstWord) {
    /** Cues separated by "|", in the order written. */
    static Cues of(String spec) {
      Map<String, List<List<String>>> byFirst = new HashMap<>();
      for (String cue : spec.split("\\|")) {
        List<String> words = words(cue);
        if (!words.isEmpty()) {
          byFirst.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(List.copyOf(words));
        }
      }
      byFirst.replaceAll((w, cues) -> List.copyOf(cues));
      return new Cues(Map.copyOf(byFirst));
    }

    /** The cues whose first word is {@code word}, in the order written. */
    List<List<String>> startingWith(String word) {
      return byFirstWord.getOrDefault(word, List.of());
    }
  }

  /** The words of {@code text}: lowercase, without accents, a plural's final s or x dropped. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(Folding.fold(text));
    while (m.find()) {
      String w = m.group();
      out.add(w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) ? w.substring(0, w.length() - 1) : w);
    }
    return out;
  }
}
