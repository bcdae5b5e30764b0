package fr.permanence.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The enumerations of legal texts: a line introducing a list and ending with a colon ("La durée de
 * la période d'essai, renouvellement compris, ne peut pas dépasser :"), then one line per item,
 * each opening on its marker ("1° Quatre mois pour les ouvriers et employés ;", "– pour les ETAM :",
 * "–– de moins de 2 ans d'ancienneté : 1 mois ;", "a) D'absence ;"). The code and the agreement
 * write one case per item, and a member asks about one case: an item is a unit of its own for
 * quoting, read with the lines that introduce it.
 *
 * <p>Stateless and thread-safe.
 */
public final class ListItems {
  /**
   * An item's marker at the start of a line: dashes or bullets ("–", "––", "– –", "•"), a number with
   * "°" ("1°", "3° bis"), a letter with a bracket ("a)"); then a space.
   */
  private static final Pattern MARKER = Pattern.compile(
      "^[ \\t\\u00a0]*(?:([–—\\-•▪*](?:[ \\t\\u00a0]*[–—\\-])*)|(\\d+°(?:[ \\t\\u00a0]*(?:bis|ter|quater))?)|([a-z]\\)))"
          + "(?=[ \\t\\u00a0])");
  /** Longest lead-in quoted before an item: a longer introduction is a paragraph, not a list's heading. */
  private static final int MAX_LEAD_IN_CHARS = 300;

  private ListItems() {}

  /**
   * The nesting level of the item {@code line} opens (1 for "–" and "1°", 2 for "––", "– –" and
   * "a)"), 0 when it is no item.
   */
  public static int level(String line) {
    Matcher m = MARKER.matcher(line);
    if (!m.find()) {
      return 0;
    }
    if (m.group(1) != null) {
      return (int) m.group(1).chars().filter(c -> c != ' ' && c != '\t' && c != '\u00a0').count();
    }
    return m.group(2) != null ? 1 : 2;
  }

  /**
   * {@code spans} ([start, end) offsets in {@code text}, as {@link SentenceSplitter#spans} gives
   * them) cut again where a line break is followed by an item's marker: each item is a unit of its
   * own, and so is the line introducing the list.
   */
  public static List<int[]> split(String text, List<int[]> spans) {
    List<int[]> out = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      int start = span[0];
      for (int nl = text.indexOf('\n', start); nl >= 0 && nl < span[1]; nl = text.indexOf('\n', nl + 1)) {
        int next = nl + 1;
        if (next < span[1] && level(text.substring(next, lineEnd(text, next))) > 0) {
          addTrimmed(text, start, nl, out);
          start = next;
        }
      }
      addTrimmed(text, start, span[1], out);
    }
    return out;
  }

  /**
   * The lines introducing the item that starts at {@code itemStart} in {@code text}, outermost first,
   * as [start, end) offsets: for "–– de plus de 2 ans d'ancienneté : 2 mois ;" the line "– pour les
   * ETAM :" and the sentence "Les durées suivantes s'appliquent en cas de licenciement ou de
   * démission :". Each is the nearest line before it, of a lower level, ending with a colon; the
   * outermost is the last sentence of a line that is no item. None when {@code itemStart} opens no
   * item; only the nearer ones when an outer introduction is missing or longer than a heading.
   */
  public static List<int[]> leadIns(String text, int itemStart) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, itemStart - 1)) + 1;
    if (!text.substring(lineStart, itemStart).isBlank()) {
      return List.of();
    }
    int level = level(text.substring(itemStart, lineEnd(text, itemStart)));
    List<int[]> found = new ArrayList<>();
    int end = lineStart - 1; // the line break before the item's line
    while (level > 0 && end > 0) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      String line = text.substring(start, end);
      int lineLevel = level(line);
      if (lineLevel == 0 || lineLevel < level) {
        if (!line.strip().endsWith(":")) {
          break; // the list (or this level of it) has no introduction
        }
        int[] lead = lineLevel == 0 ? lastSentence(text, start, end) : trimmed(text, start, end);
        if (lead[1] - lead[0] > MAX_LEAD_IN_CHARS) {
          break;
        }
        found.add(lead);
        level = lineLevel;
      }
      end = start - 1;
    }
    Collections.reverse(found);
    return found;
  }

  private static int[] lastSentence(String text, int start, int end) {
    List<int[]> spans = SentenceSplitter.spans(text.substring(start, end));
    int[] last = spans.get(spans.size() - 1);
    return new int[] {start + last[0], start + last[1]};
  }

  private static int[] trimmed(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new int[] {s, e};
  }

  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  private static void addTrimmed(String text, int start, int end, List<int[]> out) {
    int[] t = trimmed(text, start, end);
    if (t[1] > t[0]) {
      out.add(t);
    }
  }
}
