package fr.permanence.llm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what identifies a person in a question before it leaves the process: e-mail addresses,
 * phone numbers and long digit strings (social security, bank, employee numbers). Article
 * numbers such as "L2312-8" and ordinary amounts and dates are kept: the search needs them.
 *
 * <p>Thread-safe: stateless (compiled patterns only).
 */
public final class QuestionMasker {
  public static final String EMAIL = "[courriel masqué]";
  public static final String PHONE = "[téléphone masqué]";
  public static final String NUMBER = "[numéro masqué]";

  private static final Pattern EMAIL_PATTERN = Pattern.compile(
      "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
  /** French numbers (0X XX XX XX XX, +33 X XX…, 0033…) with spaces, dots or dashes between pairs. */
  private static final Pattern PHONE_PATTERN = Pattern.compile(
      "(?<![\\p{N}\\p{L}])(?:(?:\\+|00)33[ .-]?(?:\\(0\\)[ .-]?)?|0)[1-9](?:[ .-]?\\p{N}{2}){4}(?!\\p{N})");
  /**
   * Eight digits or more, single spaces or dots allowed between them: a NIR has 13-15, an IBAN's
   * digits 23, a SIRET 14; dates (dd/mm/yyyy), amounts below 10 million and article numbers
   * (digits split by a dash) stay below it.
   */
  private static final Pattern DIGITS_PATTERN = Pattern.compile(
      "(?<![\\p{N}])\\p{N}(?:[ .]?\\p{N}){7,}(?![\\p{N}])");

  /** The question with every e-mail, phone number and long digit string replaced by a marker. */
  public String mask(String question) {
    String out = replace(EMAIL_PATTERN, question, EMAIL);
    out = replace(PHONE_PATTERN, out, PHONE);
    return replace(DIGITS_PATTERN, out, NUMBER);
  }

  private static String replace(Pattern pattern, String text, String marker) {
    return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(marker));
  }
}
