package fr.permanence.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AnswerabilityFitTest {
  /** A sample whose evidence is strong (answerable) or weak, with a little spread per index. */
  private static AnswerabilityFit.Sample sample(boolean answerable, int i) {
    double base = answerable ? 0.7 : 0.2;
    double spread = (i % 5) * 0.03;
    return new AnswerabilityFit.Sample(new double[] {base + spread, base, base + spread, 0.9, base, base, answerable ? 1 : 0, base / 2,
        answerable ? 1.6 : 0.7, answerable ? 0 : i % 2, 0, 0, 0, 0, 0, 0, 0, 0, 1.8, 0, 0, 0, 0}, answerable);
  }

  private static List<AnswerabilityFit.Sample> samples() {
    List<AnswerabilityFit.Sample> samples = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      samples.add(sample(true, i));
      samples.add(sample(false, i));
    }
    return samples;
  }

  @Test
  void separatesStrongFromWeakEvidence() {
    Answerability model = AnswerabilityFit.fit(samples(), 0.03);
    for (AnswerabilityFit.Sample s : samples()) {
      assertEquals(s.answerable(), AnswerabilityFit.answers(model, s.features()), Arrays.toString(s.features()));
    }
  }

  @Test
  void theThresholdRefusesAtMostTheGivenShareOfAnswerableQuestions() {
    List<AnswerabilityFit.Sample> samples = samples();
    // Ten answerable questions whose evidence looks like an unanswerable one's.
    for (int i = 0; i < 10; i++) {
      double[] weak = sample(false, i).features();
      samples.add(new AnswerabilityFit.Sample(weak, true));
    }
    Answerability model = AnswerabilityFit.fit(samples, 0.1);
    long refused = samples.stream().filter(s -> s.answerable() && !AnswerabilityFit.answers(model, s.features())).count();
    assertTrue(refused <= 5, "refused " + refused + " of 50 answerable");
  }

  @Test
  void withGroupsNoGroupIsRefusedMoreThanTheShare() {
    List<AnswerabilityFit.Sample> samples = new ArrayList<>();
    for (AnswerabilityFit.Sample s : samples()) {
      samples.add(new AnswerabilityFit.Sample(s.features(), s.answerable(), "formal"));
    }
    // A small group whose answerable questions all look weak: overall, refusing its five stays
    // under 10 %; within the group, it would refuse them all.
    for (int i = 0; i < 5; i++) {
      samples.add(new AnswerabilityFit.Sample(sample(false, i).features(), true, "sms"));
    }
    long refusedOverall = samples.stream()
        .filter(s -> s.answerable() && !AnswerabilityFit.answers(AnswerabilityFit.fit(
            samples.stream().map(x -> new AnswerabilityFit.Sample(x.features(), x.answerable())).toList(), 0.15),
            s.features()))
        .filter(s -> s.group().equals("sms")).count();
    assertEquals(5, refusedOverall, "without groups, the weak group is refused whole");
    Answerability model = AnswerabilityFit.fit(samples, 0.15);
    long refusedSms = samples.stream()
        .filter(s -> s.group().equals("sms") && !AnswerabilityFit.answers(model, s.features())).count();
    assertTrue(refusedSms <= 0, "refused " + refusedSms + " of the 5 sms questions");
  }

  @Test
  void theFitIsDeterministic() {
    assertEquals(AnswerabilityFit.fit(samples(), 0.03), AnswerabilityFit.fit(samples(), 0.03));
  }

  @Test
  void foldsMixAnswerableAndUnanswerable() {
    int[] folds = AnswerabilityFit.folds(samples(), 5, 1);
    for (int f = 0; f < 5; f++) {
      int fold = f;
      long positives = IntStream.range(0, folds.length)
          .filter(i -> folds[i] == fold && samples().get(i).answerable()).count();
      assertEquals(8, positives, "fold " + f);
    }
    assertArrayEquals(folds, AnswerabilityFit.folds(samples(), 5, 1));
  }

  @Test
  void aQuestionNamingAnArticleIsAnswered() {
    Answerability refuseAll = new Answerability(new double[Evidence.FEATURES.length], -1);
    assertFalse(refuseAll.answerable(Evidence.NONE));
    assertTrue(refuseAll.answerable(new Evidence(0, 0, 0, 0, 0, 0, false, 0, 0, 0, false, true, 0, 0, false, false, false, false, 0, false, false, false, false)));
  }

  @Test
  void weightsMatchTheFeatures() {
    assertThrows(IllegalArgumentException.class, () -> new Answerability(new double[] {1, 2}, 0));
  }
}
