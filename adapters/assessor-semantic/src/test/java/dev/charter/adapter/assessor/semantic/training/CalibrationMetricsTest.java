package dev.charter.adapter.assessor.semantic.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.adapter.assessor.semantic.internal.Reading;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CalibrationMetricsTest {

  @Test
  void aurocIsOneForAPerfectRankingAndOneHalfForTies() {
    assertThat(CalibrationMetrics.auroc(new double[] {0.1, 0.2, 0.8, 0.9}, new boolean[] {false, false, true, true}))
        .isEqualTo(1.0);
    assertThat(CalibrationMetrics.auroc(new double[] {0.5, 0.5}, new boolean[] {false, true})).isEqualTo(0.5);
  }

  @Test
  void calibrationErrorIsZeroWhenEachBinsProbabilityIsItsHitRate() {
    // A quarter of the texts called 25% likely are harmful, three quarters of those called 75%.
    double[] scores = {0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75};
    boolean[] harmful = {true, false, false, false, true, true, true, false};

    assertThat(CalibrationMetrics.ece(scores, harmful)).isCloseTo(0.0, Offset.offset(1e-12));
  }

  @Test
  void calibrationErrorIsTheGapBetweenConfidenceAndHitRate() {
    // Every text is called 90% likely to be harmful; half are.
    double[] scores = {0.9, 0.9, 0.9, 0.9};
    boolean[] harmful = {true, false, true, false};

    assertThat(CalibrationMetrics.ece(scores, harmful)).isCloseTo(0.4, Offset.offset(1e-12));
  }

  /**
   * Four everyday texts and two contrasts: one benign refused, one harmful missed, one deferred; the
   * rest right.
   */
  @Test
  void countsTheOutcomesOverallAndByGroup() {
    List<String> labels = List.of("benign", "fraud");
    List<Example> examples = List.of(
        new Example("1", "selfinstruct_instructions.jsonl", "a", "benign"),
        new Example("2", "selfinstruct_instructions.jsonl", "b", "benign"),
        new Example("3", "selfinstruct_instructions.jsonl", "c", "benign"),
        new Example("4", "selfinstruct_instructions.jsonl", "d", "benign"),
        new Example("5", "contrasts.jsonl", "e", "fraud"),
        new Example("6", "contrasts.jsonl", "f", "fraud"));
    List<Reading> readings = List.of(reading(0.1, labels), reading(0.2, labels), reading(0.9, labels),
        reading(0.5, labels), reading(0.3, labels), reading(0.8, labels));
    List<Calibration.Outcome> outcomes = List.of(new Calibration.Outcome(false, false),
        new Calibration.Outcome(false, false), new Calibration.Outcome(true, false),
        new Calibration.Outcome(false, true), new Calibration.Outcome(false, false),
        new Calibration.Outcome(true, false));

    Map<String, Object> m = CalibrationMetrics.of(examples, readings, outcomes);

    assertThat(m).containsEntry("texts", 6).containsEntry("harmful", 2)
        .containsEntry("refusalPrecision", 0.5).containsEntry("refusalRecall", 0.5)
        .containsEntry("benignRefused", 0.25).containsEntry("deferred", 0.1667)
        .containsEntry("accuracyWhenSure", 0.6).containsEntry("areaAccuracyOnHarmful", 1.0);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> groups = (Map<String, Map<String, Object>>) m.get("byGroup");
    assertThat(groups.get("everyday")).containsEntry("benign", 4).containsEntry("benignRefused", 0.25)
        .containsEntry("harmful", 0).containsEntry("harmfulRefused", null).containsEntry("deferred", 0.25);
    assertThat(groups.get("contrasts")).containsEntry("benign", 0).containsEntry("harmful", 2)
        .containsEntry("harmfulRefused", 0.5).containsEntry("deferred", 0.0);
    assertThat(groups.get("red-team turns")).containsEntry("deferred", null);
  }

  /** A reading whose probability of harm is {@code harm}, all of it on the second label. */
  private static Reading reading(double harm, List<String> labels) {
    return new Reading(harm, new double[] {1 - harm, harm}, labels, 0);
  }
}
