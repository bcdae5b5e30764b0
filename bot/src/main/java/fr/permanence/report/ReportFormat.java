package fr.permanence.report;

import java.util.Locale;

/** The forms of the review. */
public enum ReportFormat {
  /** One self-contained page with charts, readable on a phone. */
  HTML("html"),
  /** Markdown, for a wiki or an e-mail. */
  MD("md"),
  /** One table for a spreadsheet. */
  CSV("csv"),
  /** A short French summary for a chat message (at most 1,500 characters). */
  CHAT("txt");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** Reads "html", "md", "csv", "chat"/"text"/"txt". */
  public static ReportFormat parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "html", "htm" -> HTML;
      case "md", "markdown" -> MD;
      case "csv" -> CSV;
      case "chat", "text", "txt" -> CHAT;
      default -> throw new IllegalArgumentException(
          "Format « " + text + " » inconnu : choisissez html, md, csv ou chat.");
    };
  }
}
