package fr.permanence.search;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;

/**
 * Dismissal for economic reasons is a procedure of its own, which a member asks about by naming
 * it. The code's chapter on it (L. 1233-1 and after) repeats, for its own case, the words of every
 * dismissal — the preliminary interview, the letter, its reasons, the notice — so that a question on
 * an ordinary dismissal ("viré par texto, ça compte ?", "la lettre doit-elle donner le motif ?")
 * found its articles (L. 1233-15, L. 1233-16) before the general ones (L. 1232-6): of the own
 * questions whose first five held one of them without naming an economic ground, 51 of 53 were
 * answered by another article. When the question names no economic ground, that chapter's articles
 * keep {@link RankingParameters#economicUnnamed()} of their score.
 *
 * <p>The economic grounds, as the code and members name them: "économique", "éco", a job
 * protection plan ("PSE", "plan social"), restructuring, a job cut, redeployment, collective
 * dismissal, the company's difficulties, a closure or relocation, reorganisation, and the
 * technological change the code lists among them ("mutations technologiques", automation, being
 * replaced by software or an AI). Written from the code's chapter and general French, not from any
 * evaluation question. Stateless and thread-safe.
 */
final class EconomicDismissal {
  private static final Pattern GROUND = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:[ée]conomi\\p{L}*|[ée]co|pse"
      + "|plan social|plans sociaux|plan de sauvegarde|restructur\\p{L}*"
      + "|suppressions? d[eu]s? (?:[\\p{L}\\d]+ )?postes?"
      + "|supprim\\p{L}* (?:mon|son|leur|notre|le|des|les) postes?|reclass\\p{L}*|licenciements? collectifs?"
      + "|difficult[ée]s|fermeture|d[ée]localis\\p{L}*|cessation d['’]activit[ée]|r[ée]organis\\p{L}*"
      + "|comp[ée]titivit[ée]|mutations? technologiques?|automatis\\p{L}*"
      + "|remplac\\p{L}* par (?:une?|l['’]|des) ?(?:ia|intelligence artificielle|robots?|logiciels?|machines?))"
      + "(?![\\p{L}\\d])");

  private EconomicDismissal() {}

  /** Whether {@code question} names an economic ground of dismissal ({@link #GROUND}). */
  static boolean named(String question) {
    return GROUND.matcher(question).find();
  }

  /**
   * {@code ranked} with the scores of the economic-dismissal chapter's articles multiplied by
   * {@code factor}, best first; unchanged when {@code question} names an economic ground or the
   * factor is 1.
   */
  static TopDocs rescore(IndexSearcher searcher, TopDocs ranked, String question, double factor) throws IOException {
    if (factor == 1 || named(question)) {
      return ranked;
    }
    return Rescored.byFactor(ranked, doc -> ArticlePrior.economicDismissal(searcher, doc) ? factor : 1);
  }
}
