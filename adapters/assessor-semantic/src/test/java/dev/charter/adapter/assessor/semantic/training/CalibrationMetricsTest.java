package dev.charter.adapter.assessor.semantic.training;

import static org.assertj.core.api.Assertions.assertThat;

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
}
