package fr.permanence.answer;

import fr.permanence.corpus.Passage;
import fr.permanence.corpus.SourceKind;
import fr.permanence.corpus.SourceLabel;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The French wording of answers, in one place so it reads consistently. */
public final class Messages {
  static final String INTRO = "Voici ce que disent nos textes :";

  private Messages() {}

  /** "CNR Numérique — … (2023), p. 87, « Le cadre légal… »" or "Code du travail, art. L. 2312-8 (…) <url>". */
  public static String source(Citation c) {
    StringBuilder s = new StringBuilder(c.label());
    if (c.kind() == SourceKind.DOCUMENT) {
      return s.append(" [").append(c.passageId()).append("]").toString(); // no address: "voir <id>" shows it
    }
    return c.url().isEmpty() ? s.toString() : s.append(" ").append(c.url()).toString();
  }

  static String seeAlso(List<String> numbers, Function<String, Optional<Passage>> articles) {
    return "Voir aussi : " + numbers.stream()
        .map(n -> SourceLabel.article(n) + articles.apply(n)
            .map(Messages::aboutAndLink).orElse(""))
        .collect(Collectors.joining(" ; "));
  }

  /** " — Autres cas de recours à l'expertise https://www.legifrance.gouv.fr/…": what an article is about, and where. */
  private static String aboutAndLink(Passage p) {
    String subject = p.article().subject();
    return (subject.isEmpty() ? "" : " — " + subject) + (p.url().isEmpty() ? "" : " " + p.url());
  }

  /** The heading of a group of quotes from sources of {@code kind}. */
  static String heading(SourceKind kind) {
    return switch (kind) {
      case CODE -> "Ce que dit la loi :";
      case FICHE -> "Ce qu'explique le ministère du Travail :";
      case CONVENTION -> "Ce qu'ajoute la convention collective :";
      case DOCUMENT -> "Ce que disent les documents du syndicat :";
    };
  }

  static String disclaimer(String contact) {
    return "ℹ️ Information syndicale, pas un avis juridique. Pour votre situation, contactez " + contact + ".";
  }

  /** Where everyday labour law is explained by the Ministry of Labour, for every refusal. */
  static final String CODE_TRAVAIL_GOUV = "https://code.travail.gouv.fr";

  static String nothingReliable(String contact) {
    return "Je n'ai pas trouvé de passage fiable dans nos textes pour répondre à cette question, "
        + "et je préfère ne rien inventer.\n"
        + "Pour le droit du travail de tous les jours (congés, contrat, salaire, rupture…), le ministère "
        + "du Travail l'explique sur " + CODE_TRAVAIL_GOUV + ".\n"
        + "Vous pouvez reformuler votre question avec d'autres mots, ou la poser à un·e représentant·e "
        + "du syndicat : " + contact + ".";
  }

  /** Said first when a message points at a file or an earlier message ({@link UnseenMaterial}). */
  static final String UNSEEN = "ℹ️ Je ne lis que ce message : je ne vois ni les pièces jointes, ni les messages "
      + "précédents. Si votre question en dépend, recopiez ici le passage utile (sans nom ni donnée personnelle).\n";

  static String missingArticles(List<String> missing) {
    if (missing.isEmpty()) {
      return "";
    }
    String names = missing.stream().map(SourceLabel::article).collect(Collectors.joining(", "));
    return (missing.size() == 1 ? "L'article " + names.substring(5) + " n'existe pas ou ne fait pas"
        : "Les articles " + names + " n'existent pas ou ne font pas")
        + " partie des textes que je connais.\n";
  }

  static String unsearchable(String problem) {
    return switch (problem) {
      case "empty" -> "Votre message est vide. Posez votre question en une phrase, par exemple : "
          + "« Le CSE doit-il être consulté avant l'installation d'un logiciel de surveillance ? »";
      case "no-searchable-word" -> "Je n'ai trouvé aucun mot à chercher dans votre message. "
          + "Posez votre question avec quelques mots précis, par exemple : « droit à la déconnexion ».";
      case "small-talk" -> "Je suis l'assistant de la permanence juridique du syndicat : je réponds aux questions "
          + "sur le droit du travail en citant nos textes. Posez votre question en une phrase, par exemple : "
          + "« Combien de jours de congés payés par mois travaillé ? »";
      default -> "Je n'ai rien trouvé dans nos textes pour ce message. Essayez de le reformuler.";
    };
  }
}
