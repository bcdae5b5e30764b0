package fr.permanence.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.permanence.search.SearchResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UnseenMaterialTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "Mon employeur m'a envoyé le courrier ci-joint, est-ce légal ?",
      "voir PJ, c'est normal ce qu'ils me demandent ?",
      "je vous joins mon contrat, la clause de mobilité est valable ?",
      "Vous trouverez en pièce jointe mon avenant : puis-je refuser ?",
      "regarde la capture, mon boss a le droit d'écrire ça ??",
      "capture d'écran ci-dessous : c'est du harcèlement ?",
      "Le document que je vous ai transmis respecte-t-il le code du travail ?",
      "Suite à mon message précédent, que dois-je faire ?",
      "Comme je vous l'ai expliqué hier, mon manager refuse mes congés. Je fais quoi ?",
      "Dans la situation que je vous ai exposée hier, ai-je droit à une indemnité ?",
      "cf mon message d'hier, tjs pas de reponse du patron",
      "Pour reprendre ma question précédente : et si je suis en CDD ?",
      "Voir plus haut pour le contexte, l'entretien préalable est obligatoire ?",
      "J'ai joint mon bulletin de paie : la prime est-elle bien calculée ?",
  })
  void aMessageLeaningOnAFileOrAnEarlierMessageIsNoticed(String message) {
    assertTrue(UnseenMaterial.referredTo(message), message);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Mon employeur peut-il lire mes mails pro ?",
      "Combien de jours de congés payés par mois travaillé ?",
      "Le CSE doit-il être consulté avant l'installation d'un logiciel de surveillance ?",
      "mon boss a pris une photo de mon écran sans me le dire, il a le droit ?",
      "je joins les deux bouts difficilement, puis-je demander une augmentation ?",
      "Comme je l'ai dit à mon manager, je refuse les astreintes : il peut me sanctionner ?",
      "On m'a envoyé un avertissement par mail, est-ce valable ?",
      "le bureau est au dernier étage et il fait 35 degrés, que dit la loi ?",
      "Mon message d'absence doit-il indiquer que je suis en arrêt maladie ?",
  })
  void aMessageThatOnlyMentionsFilesOrMessagesIsNot(String message) {
    assertFalse(UnseenMaterial.referredTo(message), message);
  }

  @Test
  void theAnswerSaysFirstThatTheBotSeesOnlyThisMessage() {
    String question = "Suite à mon message précédent, quelle est la recette du cassoulet ?";
    SearchResult nothing = new SearchResult(question, List.of(), false, List.of(), List.of(), "", 1_000);
    Answer answer = new AnswerComposer((q, n) -> nothing, n -> Optional.empty(), "la permanence")
        .answer(question);
    assertFalse(answer.answerable());
    assertTrue(answer.text().startsWith("""
        ℹ️ Je ne lis que ce message : je ne vois ni les pièces jointes, ni les messages précédents. Si votre \
        question en dépend, recopiez ici le passage utile (sans nom ni donnée personnelle).
        Je n'ai pas trouvé de passage fiable dans nos textes"""), answer.text());
  }

  @Test
  void aQuestionSentWithFilesIsAnsweredSayingTheFilesAreNotRead() {
    String question = "c'est normal ça ?";
    SearchResult nothing = new SearchResult(question, List.of(), false, List.of(), List.of(), "", 1_000);
    AnswerComposer composer = new AnswerComposer((q, n) -> nothing, n -> Optional.empty(), "la permanence");
    assertTrue(composer.answer(question, true).text().startsWith("ℹ️ Je ne lis que ce message"));
    assertFalse(composer.answer(question, false).text().startsWith("ℹ️"));
  }
}
