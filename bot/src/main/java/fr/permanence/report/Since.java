package fr.permanence.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code --since}: "30d", "30j", "12w"/"12s" (weeks), "6m" (months), "1y"/"1a", "48h", or a date "2026-01-31". */
public final class Since {
  private static final Pattern RELATIVE = Pattern.compile("(\\d{1,5})\\s*([hdjwsmya])");

  private Since() {}

  /**
   * The start of the period.
   *
   * @throws IllegalArgumentException with a French message saying what is accepted
   */
  public static Instant parse(String text, Instant now, ZoneId zone) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Matcher m = RELATIVE.matcher(t);
    if (m.matches()) {
      int n = Integer.parseInt(m.group(1));
      ZonedDateTime end = now.atZone(zone);
      ZonedDateTime start = switch (m.group(2)) {
        case "h" -> end.minusHours(n);
        case "d", "j" -> end.minusDays(n);
        case "w", "s" -> end.minusWeeks(n);
        case "m" -> end.minusMonths(n);
        default -> end.minusYears(n);
      };
      return start.toInstant();
    }
    try {
      return LocalDate.parse(t).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Période « " + text + " » incomprise : écrivez par exemple 30d (30 jours),"
          + " 12w (12 semaines), 6m (6 mois), 1y (un an) ou une date comme 2026-01-31.", e);
    }
  }
}
