package fr.permanence.search;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The categories of workers the law and the agreement write one rule each for, and which a member
 * gives as a detail of their situation: the professional category (ouvriers and employés, agents
 * de maîtrise and techniciens, cadres and ingénieurs; the agreement's ETAM are the first two), the
 * contract (CDD, CDI, intérim, apprentissage), the working time (temps partiel, temps plein). "Je
 * suis cadre, mon essai dure combien ?" is answered by "3° Pour les cadres, de quatre mois.", not
 * by the item on technicians above it, which shares as many of the question's words.
 *
 * <p>A text's categories are a mask, one bit per category; an enumeration's bits together say
 * whether a text names any of its categories. The words are the code's and the agreement's own
 * ("ouvriers et employés", "agents de maîtrise", "ingénieurs et cadres", "contrat à durée
 * déterminée") and members' usual ones ("CDD", "intérimaire", "statut cadre", "à mi-temps").
 *
 * <p>Stateless and thread-safe.
 */
final class Categories {
  static final long NONE = 0;
  static final long WORKERS = 1; // ouvriers et employés
  static final long TECHNICIANS = 2; // agents de maîtrise et techniciens
  static final long MANAGERS = 4; // cadres et ingénieurs
  static final long FIXED_TERM = 8;
  static final long OPEN_ENDED = 16;
  static final long TEMPORARY = 32;
  static final long APPRENTICE = 64;
  static final long PART_TIME = 128;
  static final long FULL_TIME = 256;
  /** The enumerations: a text naming one category of one is about that category, not the others. */
  static final List<Long> ENUMERATIONS = List.of(WORKERS | TECHNICIANS | MANAGERS,
      FIXED_TERM | OPEN_ENDED | TEMPORARY | APPRENTICE, PART_TIME | FULL_TIME);

  private record Category(long bits, Pattern words) {}

  private static Category category(long bits, String words) {
    return new Category(bits, Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + words + ")(?![\\p{L}\\p{N}])"));
  }

  private static final List<Category> CATEGORIES = List.of(
      // "Employé" alone is any employee ("les salariés employés dans l'entreprise"): the category
      // only beside the workers or as a status.
      category(WORKERS, "ouvri[eè]re?s?|employ[ée]e?s\\s+et\\s+(?:les\\s+)?ouvri[eè]re?s"
          + "|(?:statut|cat[ée]gorie)\\s+employ[ée]e?"),
      category(WORKERS | TECHNICIANS, "etam|non[- ]cadres?"),
      category(TECHNICIANS, "techniciens?|techniciennes?|agents?\\s+de\\s+ma[iî]trise"),
      // "Cadre" is also a framework ("dans le cadre de", "un cadre légal", "fixer un cadre"): the
      // category unless a determiner comes before it or a complement after it.
      category(MANAGERS, "(?<!\\b(?:le|la|un|une|ce|cet|du|au|son|sa|leur|notre|votre|mon|ton|quel|nouveau|même)\\s)"
          + "cadres?(?!\\s+(?:de|d['’]|du|des|l[ée]gale?s?|l[ée]gaux|juridiques?|r[ée]glementaires?|g[ée]n[ée]ral|g[ée]n[ée]raux"
          + "|national|nationaux|europ[ée]ens?|commun|strict|clair|pr[ée]cis|fix[ée]|d[ée]fini)\\b)"
          + "|ing[ée]nieure?s?|cadre\\s+(?:dirigeante?|sup[ée]rieure?)"),
      category(FIXED_TERM, "cdd|contrats?\\s+(?:de\\s+travail\\s+)?[àa]\\s+dur[ée]e\\s+d[ée]termin[ée]e"),
      category(OPEN_ENDED, "cdi|contrats?\\s+(?:de\\s+travail\\s+)?[àa]\\s+dur[ée]e\\s+ind[ée]termin[ée]e"),
      category(TEMPORARY, "int[ée]rim|int[ée]rimaires?|travail\\s+temporaire|contrats?\\s+de\\s+mission"),
      category(APPRENTICE, "apprentie?s?|apprentissage|contrats?\\s+d['’]\\s*apprentissage"),
      category(PART_TIME, "temps\\s+partiel|mi[- ]temps"),
      category(FULL_TIME, "temps\\s+(?:plein|complet)"));

  private Categories() {}

  /** The categories {@code text} names: an OR of {@link #WORKERS} and the others, 0 for none. */
  static long named(String text) {
    long mask = NONE;
    for (Category c : CATEGORIES) {
      if (c.words().matcher(text).find()) {
        mask |= c.bits();
      }
    }
    return mask;
  }

  /**
   * How a text naming {@code named} fits a question naming {@code asked}: +1 for each enumeration
   * where it names one of the categories asked, -1 for each where it names only others; 0 when
   * the question names none or the text none of that enumeration.
   */
  static int fit(long asked, long named) {
    int fit = 0;
    for (long enumeration : ENUMERATIONS) {
      long a = asked & enumeration;
      long n = named & enumeration;
      if (a != NONE && n != NONE) {
        fit += (a & n) != NONE ? 1 : -1;
      }
    }
    return fit;
  }
}
