package dev.charter.adapter.assessor.semantic.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalibrationGroupTest {

  @Test
  void aTextCountsInTheGroupOfItsFile() {
    assertThat(groupOf("contrasts.jsonl")).isEqualTo(CalibrationGroup.CONTRASTS);
    assertThat(groupOf("contrasts-ethics.jsonl")).isEqualTo(CalibrationGroup.CONTRASTS);
    assertThat(groupOf("hh_harmless_first_turns.jsonl")).isEqualTo(CalibrationGroup.RED_TEAM_TURNS);
    assertThat(groupOf("jbb_harmful-behaviors.csv")).isEqualTo(CalibrationGroup.HARMFUL_BENCHMARKS);
    assertThat(groupOf("advbench_harmful_behaviors.csv")).isEqualTo(CalibrationGroup.HARMFUL_BENCHMARKS);
    assertThat(groupOf("hh_helpful_first_turns.jsonl")).isEqualTo(CalibrationGroup.EVERYDAY);
  }

  private static CalibrationGroup groupOf(String file) {
    return CalibrationGroup.of(new Example("x", file, "text", "benign"));
  }
}
