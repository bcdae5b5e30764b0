package fr.permanence.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The everyday words of working life — the work relationship, its parties, its contract, its
 * time, pay and end, its representatives and the places a member works in — in general French,
 * formal and colloquial. A question about labour law nearly always uses one ("mon patron",
 * "ma boîte", "le CSE", "mes congés"); a question about a recipe, a lease, a divorce or taxes
 * rarely does. It is one piece of {@link Evidence}, weighed with the others, never a rule alone.
 *
 * <p>Whole words, not stems: a stem joins words of other areas of life ("forme" with
 * "formation", "payer son loyer" with "paie", "fonctionner" with "fonction publique"). A word is
 * matched in its written forms: singular and plural ({@link #WORDS}), and for the verbs of work
 * their usual conjugated forms ({@link #VERBS}). A word with an everyday sense besides its sense
 * at work counts only in the phrases that mean work ({@link #PHRASES}): "ma boîte", not "la boîte
 * de vitesses"; "je bosse", not "une bosse"; "période d'essai", "heures sup", not "période" or
 * "heures" alone. Matched on the question folded to lower case without accents, since members
 * often leave accents out.
 *
 * <p>Written for this project from usage, not from any evaluation question; words shared with
 * other areas of life (vacances, horaires, ordinateur, pension) are left out on purpose, and so
 * are words whose work sense always comes with another word of the list ("inspection" and
 * "médecine" du travail, "rupture" conventionnelle or du contrat, accord de "branche").
 * Thread-safety: immutable.
 */
final class WorkingLife {
  /** Nouns, adjectives and fixed forms; each also counts in the plural (an added s or x). */
  private static final String WORDS = String.join(" ",
      // the work relationship and its parties
      "travail travailleur travailleuse salarié salariée salariat employeur employeuse employé employée",
      "entreprise société boulot bosser bossée bossent bossons bossez bossais bossait bossaient bossant taf job patron patronne boss chef cheffe manager management hiérarchie",
      "direction directeur directrice DRH RH collègue embauche recrutement",
      // contracts and statuses
      "contrat CDI CDD intérim intérimaire stage stagiaire apprenti apprentie apprentissage alternance alternant",
      "alternante ETAM ouvrier ouvrière fonctionnaire freelance indépendant indépendante portage",
      "sous-traitance prestataire consultant consultante mission",
      // time, pay, leave
      "salaire paie payé payée rémunération prime bulletin astreinte congé RTT repos maladie télétravail déconnexion",
      // the end of the contract
      "licenciement licencié licenciée viré virée démission conventionnelle préavis chômage indemnité",
      // representatives and collective law
      "CSE comité syndical syndicale syndicaux syndiqué syndiquée délégué déléguée représentant représentante",
      "élu élue grève gréviste prud'hommes prudhommes convention négociation consultation expert expertise",
      "CGT CFDT FO CFE-CGC UNSA Solidaires revendication militant militante adhérent adhérente",
      // training and careers
      "formation former CPF compétence qualification carrière promotion professionnel professionnelle reconversion",
      // the public service, where members work too
      "agent fonctionnaire",
      // the sector and its tools of control
      "ESN Syntec SSII surveillance flicage badgeuse pointage keylogger mouchard géolocalisation harcèlement",
      "discrimination",
      // discipline and seniority: a member's "sanction", "avertissement", "ancienneté" are the employer's
      "sanction avertissement ancienneté intéressement",
      // the digital transformation of work, the union's own subject: AI, algorithms, platforms
      "IA artificielle algorithme algorithmique plateforme numérique RGPD CNIL productivité automatisation");

  /** Verbs of work (first group), counted in their usual forms: "je travaille", "ils recrutent", "embauché". */
  private static final String VERBS = "travailler embaucher recruter démissionner licencier revendiquer sanctionner";

  /** Endings of a first-group verb a member writes: present, past participle, imperfect, future, participle. */
  private static final String VERB_ENDINGS =
      "(?:er|e|es|ent|ons|ez|é|ée|és|ées|ais|ait|aient|ions|iez|ant|erai|eras|era|erons|erez|eront|erais|erait)";

  /**
   * Words with an everyday sense besides work, in the phrases that mean work (folded regular
   * expressions, matched as whole words).
   */
  private static final List<String> PHRASES = List.of(
      // "ma boîte", "une boîte de 50 personnes" is a company; a gearbox, a letterbox, a mailbox or a
      // night club ("en boîte") is not.
      "(?<!en )boites?(?! (?:de vitesses?|aux lettres|a lettres|mail|e-mail|a outils|a gants|de nuit|de conserve"
          + "|de reception|vocale|postale|a chaussures|a bijoux|a musique|crannienne|noire))",
      // "je bosse", "j'ai bossé" work; "une bosse" is a bump (and "bossé" is "bosse" without its accent).
      "(?:je|tu|il|elle|on|nous|vous|ils|elles|ai|as|a|avons|avez|ont|avais|avait|avoir)"
          + " boss(?:e|es|ent|ons|ez|ais|ait|aient)",
      "(?:periode|periodes) d'essai", "heures? sup(?:s|p|plementaires?)?",
      "intelligence artificielle", "fonction publique", "service public",
      // An "entretien" is also servicing a boiler; "pro" also an expert.
      "entretiens? (?:pro|professionnels?|prealables?|annuels?|d'embauche|d'evaluation|individuels?)",
      "(?:telephone|mail|adresse|ordinateur|pc|vie|usage|frais|compte|voiture|vehicule)s? pros?",
      // At work an "emploi" is a job, an "accord" an agreement: not a "mode d'emploi", not "d'accord".
      "(?<!mode d')emplois?", "(?<!d')accords?",
      // Whatever the question's subject, "dans le cadre de" frames it: a "cadre" is a grade at work.
      "(?<!dans le |dans ce |hors du )cadres?(?! de vie)",
      // A building's "syndicat de copropriété" is no union.
      "syndicats?(?! de (?:copropriete|coproprietaires|proprietaires))",
      "(?:accident|accidents) (?:du travail|de trajet|de service)",
      // the superior one reports to ("mon n+1", "ma N+2"), the disciplinary measures of the code
      "n\\+[12]", "superieure?s? hierarchiques?", "mises? a pied", "fautes? (?:grave|lourde)s?");

  /**
   * The words that name only the workplace and its people, not a matter of working life: where
   * something happens or whose it is ("au boulot", "du taf", "de ma boîte", "avec mon manager",
   * "d'un collègue"). A request about the office printer or a colleague's leaving speech uses
   * them as a setting; a matter the texts settle (congé, salaire, préavis, prud'hommes) is named
   * by the other words of this class. Folded, singular and plural.
   */
  private static final Set<String> WORKPLACE = Set.of(
      "travail", "boulot", "taf", "job", "boite", "entreprise", "societe", "bureau", "collegue", "patron", "patronne",
      "chef", "cheffe", "manager", "boss", "direction", "employeur", "salarie", "salariee", "equipe", "pro", "n+1", "n+2");

  private final Pattern pattern;

  WorkingLife() {
    List<String> alternatives = new ArrayList<>();
    for (String word : Folding.fold(WORDS).split(" ")) {
      alternatives.add(Pattern.quote(word) + "(?:s|x)?");
    }
    for (String verb : Folding.fold(VERBS).split(" ")) {
      alternatives.add(Pattern.quote(verb.substring(0, verb.length() - 2)) + Folding.fold(VERB_ENDINGS));
    }
    PHRASES.forEach(alternatives::add);
    this.pattern = Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\d])");
  }

  /** Whether {@code word} names only the workplace or its people ({@link #WORKPLACE}). */
  static boolean namesTheWorkplace(String word) {
    String folded = Folding.fold(word).replaceAll("^[a-z]'", "");
    return WORKPLACE.contains(folded) || WORKPLACE.contains(folded.replaceAll("[sx]$", ""));
  }

  /** Whether {@code question} uses a word of working life. */
  boolean mentions(String question) {
    return pattern.matcher(Folding.fold(question)).find();
  }
}
