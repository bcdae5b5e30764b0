package fr.permanence.search;

/**
 * What the best passages show about whether they answer the question, measured in the index
 * (see {@link MatchCheck}); {@link Answerability} decides from it. Shares are weighted by each
 * word's idf over all indexed text, so that a rare word of the question counts more than a
 * common one.
 *
 * @param relativeScore the best passage's score over the question's weight (the sum of the idf
 *     of its words in the best passage's field): how strongly it matches, on a scale comparable
 *     between questions
 * @param bestCoverage share of the question's known words (those the corpus has at all) that the
 *     best passage contains: is the passage about all of what was asked, or one word of it?
 * @param topCoverage share of all the question's words that the first three passages contain
 *     together: several passages agreeing on the question's topic
 * @param knownShare share of the question's words the corpus has at all: a question about
 *     crêpes or divorce is mostly words labour-law texts never use
 * @param familiarity mean over the question's words of log(1 + df) / log(1 + passages): words the
 *     texts use often (salarié, congé, employeur) against words they hardly know (crêpe, loyer)
 * @param domainShare share of the question's words found in the headings of the texts (the plan
 *     of the code, the titles of the fact sheets and sections): the field's own concepts (congé,
 *     licenciement, télétravail, salaire) against words no heading uses (recette, divorce, loyer)
 * @param workingLife the question uses a word of working life ({@link WorkingLife})
 * @param rarestMissing the idf of the rarest known word of the question that the best passage
 *     lacks, over the largest idf possible: a specific thing asked that the passage never names
 * @param bestMatched distinct question words in the best passage
 * @param missingNames names, acronyms or years of the question absent from the quoted passages
 * @param asksForAPerson the question asks who someone is or how to reach a place (its address,
 *     telephone, opening hours): the texts are no directory
 * @param exactArticle the question names an indexed article, which comes first
 * @param particularNames names in the question's focus that the texts hardly know, quoted or not:
 *     a company, a person, a town ("chez Orange", "Julien", "à Brest"), whose particular facts
 *     (its agreement, its figures, its dates) no general text gives
 * @param otherLaw cues of another code in the question ({@link OtherLaw}: a lease, a divorce,
 *     taxes, a civil servant's career, a family allowance): it belongs to another branch of law.
 *     Weighed as present or not: one cue says which code governs, a second adds nothing (the count,
 *     capped at two, did worse held out: other areas of law 0.94 against 0.97 refused). Not counted
 *     when the question asks what one of the union's texts or the agreement says ({@link
 *     SourceNames}: "qu'en dit le rapport ?"): the cues then tell the member's situation (an
 *     employer such as the CAF, a status such as auto-entrepreneur), and the text is asked about it
 * @param timeBound the focus is pinned to the present or coming moment ("cette année", "l'an
 *     prochain", "demain", this year or a later one) or asks what will happen ("il va choisir"):
 *     news or a prediction, not a lasting rule
 * @param exactDetail the focus asks for the exact figure or wording of one case ("le montant
 *     exact", "précisément"): the texts give rules, not one workplace's documents
 * @param ownWorkplaceFact the asked clause asks which, how much, when or who about the member's
 *     own workplace or one of its documents ("le PV de notre CSE dit quoi", "quelle grille dans mon
 *     entreprise", "combien de jours chez nous"), or what joining a union costs ("combien coûte
 *     l'adhésion à la CGT", {@link FactAsked#asksForAUnionFee}): that company's papers and that
 *     union's fees are not in the texts, though the words of the question (accord, grille, CSE,
 *     cotisation syndicale) are everywhere in them
 * @param statisticAsked the asked clause asks how many people, companies or events there are in a
 *     population, or what share of it ("combien de ruptures conventionnelles chaque année", "quel
 *     pourcentage de salariés syndiqués en France"; {@link FactAsked#asksForAStatistic}), and the
 *     best passage is not one of the union's documents: the law, the fact sheets and the agreement
 *     state rules and thresholds, never how many there are
 * @param focusWords distinct words of the focus once analysed: the shares above (coverage, known,
 *     familiar, in the headings) and the relative score are measured over them, and a share of one
 *     or two words ("salut, ça va ?" is the one word "va") is weaker evidence than a share of six;
 *     the count lets the model weigh the shares by how much they rest on
 * @param recommendationAsked the focus asks the bot to recommend a thing ({@link
 *     FactAsked#asksForARecommendation}: "tu me conseilles quel…", "tu connais un bon…", "une idée
 *     de cadeau", "quel cadeau lui offrir"): the texts never recommend a product, a place, a dish or a pastime
 * @param rightAsked the focus asks about a right, a duty or what is lawful ({@link
 *     FactAsked#asksAboutARightOrDuty}: "peut-il", "a-t-on le droit", "dois-je", "c'est légal",
 *     "obligatoire", "interdit"): what the law, the fact sheets and the agreement answer, and what a
 *     question merely using the words of work (a gift for a colleague, the office's printer) does not ask
 * @param thingOutsideField the thing the focus asks about ({@link FactAsked#askedThing}: "quelle
 *     plante…", "c'est quoi le plat du jour…", "il y a un parking près du boulot ?") is no word of
 *     working life and heads fewer than five passages of the texts ({@link
 *     MatchCheck#THING_MIN_HEADINGS}): the texts' own topics (préavis, congé, indemnité, délai) head
 *     whole chapters; a plant, a dish or a car park heads none or a few, however many words of work
 *     surround it ("sur mon bureau", "à la cantine du taf")
 * @param sourceNamed the question names a kind of source or one of the texts ({@link SourceNames}:
 *     "d'après le rapport", "selon la CGT", "la convention collective", "la loi en parle ?"): it asks
 *     what the texts say, as a question about a right asks what the law allows; not when it asks who
 *     someone is or how to reach them ("qui dirige la CGT", "l'adresse de la CGT à Lyon"): the union
 *     is then the organisation asked about, not a text
 * @param practicalRequest the focus asks for practical help ({@link FactAsked#asksForPracticalHelp}:
 *     how to do or fix something, where to find it: "comment flouter…", "on fait comment ?", "une
 *     solution ?", "où acheter…"), weighed by the share of the words of what it is about ({@link
 *     FactAsked#practicalObject}) that head fewer than ten passages of the texts — the words naming
 *     only the workplace and its people left out ({@link WorkingLife#namesTheWorkplace}: "du taf",
 *     "avec mon manager"), the other words of working life counted as the field's; 0 when it asks
 *     no such help. A how-to about the texts' own matters
 *     ("comment contester un avertissement", "je fais comment pour poser mes congés") has its words
 *     in their headings; one about a printer, a password or a speech has none, whatever words of
 *     work surround it
 * @param rankingAsked the focus asks to rank or judge things by taste or price ({@link
 *     FactAsked#asksForARanking}: "laquelle rembourse le mieux", "le meilleur…", "pas cher", "sympa"):
 *     the texts rank no product, place or insurer
 */
public record Evidence(double relativeScore, double bestCoverage, double topCoverage, double knownShare,
    double familiarity, double domainShare, boolean workingLife, double rarestMissing, int bestMatched, int missingNames, boolean asksForAPerson,
    boolean exactArticle, int particularNames, int otherLaw, boolean timeBound,
    boolean exactDetail, boolean ownWorkplaceFact, boolean statisticAsked, int focusWords, boolean recommendationAsked,
    boolean rightAsked, boolean thingOutsideField, boolean sourceNamed, double practicalRequest, boolean rankingAsked) {
  /** No passage at all. */
  public static final Evidence NONE = new Evidence(0, 0, 0, 0, 0, 0, false, 0, 0, 0, false, false, 0, 0, false, false,
      false, false, 0, false, false, false, false, 0, false);

  /** This evidence with what the question's form and the passages' scores tell (see the parameters of the same names). */
  Evidence with(int particularNames, int otherLaw, boolean timeBound, boolean exactDetail, boolean ownWorkplaceFact,
      boolean statisticAsked, boolean recommendationAsked, boolean rightAsked,
      boolean thingOutsideField, boolean sourceNamed, double practicalRequest, boolean rankingAsked) {
    return new Evidence(relativeScore, bestCoverage, topCoverage, knownShare, familiarity, domainShare, workingLife,
        rarestMissing, bestMatched, missingNames, asksForAPerson, exactArticle, particularNames, otherLaw, timeBound,
        exactDetail, ownWorkplaceFact, statisticAsked, focusWords, recommendationAsked, rightAsked,
        thingOutsideField, sourceNamed, practicalRequest, rankingAsked);
  }

  /** Names of {@link #features()}, in order: for calibration reports. */
  public static final String[] FEATURES = {
    "relativeScore", "bestCoverage", "topCoverage", "knownShare", "familiarity", "domainShare", "workingLife", "rarestMissing",
    "log1p(bestMatched)", "namesMissing", "asksForAPerson", "particularNames", "otherLaw>0", "timeBound", "exactDetail",
    "ownWorkplaceFact", "statisticAsked", "outsideField", "log1p(focusWords)", "recommendationAsked",
    "rightAsked", "thingOutsideField", "sourceNamed", "practicalRequest", "rankingAsked"};

  /**
   * How far the question is from the field when it uses no word of working life: the share of its
   * words that no heading of the texts uses ({@code 1 - domainShare}), 0 when it speaks of work. A
   * question about a film, a printer or a capital city names neither work nor any of the field's
   * concepts; the few answerable questions without a word of working life ("le reçu pour solde de
   * tout compte", "le règlement intérieur") are made of the headings' words. Weighed apart from
   * both, it took held-out off-topic refusals from 0.85 to 0.94 (5-fold, 10 cuts; 2- and 10-fold
   * alike), at the same overall false abstention.
   */
  double outsideField() {
    return workingLife ? 0 : 1 - domainShare;
  }

  /** The numbers {@link Answerability} weighs, in the order of {@link #FEATURES}. */
  public double[] features() {
    return new double[] {relativeScore, bestCoverage, topCoverage, knownShare, familiarity, domainShare, workingLife ? 1 : 0, rarestMissing,
        Math.log1p(bestMatched),
        missingNames > 0 ? 1 : 0, asksForAPerson ? 1 : 0, Math.min(particularNames, 2), otherLaw > 0 ? 1 : 0,
        timeBound ? 1 : 0, exactDetail ? 1 : 0, ownWorkplaceFact ? 1 : 0, statisticAsked ? 1 : 0, outsideField(),
        Math.log1p(focusWords), recommendationAsked ? 1 : 0, rightAsked ? 1 : 0,
        thingOutsideField ? 1 : 0, sourceNamed ? 1 : 0, practicalRequest, rankingAsked ? 1 : 0};
  }
}
