package fr.permanence.text;

import java.util.Locale;

/**
 * A count with its noun in French: "0 passage", "1 passage", "2 passages". French puts zero and
 * one in the singular; the caller gives both forms, since French plurals are not all an added
 * "s" ("1 travail", "2 travaux"). Large counts are grouped by thousands with a space, as
 * members read them ("12 345 questions").
 */
public final class Plural {
  private Plural() {}

  /** {@code n} followed by {@code one} when {@code n} is 0 or 1, else by {@code many}. */
  public static String of(long n, String one, String many) {
    return number(n) + " " + form(n, one, many);
  }

  /** {@code n} grouped by thousands with ordinary spaces: "2 000", "12 345". */
  public static String number(long n) {
    return String.format(Locale.FRANCE, "%,d", n).replace('\u202F', ' ').replace('\u00A0', ' ');
  }

  /** {@code one} when {@code n} is 0 or 1 (or -1), else {@code many}: for agreeing another word of the sentence. */
  public static String form(long n, String one, String many) {
    return Math.abs(n) > 1 ? many : one;
  }
}
