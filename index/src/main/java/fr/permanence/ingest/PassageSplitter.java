package fr.permanence.ingest;

import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceDocument;
import fr.permanence.text.PassageText;
import fr.permanence.text.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Cuts a document's paragraphs into passages of about {@value #MIN_WORDS}–{@value #MAX_WORDS}
 * words: consecutive paragraphs of one section are grouped, a long paragraph is cut between
 * sentences, a sentence is never cut.
 */
public final class PassageSplitter {
  /** Below this a passage says too little to be quoted alone, unless its section is that short. */
  static final int MIN_WORDS = 40;
  /** Above this a passage no longer fits, trimmed, in a chat message with two others. */
  static final int MAX_WORDS = 220;
  /** A group stops growing once it reaches this size: small passages rank more precisely. */
  static final int TARGET_WORDS = 75;

  private final SourceDocument document;

  public PassageSplitter(SourceDocument document) {
    this.document = document;
  }

  /** The passages of a repaired document, in document order; their text is cut from {@code text}. */
  public List<Passage> split(String text, List<Block> blocks) {
    List<Passage> passages = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Unit> group = new ArrayList<>();
    int groupWords = 0;
    String section = "";
    for (Block block : blocks) {
      if (block.heading()) {
        if (groupWords > 0) {
          emit(text, group, section, passages, ids);
          group.clear();
          groupWords = 0;
        }
        section = block.text();
        continue;
      }
      for (Unit unit : units(block)) {
        if (groupWords > 0 && groupWords + unit.words > MAX_WORDS) {
          emit(text, group, section, passages, ids);
          group.clear();
          groupWords = 0;
        }
        group.add(unit);
        groupWords += unit.words;
        if (groupWords >= TARGET_WORDS) {
          emit(text, group, section, passages, ids);
          group.clear();
          groupWords = 0;
        }
      }
    }
    if (groupWords > 0) {
      emit(text, group, section, passages, ids);
    }
    return passages;
  }

  /** A paragraph, or a run of its sentences when the paragraph is too long to quote whole. */
  private record Unit(int page, int start, String text, int words) {}

  private static List<Unit> units(Block block) {
    int words = PassageText.wordCount(block.text());
    if (words <= MAX_WORDS) {
      return List.of(new Unit(block.page(), block.start(), block.text(), words));
    }
    List<Unit> units = new ArrayList<>();
    String text = block.text();
    int runStart = -1;
    int runEnd = -1;
    int runWords = 0;
    for (int[] sentence : SentenceSplitter.spans(text)) {
      int w = PassageText.wordCount(text.substring(sentence[0], sentence[1]));
      if (runStart >= 0 && runWords + w > TARGET_WORDS * 3 / 2) {
        units.add(new Unit(block.page(), block.start() + runStart, text.substring(runStart, runEnd), runWords));
        runStart = -1;
        runWords = 0;
      }
      if (runStart < 0) {
        runStart = sentence[0];
      }
      runEnd = sentence[1];
      runWords += w;
    }
    if (runStart >= 0) {
      units.add(new Unit(block.page(), block.start() + runStart, text.substring(runStart, runEnd), runWords));
    }
    return units;
  }

  private void emit(String text, List<Unit> group, String section, List<Passage> out, Set<String> ids) {
    Unit first = group.get(0);
    int start = first.start;
    int end = group.get(group.size() - 1).start + group.get(group.size() - 1).text.length();
    int page = first.page;
    int words = group.stream().mapToInt(Unit::words).sum();
    if (words < MIN_WORDS && !out.isEmpty()) {
      // Too short to stand alone: it joins the passage before it when that one is of the same section.
      Passage previous = out.get(out.size() - 1);
      if (previous.section().equals(section) && previous.wordCount() + words <= MAX_WORDS) {
        out.remove(out.size() - 1);
        ids.remove(previous.id());
        start = previous.start();
        page = previous.page();
      }
    }
    String body = text.substring(start, end);
    String id = document.slug() + "#p" + page + "-" + shortHash(body);
    for (int n = 2; !ids.add(id); n++) {
      id = document.slug() + "#p" + page + "-" + shortHash(body) + "-" + n;
    }
    out.add(new Passage(id, document.slug(), document.title(), page, section, body, start, end, null));
  }

  private static String shortHash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 3);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
  }
}
