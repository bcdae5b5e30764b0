package fr.permanence.legi;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One article as the package gives it, before any conversion.
 *
 * @param number its number as written in the package ("L2312-8", sometimes with stray spaces)
 * @param legiId identifier of the version the package holds, {@code LEGIARTI…}
 * @param state Légifrance state: VIGUEUR, ABROGE_DIFF (repealed at {@code end}), VIGUEUR_DIFF…
 * @param start first day of that version
 * @param end day the version stops applying (2999-01-01 when no end is known)
 * @param html its text as HTML
 * @param path titles of the sections above it, outermost first, the code itself excluded
 * @param heading what the article is about, when the package says it (an agreement's
 *     "surtitre"), or ""
 */
record LegiArticle(
    String number, String legiId, String state, LocalDate start, LocalDate end, String html, List<String> path,
    String heading) {
  /** States of a version that never applies, whatever its dates. */
  private static final Set<String> DEAD_STATES =
      Set.of("ABROGE", "ANNULE", "PERIME", "DISJOINT", "TRANSFERE", "MODIFIE_MORT_NE");

  /** Whether this version applies on {@code day}: a live state and {@code start ≤ day < end}. */
  boolean inForceOn(LocalDate day) {
    return !DEAD_STATES.contains(state) && !start.isAfter(day) && end.isAfter(day);
  }
}
