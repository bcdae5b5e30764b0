package fr.permanence.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of an extracted document into paragraphs and headings: re-flows the lines of
 * a paragraph, re-joins words hyphenated at line ends (real compounds keep their hyphen), drops
 * page numbers, stray URL lines and footnotes, and recognises section headings.
 */
final class ParagraphBuilder {
  /** More than this share of lines followed by an empty line: the blank lines carry no meaning. */
  private static final double DOUBLE_SPACED_SHARE = 0.8;
  /** A line shorter than this share of the usual line width that ends a sentence ends its paragraph. */
  private static final double SHORT_LINE_SHARE = 0.75;
  /** A one-line paragraph shorter than this share of the width, without final punctuation, is a heading. */
  private static final double HEADING_LINE_SHARE = 0.9;
  /** Longest heading, in words; longer unpunctuated lines are captions or broken sentences. */
  private static final int HEADING_MAX_WORDS = 16;

  private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");
  private static final Pattern URL_LINE = Pattern.compile("(?:https?://|www\\.)\\S*");
  /** A note's number then its text, which starts like a title, a quotation or a link. */
  private static final Pattern FOOTNOTE_START =
      Pattern.compile("(\\d{1,3}) +(?:\\p{Lu}|[«\"“]|https?://|www\\.|Ibid|ibid|Op\\.|cf\\.).*");
  private static final Pattern BULLET =
      Pattern.compile("(?:[•▪■◦●►➢✓\\-–—*] ?|\\d{1,2}[.)°] |[IVX]{1,5}\\. |[a-h]\\) ).*");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:](?:\\s*[»\")\\]])?$");
  private static final Pattern NO_HEADING_END = Pattern.compile(".*[.,;:…\\-]$");
  private static final Pattern HYPHENATED_END = Pattern.compile(".*\\p{L}-$");
  /** Words whose hyphen to the next part is part of the word when the text gives no evidence. */
  private static final Set<String> HYPHEN_KEEPING_PREFIXES = Set.of(
      "sous", "non", "vis", "peut", "demi", "mi", "semi", "ex", "après", "avant", "c'est", "c’est",
      "au", "grand", "grands", "grande", "petit", "petite", "arrière", "contre", "haut", "hors", "quasi");
  private static final Set<String> HYPHEN_KEEPING_SUFFIXES = Set.of(
      "ci", "là", "t", "il", "ils", "elle", "elles", "on", "même", "mêmes", "être", "à", "dire", "clé", "clés");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*[\\p{L}]|\\p{L}");

  private final List<SourceLine> lines;
  private final boolean doubleSpaced;
  private final int width;
  private final Set<String> vocabulary = new HashSet<>();
  private final Set<Integer> calls = new HashSet<>();
  /** Calls glued to a year or an acronym ("201333", "IA84") that a note of their number confirms. */
  private final Set<Integer> confirmedCalls = new HashSet<>();

  ParagraphBuilder(List<SourceLine> lines) {
    this.lines = lines;
    this.doubleSpaced = isDoubleSpaced(lines);
    this.width = usualWidth(lines);
    for (SourceLine line : lines) {
      Matcher m = WORD.matcher(line.text());
      while (m.find()) {
        boolean atLineEnd = m.end() < line.text().length() && line.text().charAt(m.end()) == '-'
            && m.end() + 1 == line.text().length();
        if (!atLineEnd) {
          vocabulary.add(m.group().toLowerCase(Locale.ROOT));
        }
      }
      calls.addAll(TextRepair.gluedCalls(line.text()));
    }
    confirmAmbiguousCalls();
  }

  /**
   * Takes the digits glued to a year or an acronym for a call when a line "N text" that starts
   * like a note, with that number, is on the same page or the next (a note ends its page or, when
   * the paragraph crosses the page, the next one).
   */
  private void confirmAmbiguousCalls() {
    Map<Integer, Set<Integer>> notePages = new HashMap<>();
    for (SourceLine line : lines) {
      Matcher m = FOOTNOTE_START.matcher(line.text());
      if (m.matches()) {
        notePages.computeIfAbsent(Integer.parseInt(m.group(1)), n -> new HashSet<>()).add(line.page());
      }
    }
    for (SourceLine line : lines) {
      for (int call : TextRepair.ambiguousCalls(line.text())) {
        Set<Integer> pages = notePages.getOrDefault(call, Set.of());
        if (pages.contains(line.page()) || pages.contains(line.page() + 1)) {
          confirmedCalls.add(call);
        }
      }
    }
    calls.addAll(confirmedCalls);
  }

  /** The document's paragraphs and headings, repaired, with their offsets in the joined text. */
  List<Block> blocks() {
    boolean[] footnote = footnoteLines();
    List<Block> blocks = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    int paragraphPage = 0;
    int paragraphLines = 0;
    String previous = null;
    boolean blankSince = false;
    int[] offset = {0};
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (line.blank()) {
        blankSince = !doubleSpaced;
        continue;
      }
      String text = line.text();
      if (footnote[i] || skipped(text)) {
        continue;
      }
      boolean afterBlank = blankSince;
      blankSince = false;
      if (previous != null && (afterBlank ? !continuesAcrossBlank(previous, text) : breaksBefore(previous, text, paragraphLines))) {
        flush(blocks, paragraph, paragraphPage, paragraphLines, offset);
        paragraphLines = 0;
        previous = null;
      }
      if (paragraphLines == 0) {
        paragraph.setLength(0);
        paragraph.append(text);
        paragraphPage = line.page();
      } else {
        join(paragraph, text);
      }
      paragraphLines++;
      previous = text;
    }
    if (paragraph.length() > 0 && paragraphLines > 0) {
      flush(blocks, paragraph, paragraphPage, paragraphLines, offset);
    }
    return blocks;
  }

  /** The repaired document: every block, separated by an empty line. */
  static String joined(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block b : blocks) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(b.text());
    }
    return out.toString();
  }

  private void flush(List<Block> blocks, StringBuilder paragraph, int page, int lineCount, int[] offset) {
    String text = TextRepair.inline(paragraph.toString(), confirmedCalls);
    paragraph.setLength(0);
    if (text.isEmpty() || text.chars().noneMatch(Character::isLetterOrDigit)) {
      return;
    }
    boolean heading = isHeading(text, lineCount);
    if (!blocks.isEmpty()) {
      offset[0] += 2; // the "\n\n" between blocks in the joined text
    }
    blocks.add(new Block(heading, page, text, offset[0]));
    offset[0] += text.length();
  }

  private boolean isHeading(String text, int lineCount) {
    if (lineCount > 2 || BULLET.matcher(text).matches() || NO_HEADING_END.matcher(text).matches()
        || endsWithFunctionWord(text)) {
      return false;
    }
    int words = text.split("\\s+").length;
    char first = text.charAt(0);
    boolean startsLikeTitle = Character.isUpperCase(first) || Character.isDigit(first);
    return startsLikeTitle && words <= HEADING_MAX_WORDS;
  }

  /** A column or page break inside a sentence: the blank line is not a paragraph break. */
  private static boolean continuesAcrossBlank(String previous, String line) {
    return !SENTENCE_END.matcher(previous).matches() && !line.isEmpty()
        && Character.isLowerCase(line.charAt(0)) && !BULLET.matcher(line).matches();
  }

  private boolean breaksBefore(String previous, String line, int paragraphLines) {
    if (BULLET.matcher(line).matches()) {
      return true;
    }
    boolean ended = SENTENCE_END.matcher(previous).matches();
    if (ended && previous.length() < SHORT_LINE_SHARE * width) {
      return true;
    }
    boolean previousCaps = isAllCaps(previous);
    if (previousCaps != isAllCaps(line)) {
      return true;
    }
    // One or two short lines without final punctuation followed by a capital: a heading.
    boolean headingSized = paragraphLines == 1 ? previous.length() < HEADING_LINE_SHARE * width
        : paragraphLines == 2 && previous.length() < SHORT_LINE_SHARE * width;
    return headingSized && !ended && !previous.endsWith(",") && !endsWithFunctionWord(previous)
        && startsUpper(previous) && startsUpper(line) && !HYPHENATED_END.matcher(previous).matches();
  }

  /** Words a heading never ends with: a line ending so is a sentence broken at the line end. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "à", "au", "aux", "en",
      "pour", "par", "sur", "dans", "avec", "que", "qui", "ne", "se", "sa", "son", "ses", "leur", "leurs",
      "ce", "cette", "ces", "est", "sont", "a", "ont", "comme", "contre", "entre", "sans", "sous");

  private static boolean endsWithFunctionWord(String text) {
    int end = text.length();
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return FUNCTION_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  private static boolean startsUpper(String text) {
    return !text.isEmpty() && (Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0)));
  }

  private static boolean isAllCaps(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 3;
  }

  private void join(StringBuilder paragraph, String line) {
    int end = paragraph.length();
    char last = paragraph.charAt(end - 1);
    if (last == '-' && end >= 2) {
      char beforeHyphen = paragraph.charAt(end - 2);
      char next = line.charAt(0);
      if (Character.isDigit(next)) {
        paragraph.append(line); // "L. 2312-" + "8"
        return;
      }
      if (Character.isLetter(beforeHyphen) && Character.isLowerCase(next)) {
        String head = lastWord(paragraph, end - 1);
        String tail = firstWord(line);
        if (!keepsHyphen(head, tail)) {
          paragraph.setLength(end - 1);
        }
        paragraph.append(line);
        return;
      }
      if (Character.isLetter(beforeHyphen)) {
        paragraph.append(line); // "Île-de-" + "France": a compound broken before a capital
        return;
      }
    }
    if (last == '\'' || last == '’') {
      paragraph.append(line);
      return;
    }
    paragraph.append(' ').append(line);
  }

  private boolean keepsHyphen(String head, String tail) {
    String h = head.toLowerCase(Locale.ROOT);
    String t = tail.toLowerCase(Locale.ROOT);
    if (vocabulary.contains(h + t)) {
      return false;
    }
    if (vocabulary.contains(h + "-" + t)) {
      return true;
    }
    String bareHead = h.contains("'") || h.contains("’") ? h.substring(Math.max(h.lastIndexOf('\''), h.lastIndexOf('’')) + 1) : h;
    return HYPHEN_KEEPING_SUFFIXES.contains(t) || HYPHEN_KEEPING_PREFIXES.contains(h)
        || HYPHEN_KEEPING_PREFIXES.contains(bareHead);
  }

  private static String lastWord(StringBuilder text, int end) {
    int start = end;
    while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
      start--;
    }
    return text.substring(start, end);
  }

  /** The first word of {@code line}, an elided one whole ("d’œuvre" of "main-" + "d’œuvre"). */
  private static String firstWord(String line) {
    int end = 0;
    while (end < line.length() && (Character.isLetter(line.charAt(end))
        || isApostrophe(line.charAt(end)) && end > 0 && end + 1 < line.length() && Character.isLetter(line.charAt(end + 1)))) {
      end++;
    }
    return line.substring(0, end);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static boolean skipped(String text) {
    return PAGE_NUMBER.matcher(text).matches() || URL_LINE.matcher(text).matches()
        || text.chars().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * Marks footnotes: from a line "N text" near the end of a page, where N was seen glued to a
   * word as a call number, to the end of that page or to the printed page number that closes
   * it (some pages of the extraction do not start with the page-start space, so the printed
   * number is the only end the notes have).
   */
  private boolean[] footnoteLines() {
    boolean[] footnote = new boolean[lines.size()];
    if (calls.isEmpty()) {
      return footnote;
    }
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = FOOTNOTE_START.matcher(lines.get(i).text());
      if (!m.matches() || !calls.contains(Integer.parseInt(m.group(1)))) {
        continue;
      }
      String before = previousText(i);
      if (before != null && !SENTENCE_END.matcher(before).matches() && !URL_LINE.matcher(before).matches()
          && !FOOTNOTE_START.matcher(before).matches() && !nextNoteFollows(i, Integer.parseInt(m.group(1))) && !lastNoteOfPage(i, Integer.parseInt(m.group(1)))) {
        continue; // "d'au moins" / "50 Salariés": a sentence going on, not a note
      }
      int page = lines.get(i).page();
      for (int j = i; j < lines.size() && lines.get(j).page() == page
          && !PAGE_NUMBER.matcher(lines.get(j).text()).matches(); j++) {
        footnote[j] = true;
      }
    }
    return footnote;
  }

  /**
   * True when a line "N+1 text" follows line {@code index} on its page: a series of notes, which a
   * paragraph crossing the page leaves after an unfinished sentence ("La crise" then "37 CONSEIL
   * NATIONAL DU NUMÉRIQUE…", "38 COMMISSION EUROPÉENNE…").
   */
  private boolean nextNoteFollows(int index, int number) {
    int page = lines.get(index).page();
    for (int j = index + 1; j < lines.size() && lines.get(j).page() == page; j++) {
      Matcher m = FOOTNOTE_START.matcher(lines.get(j).text());
      if (m.matches() && Integer.parseInt(m.group(1)) == number + 1) {
        return true;
      }
    }
    return false;
  }

  /** Most lines of one note ending a page: a reference takes two or three. */
  private static final int NOTE_MAX_LINES = 4;

  /**
   * True when line {@code index} and what follows it to the end of its page are a short note
   * whose number was called on this page or the one before ("prospects5" then, at the page
   * foot, "5 FEVAD, « Bilan du e-commerce… »"), after a sentence that goes on over the page.
   */
  private boolean lastNoteOfPage(int index, int number) {
    int page = lines.get(index).page();
    int rest = 0;
    for (int j = index; j < lines.size() && lines.get(j).page() == page
        && !PAGE_NUMBER.matcher(lines.get(j).text()).matches(); j++) {
      if (!lines.get(j).blank() && ++rest > NOTE_MAX_LINES) {
        return false;
      }
    }
    for (int j = index - 1; j >= 0 && lines.get(j).page() >= page - 1; j--) {
      String text = lines.get(j).text();
      if (TextRepair.gluedCalls(text).contains(number)
          || confirmedCalls.contains(number) && TextRepair.ambiguousCalls(text).contains(number)) {
        return true;
      }
    }
    return false;
  }

  private String previousText(int index) {
    for (int j = index - 1; j >= 0; j--) {
      if (!lines.get(j).blank()) {
        return lines.get(j).text();
      }
    }
    return null;
  }

  private static boolean isDoubleSpaced(List<SourceLine> lines) {
    int text = 0;
    int followedByBlank = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).blank()) {
        text++;
        if (i + 1 < lines.size() && lines.get(i + 1).blank()) {
          followedByBlank++;
        }
      }
    }
    return text > 0 && followedByBlank > DOUBLE_SPACED_SHARE * text;
  }

  /** The 90th percentile of line lengths: the column width, ignoring the few overlong lines. */
  private static int usualWidth(List<SourceLine> lines) {
    int[] lengths = lines.stream().filter(l -> !l.blank()).mapToInt(l -> l.text().length()).sorted().toArray();
    if (lengths.length == 0) {
      return 80;
    }
    return Math.max(20, lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.9))]);
  }

  @Override
  public String toString() {
    return "ParagraphBuilder[doubleSpaced=" + doubleSpaced + ", width=" + width + ", calls=" + Arrays.toString(calls.toArray()) + "]";
  }
}
