package fr.permanence.report;

import java.util.List;
import java.util.regex.Pattern;

/** The review in Markdown, for a wiki page or an e-mail. Members' words are escaped and isolated. */
final class MarkdownReport {
  /** Wordings are cut to this many code points: the HTML report has them whole. */
  private static final int MAX_WORDING = 300;
  /**
   * Characters that change Markdown's meaning inside a line: emphasis, code, links, HTML, table
   * cells. Hyphens, dots, parentheses and the like only matter at the start of a line, where
   * members' words never are (they are quoted « … »), so "peut-il" and "(2023)" stay as written.
   */
  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~])");

  private final Review review;
  private final StringBuilder out = new StringBuilder(16 * 1024);

  MarkdownReport(Review review) {
    this.review = review;
  }

  String render() {
    out.append("# Bilan des questions à la permanence\n\n")
        .append(Texts.period(review)).append("\n\n")
        .append("- ").append(Texts.count(review.total(), "question", "questions")).append(", ")
        .append(review.answeredPercent()).append(" % avec réponse\n")
        .append("- ").append(Texts.count(review.members(), "membre", "membres")).append('\n')
        .append("- ").append(Texts.satisfaction(review.satisfactionPercent(), review.up(), review.down())).append('\n')
        .append("- délai médian de réponse : ").append(Texts.latency(review.medianLatencyMicros())).append("\n\n");
    out.append("## Questions par ").append(review.weekly() ? "semaine" : "jour").append("\n\n")
        .append("| ").append(review.weekly() ? "Semaine du" : "Jour").append(" | Avec réponse | Sans réponse |\n")
        .append("|---|---:|---:|\n");
    // Only the days (or weeks) with questions: a month of empty rows says nothing.
    for (Review.Volume v : review.volume()) {
      if (v.total() > 0) {
        out.append("| ").append(Texts.day(v.start())).append(" | ").append(v.answered()).append(" | ")
            .append(v.unanswered()).append(" |\n");
      }
    }
    out.append("\n## Thèmes\n\n| Thème | Questions | Évolution | Sans réponse | Probablement fausses |\n|---|---:|---:|---:|---:|\n");
    for (Review.ThemeCount t : review.themes()) {
      out.append("| ").append(escape(t.theme())).append(" | ").append(t.count()).append(" | ").append(t.trend())
          .append(" | ").append(t.unanswered()).append(" | ").append(t.flagged()).append(" |\n");
    }
    groups("Questions récurrentes", review.recurring(), "Aucune question posée plus d'une fois.");
    gaps();
    out.append("\n## Réponses mal notées\n\n");
    if (review.badlyRated().isEmpty()) {
      out.append("Aucune réponse notée 👎.\n");
    }
    for (Review.RatedAnswer a : review.badlyRated()) {
      out.append("- ").append(wording(a.question())).append(" — ").append(a.down()).append(" 👎 (")
          .append(Texts.moment(a.at(), review.zone())).append(", ").append(escape(a.mode())).append(")\n");
      for (String reason : a.reasons()) {
        out.append("  - raison : ").append(wording(reason)).append('\n');
      }
      if (!a.passages().isEmpty()) {
        out.append("  - passages : ").append(escape(String.join(" ; ", a.passages()))).append('\n');
      }
    }
    out.append("\n## Toutes les questions\n\n");
    for (int i = review.entries().size() - 1; i >= 0; i--) {
      QuestionEntry e = review.entries().get(i);
      LoggedQuestion q = e.question();
      out.append("- ").append(Texts.moment(q.at(), review.zone())).append(" · ").append(escape(q.platform()))
          .append(" · ").append(e.outcome().label());
      if (!e.themes().isEmpty()) {
        out.append(" · ").append(escape(String.join(", ", e.themes())));
      }
      for (Flag f : e.flags()) {
        out.append(" · **").append(f.label()).append("**");
      }
      out.append(" — ").append(wording(q.text()));
      if (!e.sources().isEmpty()) {
        out.append(" — sources : ").append(escape(String.join(" ; ", e.sources())));
      }
      out.append('\n');
    }
    tallies("Documents les plus cités", review.documents());
    tallies("Articles du Code du travail les plus cités", review.articles());
    return out.toString();
  }

  private void groups(String title, List<QuestionGroup> groups, String none) {
    out.append("\n## ").append(title).append("\n\n");
    if (groups.isEmpty()) {
      out.append(none).append('\n');
    }
    int rank = 1;
    for (QuestionGroup g : groups) {
      out.append(rank++).append("\\. **").append(g.count()).append(" ×** ").append(wording(g.label()))
          .append(" — ").append(Texts.count(g.members(), "membre", "membres")).append(", ")
          .append(Texts.satisfaction(g.satisfactionPercent(), g.up(), g.down())).append("\n\n");
      for (String example : g.examples().subList(1, g.examples().size())) {
        out.append("   - aussi : ").append(wording(example)).append('\n');
      }
      for (Tally p : g.passages()) {
        out.append("   - cite ").append(escape(p.label())).append(" (").append(p.count()).append(")\n");
      }
      out.append('\n');
    }
  }

  /** Subjects without an answer: those still open with their id to mark them, then those handled, apart. */
  private void gaps() {
    out.append("\n## Questions sans réponse\n\n");
    if (review.openGaps().isEmpty()) {
      out.append(review.handledGaps().isEmpty() ? "Le bot a répondu à toutes les questions."
          : "Tous les sujets sans réponse de la période sont traités.").append('\n');
    } else {
      out.append("Pour marquer un sujet traité : `formateurs traite ID note` dans le chat,"
          + " ou `./permanence report gap handled ID \"note\"`.\n\n");
    }
    int rank = 1;
    for (Review.Gap gap : review.openGaps()) {
      QuestionGroup g = gap.group();
      out.append(rank++).append("\\. **").append(g.count()).append(" ×** ").append(wording(g.label()))
          .append(" — ").append(escape(gap.theme())).append(", ").append(Texts.count(g.members(), "membre", "membres"))
          .append(" — sujet ").append(gap.id()).append("\n\n");
      for (String example : g.examples().subList(1, g.examples().size())) {
        out.append("   - aussi : ").append(wording(example)).append('\n');
      }
      if (gap.answeredNow() > 0) {
        out.append("   - répondue maintenant : ").append(escape(String.join(" ; ", gap.nowSources()))).append('\n');
      }
      out.append('\n');
    }
    if (review.handledGaps().isEmpty()) {
      return;
    }
    out.append("\n## Sujets traités\n\n");
    for (Review.Gap gap : review.handledGaps()) {
      out.append("- ").append(wording(gap.group().label())).append(" (").append(gap.group().count()).append(" ×, sujet ")
          .append(gap.id()).append(") — traité le ").append(Texts.day(gap.handledAt(), review.zone())).append(" : ")
          .append(wording(gap.handledNote())).append('\n');
    }
  }

  private void tallies(String title, List<Tally> tallies) {
    out.append("\n## ").append(title).append("\n\n");
    if (tallies.isEmpty()) {
      out.append("Aucun.\n");
    }
    for (Tally t : tallies) {
      out.append("- ").append(escape(t.label())).append(" : ").append(Texts.count(t.count(), "question", "questions"))
          .append('\n');
    }
  }

  private static String wording(String text) {
    return "« " + escape(Texts.isolated(Texts.shorten(text, MAX_WORDING))) + " »";
  }

  static String escape(String text) {
    return SPECIAL.matcher(Texts.visible(text, false)).replaceAll("\\\\$1");
  }
}
