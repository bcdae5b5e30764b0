package fr.permanence.text;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence {@link BreakIterator} with {@link SentenceSplitter}'s rules, for Lucene's
 * highlighter: it never ends a sentence after "art." or "L." inside "art. L. 2312-8"; and each item
 * of an enumeration is a unit of its own ({@link ListItems#split}), as the case a member asks about
 * is one item ("3° Huit mois pour les cadres.") of a list the code writes as one sentence.
 */
public final class SentenceBreakIterator extends BreakIterator {
  private String text = "";
  private int[] bounds = {0};
  private int current;

  @Override
  public int first() {
    current = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    current = bounds.length - 1;
    return bounds[current];
  }

  @Override
  public int next(int n) {
    int target = current + n;
    if (target < 0 || target >= bounds.length) {
      current = target < 0 ? 0 : bounds.length - 1;
      return DONE;
    }
    current = target;
    return bounds[current];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    int i = Arrays.binarySearch(bounds, offset + 1);
    int at = i >= 0 ? i : -i - 1;
    if (at >= bounds.length) {
      current = bounds.length - 1;
      return DONE;
    }
    current = at;
    return bounds[current];
  }

  @Override
  public int preceding(int offset) {
    int i = Arrays.binarySearch(bounds, offset - 1);
    int at = i >= 0 ? i : -i - 2;
    if (at < 0) {
      current = 0;
      return DONE;
    }
    current = at;
    return bounds[current];
  }

  @Override
  public int current() {
    return bounds[current];
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  @Override
  public void setText(String newText) {
    text = newText;
    List<int[]> spans = ListItems.split(newText, SentenceSplitter.spans(newText));
    int[] b = new int[spans.size() + 2];
    int n = 0;
    b[n++] = 0;
    for (int i = 0; i < spans.size(); i++) {
      // A sentence ends where the next one starts, so the space between belongs to the first.
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : newText.length();
      if (end > b[n - 1]) {
        b[n++] = end;
      }
    }
    if (b[n - 1] != newText.length()) {
      b[n++] = newText.length();
    }
    bounds = Arrays.copyOf(b, n);
    current = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder s = new StringBuilder();
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      s.append(c);
    }
    setText(s.toString());
  }
}
