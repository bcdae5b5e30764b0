package fr.permanence.answer;

/** Answers a member's question. Implementations never throw on bad input: they say so in French. */
public interface Answerer {
  Answer answer(String question);
}
