package fr.permanence.report;

import java.util.List;

/** The review in a few lines of French for a chat message: at most {@value #MAX_CHARS} characters. */
final class ChatSummary {
  /** Fits one Discord message (2,000) with room for a header; Telegram allows 4,096. */
  static final int MAX_CHARS = 1_500;
  /** Wordings are cut to this many code points to keep the summary readable. */
  private static final int WORDING = 70;
  /** Items per list. */
  private static final int ITEMS = 5;

  private ChatSummary() {}

  static String render(Review review) {
    StringBuilder out = new StringBuilder();
    out.append("Bilan ").append(Texts.period(review)).append(" : ")
        .append(Texts.count(review.total(), "question", "questions")).append(", ")
        .append(review.answeredPercent()).append(" % avec réponse, ")
        .append(Texts.count(review.members(), "membre", "membres")).append(", ")
        .append(Texts.satisfaction(review.satisfactionPercent(), review.up(), review.down())).append(".\n");
    List<String> sections = List.of(
        groups("Questions fréquentes", review.recurring()),
        gaps(review),
        sources(review));
    for (String section : sections) {
      if (!section.isEmpty() && out.length() + section.length() <= MAX_CHARS) {
        out.append(section);
      }
    }
    String summary = out.toString().stripTrailing();
    // Only the first line can still be too long (a very long period label never is): cut safely.
    return summary.length() <= MAX_CHARS ? summary : Texts.shorten(summary, MAX_CHARS);
  }

  private static String groups(String title, List<QuestionGroup> groups) {
    if (groups.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder("\n").append(title).append(" :\n");
    int rank = 1;
    for (QuestionGroup g : groups.subList(0, Math.min(ITEMS, groups.size()))) {
      s.append(rank++).append(". « ").append(Texts.isolated(Texts.shorten(g.label(), WORDING))).append(" » (")
          .append(g.count()).append(" fois)\n");
    }
    return s.toString();
  }

  /** The open gaps with the id that marks them handled, and how many are handled already. */
  private static String gaps(Review review) {
    List<Review.Gap> open = review.openGaps();
    int handled = review.handledGaps().size();
    if (open.isEmpty() && handled == 0) {
      return "";
    }
    StringBuilder s = new StringBuilder("\nSans réponse (sujets à documenter) :\n");
    int rank = 1;
    for (Review.Gap gap : open.subList(0, Math.min(ITEMS, open.size()))) {
      s.append(rank++).append(". « ").append(Texts.isolated(Texts.shorten(gap.group().label(), WORDING))).append(" » (")
          .append(gap.group().count()).append(" fois, ").append(gap.id()).append(")\n");
    }
    if (handled > 0) {
      s.append("Déjà traités : ").append(handled).append(" (voir le rapport).\n");
    }
    return s.toString();
  }

  private static String sources(Review review) {
    if (review.documents().isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder("\nLes plus cités : ");
    List<Tally> docs = review.documents().subList(0, Math.min(3, review.documents().size()));
    s.append(String.join(", ", docs.stream().map(t -> Texts.visible(t.label(), false) + " (" + t.count() + ")").toList()));
    if (!review.articles().isEmpty()) {
      List<Tally> arts = review.articles().subList(0, Math.min(3, review.articles().size()));
      s.append(" ; articles ").append(String.join(", ", arts.stream().map(t -> t.label() + " (" + t.count() + ")").toList()));
    }
    return s.append(".\n").toString();
  }
}
