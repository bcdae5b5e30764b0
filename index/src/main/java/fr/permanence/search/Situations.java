package fr.permanence.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Situations of working life that members tell in words the code never uses, each told by two or
 * three things together, and the code's own wording for them, searched besides the question's
 * words:
 * <ul>
 *   <li>being contacted by work (mails, messages, calls) outside working time (the evening, the
 *       weekend, leave): the code's "droit à la déconnexion" and the "outils numériques" whose use
 *       respects the "temps de repos et de congé" (L. 2242-17);</li>
 *   <li>being monitored (a camera, a tracking or recording tool, surveillance) without having been
 *       told: the code's "information" about an employee "collectée par un dispositif" not "porté
 *       préalablement à sa connaissance" (L. 1222-4);</li>
 *   <li>asking until when one may go to court or claim ("jusqu'à quand pour aller aux prud'hommes",
 *       "c'est trop tard pour réclamer ?"): the code says an action "se prescrit" (L. 1471-1,
 *       L. 3245-1), a word members do not use;</li>
 *   <li>asking who sets the dates of one's leave, or whether they may be imposed or changed: the
 *       code's "période de prise des congés", "ordre des départs" and "dates de départ"
 *       (L. 3141-13 to L. 3141-16);</li>
 *   <li>having to prove one's hours: the code's "litige relatif à l'existence ou au nombre d'heures
 *       de travail accomplies" and the "éléments de nature à justifier les horaires" (L. 3171-4);</li>
 *   <li>how to bring a case to the conseil de prud'hommes: the code's "requête" to its "greffe"
 *       (R. 1452-1, R. 1452-2);</li>
 *   <li>being dismissed or sanctioned for one's health: the code's "état de santé" and "mesure
 *       discriminatoire" (L. 1132-1); for a pregnancy, "état de grossesse" (L. 1225-4); after a work
 *       accident or an occupational disease, the contract that may only be broken "au cours des
 *       périodes de suspension" for a serious fault (L. 1226-9) — three sets of articles, so three
 *       wordings: one for all would quote a pregnant woman's protection to a worker off after an
 *       accident;</li>
 *   <li>being treated worse for one's age, origin, sex, religion or union activity: the code's
 *       "mesure discriminatoire" and its list of grounds (L. 1132-1);</li>
 *   <li>a sanction for facts months old: the code's "délai de deux mois" after which no fault alone
 *       may be pursued (L. 1332-4);</li>
 *   <li>hours beyond a part-time contract: the code's "heures complémentaires" (L. 3123-28,
 *       L. 3123-29), not the "heures supplémentaires" of a full time;</li>
 *   <li>how one must be told of one's dismissal (a letter, a text message, by word of mouth, with or
 *       without a reason): the code's "notifie sa décision par lettre recommandée" and "énoncé du
 *       ou des motifs" (L. 1232-6);</li>
 *   <li>seeing a doctor when coming back after a long absence: the code's "examen de reprise du
 *       travail" (R. 4624-31);</li>
 *   <li>a notice period one is told not to work: the code's "le salarié n'exécute pas le préavis",
 *       "indemnité compensatrice", "dispense" (L. 1234-5);</li>
 *   <li>coming to an interview with the employer accompanied: the code's "se faire assister par une
 *       personne de son choix" (L. 1232-4, L. 1332-2);</li>
 *   <li>how many hours one works in a day or a week, told as a figure ("des journées de 11 heures",
 *       "52 heures cette semaine"): the code's "durée quotidienne" and "durée hebdomadaire"
 *       (L. 3121-18, L. 3121-20), words no member uses. A figure of hours by the day or the week is
 *       told in one phrase, so these two need no second cue;</li>
 *   <li>money taken off one's pay for a mistake, a breakage or a loss: the code's "sanctions
 *       pécuniaires", which are forbidden (L. 1331-2);</li>
 *   <li>finishing late at night and being expected back early in the morning: the code's "repos
 *       quotidien" of "onze heures consécutives" (L. 3131-1), told as two clock times;</li>
 *   <li>standing in the staff's elections: the code's "éligibles" and their seniority (L. 2314-19);</li>
 *   <li>days of leave left when one leaves the company: the code's "indemnité compensatrice de
 *       congé" for the leave not taken (L. 3141-28).</li>
 * </ul>
 * One word alone says none of them: "le soir" is night work as often, "un message" a letter of
 * resignation, "une caméra" a question for the CSE, "sans prévenir" an absence, "prud'hommes" what
 * the court may award, "mes congés" how many days they are, "malade" sick pay. The lexicon
 * (corpus/lexicon) expands one word or one phrase at a time, so it cannot read a pair; and
 * "sans", "dire", "me", "quand" are stop words there, so "sans me le dire" or "jusqu'à quand" is
 * nothing left to expand.
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
  /** The code's wording for the time one has to go to court: an action is barred after it. */
  static final String LIMITATION = "l'action se prescrit, délai de prescription";
  /** The code's wording for the time one has to claim one's wages. */
  static final String WAGE_LIMITATION = "l'action en paiement du salaire se prescrit par trois ans";
  /** The code's wording for who sets when leave is taken. */
  static final String LEAVE_DATES = "période de prise des congés, ordre des départs, dates de départ";
  /** The code's wording for a dispute over the hours worked. */
  static final String HOURS_PROOF =
      "litige relatif à l'existence ou au nombre d'heures de travail accomplies, éléments de nature à justifier"
          + " les horaires effectivement réalisés, décompte des heures";
  /** The code's wording for bringing a case to the labour court. */
  static final String COURT_CLAIM = "requête adressée au greffe du conseil de prud'hommes";
  /** The code's wording for a dismissal or a sanction for one's health or pregnancy. */
  static final String HEALTH_DISCRIMINATION = "mesure discriminatoire en raison de son état de santé";
  /** The code's wording for a dismissal or a sanction for a pregnancy. */
  static final String PREGNANCY_PROTECTION = "mesure discriminatoire en raison de sa grossesse, état de grossesse"
      + " médicalement constaté, rompre le contrat pendant les périodes de suspension";
  /** The code's wording for a dismissal during the absence that follows a work accident. */
  static final String WORK_ACCIDENT_PROTECTION = "au cours des périodes de suspension du contrat de travail,"
      + " l'employeur ne peut rompre ce dernier que s'il justifie soit d'une faute grave";
  /** The code's wording for being treated worse on a ground the law forbids. */
  static final String DISCRIMINATION =
      "mesure discriminatoire en raison de son origine, de son sexe, de son âge, de ses activités syndicales";
  /** The code's wording for the time within which a fault may be sanctioned. */
  static final String DISCIPLINARY_LIMITATION =
      "aucun fait fautif ne peut donner lieu à lui seul à l'engagement de poursuites disciplinaires au-delà d'un"
          + " délai de deux mois";
  /** The code's wording for hours beyond a part-time contract. */
  static final String COMPLEMENTARY_HOURS = "heures complémentaires accomplies par un salarié à temps partiel";
  /** The code's wording for the medical examination on returning from a long absence. */
  static final String RETURN_EXAMINATION = "examen de reprise du travail par le médecin du travail";
  /** The code's wording for a notice period the employer does not have worked. */
  static final String NOTICE_NOT_WORKED =
      "le salarié n'exécute pas le préavis, indemnité compensatrice, dispense par l'employeur";
  /** The code's wording for who may attend a disciplinary or dismissal interview with the employee. */
  static final String INTERVIEW_ASSISTANCE =
      "se faire assister par une personne de son choix appartenant au personnel de l'entreprise, conseiller du salarié";
  /** The code's wording for the hours worked in a day. */
  static final String DAILY_HOURS = "durée quotidienne de travail effectif";
  /** The code's wording for the hours worked in a week. */
  static final String WEEKLY_HOURS = "durée hebdomadaire de travail, durée maximale hebdomadaire";
  /** The code's wording for money taken off pay as a punishment. */
  static final String PAY_DOCKED = "amendes ou autres sanctions pécuniaires interdites";
  /** The code's wording for the rest between two working days. */
  static final String DAILY_REST = "repos quotidien d'une durée minimale de onze heures consécutives";
  /** The code's wording for who may stand in the staff's elections. */
  static final String STANDING = "sont éligibles les électeurs travaillant dans l'entreprise depuis un an au moins";
  /** The code's wording for leave not taken when the contract ends. */
  static final String LEAVE_NOT_TAKEN =
      "contrat rompu avant que le salarié ait pu bénéficier de la totalité du congé, indemnité compensatrice de congé";
  /** The code's wording for how a dismissal is notified. */
  static final String DISMISSAL_NOTICE =
      "notifie sa décision par lettre recommandée, la lettre comporte l'énoncé du ou des motifs";

  private static final String B = "(?<![a-z0-9])";
  private static final String E = "(?![a-z0-9])";

  /** A cue: one of {@code alternatives} (a regular expression's "|" branches), as whole words. */
  private static Pattern words(String alternatives) {
    return Pattern.compile(B + "(?:" + alternatives + ")" + E);
  }

  /** Runs of white space, made single so that the cues' spaces match. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** The labour court, as members write it: "prud'hommes", "prudhommes", "prud'hom", "CPH". */
  private static final String COURT = "prud'?\\s*hom\\w*|cph";
  /** A number of hours: "11 heures", "12h", "50 h". */
  private static final String HOURS_FIGURE = "\\d+ ?h(?:eures?)?";

  /** Contact by work's means: mail, messages, calls, chat, the phone; reachable, picking up. */
  private static final Pattern CONTACT = words("e-?mails?|mails?|courriels?|messages?|messageries?"
      + "|sms|textos?|whatsapp|teams|slack|notifs?|notifications?|appels?|appeler|appelle|appellent|appele|appelee"
      + "|telephone|telephoner|portable|coups? de fil|joignables?|injoignables?|decrocher|deconnecter|deconnexion"
      + "|m'?ecri(?:t|vent|re)|nous ecri(?:t|vent|re)|me contacte[rn]?t?|nous contacte[rn]?t?|me sollicite(?:r|nt)?");

  /**
   * Time that is not working time: evenings and nights by the clock, the weekend, days of leave and
   * rest, "after work". Not sick leave: being called then is another question (the suspended contract).
   */
  private static final Pattern OFF_TIME = words("le soir|les soirs|tous les soirs|ce soir|en soiree"
      + "|tard|la nuit|le week-?end|les week-?ends?|ce week-?end|le samedi|le dimanche|les samedis|les dimanches"
      + "|conges?|vacances|rtt|jours? de repos|jours? off|repos|ferie|feries"
      + "|(?:19|2[0-3]|minuit) ?h(?:eures?)?(?:[0-5][0-9])?|minuit"
      + "|apres (?:le|mon|ma|mes) (?:travail|boulot|taf|journee|service|heures)"
      + "|en dehors (?:des|de mes|du|de mon) (?:heures|horaires|temps de travail|travail|boulot)"
      + "|hors (?:des |de mes )?(?:heures|horaires|temps de travail)");

  /** Monitoring: its tools and its verbs. */
  private static final Pattern MONITORING = words("surveill\\w*|espion\\w*|flic\\w*|fliqu\\w*"
      + "|cameras?|videos?|videosurveillance|webcams?|film(?:e|es|ee|ees|er|ent|ait)?|gps|geoloc\\w*|traceurs?"
      + "|trac(?:e|ent|er|age|king)|pist(?:e|ent|er)|keyloggers?|mouchards?|captures? d'?ecran|enregistr\\w*"
      + "|ecout(?:e|ent|er)|badgeuses?|pointeuses?|biometri\\w*|logiciels?|outils? de (?:suivi|controle|surveillance)"
      + "|(?:lit|lisent|lire|regarde|regardent|regarder|fouille|fouiller) (?:mes|nos|ce que)|collect\\w*");

  /**
   * Not told: "sans (me, nous, les) prévenir / informer / avertir / le dire / en parler", "à mon
   * insu", "en secret", "personne ne m'a prévenu", "jamais (été) informés", "on ne nous a rien dit",
   * found out "par hasard".
   */
  private static final Pattern NOT_TOLD = words("sans (?:(?:me|nous|les|le|la|l'|leur|en|m'en|nous en"
      + "|rien|jamais|personne|aucune?)\\s*){0,3}(?:previen\\w*|preven\\w*|inform\\w*|avert\\w*|dire|parler|consult\\w*"
      + "|demander|expliquer|accord|information|avertissement)"
      + "|a (?:mon|ma|notre|nos|son|sa|leur|leurs) insu|en secret|en cachette|discretement"
      + "|personne (?:ne )?(?:m|nous|les)'?\\s*(?:a|ont) (?:jamais |rien )?(?:prevenu|previen\\w*|informe\\w*|averti\\w*|dit|parle|explique)"
      + "|(?:jamais|pas|rien) (?:ete |eu )?(?:prevenu|informe|averti|mis au courant|dit|parle|explique|presente|demande)s?e?s?"
      + "|(?:ne|n') (?:m|nous)'?\\s*(?:a|ont) (?:jamais |rien |pas )?(?:prevenu|informe|averti|dit|parle|explique|presente)"
      + "|par hasard|decouvert");

  /**
   * A time limit asked: "jusqu'à quand", "quel délai", "combien de temps pour / j'ai / il me reste",
   * "trop tard", "encore le temps / le droit / possible", "je peux encore", "dans les délais", "date
   * limite", "délai pour", "prescrit", where the time starts ("à compter de quand court le délai"),
   * how far back a claim reaches ("sur combien d'années en arrière").
   */
  private static final Pattern TIME_LIMIT = words("jusqu'?\\s*a quand|(?:quel|le|un) delai|delai (?:pour|de)"
      + "|combien de temps (?:pour|j'?ai|on a|il me reste|il reste|ai-je|a-t-on|avant)|trop tard|(?:c'?est|c) mort"
      + "|encore (?:le temps|le droit|possible|temps|dans les delais|contester|reclamer|attaquer|agir|aller|saisir|poursuivre)"
      + "|toujours le (?:temps|droit)|(?:je peux|j'?peux|jpeux|puis-je|peut-on|on peut|je pourrais|pourrais-je) encore"
      + "|dans les delais|hors delais?|date limite|prescri\\w*|perime\\w*|expir\\w*|court le delai|point de depart du delai"
      + "|(?:annees?|ans|mois) en arriere|remonte\\w* (?:sur|a|jusqu)");

  /** Going to court or claiming one's due: the labour court, a judge, contesting, suing, claiming back. */
  private static final Pattern CLAIM = words(COURT + "|contest\\w*|attaquer|attaque"
      + "|poursuivre|reclam\\w*|recuperer|recupere|recours|justice|tribunal|juge|proces|rappels? de salaire"
      + "|rappels? d'?heures|faire annuler");

  /** Money owed by the employer: wages, overtime, a bonus, what was never paid. */
  private static final Pattern MONEY_OWED = words("salaires?|paie|paye|heures sup\\w*"
      + "|heures supplementaires|primes?|impaye\\w*|jamais (?:ete )?payee?s?|pas (?:ete )?payee?s?|rappels? de salaire"
      + "|me doi[st]|me doivent|fric|sommes dues");

  /**
   * Paid leave and holidays, as members name them; not a leave of its own kind (maternity, parental,
   * sabbatical, unpaid…), whose dates other articles set.
   */
  private static final Pattern LEAVE = words("conges?|vacances|cp)(?! (?:de )?(?:maternite|paternite"
      + "|parental|maladie|sabbatique|naissance|d'adoption|adoption|formation|sans solde|pour|fin)");

  /**
   * When leave is taken: its dates, its period, a month or a season ("l'été", not "a été"), the
   * departure, the order in which colleagues leave, whenever one wants.
   */
  private static final Pattern WHEN = words("dates?|periode|(?:l'|d'|cet |en |tout l')ete|juin|juillet"
      + "|aout|septembre|noel|(?:l'|d'|cet |en )hiver|quinzaine|calendrier|planning|departs?|qui part"
      + "|dernier moment|derniere minute|a quel moment|quand (?:je|on|il|elle|ils|nous) (?:veu[xt]|veulent|voulons|peu[xt])");

  /**
   * Someone deciding when: imposing, choosing, changing, moving, putting off, cancelling, refusing,
   * forbidding, setting, approving, taking or booking ("poser") the days.
   */
  private static final Pattern DECIDING = words("impos\\w*|decid\\w*|choisi\\w*|chang\\w*|modifi\\w*"
      + "|deplac\\w*|annul\\w*|fix\\w*|refus\\w*|oblig\\w*|forc\\w*|repouss\\w*|report\\w*|decal\\w*|avanc\\w*"
      + "|interdi\\w*|libre|pli\\w*|arret\\w*|valid\\w*|accept\\w*|pos(?:e|er|es|ee|ent)|prendre|prenne|prennent"
      + "|criteres?|repartir|priorit\\w*|quand je veux|quand on veut|comme je veux");

  /** Leave split in parts: another rule than its dates (L. 3141-19), told in the same words. */
  private static final Pattern SPLIT = words("fraction\\w*|morceaux|en deux|en plusieurs fois|couper"
      + "|coupe|decoup\\w*|scinder");

  /** Hours worked, overtime among them. */
  private static final Pattern HOURS = words("heures?|horaires?");

  /**
   * Proving, or the employer denying: proof, nothing in writing or signed, the time clock's record,
   * the count of hours.
   */
  private static final Pattern PROOF = words("prouv\\w*|preuves?|justifi\\w*|nie|nient|conteste"
      + "|contestent|pas d'?ecrit|aucun ecrit|papiers?|signe|releves?|badgeuses?|pointeuses?|pointage|decompte"
      + "|jamais fait|pas fait");

  /** The labour court, or suing one's employer in general words. */
  private static final Pattern LABOUR_COURT = words(COURT
      + "|(?:lancer|engager|intenter|entamer|faire) une (?:procedure|action)(?: en justice)?");

  /** How to proceed: "comment", the steps, the file, filing, sending, where to, where to start. */
  private static final Pattern HOW_TO_PROCEED = words("comment|demarches?|procedure|formulaire"
      + "|dossier|requete|saisi\\w*|envoi\\w*|envoy\\w*|depos\\w*|adress\\w*|par la poste|papier|faire"
      + "|ou (?:exactement|faut|aller|ca)|par ou commencer|commencer");

  /** The words of a dismissal, whichever of the situations below it tells. */
  private static final String DISMISSAL = "licenci\\w*|vir(?:er|e|es|ee|ees|ent|ez)|mettre dehors|mis dehors"
      + "|mise dehors|a la porte|renvoy\\w*|remerci(?:e|ee|er)|degag(?:e|ee|er)|entretien prealable";

  /** Being dismissed: its words, or the employer parting with the member or ending the contract. */
  private static final Pattern DISMISSED = words(DISMISSAL
      + "|(?:se|s'est) separ\\w* de (?:moi|nous|lui|elle)|(?:met|mettre|mis) fin a mon contrat|rompre mon contrat"
      + "|rupture de mon contrat");

  /** Treated worse: dismissed, sanctioned, warned, sidelined, a promotion or bonus withheld, discriminated. */
  private static final Pattern ADVERSE = words(DISMISSAL
      + "|sanction\\w*|avertissement|blame|mise a pied|placard\\w*|mis\\w* a l'ecart|retir\\w*|rompre"
      + "|discrimin\\w*|protege\\w*|refus\\w* (?:ma|mes|une|la|toutes mes) (?:promotion|augmentation|demandes?)"
      + "|ecarte\\w* (?:d'une|de la|de ma) promotion|prive\\w* de (?:promotion|prime|augmentation)|pas (?:ete )?promue?"
      + "|(?:pas|jamais) (?:ete )?augmentee?");

  /** One's health, a work accident, pregnancy and maternity. */
  private static final Pattern HEALTH = words("malad\\w*|sante|arret de travail|arret maladie"
      + "|en arret|arrete\\w*|burn-?\\s*out|depression|handicap\\w*|cancer|diabet\\w*"
      + "|accident du travail|accident de travail|blesse\\w*|hospitalis\\w*|invalidite|inaptitude|inapte");

  /** A pregnancy and the maternity leave after it. */
  private static final Pattern PREGNANCY = words("enceinte|grossesse|maternite|conge mat");

  /** A work accident or an occupational disease, the suspension the code protects. */
  private static final Pattern WORK_ACCIDENT = words("accidents? (?:du|de|au|sur le|pendant le)"
      + " (?:travail|taf|boulot|chantier|bureau|service)|accidents? de trajet|maladies? professionnelles?|at/mp"
      + "|(?:en|mon|un) at|blesse\\w* (?:au|sur le|pendant le) (?:travail|taf|boulot|chantier)");

  /**
   * Unfit for one's job, or the allowance asked: after a work accident, the dismissal for
   * unfitness and its doubled allowance are other articles (L. 1226-10 to L. 1226-14).
   */
  private static final Pattern UNFIT_OR_ALLOWANCE = words("inapt\\w*|indemnit\\w*");

  /**
   * The grounds on which the law forbids treating someone worse, as members name them: age, origin,
   * skin colour, religion, sex and sexual orientation, union activity or a strike, a disability.
   */
  private static final Pattern GROUND = words("(?:(?:mon|son|leur|notre) |l')age"
      + "|trop (?:vieux|vieille|jeune)|seniors?|origines?|couleur de peau|racis\\w*|religion|voile|musulman\\w*"
      + "|juif|juive|homosexuel\\w*|homo|gay|lesbienne|orientation sexuelle|transgenre|parce que (?:je suis )?une femme"
      + "|syndique\\w*|activites? syndicales?|mandat syndical|greve|grevistes?|handicap\\w*|nom de famille|accent");

  /** A sanction: a warning, a suspension, a reprimand, a sanction. */
  private static final Pattern SANCTION = words("sanction\\w*|avertissement|blame|mise a pied"
      + "|mis a pied|rappel a l'ordre|disciplinaire");

  /** Facts months old: "il y a trois mois", "deux mois plus tard", "des mois après", "longtemps après". */
  private static final Pattern MONTHS_AGO = words("il y a (?:\\d+|deux|trois|quatre|cinq|six|huit"
      + "|plusieurs) mois|(?:\\d+|deux|trois|quatre|cinq|six|huit|plusieurs) mois (?:apres|plus tard|apres les faits)"
      + "|des mois (?:apres|plus tard)|longtemps apres|faits? anciens?|l'annee derniere|l'an dernier");

  /** Part time: a part-time contract, a half time, hours fewer than full time. */
  private static final Pattern PART_TIME = words("temps partiel|a mi-temps|mi-temps|partiel"
      + "|(?:2[0-9]|1[0-9]|3[0-4]) ?h(?:eures?)? par semaine|contrat de (?:2[0-9]|1[0-9]|3[0-4]) ?h(?:eures?)?");

  /** Hours beyond the contract: more hours, extra hours, above the contract. */
  private static final Pattern EXTRA_HOURS = words("heures? (?:en plus|de plus|supp?\\w*"
      + "|supplementaires?|complementaires?)|plus d'heures|au-?dela de mon contrat|depasse\\w* mon contrat"
      + "|en plus de mon contrat|rajout\\w* des heures|ajout\\w* des heures");

  /** How one is told: a letter, a text message, a mail, by word of mouth, in writing, the reason given. */
  private static final Pattern NOTICE = words("lettre|courrier|recommande\\w*|textos?|sms|mail"
      + "|e-?mail|oral\\w*|de vive voix|par telephone|par ecrit|rien recu|sans (?:motif|raison|explication)|pourquoi"
      + "|expli\\w*|(?:le|la|quel|quelle|son|sa|un|une|leur) (?:motif|raison)s? (?:du|de mon|de ce|de son|de la|de)"
      + " (?:licenciement|renvoi|sanction)");

  /** An absence: sick leave, an operation, an accident, maternity leave. */
  private static final Pattern ABSENCE = words("arret\\w*|arrete\\w*|absence|absent\\w*|malad\\w*"
      + "|operation|opere\\w*|accident\\w*|conge maternite|conge de maternite|hospitalis\\w*");

  /** Coming back to work. */
  private static final Pattern COMING_BACK = words("reprise|repren\\w*|reprend\\w*|retour|reviens"
      + "|revient|revenir|rentre|rentrer|retourne\\w*");

  /** A doctor or an examination. */
  private static final Pattern EXAMINATION = words("medecin|medecine|visite|medicale?s?|examen"
      + "|docteur|toubib");

  /** A notice period. */
  private static final Pattern NOTICE_PERIOD = words("preavis");

  /** Not having it worked: told not to come back, dispensed, staying at home, not working it. */
  private static final Pattern NOT_WORKED = words("pas (?:revenir|venir|le faire|l'?effectuer"
      + "|effectuer|faire|travailler)|dispens\\w*|rester chez moi|reste chez moi|ne travaille pas"
      + "|renvoye\\w* chez moi|pas besoin de (?:venir|revenir)");

  /** An interview the employer calls: the preliminary interview, a convocation, a disciplinary meeting. */
  private static final Pattern INTERVIEW = words("entretien\\w*|convocation|convoque\\w*|rendez-vous"
      + " (?:avec|chez) (?:la|le|mon|ma) (?:rh|drh|direction|patron|chef|manager)");

  /** Coming with someone: accompanied, assisted, a witness, a representative. */
  private static final Pattern ACCOMPANIED = words("accompagn\\w*|assist\\w*|venir avec|aller avec"
      + "|quelqu'?un avec moi|un temoin|temoins?|un delegue|un representant|un collegue avec moi");

  /**
   * Hours in a day: "des journées de 11 heures", "12h par jour", "10 heures d'affilée dans la
   * journée". Not a clock time ("à 23h", "des journées de 8 h à 21 h"), which says when, not how long.
   */
  private static final Pattern HOURS_A_DAY = words("journees? de " + HOURS_FIGURE
      + "(?! ?(?:a|jusqu'?a) \\d)|" + HOURS_FIGURE + " (?:par|/|chaque|dans la|de la) ?(?:jour|journee)"
      + "|" + HOURS_FIGURE + " (?:de travail|de boulot|de taf) (?:par|dans la|chaque) (?:jour|journee)");

  /** Hours in a week: "52 heures cette semaine", "des semaines de 50h", "45h par semaine", "48h hebdo". */
  private static final Pattern HOURS_A_WEEK = words("semaines? de " + HOURS_FIGURE
      + "|" + HOURS_FIGURE + " (?:par|/|cette|la|chaque|dans la|en une|sur la) ?semaine"
      + "|" + HOURS_FIGURE + " (?:hebdo\\w*)");

  /** Taking money off: withdrawn, withheld, deducted, docked ("sucrer", "ponctionner"). */
  private static final Pattern TAKEN_OFF = words("retir\\w*|reten\\w*|retenu\\w*|enlev\\w*|dedui\\w*"
      + "|deduct\\w*|ponction\\w*|prelev\\w*|sucr(?:e|er|ent|ee)|decompt\\w*|rembourser|rembourse|payer de ma poche");

  /** One's pay: the salary, the payslip. */
  private static final Pattern PAY = words("salaires?|paie|paye|fiche de paie|bulletin|virement"
      + "|\\d+ ?(?:e|eur|euros?|balles)|ma prime");

  /** A fault or a damage: a mistake, a breakage, a loss, a slip. */
  private static final Pattern FAULT = words("erreurs?|fautes?|bourdes?|boulettes?|cass\\w*|abim\\w*"
      + "|perdu\\w*|pertes?|vol(?:e|es|ee)?|oubli\\w*|degats?|dommages?|accroch\\w*|rayure\\w*|manquant\\w*"
      + "|manquait|manquaient|ecarts? de caisse|trou de caisse|amendes?|pv");

  /**
   * Finishing late at night, then a start early the next morning: a clock time from 9 p.m. to
   * 3 a.m. ("fini à 23h", "jusqu'à minuit"), then one from 5 to 9 a.m. ("à 8h", "dès 7h").
   */
  private static final Pattern SHORT_NIGHT = Pattern.compile(B + "(?:a|vers|jusqu'?\\s*a|apres) (?:(?:2[1-3]|0?[0-3]) ?h"
      + "(?:eures?)?(?:[0-5][0-9])?|minuit)" + E + ".{1,160}?" + B + "(?:a|des|vers|pour) 0?[5-9] ?h(?:eures?)?(?:[0-5][0-9])?" + E);

  /** The staff's elections: the CSE, its members, a representative's mandate. */
  private static final Pattern ELECTIONS = words("elections?|electi\\w*|cse|elus?|elue?s?|delegues?"
      + "|mandats?|representants? du personnel|listes?");

  /** Standing: being a candidate, running, "me présenter". */
  private static final Pattern STANDING_AS = words("candidat\\w*|(?:me|se|nous|te|vous) presenter"
      + "|(?:me|se|nous) presente|eligib\\w*|me porter|se porter|(?:me|se) lancer");

  /** Left over: days remaining, not taken, a balance. */
  private static final Pattern LEFT_OVER = words("(?:me|m'en|il) reste|restants?|restent|pas (?:pu )?"
      + "(?:pris|poses?|prendre|poser)|non (?:pris|poses?)|solde|reliquat|en stock|de cote");

  /** Leaving the company: resigning, being dismissed, the contract ending, the last day. */
  private static final Pattern LEAVING = words("demission\\w*|demissionn\\w*|depart|pars|partir|quitte\\w*"
      + "|fin de (?:mon |du )?contrat|fin de cdd|licenci\\w*|rupture|preavis|dernier jour|solde de tout compte");

  /** Matches nothing: a situation no word rules out. */
  private static final Pattern NOTHING = Pattern.compile("(?!)");

  /**
   * A situation: the code's wording, searched when every one of its cues is in the message and
   * nothing telling another situation in the same words ({@code unless}) is.
   */
  private record Situation(String wording, List<Pattern> cues, Pattern unless) {
    Situation(String wording, List<Pattern> cues) {
      this(wording, cues, NOTHING);
    }

    boolean toldIn(String folded) {
      for (Pattern cue : cues) {
        if (!cue.matcher(folded).find()) {
          return false;
        }
      }
      return !unless.matcher(folded).find();
    }
  }

  /** In the order their wordings are searched. */
  private static final List<Situation> ALL = List.of(
      new Situation(DISCONNECTION, List.of(CONTACT, OFF_TIME)),
      new Situation(UNDISCLOSED_MONITORING, List.of(MONITORING, NOT_TOLD)),
      new Situation(LIMITATION, List.of(TIME_LIMIT, CLAIM)),
      new Situation(WAGE_LIMITATION, List.of(TIME_LIMIT, MONEY_OWED)),
      new Situation(LEAVE_DATES, List.of(LEAVE, WHEN, DECIDING), SPLIT),
      new Situation(HOURS_PROOF, List.of(HOURS, PROOF)),
      new Situation(COURT_CLAIM, List.of(LABOUR_COURT, HOW_TO_PROCEED)),
      new Situation(HEALTH_DISCRIMINATION, List.of(ADVERSE, HEALTH)),
      new Situation(PREGNANCY_PROTECTION, List.of(ADVERSE, PREGNANCY)),
      new Situation(WORK_ACCIDENT_PROTECTION, List.of(DISMISSED, WORK_ACCIDENT), UNFIT_OR_ALLOWANCE),
      new Situation(DISCRIMINATION, List.of(ADVERSE, GROUND)),
      new Situation(DISCIPLINARY_LIMITATION, List.of(SANCTION, MONTHS_AGO)),
      new Situation(COMPLEMENTARY_HOURS, List.of(PART_TIME, EXTRA_HOURS)),
      new Situation(DISMISSAL_NOTICE, List.of(DISMISSED, NOTICE)),
      new Situation(RETURN_EXAMINATION, List.of(ABSENCE, COMING_BACK, EXAMINATION)),
      new Situation(NOTICE_NOT_WORKED, List.of(NOTICE_PERIOD, NOT_WORKED)),
      new Situation(INTERVIEW_ASSISTANCE, List.of(INTERVIEW, ACCOMPANIED)),
      new Situation(DAILY_HOURS, List.of(HOURS_A_DAY)),
      new Situation(WEEKLY_HOURS, List.of(HOURS_A_WEEK)),
      new Situation(PAY_DOCKED, List.of(TAKEN_OFF, PAY, FAULT)),
      new Situation(DAILY_REST, List.of(SHORT_NIGHT)),
      new Situation(STANDING, List.of(ELECTIONS, STANDING_AS)),
      new Situation(LEAVE_NOT_TAKEN, List.of(LEAVE, LEFT_OVER, LEAVING)));

  private Situations() {}

  /** The code's wording for the situations {@code question} tells, one after the other; "" for none. */
  static String wording(String question) {
    String q = fold(question);
    List<String> out = new ArrayList<>(2);
    for (Situation s : ALL) {
      if (s.toldIn(q)) {
        out.add(s.wording());
      }
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
    return SPACES.matcher(Folding.fold(text)).replaceAll(" ");
  }
}
