package fr.permanence.legi;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import of the Code du travail did.
 *
 * @param source the package or JSON file read
 * @param packageName npm package name, or "" when the JSON file came without its package.json
 * @param packageVersion npm package version, or ""
 * @param codeVersionDate the date of the code's version in the package (ISO)
 * @param inForceOn the day articles had to be in force on (the import day)
 * @param prefixes the prefix rules applied, empty for the whole code
 * @param articles articles kept
 * @param passages passages made from them (a long article gives several)
 * @param notInForce articles dropped because not in force on {@code inForceOn}
 * @param outsidePrefixes articles in force dropped because no prefix keeps them
 * @param unmatchedPrefixes prefix rules that kept no article (likely typos)
 * @param output where the passages were written, or {@code null} when kept in memory
 * @param elapsed time spent reading, converting and writing
 */
public record ImportReport(
    Path source, String packageName, String packageVersion, String codeVersionDate, LocalDate inForceOn,
    List<String> prefixes, int articles, int passages, int notInForce, int outsidePrefixes,
    List<String> unmatchedPrefixes, Path output, Duration elapsed) {

  public ImportReport {
    prefixes = List.copyOf(prefixes);
    unmatchedPrefixes = List.copyOf(unmatchedPrefixes);
  }

  /** Articles read but not kept. */
  public int skipped() {
    return notInForce + outsidePrefixes;
  }

  /** A French summary for the console. */
  public String summary() {
    StringBuilder s = new StringBuilder();
    s.append(articles).append(" articles en vigueur au ").append(inForceOn).append(" importés (")
        .append(passages).append(" passages) depuis ")
        .append(packageName.isEmpty() ? source.getFileName() : packageName + " " + packageVersion)
        .append(", version du code du ").append(codeVersionDate).append(" ; ")
        .append(notInForce).append(" articles qui ne sont pas en vigueur écartés");
    if (!prefixes.isEmpty()) {
      s.append(", ").append(outsidePrefixes).append(" hors des préfixes retenus");
    }
    s.append(" (").append(elapsed.toMillis()).append(" ms).");
    if (!unmatchedPrefixes.isEmpty()) {
      s.append("\nAttention : aucun article ne correspond à ").append(String.join(", ", unmatchedPrefixes))
          .append(" ; vérifiez ces préfixes.");
    }
    return s.toString();
  }
}
