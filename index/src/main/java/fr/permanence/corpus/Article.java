package fr.permanence.corpus;

import java.util.Objects;

/**
 * Where a passage of the Code du travail comes from.
 *
 * @param number the article number without punctuation spaces, e.g. {@code L2312-8}
 * @param legiId the Légifrance identifier of the version, e.g. {@code LEGIARTI000035628887}
 * @param path the plan of the code above the article, e.g. "Partie législative > … > Section 3"
 * @param versionDate the date the quoted version came into force (ISO, may be empty)
 * @param url the article's Légifrance address built from {@code legiId}
 */
public record Article(String number, String legiId, String path, String versionDate, String url) {
  public Article {
    Objects.requireNonNull(number, "number");
    legiId = legiId == null ? "" : legiId;
    path = path == null ? "" : path;
    versionDate = versionDate == null ? "" : versionDate;
    url = url == null ? "" : url;
  }

  /** The number as lawyers print it: {@code L2312-8} becomes {@code L. 2312-8}. */
  public String displayNumber() {
    return displayNumber(number);
  }

  /** {@code number} as lawyers print it: {@code L2312-8} becomes {@code L. 2312-8}. */
  public static String displayNumber(String number) {
    if (number.length() > 1 && Character.isLetter(number.charAt(0)) && Character.isDigit(number.charAt(1))) {
      return number.charAt(0) + ". " + number.substring(1);
    }
    return number;
  }

  /** The last level of the path, the most telling one for a citation. */
  public String lastPathLevel() {
    int cut = path.lastIndexOf(" > ");
    return cut < 0 ? path : path.substring(cut + 3);
  }
}
