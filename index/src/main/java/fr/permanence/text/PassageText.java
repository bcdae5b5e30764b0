package fr.permanence.text;

/** Small text measures shared by ingestion and answers. */
public final class PassageText {
  private PassageText() {}

  /** Number of whitespace-separated words. */
  public static int wordCount(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
