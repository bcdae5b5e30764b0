package fr.permanence.conversation;

import fr.permanence.analysis.LegalReferences;
import fr.permanence.answer.Answer;
import fr.permanence.answer.Answerer;
import fr.permanence.answer.Citation;
import fr.permanence.corpus.Article;
import fr.permanence.corpus.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every member can ask: a question, a passage or an article in full, a vote on an answer,
 * erasure of what was recorded about them, thanks. Thread-safe when its collaborators are.
 */
final class MemberCommands {
  private static final Logger LOG = LoggerFactory.getLogger(MemberCommands.class);

  /** Replies remembered so that feedback knows the question; older feedback still counts, without it. */
  private static final int REMEMBERED_REPLIES = 5000;
  /** Cited passages offered as "see in full" buttons: one Discord action row holds five buttons, two are votes. */
  static final int PASSAGE_BUTTONS = 3;

  private final Answerer answerer;
  private final Function<String, Optional<Passage>> passages;
  private final Function<String, Optional<Passage>> articles;
  private final MemberRecords records;
  private final String contact;
  private final RecentReplies<String> questions = new RecentReplies<>(REMEMBERED_REPLIES);

  MemberCommands(Answerer answerer, Function<String, Optional<Passage>> passages,
      Function<String, Optional<Passage>> articles, MemberRecords records, String contact) {
    this.answerer = answerer;
    this.passages = passages;
    this.articles = articles;
    this.records = records;
    this.contact = contact;
  }

  Reply ask(String id, Incoming message) {
    String question = message.text();
    if (question.isEmpty()) {
      String p = message.platform().prefix();
      return Reply.text(id, "Posez votre question après « " + p + "question », par exemple : " + p
          + "question L'employeur peut-il installer un logiciel d'IA sans consulter le CSE ?", true);
    }
    Answer answer = answerer.answer(question, !message.option(Incoming.FILES_NOT_READ).isEmpty());
    try {
      records.question(message, id, answer);
    } catch (RuntimeException e) {
      // The member still gets the answer; a lost log line is reported to the operator, not to them.
      LOG.error("could not record question of reply {}", id, e);
    }
    questions.put(id, question);
    // The answer already ends with the union's contact line, answerable or not.
    List<Action> actions = new ArrayList<>();
    actions.add(new Action(Action.Kind.FEEDBACK_UP, "👍 Utile", id));
    actions.add(new Action(Action.Kind.FEEDBACK_DOWN, "👎 Pas utile", id));
    List<Citation> sources = answer.citations();
    for (int i = 0; i < Math.min(PASSAGE_BUTTONS, sources.size()); i++) {
      actions.add(new Action(Action.Kind.SHOW_PASSAGE, "Voir le passage " + (i + 1), sources.get(i).passageId()));
    }
    return new Reply(id, "", answer.text(), sources, actions, false, null);
  }

  Reply passage(String id, Incoming message) {
    if (message.text().isEmpty()) {
      return Reply.text(id, "Indiquez l'identifiant du passage, tel qu'il apparaît sous une réponse.", true);
    }
    return passages.apply(message.text())
        .map(p -> shown(id, p, true))
        .orElseGet(() -> Reply.text(id, "Je ne trouve pas le passage « " + message.text() + " » : le corpus a "
            + "peut-être été mis à jour depuis. Reposez la question pour obtenir les passages actuels.", true));
  }

  Reply article(String id, Incoming message) {
    Optional<String> number = articleNumber(message.text());
    if (number.isEmpty()) {
      return Reply.text(id, "Indiquez un numéro d'article du Code du travail, par exemple : "
          + message.platform().prefix() + "article L2312-8", true);
    }
    return articles.apply(number.get())
        .map(p -> shown(id, p, false))
        .orElseGet(() -> Reply.text(id, "L'article " + Article.displayNumber(number.get())
            + " n'est pas dans ma copie du Code du travail. Vérifiez le numéro, ou consultez Légifrance.", true));
  }

  /** {@code text}'s article number normalized as the index stores it ("L2312-8"), if it has one. */
  static Optional<String> articleNumber(String text) {
    return Optional.ofNullable(LegalReferences.normalize(text));
  }

  private static Reply shown(String id, Passage passage, boolean ephemeral) {
    Citation citation = Citation.of(passage);
    String text = citation.url().isEmpty() ? passage.text() : passage.text() + "\n\n" + citation.url();
    return new Reply(id, citation.briefLabel(), text, List.of(citation), List.of(), ephemeral, null);
  }

  /** A vote on reply {@code message.text()}, with option "vote" (up or down) and an optional "raison". */
  Reply feedback(String id, Incoming message) {
    String replyId = message.text();
    String vote = message.option("vote");
    if (replyId.isEmpty() || !(vote.equals("up") || vote.equals("down"))) {
      return Reply.text(id, "Avis incomplet : utilisez les boutons 👍 ou 👎 sous une réponse.", true);
    }
    boolean helpful = vote.equals("up");
    records.feedback(message, replyId, questions.get(replyId).orElse(""), helpful);
    if (helpful) {
      return Reply.text(id, "Merci pour votre retour !", true);
    }
    return Reply.text(id, "Merci pour votre retour"
        + (message.option("raison").isEmpty() ? "" : ", raison notée")
        + " : il nous aide à améliorer les réponses."
        + (contact.isEmpty() ? "" : " Pour votre situation, la permanence peut vous aider : " + contact), true);
  }

  Reply forget(String id, Incoming message) {
    return Reply.text(id, records.forget(message.platform(), message.userId()).message(), true);
  }

  Reply thanks(String id) {
    return Reply.text(id, "Avec plaisir ! Posez une autre question quand vous voulez.", true);
  }
}
