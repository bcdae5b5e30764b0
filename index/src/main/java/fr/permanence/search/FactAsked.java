package fr.permanence.search;

import fr.permanence.analysis.LegalReferences;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of fact a question's focus asks for, as far as its form tells: the texts (the law,
 * the Ministry's sheets, the agreement, the union's documents) state lasting rules and
 * positions, so a question pinned to this year or the next ("cette année", "l'an prochain",
 * "en 2027") or one about a particular workplace ("chez Orange") asks for a fact they cannot give. Each is one piece of {@link Evidence},
 * weighed with the others, never a rule alone. Thread-safety: stateless.
 */
final class FactAsked {
  /**
   * A date near the present: this year, next year, the next or the last event, tomorrow, this
   * week. A rule of law does not depend on the date it is asked; a figure or an event of this
   * year, of last March or of next January does. ("Aujourd'hui" and "actuellement" are left out:
   * "les outils d'aujourd'hui" is no date; so is "la prochaine fois", a manner of speaking.)
   */
  private static final Pattern TIME_BOUND = Pattern.compile(
      "(?iu)\\b(?:cette\\s+ann[ée]e|ce\\s+mois-ci|cette\\s+semaine|demain"
          + "|prochaine?s?(?!\\s+fois)"
          + "|(?:l['’]\\s*an|l['’]\\s*ann[ée]e|(?:le|ce)\\s+mois|la\\s+semaine|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t"
          + "|septembre|octobre|novembre|d[ée]cembre)\\s+derni(?:er|[èe]re))\\b");

  /**
   * A prediction: "il va choisir", "vont-ils fermer", "augmentera-t-il" — what someone will do or
   * what will happen, which no text can tell. Only "aller" and the inverted future of a question
   * are matched: a plain future is as often a rule ("le préavis sera payé") or a hypothesis ("si
   * on refuse, le projet partira"); "ça va" is a manner of speaking, and "je vais" the member's own plan.
   */
  private static final Pattern PREDICTION = Pattern.compile(
      "(?iu)(?<!ça\\s|ca\\s)\\b(?:va|vont)(?:-t)?(?:-(?:il|elle|on|ils|elles))?\\s+(?:\\p{L}+\\s+)?\\p{L}+(?:er|ir|re)\\b"
          + "|\\b\\p{L}{3,}(?:era|ira)-t-(?:il|elle|on)\\b|\\b\\p{L}{3,}(?:eront|iront)-(?:ils|elles)\\b"
          // how a court would rule on one's own case, in the conditional ("un juge dirait-il…", "les
          // prud'hommes me donneraient-ils raison"), or one's chances of winning: a prediction the
          // texts cannot make ("le juge peut-il requalifier…" asks a rule, in the present)
          + "|\\b(?:juges?|prud['’]?\\s*hommes|tribunal|cour)\\b(?:\\s+\\p{L}+){0,3}?\\s+\\p{L}{2,}(?:rait|raient)\\b"
          + "|\\b\\p{L}{2,}(?:rait|raient)-(?:il|elle|ils|elles)\\s+(?:\\p{L}+\\s+){0,3}?"
          + "(?:juges?|prud['’]?\\s*hommes|tribunal)\\b"
          + "|\\bchances?\\s+de\\s+(?:gagner|l['’]emporter|obtenir|r[ée]ussir)\\b");

  /**
   * Joining or paying a union: "adhérer à la CGT", "l'adhésion", "se syndiquer", "la cotisation
   * syndicale", "cotiser à". A union so named is the organisation joined, not a text.
   */
  private static final Pattern MEMBERSHIP = Pattern.compile(
      "(?iu)\\b(?:adh[ée]rer|adh[ée]sion|syndiquer|cotisations?\\s+syndicales?|cotiser\\s+(?:à|a|au|aux)"
          + "|cartes?\\s+syndicales?)\\b");

  /**
   * What joining costs: a price or an amount ("combien", "coûte", "le prix", "le tarif", "le
   * montant"). With {@link #MEMBERSHIP}, the question is about one union's fee, a fact of that
   * organisation that no law or agreement states. How it is paid is not: the code forbids the
   * employer to deduct it from pay (L. 2141-6).
   */
  private static final Pattern FEE = Pattern.compile(
      "(?iu)\\b(?:combien|co[ûu]te|co[ûu]tent|prix|tarifs?|montant|cher)\\b");

  /**
   * How to reach a place or a service: its address, telephone number, opening hours or website.
   * The texts are no directory ("adresse e-mail", "adresse IP" are about monitoring, not asked).
   */
  private static final Pattern CONTACT = Pattern.compile(
      "(?iu)\\badresse\\b(?!\\s*(?:e-?mail|mail|m[ée]l|[ée]lectronique|ip|courriel|perso|pro))"
          + "|\\bnum[ée]ro\\s+(?:de\\s+)?(?:t[ée]l[ée]phone|t[ée]l)\\b|\\bt[ée]l[ée]phone\\s+(?:de|du|des)\\s+(?:la|l['’]|le|les)?\\s*"
          + "(?:inspection|conseil|union|syndicat|prud|permanence|bourse|maison|agence|dreets|direccte)"
          + "|\\bhoraires\\s+d['’]\\s*ouverture\\b|\\bsite\\s+(?:internet|web)\\s+(?:de|du|des)\\b"
          // a union's or an office's opening hours: "les horaires de la permanence", "du local syndical"
          + "|\\bhoraires\\s+(?:de\\s+la|du|de\\s+l['’]|des)\\s*(?:permanences?|syndicats?|local|locaux|bureaux?|unions?"
          + "|ud|ul|accueil|inspection)\\b");

  /**
   * An opinion asked of or about someone: "vous pensez quoi de…", "qu'est-ce qu'il en pense",
   * "que pense…", "ton avis sur…", "il est réglo ?". With a person's name ({@link SourceNames#FULL_NAME}),
   * the question asks what that person is worth or thinks, which no text of law or of the union
   * says.
   */
  private static final Pattern OPINION = Pattern.compile(
      "(?iu)\\b(?:pens(?:e|es|ez|ent)\\s+quoi|qu['’]\\s*(?:est-ce\\s+qu['’]\\s*)?(?:il|elle|on|tu|vous|ils|elles)\\s+(?:en\\s+)?pens"
          + "|que\\s+pens(?:e|es|ez|ent)|(?:ton|votre|son|leur)\\s+avis|l['’]\\s*avis\\s+de|r[ée]glos?|fiables?)\\b");

  /**
   * The exact figure or wording of one case: "le montant exact", "combien précisément", "le PV dit
   * quoi exactement". The texts give rules, ranges and minimums; the exact detail of one
   * workplace's contract, vote or plan is in documents they are not.
   */
  private static final Pattern EXACT = Pattern.compile("(?iu)\\b(?:exacte?s?|exactement|pr[ée]cis[ée]ment)\\b");

  /**
   * A request that the bot recommend a thing: "tu me conseilles quel…", "vous me recommandez un…",
   * "un livre à conseiller", "tu connais un bon…", "t'as des idées", "une idée de cadeau", and
   * which thing to offer, buy, install or read ("quel cadeau lui offrir", "quelle appli installer",
   * "par quel langage commencer"). The texts state rules and rights; they never recommend a
   * product, a place, a dish or a pastime, which is what such a request asks for (written from how
   * a chat request is phrased, not from any topic). An idea of a fact ("t'as une idée de combien…", "une idée si…") is no such
   * request, nor advice asked without a thing ("tu me conseilles quoi ?", "tu me conseilles de
   * signer ?"): a member asks both about work.
   */
  private static final Pattern RECOMMENDATION = Pattern.compile(
      "(?iuU)\\b(?:tu|vous)\\s+(?:me|nous|m['’])\\s*(?:conseill|recommand)\\p{L}*\\s+(?:quoi\\s+comme|quel\\p{L}*|un|une|des)\\b"
          + "|\\b(?:me|nous)\\s+(?:conseiller|recommander)\\s+(?:quoi\\s+comme|quel\\p{L}*|un|une|des)\\b"
          + "|\\b(?:[àa])\\s+(?:me\\s+|nous\\s+)?(?:conseiller|recommander)\\s*(?:[?!.]|$)"
          + "|\\b(?:tu|vous)\\s+connai(?:s|ssez)\\s+(?:un|une|des)\\s+(?:bon|bonne|bons|bonnes)\\b"
          + "|\\b(?:t['’]\\s*as|tu\\s+as|as-tu|vous\\s+avez|avez-vous|t['’]\\s*aurais|tu\\s+aurais|aurais-tu|vous\\s+auriez"
          + "|auriez-vous)\\s+des\\s+id[ée]es\\b"
          // "une idée de cadeau", "des idées d'animation", and a message opening on "idée de…"
          + "|(?:\\b(?:une|des)\\s+|^\\s*)id[ée]es?\\s+(?:de|d['’]|pour)\\s*"
          + "(?!combien|comment|quand|quoi|qui|ce\\s+que|ce\\s+qu|si\\b|s['’])\\p{L}"
          // which thing to get or use: "quel cadeau lui offrir", "quelle appli installer", "par quel langage
          // commencer" (not "choisir" nor "prendre": "quel expert choisir", "quels congés prendre" are the law's)
          + "|\\bquel(?:le)?s?\\s+(?:\\p{L}+\\s+){1,2}(?:(?:lui|leur|me|nous|vous|te)\\s+)?"
          + "(?:offrir|acheter|commander|installer|t[ée]l[ée]charger|porter|regarder|lire|[ée]couter|cuisiner|servir|pr[ée]parer)\\b"
          + "|\\bpar\\s+(?:quel\\p{L}*|quoi)\\s+(?:\\p{L}+\\s+)?commencer\\b");

  /** What a writer does, folded: write, translate, correct, draft, sum up, rephrase. */
  private static final String WRITING = "ecrire|traduire|corriger|rediger|resumer|reformuler";

  /**
   * What a member asks the bot itself to do for them, folded: give, find, advise, write, translate
   * ("tu peux me donner une recette…", "pouvez-vous me traduire…"): a practical request, no right.
   */
  private static final String BOT_TASKS = "(?:aider|donner|trouver|conseiller|recommander|proposer|envoyer|" + WRITING + ")";

  /**
   * What only a writer or a calculator does, asked of the bot with the verb first ("pouvez-vous
   * rédiger un poème", "peux-tu traduire…", "pourriez-vous convertir…"), no "me" needed: the
   * inverted "vous" or "tu" is the bot, where "tu peux…" often means anyone ("tu peux refuser une
   * mutation ?"). Folded.
   */
  private static final String WRITING_TASKS = "(?:" + WRITING + "|calculer|convertir|generer|coder|programmer)";

  /**
   * A question about a right, a duty or what is lawful: "peut-il", "a-t-on le droit", "dois-je",
   * "est-ce obligatoire", "c'est légal", "interdit", "autorisé", "permis" (not the driving licence:
   * "mon permis", "le permis de conduire"), "c'est normal ?". That
   * is what the law, the Ministry's sheets and the agreement answer; a practical request (how to
   * share a screen, which gift to buy, what to cook) asks none of it, even in the words of work.
   * Matched on the folded focus (no accents, lower case), whole words: the forms of "pouvoir" and
   * "devoir" a question uses, "droit(s)", and the adjectives of lawfulness in gender and number.
   */
  private static final Pattern RIGHT_OR_DUTY = Pattern.compile(
      // "comment je peux…", "comment peut-on…" ask how to do a thing, not whether one may
      "(?<![\\p{L}\\d])(?<!comment |comment je |comment on |comment tu |comment il |comment elle )"
          + "(?:peut|peuvent|puis-je|pouvons|pourrait|pourraient|dois|doit|doivent|devons|devez"
          // a right, not the law as a field ("un avocat en droit du travail", "le droit social")
          + "|(?<!en )droits?(?! (?:du travail|social|penal|civil|commercial|de la famille|des contrats|europeen))"
          // "tu peux", "vous pouvez", but not a request to the bot to give or find something ("tu
          // peux me donner…", "pouvez-vous me conseiller…"): no right is asked there
          + "|(?:peux|pouvez)(?!(?:-tu|-vous| tu| vous)? (?:me |m'|nous )" + BOT_TASKS + "(?![\\p{L}\\d]))"
          + "(?!(?:-tu|-vous) " + WRITING_TASKS + "(?![\\p{L}\\d]))"
          + "|obligatoires?|obligee?s?|obligations?|(?:il)?legal(?:e|es|ement)?|(?:il)?legaux|interdite?s?|autorisee?s?"
          // "permis" is "allowed" unless it is the licence: after a determiner ("mon permis", "le
          // permis") or naming one ("permis de conduire", "permis B")
          + "|(?<!(?:le|un|mon|ton|son|du|au|ce|leur|votre|notre|retrait|suspension|annulation) )permise?s?"
          + "(?! (?:de conduire|de construire|a points|probatoire|moto|bateau|b)(?![\\p{L}\\d]))"
          + "|(?:c'est|est-ce|est-il|est-elle|pas) normale?)(?![\\p{L}\\d])");

  /**
   * A practical request: how to do or fix something oneself ("comment flouter…", "comment faire
   * pour…", "je fais comment ?", "on fait quoi ?", "que faire ?"), a thing that does not work ("ça
   * marche pas", "s'allume plus", "en panne", "ça bug", "une solution ?", "une astuce ?", "c'est un
   * problème de…"), or where to find, buy or park ("où acheter…", "où puis-je trouver…", "où se garer"). Matched on the folded
   * focus. Written from how a request for help is phrased in French, not from any topic: the form
   * is as common in questions about work ("comment contester un avertissement", "je veux
   * démissionner, je fais comment ?"), so it is weighed only with how far from the field the words
   * of what is asked are ({@link MatchCheck}), never alone.
   */
  private static final Pattern PRACTICAL = Pattern.compile(
      "(?<![\\p{L}\\d])(?:comment(?: (?:on|je|tu|faire pour|faut-il|peut-on|je peux|on peut|puis-je|je dois|on doit))?"
          + " (?!(?:votre|notre|leur|autre|etre)\\b)(?:(?:me|te|se|le|la|les|lui|leur|en|y) |[mts]')?[a-z-]+(?:er|ir|re)"
          + "|(?:on|je|tu) (?:fai[st]|peux faire|peut faire|dois faire|doit faire) (?:comment|quoi)|que faire"
          + "|une (?:solution|astuce)|un (?:tuto|tutoriel)|(?:marche|fonctionne|s'allume|demarre) (?:pas|plus)"
          + "|bug(?:ue|gue|e)?|en panne|se deconnecte|c'est un probleme de"
          // a request to the bot to give, find or advise something: "tu peux me donner une recette ?"
          + "|(?:peux|pouvez|pourrais|pourriez)(?:-tu|-vous| tu| vous)? (?:me |m'|nous )" + BOT_TASKS
          + "|(?:peux|pouvez|pourrais|pourriez)(?:-tu|-vous) " + WRITING_TASKS
          // how one does a thing, in any tense: "comment on traduit…", "comment je négocie…"
          + "|comment (?:on|je|tu) (?!(?:peux|peut|dois|doit|suis|sommes|es|est|ai|as|a)\\b)[a-z-]{3,}"
          + "|ou (?:(?:puis-je|peut-on|je peux|on peut|pourrais-je|je pourrais) )?"
          + "(?:trouver|acheter|manger|dejeuner|garer|se garer|me garer|dormir|sortir|louer|reparer))"
          + "(?![\\p{L}\\d])");

  /**
   * The words of a practical request itself ({@link #PRACTICAL}), and of the wish that comes with
   * it ("je veux…, je fais comment ?", "j'aimerais…"), which say nothing of what it is about.
   */
  private static final Pattern REQUEST_WORDS = Pattern.compile(
      "(?iu)(?<![\\p{L}\\d])(?:comment|faire|fais|fait|faut-il|peut-on|puis-je|peux|peut|dois|doit|on|je|j|tu|que|quoi"
          + "|veux|veut|voudrais|voudrait|aimerais|souhaite|souhaiterais|pouvez|pourrais|pourriez|me|m|nous"
          + "|" + BOT_TASKS
          + "|solution|astuce|tuto|tutoriel|marche|fonctionne|pas|plus|panne|probl[eè]me|trouver|acheter|pr[eè]s|aide)"
          + "(?![\\p{L}\\d])");

  /**
   * The verb of the action a request asks how to do, after "comment" or a wish ("comment le
   * contester", "comment prendre…", "je veux poser…", "j'aimerais attaquer…"): the action is the
   * request's (contest, take, set, sue apply to anything); what it acts on says how far from the
   * field the request is ("mes RTT", "mon avertissement" against "le mot de passe", "des tomates").
   * Group 1 is what comes before the verb, kept.
   */
  private static final Pattern ACTION = Pattern.compile(
      "(?iu)((?<![\\p{L}\\d])(?:comment(?:\\s+(?:on|je|tu|faut-il|peut-on|je\\s+peux|on\\s+peut|puis-je|je\\s+dois|on\\s+doit))?"
          + "|veux|veut|voudrais|voudrait|aimerais|aimerait|souhaite|souhaiterais)\\s+"
          + "(?:(?:me|te|se|le|la|les|lui|leur|en|y)\\s+|[mts]['’]\\s*)?)\\p{L}+(?:er|ir|re)(?![\\p{L}\\d])");

  /** Whether {@code focus} asks for practical help: how to do or fix a thing, or where to find one ({@link #PRACTICAL}). */
  static boolean asksForPracticalHelp(String focus) {
    return PRACTICAL.matcher(Folding.fold(focus)).find();
  }

  /**
   * What a practical request is about: the clause of {@code focus} that asks for the help ({@link
   * #PRACTICAL}) and the clause before it, as written, without the request's own words ({@link
   * #REQUEST_WORDS}) nor the verb of the action it asks how to do ({@link #ACTION}). The thing is
   * often named before the request ("l'imprimante affiche une erreur, on fait comment ?", "mes
   * heures sup jamais payées, comment les récupérer ?"); "" when the focus asks no such help.
   */
  static String practicalObject(String focus) {
    List<String> clauses = new ArrayList<>();
    for (String sentence : QuestionFocus.sentences(focus)) {
      clauses.addAll(List.of(CLAUSE_BREAK.split(sentence)));
    }
    for (int i = 0; i < clauses.size(); i++) {
      if (PRACTICAL.matcher(Folding.fold(clauses.get(i))).find()) {
        String about = (i > 0 ? clauses.get(i - 1) + " " : "") + clauses.get(i);
        String object = ACTION.matcher(about).replaceAll("$1");
        return REQUEST_WORDS.matcher(object).replaceAll(" ").replaceAll("\\s+", " ").strip();
      }
    }
    return "";
  }

  /**
   * A request to rank or judge things by taste or price: "le meilleur", "la
   * meilleure", "pas cher", "moins cher", "à bon prix", "bon marché", "sympa", "le plus pratique". The texts rank no product, place,
   * insurer or dish; they state rules ("le mieux" is left out: "pour prouver mes heures, le mieux
   * c'est quoi ?" asks advice the texts give). Matched on the folded focus.
   */
  private static final Pattern RANKING = Pattern.compile(
      "(?<![\\p{L}\\d])(?:(?:le|la|les) meilleure?s?|(?:pas|moins|le moins|la moins|les moins) chers?e?s?|a (?:bon|petit) prix|bon marche"
          + "|sympas?|(?:le|la|les) plus (?:beau|belle|beaux|joli|jolie|pratique|rapide|efficace|simple|agreable|confortable|fiable))"
          + "(?![\\p{L}\\d])");

  /** Whether {@code focus} asks to rank or judge things by taste or price ({@link #RANKING}). */
  static boolean asksForARanking(String focus) {
    return RANKING.matcher(Folding.fold(focus)).find();
  }

  /**
   * Where a question names the thing it asks about: after "quel", "quelle(s)", "combien de", "c'est
   * quoi" ("quelle plante mettre…", "c'est quoi le plat du jour", "combien de jours…"). Matched on
   * the folded focus.
   */
  private static final Pattern ASKED_THING = Pattern.compile(
      "(?<![\\p{L}\\d])(?:quel|quelle|quels|quelles|combien de|combien d'|c'est quoi|c quoi)((?:\\s+[\\p{L}']+){1,6})");

  /**
   * Where a question asks whether a thing exists, and names it: "il y a un…", "y a-t-il une…",
   * "y'a des…", "est-ce qu'il existe un…" ("il y a un parking près du boulot ?", "y a-t-il une
   * prime de vacances ?"). An article must follow: "il y a deux semaines" tells when, not what.
   * Matched on the folded focus.
   */
  private static final Pattern EXISTING_THING = Pattern.compile(
      "(?<![\\p{L}\\d])(?:il y a|y a-t-il|y'a|ya|il existe|existe-t-il)\\s+(?:un|une|des|du|de la|d')((?:\\s*[\\p{L}']+){1,6})");

  /** Words between the interrogative and the thing asked: articles, possessives, the verb "être". */
  private static final Set<String> BEFORE_THE_THING = Set.of(
      "est", "sont", "etait", "sera", "serait", "le", "la", "les", "l", "un", "une",
      "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs");

  /**
   * Words that measure, bound or sort the thing asked rather than name it: "quelle part des
   * entreprises", "quel taux de majoration", "combien de jours de congé", "quel type de contrat",
   * "un plafond de jours" ask about what follows "de"; without it ("combien de jours acquiert-on",
   * "quelles durées minimales", "y a un plafond ?") they are what is asked, a quantity, which says
   * nothing of the field.
   */
  private static final Set<String> MEASURES = Set.of(
      "part", "proportion", "pourcentage", "taux", "nombre", "cas", "fois", "mois", "jour", "an",
      "annee", "semaine", "heure", "minute", "chiffre", "montant", "duree", "delai", "type", "sorte", "genre",
      "probleme", "difference", "somme", "niveau", "quantite", "date", "age",
      // bounds: "y a un plafond ?", "quel seuil ?" ask a quantity of the law
      "plafond", "plancher", "limite", "seuil", "maximum", "minimum");

  /** The "de" after a measure, leading to the thing measured ("la part des…", "combien d'heures"). */
  private static final Set<String> OF = Set.of("de", "des", "du", "d");

  /** A year written in full. */
  private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])((?:19|20)\\d{2})(?![\\d,])");

  /**
   * "chez" and the word after it: where someone works, when that word is a name rather than an
   * article, a pronoun or a common noun ("chez Orange", "chez capgemini", not "chez moi",
   * "chez un concurrent", "chez le client").
   */
  private static final Pattern AT = Pattern.compile("(?iu)\\bchez\\s+([\\p{L}][\\p{L}\\d&'’-]*)");
  private static final Set<String> NOT_A_NAME = Set.of(
      "moi", "toi", "soi", "lui", "elle", "eux", "elles", "nous", "vous", "un", "une", "des", "le", "la", "les", "l",
      "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "ce",
      "cet", "cette", "ces", "quel", "quelle", "autrui", "nous-mêmes", "qui", "quoi", "certains", "certaines", "plusieurs");

  /**
   * The member's own workplace or one of its documents, named with a possessive or a
   * demonstrative: "ma boîte", "notre accord", "la grille de mon entreprise", "chez nous", "cet
   * accord", or as its employees call it ("l'accord maison"). Asked for a fact of it (which, how much, when, who, what it says), the question is
   * about one company's papers and events, which no general text holds. (The employer, the
   * manager or the CSE are left out: "mon employeur peut-il…" asks a rule about them.)
   */
  private static final Pattern OWN_WORKPLACE = Pattern.compile(
      "(?iuU)\\b(?:ma|mon|notre|nos|cet|cette|ce)\\s+(?:boîte|boite|entreprise|société|societe|esn|agence|cabinet|site"
          + "|start-?up|accord|charte|grille|politique|règlement|reglement|pv|plan|procédure|procedure|logiciel|outil)\\b"
          + "|\\bchez\\s+nous\\b"
          // "l'accord maison": a company's own agreement, as its employees call it
          + "|\\baccords?\\s+maison\\b");

  /** A question for a fact: which, how much, when, who, where, what a document says. */
  private static final Pattern FACT_QUESTION = Pattern.compile(
      "(?iuU)\\b(?:combien|quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles|quand|qui|où)\\b|\\bdit\\s+quoi\\b|\\bc['’]est\\s+quoi\\b");

  /**
   * A count of a population: how many people, companies or events ("combien de salariés",
   * "nombre d'entreprises", "combien de ruptures conventionnelles", "ils sont combien"), or a share
   * of one ("quelle part", "quel pourcentage", "quelle proportion", "le taux de syndicalisation").
   */
  private static final Pattern POPULATION_COUNT = Pattern.compile(
      "(?iuU)\\b(?:combien\\s+(?:de|d['’])|nombre\\s+(?:de\\s+|d['’]\\s*)?)\\s*(?:\\w+\\s+)?(?:entreprises?|salari[ée]e?s|bo[iî]tes|personnes|esn"
          + "|travailleu(?:r|se)s|syndiqu[ée]e?s|adh[ée]rents|emplois|cadres|femmes|hommes|jeunes|seniors|freelances?"
          + "|ind[ée]pendants|postes|soci[ée]t[ée]s|actifs|ch[ôo]meurs|membres|[ée]lus|plateformes|cse|accidents?|arr[êe]ts?"
          + "|licenciements?|ruptures?|d[ée]missions?|gr[èe]ves?|gr[ée]vistes|inspecteurs|contr[ôo]les|accords?|burn[- ]?outs?"
          + "|t[ée]l[ée]travailleurs|d[ée]veloppeu(?:r|se)s|ing[ée]nieur(?:e)?s|int[ée]rimaires|apprentis|stagiaires)\\b"
          + "|\\b(?:ils|elles)\\s+sont\\s+combien\\b"
          + "|\\bquel(?:le)?s?\\s+(?:est\\s+(?:le|la)\\s+)?(?:part|proportion|pourcentage|taux)\\b|\\bpourcentage\\b|\\bproportion\\b"
          + "|\\btaux\\s+de\\s+(?:syndicalisation|ch[ôo]mage|grévistes|participation|emploi|absent[ée]isme)\\b");

  /**
   * Where and when such a count is taken: over the country, a branch or a sector, each year, on
   * average, or a verb of the population itself ("combien de salariés ont…", "il y a combien").
   */
  private static final Pattern POPULATION_SCOPE = Pattern.compile(
      "(?iuU)\\b(?:en\\s+france|en\\s+europe|dans\\s+le\\s+monde|dans\\s+(?:la|les|cette)\\s+branches?|dans\\s+(?:le|ce)\\s+secteur"
          + "|au\\s+niveau\\s+national|chaque\\s+ann[ée]e|par\\s+an|en\\s+moyenne|il\\s+y\\s+a|y\\s+a-t-il|ya|sont|ont|compte"
          + "|comptent|comptait|comptaient)\\b");

  /**
   * A threshold or a rule rather than a count: "à partir de combien de salariés", "combien de
   * salariés faut-il", "doit", "peut" — the law says how many are needed, not how many there are.
   */
  private static final Pattern THRESHOLD = Pattern.compile(
      "(?iuU)\\b(?:[àa]\\s+partir\\s+de|d[èe]s|au-?\\s?del[àa]\\s+de|jusqu['’]\\s*[àa])\\s+combien\\b"
          + "|\\b(?:minimum|maximum|minimal|maximal|faut|faut-il|doit|doivent|doit-il|doit-elle|peut|peuvent|peut-il|peut-elle)\\b");

  /**
   * Whether the asked clause of {@code focus} asks how many people, companies or events there are
   * in a population, or what share of it ({@link #POPULATION_COUNT} within {@link
   * #POPULATION_SCOPE}), and not a threshold of the law ({@link #THRESHOLD}). A statistic comes from
   * a survey or a report, never from a rule: {@link MatchCheck} weighs it when the best passage is
   * not one of the union's documents, the only texts that report figures.
   */
  static boolean asksForAStatistic(String focus) {
    String asked = askedClause(focus);
    return (POPULATION_COUNT.matcher(asked).find() && POPULATION_SCOPE.matcher(asked).find()
        || AVERAGE.matcher(asked).find()) && !THRESHOLD.matcher(asked).find();
  }

  /**
   * An average over people or cases: "il touche combien en moyenne", "la durée moyenne d'une
   * procédure", "le salaire moyen d'un dev". Not the average pay a rule is computed on ("le salaire
   * moyen des trois derniers mois", "la moyenne des douze derniers mois").
   */
  private static final Pattern AVERAGE = Pattern.compile(
      "(?iuU)\\ben\\s+moyenne\\b(?!\\s+sur\\s+(?:les\\s+)?(?:\\d+|douze|trois|six)\\s+(?:derniers\\s+)?mois)"
          + "|\\b(?:dur[ée]e|salaire|[âa]ge|revenu|r[ée]mun[ée]ration|d[ée]lai|montant)\\s+moyen(?:ne)?\\b"
          + "(?!\\s+(?:des|de\\s+ses|de\\s+mes|sur\\s+les)\\s+(?:\\d+|douze|trois|six)\\s+derniers)");

  /** Whether the asked clause of {@code focus} asks a fact of the member's own workplace ({@link #OWN_WORKPLACE}). */
  static boolean asksAboutOwnWorkplace(String focus) {
    String asked = askedClause(focus);
    return OWN_WORKPLACE.matcher(asked).find() && FACT_QUESTION.matcher(asked).find();
  }

  private FactAsked() {}

  /**
   * Whether {@code focus} is pinned to the present or the coming moment, to this year or a later
   * one, or asks for a prediction.
   */
  static boolean timeBound(String focus, Year now) {
    String asked = askedClause(focus);
    if (TIME_BOUND.matcher(asked).find() || PREDICTION.matcher(asked).find()) {
      return true;
    }
    Matcher m = YEAR.matcher(LegalReferences.REFERENCE.matcher(asked).replaceAll(" "));
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) >= now.getValue()) {
        return true;
      }
    }
    return false;
  }

  /** A clause break: a comma, semicolon or colon and the space after it. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]\\s+");

  /** The sentence of {@code focus} that asks: its last ({@code focus} itself when it has none). */
  static String askedSentence(String focus) {
    List<String> sentences = QuestionFocus.sentences(focus);
    return sentences.isEmpty() ? focus : sentences.get(sentences.size() - 1);
  }

  /**
   * The clause that asks: the last sentence of {@code focus}, from its last comma, semicolon or
   * colon on. "J'ai fait 250 heures cette année, ai-je droit à un repos ?" tells the date of the
   * situation before the comma and asks a lasting rule after it.
   */
  static String askedClause(String focus) {
    String last = askedSentence(focus);
    Matcher m = CLAUSE_BREAK.matcher(last);
    int start = 0;
    while (m.find()) {
      start = m.end();
    }
    return last.substring(start);
  }

  /**
   * Whether {@code name} is, in {@code focus}, the place where something happens ("à Lille",
   * "près de Lyon", "dans les Landes", "en Bretagne", "au Maroc"): where the member works or
   * travels describes the situation, it is seldom what is asked ("l'inspection du travail de
   * Grenoble" is no such place: the office is what is asked).
   */
  static boolean isALocation(String focus, String name) {
    return Pattern.compile("(?iu)(?:^|[\\s,(])(?:à|a|au|aux|en|près\\s+de|pres\\s+de|dans\\s+les|dans\\s+le|dans\\s+la)\\s+"
        + Pattern.quote(name) + "(?![\\p{L}\\d])").matcher(focus).find();
  }

  /**
   * Whether the year {@code year} is, in {@code focus}, when the member's situation began ("en CDI
   * depuis 2019", "embauché en 2021"): a date of the story, not the year a figure is asked for.
   * A year after "en" that is this year or a later one is asked ("le SMIC en 2031"), so only past
   * years after "en" count.
   */
  static boolean isWhenTheSituationBegan(String focus, String year, Year now) {
    if (Pattern.compile("(?iu)\\bdepuis\\s+(?:(?:\\p{L}+|\\d{1,2})\\s+){0,3}" + Pattern.quote(year) + "\\b")
        .matcher(focus).find()) {
      return true;
    }
    return Integer.parseInt(year) < now.getValue()
        && Pattern.compile("(?iu)\\b(?:embauch[ée]e?s?|entr[ée]e?s?|arriv[ée]e?s?|recrut[ée]e?s?)\\s+(?:\\p{L}+\\s+){0,3}en\\s+"
            + Pattern.quote(year) + "\\b").matcher(focus).find();
  }

  /** Whether {@code focus} asks for the exact figure or wording of one case ({@link #EXACT}). */
  static boolean asksForAnExactDetail(String focus) {
    return EXACT.matcher(focus).find();
  }

  /** Whether {@code focus} asks the bot to recommend a thing ({@link #RECOMMENDATION}). */
  static boolean asksForARecommendation(String focus) {
    return RECOMMENDATION.matcher(focus).find();
  }

  /** Whether {@code focus} asks about a right, a duty or what is lawful ({@link #RIGHT_OR_DUTY}). */
  static boolean asksAboutARightOrDuty(String focus) {
    return RIGHT_OR_DUTY.matcher(Folding.fold(focus)).find();
  }

  /**
   * The thing {@code focus} asks about, folded: the first word after "quel", "combien de" or
   * "c'est quoi" that is none of {@link #BEFORE_THE_THING}, past a measure and its "de" ({@link
   * #MEASURES}): "plante" in "quelle plante verte mettre sur mon bureau", "préavis" in "quelle est
   * la durée du préavis"; "" when the focus has no such interrogative or asks a measure itself.
   */
  static String askedThing(String focus) {
    String folded = Folding.fold(focus);
    Matcher m = ASKED_THING.matcher(folded);
    if (!m.find()) {
      m = EXISTING_THING.matcher(folded);
      if (!m.find()) {
        return "";
      }
    }
    String[] words = m.group(1).strip().split("[\\s']+");
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      String singular = word.length() > 3 ? word.replaceAll("[sx]$", "") : word;
      if (word.length() <= 1 || BEFORE_THE_THING.contains(word)) {
        continue;
      }
      if (MEASURES.contains(word) || MEASURES.contains(singular)) {
        if (i + 1 < words.length && OF.contains(words[i + 1])) {
          i++;
          continue;
        }
        return "";
      }
      return word;
    }
    return "";
  }

  /**
   * Whether {@code focus} speaks of joining a union ({@link #MEMBERSHIP}) and its asked clause asks
   * what it costs ({@link #FEE}): like a fact of the member's own workplace, a fact of
   * one organisation. Asking whether one may join, or what joining protects, asks a rule.
   */
  static boolean asksForAUnionFee(String focus) {
    // The topic may come first: "La cotisation syndicale, c'est combien ?"
    return MEMBERSHIP.matcher(focus).find() && FEE.matcher(askedClause(focus)).find();
  }

  /** Whether {@code focus} speaks of joining or paying a union ({@link #MEMBERSHIP}). */
  static boolean asksAboutMembership(String focus) {
    return MEMBERSHIP.matcher(focus).find();
  }

  /** Whether {@code focus} asks how to reach a place or a service (address, telephone, opening hours). */
  static boolean asksForAContact(String focus) {
    return CONTACT.matcher(focus).find();
  }

  /** Whether {@code focus} asks a named person's opinion, or one about them ({@link #OPINION}). */
  static boolean asksAboutANamedPerson(String focus) {
    return OPINION.matcher(focus).find() && SourceNames.FULL_NAME.matcher(focus).find();
  }

  /**
   * Whether {@code name} is, in {@code focus}, part of the situation told rather than of what is
   * asked: named outside the clause that asks ({@link #askedClause}: "Chez Thales, combien dure
   * l'essai ?", "La DSI déploie Copilot : le CSE doit-il être consulté ?"), or doing something to the
   * member ("Atos me licencie…", "Capgemini peut-il m'imposer le télétravail ?": the employer). Like
   * the town where the member works ({@link #isALocation}), such a name describes the situation: the
   * law asked about is the same at any employer and for any tool, and no text need name it. A name
   * in the clause that asks, acting on no one, is what is asked about: "le contenu de l'accord signé
   * chez Capgemini" is that company's text.
   */
  static boolean isToldAsContext(String focus, String name) {
    String n = Pattern.quote(name);
    String asked = askedClause(focus);
    return !Pattern.compile("(?iu)(?<![\\p{L}\\d])" + n + "(?![\\p{L}\\d])").matcher(asked).find()
            // "Atos, ça a fait combien ?": a name opening the sentence before a comma is its topic.
            && !Pattern.compile("(?iu)(?:^|[.!?]\\s+)" + n + "\\s*,").matcher(focus).find()
            // "…le logiciel Hubstaff depuis lundi, il coûte combien ?", "…Karim, parti le même mois,
            // a-t-il touché autant ?": the clause that asks takes up what came before with a
            // pronoun, which may be the name — unless it asks what that one may do to the member.
            && !(RESUMED.matcher(asked).find() && !TO_THE_MEMBER.matcher(asked).find())
        || Pattern.compile("(?iu)(?<![\\p{L}\\d])" + n + "[\\s,]+(?:[\\p{L}-]+\\s+){0,2}(?:me\\s|m['’]|nous\\s)")
            .matcher(focus).find();
  }

  /**
   * A clause whose subject is a personal pronoun of the third person, first or inverted: "il coûte…",
   * "a-t-il touché…". Not the impersonal "il faut", "il y a", "il est possible", nor "ça" and
   * "c'est", which take up the whole situation ("…, c'est légal ?") more often than a name.
   */
  private static final Pattern RESUMED = Pattern.compile(
      "(?iu)^\\s*(?:(?:et|mais|alors|donc)\\s+)?(?:(?:il|elle|ils|elles)\\s+(?!(?:faut|y|est|existe|reste|suffit|vaut)\\b)"
          + "|\\p{L}+-(?:t-)?(?:il|elle|ils|elles)\\b(?<!(?:faut|y a|est|existe|reste)-(?:t-)?il))");
  /** An object pronoun of the member in a clause: "ils peuvent m'imposer", "il me doit". */
  private static final Pattern TO_THE_MEMBER = Pattern.compile("(?iu)(?<![\\p{L}])(?:me\\s|m['’]|nous\\s)");

  /** The names after "chez" in {@code focus}, lowercase: the workplaces it is about. */
  static List<String> workplaces(String focus) {
    List<String> out = new ArrayList<>();
    Matcher m = AT.matcher(focus);
    while (m.find()) {
      String word = m.group(1).toLowerCase(Locale.ROOT).replaceAll("['’]$", "");
      if (!NOT_A_NAME.contains(word) && !word.startsWith("l'") && !word.startsWith("l’")) {
        out.add(word);
      }
    }
    return out;
  }
}
