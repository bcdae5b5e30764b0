package fr.permanence.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import fr.permanence.text.FrenchNumbers;

/**
 * The figures of a member's situation and the ranges the texts write one rule each for: "avec un
 * an et demi d'ancienneté" is answered by "2° S'il justifie … d'une ancienneté de services continus
 * comprise entre six mois et moins de deux ans, à un préavis d'un mois ;", not by the item "d'au
 * moins deux ans" beside it; "au bout de 5 jours" by "Vingt-quatre heures en deçà de huit jours de
 * présence"; "ETAM au coefficient 450" by "du coefficient 275 au coefficient 500 inclus"; "une
 * boîte de 80 personnes" by "dans les entreprises d'au moins cinquante salariés".
 *
 * <p>A question states values: a number and its unit (a duration in days, weeks, months or years,
 * counted in days; hours; a number of employees; a classification coefficient), not preceded by a
 * comparison ("plus de deux ans" in a question is a range too, not the member's figure). A text
 * states bounds: a comparison ("moins de", "inférieure à", "en deçà de", "jusqu'à", "au plus",
 * "plus de", "au moins", "supérieure à", "au-delà de", "après", "à partir de", "à compter de",
 * "entre … et …", "du coefficient … au coefficient …") before a number and its unit. A text fits a
 * question when one of the question's values of a unit is within all of the text's bounds of
 * that unit, and misfits when none is.
 *
 * <p>Stateless and thread-safe.
 */
final class Ranges {
  /** What a figure counts. */
  enum Unit { DAYS, HOURS, EMPLOYEES, COEFFICIENT }

  /** One of a question's figures. */
  record Value(Unit unit, double amount) {}

  /** One of a text's bounds: {@code amount} is a lower bound when {@code lower}, else an upper one. */
  record Bound(Unit unit, double amount, boolean lower, boolean strict) {
    boolean admits(double value) {
      return lower ? (strict ? value > amount : value >= amount) : (strict ? value < amount : value <= amount);
    }
  }

  /** Days in a unit of time, as the law counts a month (30 days) and a year. */
  private static final double DAYS_PER_WEEK = 7;
  private static final double DAYS_PER_MONTH = 30;
  private static final double DAYS_PER_YEAR = 365;

  /** A number in digits ("1 607", "2,5") or in words ("un an et demi", "vingt-quatre", "deux cent vingt"). */
  private static final String WORD = FrenchNumbers.WORD;
  private static final String NUMBER = "(?:\\d{1,3}(?:[\\s\u00a0\u202f]\\d{3})+|\\d+(?:[,.]\\d+)?|(?:" + WORD
      + ")(?:[\\s\\-]+(?:et[\\s\\-]+)?(?:" + WORD + "))*)";
  /** A unit after its number, at most one word between ("huit jours ouvrables", "deux ans d'ancienneté"). */
  private static final String UNIT = "(jours?|semaines?|mois|ans|an|années?|heures?|salariés?|personnes|employés"
      + "|collaborateurs)";
  /** Half a unit after it: "un an et demi", "deux mois et demi". */
  private static final String HALF = "(?:[\\s\\-]+et[\\s\\-]+demie?)?";
  private static final Pattern AMOUNT = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(" + NUMBER + ")[\\s\u00a0\u202f]+" + UNIT
      + "(?![\\p{L}])" + HALF);
  private static final Pattern COEFFICIENT = Pattern.compile("(?iu)\\bcoef(?:ficient)?s?\\.?\\s*(\\d{2,3})\\b");
  private static final Pattern COEFFICIENT_RANGE = Pattern.compile(
      "(?iu)\\bdu\\s+coefficient\\s+(\\d{2,3})\\s+au\\s+coefficient\\s+(\\d{2,3})(\\s+inclus)?");
  /** A comparison just before a number: the text's bound, or a question's own condition. */
  private static final Pattern UPPER = Pattern.compile(
      "(?iu)(?:\\bmoins\\s+(?:de|d['’])|\\binf[ée]rieure?s?\\s+(?:à|a)|\\ben\\s+de[çc][àa]\\s+(?:de|d['’])|\\bau\\s+plus"
          + "(?:\\s+[ée]gale?s?\\s+(?:à|a))?|\\bjusqu['’]\\s*(?:à|a|au)|\\bn['’]exc[èe]de\\s+pas|\\bavant)\\s*$");
  private static final Pattern LOWER = Pattern.compile(
      "(?iu)(?:\\bplus\\s+(?:de|d['’])|\\bau\\s+moins|\\bsup[ée]rieure?s?\\s+(?:à|a)|\\bau[- ]del[àa]\\s+(?:de|d['’]|du)"
          + "|\\bapr[èe]s|\\b(?:à|a)\\s+partir\\s+(?:de|d['’]|du)|\\b(?:à|a)\\s+compter\\s+(?:de|d['’]|du)"
          + "|\\bau\\s+bout\\s+(?:de|d['’])|\\b[ée]gale?s?\\s+ou\\s+sup[ée]rieure?s?\\s+(?:à|a))\\s*$");
  private static final Pattern NON_STRICT = Pattern.compile("(?iu)au\\s+plus|jusqu|au\\s+moins|partir|compter|[ée]gale?s?");
  private static final Pattern BETWEEN = Pattern.compile("(?iu)\\bentre\\s*$");
  /**
   * A comparison before a figure of a question: the member asks about a range ("plus de deux ans"),
   * not their own figure. "Après", "depuis", "au bout de" give the member's figure ("licencié après
   * 6 ans", "au bout de 5 jours").
   */
  private static final Pattern ASKED_RANGE = Pattern.compile(
      "(?iu)(?:\\bmoins\\s+(?:de|d['’])|\\bplus\\s+(?:de|d['’])|\\bau\\s+moins|\\binf[ée]rieure?s?\\s+(?:à|a)"
          + "|\\bsup[ée]rieure?s?\\s+(?:à|a)|\\bau[- ]del[àa]\\s+(?:de|d['’]|du)|\\b(?:à|a)\\s+partir\\s+(?:de|d['’]|du)"
          + "|\\bjusqu['’]\\s*(?:à|a|au)|\\bentre|\\bavant)\\s*$");
  /** Fewer employees than this is a person ("un salarié qui signale…"), not the size of a company. */
  private static final int MIN_HEADCOUNT = 2;
  /** How far before a number its comparison may start: "d'une ancienneté de services continus d'au moins". */
  private static final int LOOK_BACK = 30;

  private Ranges() {}

  /**
   * The figures of {@code question}: each number followed by its unit and not preceded by a
   * comparison, and each coefficient. "Au bout de 5 jours" is a figure the member gives.
   */
  static List<Value> values(String question) {
    List<Value> values = new ArrayList<>();
    Matcher m = AMOUNT.matcher(question);
    while (m.find()) {
      double amount = FrenchNumbers.parse(m.group(1));
      if (!ASKED_RANGE.matcher(before(question, m.start())).find() && !Double.isNaN(amount)) {
        Value v = value(amount + (m.group().toLowerCase(Locale.ROOT).contains("demi") ? 0.5 : 0), m.group(2));
        if (v.unit() != Unit.EMPLOYEES || v.amount() >= MIN_HEADCOUNT) {
          values.add(v);
        }
      }
    }
    Matcher c = COEFFICIENT.matcher(question);
    while (c.find()) {
      values.add(new Value(Unit.COEFFICIENT, Double.parseDouble(c.group(1))));
    }
    return values;
  }

  /** The bounds {@code text} states: numbers with their units after a comparison, and coefficient ranges. */
  static List<Bound> bounds(String text) {
    List<Bound> bounds = new ArrayList<>();
    Matcher m = AMOUNT.matcher(text);
    double betweenLow = Double.NaN;
    while (m.find()) {
      double amount = FrenchNumbers.parse(m.group(1));
      if (Double.isNaN(amount)) {
        continue;
      }
      Value v = value(amount + (m.group().toLowerCase(Locale.ROOT).contains("demi") ? 0.5 : 0), m.group(2));
      String before = before(text, m.start());
      Matcher upper = UPPER.matcher(before);
      Matcher lower = LOWER.matcher(before);
      if (BETWEEN.matcher(before).find()) {
        bounds.add(new Bound(v.unit(), v.amount(), true, false));
        betweenLow = v.amount();
      } else if (!Double.isNaN(betweenLow) && before.matches("(?isu).*\\bet\\s*$")) {
        bounds.add(new Bound(v.unit(), v.amount(), false, false)); // "entre six mois et un an"
        betweenLow = Double.NaN;
      } else if (upper.find()) {
        bounds.add(new Bound(v.unit(), v.amount(), false, !NON_STRICT.matcher(upper.group()).find()));
      } else if (lower.find()) {
        bounds.add(new Bound(v.unit(), v.amount(), true, !NON_STRICT.matcher(lower.group()).find()));
      }
      if (!before.matches("(?isu).*\\bet\\s*$") && !BETWEEN.matcher(before).find()) {
        betweenLow = Double.NaN;
      }
    }
    Matcher c = COEFFICIENT_RANGE.matcher(text);
    while (c.find()) {
      bounds.add(new Bound(Unit.COEFFICIENT, Double.parseDouble(c.group(1)), true, false));
      bounds.add(new Bound(Unit.COEFFICIENT, Double.parseDouble(c.group(2)), false, false));
    }
    return bounds;
  }

  /**
   * How a text with {@code bounds} fits a question with {@code values}: for each unit both have,
   * +1 when one of the question's values of that unit is within all the text's bounds of that
   * unit, -1 when none is; 0 when they share no unit.
   */
  static int fit(List<Value> values, List<Bound> bounds) {
    if (values.isEmpty() || bounds.isEmpty()) {
      return 0;
    }
    Map<Unit, List<Bound>> byUnit = new EnumMap<>(Unit.class);
    bounds.forEach(b -> byUnit.computeIfAbsent(b.unit(), u -> new ArrayList<>()).add(b));
    int fit = 0;
    for (Map.Entry<Unit, List<Bound>> e : byUnit.entrySet()) {
      List<Value> ofUnit = values.stream().filter(v -> v.unit() == e.getKey()).toList();
      if (!ofUnit.isEmpty()) {
        boolean within = ofUnit.stream().anyMatch(v -> e.getValue().stream().allMatch(b -> b.admits(v.amount())));
        fit += within ? 1 : -1;
      }
    }
    return fit;
  }

  private static String before(String text, int at) {
    return text.substring(Math.max(0, at - LOOK_BACK), at);
  }

  private static Value value(double amount, String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("jour")) {
      return new Value(Unit.DAYS, amount);
    }
    if (u.startsWith("semaine")) {
      return new Value(Unit.DAYS, amount * DAYS_PER_WEEK);
    }
    if (u.equals("mois")) {
      return new Value(Unit.DAYS, amount * DAYS_PER_MONTH);
    }
    if (u.startsWith("an")) {
      return new Value(Unit.DAYS, amount * DAYS_PER_YEAR);
    }
    if (u.startsWith("heure")) {
      return new Value(Unit.HOURS, amount);
    }
    return new Value(Unit.EMPLOYEES, amount);
  }
}
