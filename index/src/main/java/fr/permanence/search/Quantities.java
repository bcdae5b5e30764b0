package fr.permanence.search;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;

/**
 * Which kinds of quantity a text states, and which a question asks for. "Combien de jours de
 * congés par mois ?" is answered by the sentence giving the figure ("deux jours et demi
 * ouvrables par mois"), not by its neighbours that repeat "congés" and "mois" without one: among
 * the passages matching a question asking for a quantity, those stating none of the kind asked
 * lose a share of their score ({@link RankingParameters#quantityMissing()}).
 *
 * <p>A kind is a bit of a mask: a duration or a delay (a number of days, weeks, months, years,
 * hours), a rate (a percentage, "le double", "la moitié"), an amount of money, a headcount (a
 * number of employees, members). A passage's mask is computed when it is indexed (see
 * {@link PassageFields#QUANTITIES}); a question's from its words when it is searched. Numbers
 * naming an article ("L. 1234-9"), a paragraph ("1°") or a date are no quantity: only a number
 * followed by its unit is.
 *
 * <p>Thread-safety: stateless.
 */
final class Quantities {
  static final long DURATION = 1;
  static final long RATE = 2;
  static final long MONEY = 4;
  static final long HEADCOUNT = 8;
  /** Every kind: a question asking "combien ?" without saying of what. */
  static final long ANY = DURATION | RATE | MONEY | HEADCOUNT;
  static final long NONE = 0;
  // The unit of a duration, beside its kind: "combien de jours" is answered first by a number of
  // days ("deux jours et demi ouvrables par mois"), then by a duration in another unit ("deux mois").
  static final long DAYS = 16;
  static final long WEEKS = 32;
  static final long MONTHS = 64;
  static final long YEARS = 128;
  static final long HOURS = 256;
  static final long UNITS = DAYS | WEEKS | MONTHS | YEARS | HOURS;
  // The period a quantity is counted by, beside it: "combien de jours de congé par mois" is answered
  // by "deux jours et demi ouvrables par mois", not by "douze jours ouvrables continus" (a number of
  // days too, counted by no period); "combien d'heures par semaine" by the weekly limit.
  static final long PER_DAY = 512;
  static final long PER_WEEK = 1024;
  static final long PER_MONTH = 2048;
  static final long PER_YEAR = 4096;
  static final long PERIODS = PER_DAY | PER_WEEK | PER_MONTH | PER_YEAR;

  /**
   * A number, in digits or in words ("deux", "quinze", "cinquante"). "Un" and "une" are left out:
   * "un salarié", "une semaine de congés" are the article as often as the number; "d'un mois" is
   * read below.
   */
  private static final String NUMBER = "(?:\\d+(?:[,.]\\d+)?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze"
      + "|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille)";
  /** A number written in one or more words or digits: "vingt-cinq", "deux cent cinquante", "1 500". */
  private static final String AMOUNT = NUMBER + "(?:[\\s\\-\u00a0\u202f]+(?:et[\\s\\-]+)?" + NUMBER + ")*";
  /** At most one word between the number and its unit: "deux jours ouvrables", "quinze jours calendaires". */
  private static final String GAP = "[\\s\u00a0\u202f]+(?:\\p{L}+[\\s\u00a0\u202f]+)?";

  /**
   * The first letters of {@link #NUMBER}'s words, and digits: a pattern whose every alternative
   * begins with a number or one of a few words begins with one of these characters. Each stated
   * pattern below first looks for such a character at a position ({@code (?=[…])}, with the same
   * flags, hence the same case folding as its words), then tries its alternatives only there:
   * the same matches, and indexing reads a text's quantities about twice as fast (they took 40 %
   * of an index build, JFR, 2026-12-01; every position of a text tried some thirty words, each
   * folding the text's letter anew).
   */
  private static final String NUMBER_START = "\\dcdhmnoqstv";

  private static final Pattern STATED_DURATION = Pattern.compile("(?iU)(?=[" + NUMBER_START + "p])(?:\\b" + AMOUNT + GAP // p: pendant, pour
      + "(?:jours?|semaines?|mois|ans|années?|heures?|minutes?|trimestres?|semestres?)\\b"
      + "|(?:\\bd'|\\bd’|\\b(?:pendant|durant|pour|dans|sous|de)\\s+)(?:un|une)\\s+(?:jour|semaine|mois|an|année|heure"
      + "|trimestre)\\b)");
  private static final Pattern STATED_RATE = Pattern.compile("(?iU)(?=[" + NUMBER_START + "alu])" // le, la, au, un
      + "(?:\\d+(?:[,.]\\d+)?\\s*(?:%|pour\\s+cent)"
      + "|\\b" + AMOUNT + "\\s+pour\\s+cent\\b"
      + "|\\b(?:le|au|du)\\s+(?:double|triple)\\b|\\b(?:la\\s+)?moitié\\b|\\b(?:un|le|au|du)\\s+(?:tiers|quart|dixième)\\b"
      + "|\\b(?:\\d+|un|deux|trois)\\s*/\\s*\\d+\\b)");
  private static final Pattern STATED_MONEY = Pattern.compile("(?iU)\\d[\\d\\s.,\u00a0\u202f]*\\s*(?:€|euros?\\b)");
  private static final Pattern STATED_HEADCOUNT = Pattern.compile("(?iU)(?=[" + NUMBER_START + "])\\b" + AMOUNT + GAP
      + "(?:salariés?|personnes|membres|élus|titulaires|représentants|délégués|agents|collaborateurs)\\b");

  // Questions are read with or without their accents: members often type none ("a partir de", "delai").

  /** "Combien" and how its object names the kind asked ("combien de jours", "combien d'euros"). */
  private static final Pattern HOW_MANY = Pattern.compile("(?iU)\\bcombien\\b(?:\\s+(?:de\\s+|d['’]\\s*)(\\p{L}+))?");
  private static final Pattern ASKED_DURATION = Pattern.compile("(?iU)\\b(?:quel(?:le)?s?\\s+(?:d[ée]lai|dur[ée]e)"
      + "|(?:le|un|les|du|de|quel)\\s+d[ée]lai|jusqu['’]\\s*[àa]\\s+quand|(?:la|une|quelle)\\s+dur[ée]e|pendant\\s+combien"
      + "|au\\s+bout\\s+de\\s+combien|dans\\s+combien|il\\s+y\\s+a\\s+combien|(?:ça|ca)\\s+dure|dure\\s+combien"
      + "|(?:quelle|la)\\s+fr[ée]quence|tous\\s+les\\s+combien)\\b");
  private static final Pattern ASKED_RATE = Pattern.compile("(?iU)\\b(?:taux|pourcentage|major(?:[ée]|[ée]e|[ée]s|[ée]es|er|ation)"
      + "|quelle\\s+proportion|quelle\\s+part)\\b");
  private static final Pattern ASKED_MONEY = Pattern.compile("(?iU)\\b(?:montant|combien\\s+(?:ça|ca|je|on|il|elle)"
      + "\\s+(?:paie|paye|touche|co[ûu]te|rapporte|est\\s+pay[ée])|quel\\s+salaire|combien\\s+(?:sera|est)\\s+pay[ée])\\b");
  private static final Pattern ASKED_HEADCOUNT = Pattern.compile("(?iU)\\b(?:(?:quel|le|un)\\s+seuil"
      + "|(?:quel|l['’])\\s*effectif\\s+minimum|[àa]\\s+partir\\s+de\\s+combien)\\b");
  private static final Pattern DURATION_UNIT = Pattern.compile("(?iU)temps|jours?|semaines?|mois|ans|ann[ée]es?|heures?"
      + "|minutes?|trimestres?|fois");
  /**
   * Leave and rest, which French law and members count in days ("25 jours de congés", "deux jours
   * et demi ouvrables par mois", "12 jours de RTT"): "combien de congés" asks for a number of days,
   * as "combien de jours de congés" does, not for any number (the "cinq ans" an approval lasts).
   */
  private static final Pattern LEAVE_UNIT = Pattern.compile("(?iU)cong[ée]s?|vacances|rtt|cp|repos");
  private static final Pattern UNIT_WORD = Pattern.compile("(?iU)\\b(?:jours?|semaines?|mois|ans?|ann[ée]es?|heures?)\\b");
  private static final Pattern RATE_UNIT = Pattern.compile("(?iU)pourcents?|pour");
  private static final Pattern MONEY_UNIT = Pattern.compile("(?iU)euros?|argent|sous");
  private static final Pattern HEADCOUNT_UNIT = Pattern.compile("(?iU)salari[ée]s?|personnes|membres|[ée]lus|employ[ée]s"
      + "|gens|coll[èe]gues|repr[ée]sentants|d[ée]l[ée]gu[ée]s");

  /**
   * A period a quantity is counted by: "par mois", "chaque année", "tous les mois", what the law
   * grants for each period ("500 euros au titre de cette année", "au titre de chaque mois"), or the
   * adjective the code writes it with ("la durée hebdomadaire", "le repos quotidien"). Read only in
   * a text stating a quantity, or a question asking one. Its first letters looked for first, as
   * in the stated patterns ({@link #NUMBER_START}).
   */
  private static final Pattern PERIOD = Pattern.compile("(?iU)(?=[achmpqt])\\b(?:(?:par|chaque)\\s+(jour|semaine|mois|an|ann[ée]e)"
      + "|au\\s+titre\\s+de\\s+(?:chaque\\s+|cette\\s+|l['’]\\s*)(semaine|mois|ann[ée]e)"
      + "|tous\\s+les\\s+(jours|mois|ans)|toutes\\s+les\\s+(semaines)"
      + "|(quotidien|quotidienne|quotidiens|quotidiennes|hebdomadaires?|mensuel|mensuelle|mensuels|mensuelles"
      + "|annuel|annuelle|annuels|annuelles))\\b");

  private Quantities() {}

  /** The periods {@code text} counts by ({@link #PER_DAY} and the others), 0 for none. */
  static long periods(String text) {
    long mask = NONE;
    var period = PERIOD.matcher(text);
    while (period.find()) {
      String w = period.group().toLowerCase(Locale.ROOT);
      mask |= w.contains("jour") || w.startsWith("quotidien") ? PER_DAY
          : w.contains("semaine") || w.startsWith("hebdo") ? PER_WEEK
          : w.contains("mois") || w.startsWith("mensuel") ? PER_MONTH : PER_YEAR;
    }
    return mask;
  }

  /** The kinds of quantity {@code text} states: an OR of {@link #DURATION} and the others, 0 for none. */
  static long stated(String text) {
    long mask = NONE;
    var durations = STATED_DURATION.matcher(text);
    while (durations.find()) {
      mask |= DURATION | unit(durations.group());
    }
    if (STATED_RATE.matcher(text).find()) {
      mask |= RATE;
    }
    if (STATED_MONEY.matcher(text).find()) {
      mask |= MONEY;
    }
    if (STATED_HEADCOUNT.matcher(text).find()) {
      mask |= HEADCOUNT;
    }
    return mask == NONE ? NONE : mask | periods(text);
  }

  /**
   * The kinds of quantity {@code question} asks for; {@link #NONE} when it asks for none, {@link
   * #ANY} for a "combien" that does not say of what.
   */
  static long asked(String question) {
    long mask = NONE;
    if (ASKED_DURATION.matcher(question).find()) {
      mask |= DURATION;
    }
    if (ASKED_RATE.matcher(question).find()) {
      mask |= RATE;
    }
    if (ASKED_MONEY.matcher(question).find()) {
      mask |= MONEY;
    }
    if (ASKED_HEADCOUNT.matcher(question).find()) {
      mask |= HEADCOUNT;
    }
    var howMany = HOW_MANY.matcher(question);
    while (howMany.find()) {
      String unit = howMany.group(1);
      if (unit == null) {
        mask |= mask == NONE ? ANY : NONE;
      } else if (DURATION_UNIT.matcher(unit).matches()) {
        mask |= DURATION | unit(unit);
      } else if (LEAVE_UNIT.matcher(unit).matches()) {
        mask |= DURATION | DAYS;
      } else if (RATE_UNIT.matcher(unit).matches()) {
        mask |= RATE;
      } else if (MONEY_UNIT.matcher(unit).matches()) {
        mask |= MONEY;
      } else if (HEADCOUNT_UNIT.matcher(unit).matches()) {
        mask |= HEADCOUNT;
      } else {
        mask |= ANY; // "combien d'entretiens", "combien d'avertissements": a number of something else
      }
    }
    return mask == NONE ? NONE : mask | periods(question);
  }

  /** The unit bit of the last unit word in {@code words} ("deux jours" → {@link #DAYS}), 0 for none. */
  static long unit(String words) {
    var unit = UNIT_WORD.matcher(words);
    long bit = NONE;
    while (unit.find()) {
      String w = unit.group().toLowerCase(Locale.ROOT);
      bit = w.startsWith("jour") ? DAYS : w.startsWith("semaine") ? WEEKS : w.equals("mois") ? MONTHS
          : w.startsWith("heure") ? HOURS : YEARS;
    }
    return bit;
  }

  /**
   * The factor of a passage's score: 1 when the question asks for no quantity or the passage
   * states one of the kinds asked, {@code 1 - missing} otherwise; when the question names the unit
   * of the duration it asks ("combien de jours") and the passage states durations only in other
   * units, {@code 1 - missing × unitMismatch}; when it names the period the quantity is counted by
   * ("par mois") and the passage counts by none of the periods asked, it loses a further {@code
   * missing × periodMismatch}; never less than a passage stating no quantity of the kind asked.
   */
  static double factor(long asked, long stated, double missing, double unitMismatch, double periodMismatch) {
    if (asked == NONE) {
      return 1;
    }
    long kinds = asked & stated & ANY;
    if (kinds == NONE) {
      return 1 - missing;
    }
    boolean otherUnit = kinds == DURATION && (asked & UNITS) != NONE && (asked & stated & UNITS) == NONE;
    boolean otherPeriod = (asked & PERIODS) != NONE && (asked & counted(stated) & PERIODS) == NONE;
    double lost = missing * ((otherUnit ? unitMismatch : 0) + (otherPeriod ? periodMismatch : 0));
    return 1 - Math.min(missing, lost);
  }

  /**
   * The periods a text counting by the periods of {@code stated} answers: its own, and the year
   * when it counts by the month — what accrues each month ("deux jours et demi ouvrables par mois")
   * is what a year adds up to, the answer to "combien de jours par an".
   */
  static long counted(long stated) {
    return (stated & PER_MONTH) != NONE ? stated | PER_YEAR : stated;
  }

  /**
   * Whether a passage stating {@code stated} gives a quantity of a kind {@code asked}, in the unit
   * asked when the question names one: the figure asked for, not a neighbour repeating its words.
   */
  static boolean answers(long asked, long stated) {
    return asked != NONE && factor(asked, stated, 1, 1, 0) == 1;
  }

  /** The kinds of quantity the passage {@code doc} (index-wide id) states, as indexed. */
  static long stated(IndexSearcher searcher, int doc) throws IOException {
    return Rescored.column(searcher, doc, PassageFields.QUANTITIES, NONE);
  }

  /** Adds the kinds of quantity {@code text} states to its passage's document, column-stored. */
  static void addField(Document d, String text) {
    d.add(new NumericDocValuesField(PassageFields.QUANTITIES, stated(text)));
  }

  /**
   * {@code ranked} with the scores of the passages stating none of the kinds {@code asked}
   * multiplied by {@code 1 - missing}, best first; unchanged when nothing is asked.
   */
  static TopDocs rescore(IndexSearcher searcher, TopDocs ranked, long asked, double missing, double unitMismatch,
      double periodMismatch) throws IOException {
    if (asked == NONE || missing == 0) {
      return ranked;
    }
    return Rescored.byFactor(ranked,
        doc -> factor(asked, stated(searcher, doc), missing, unitMismatch, periodMismatch));
  }
}
