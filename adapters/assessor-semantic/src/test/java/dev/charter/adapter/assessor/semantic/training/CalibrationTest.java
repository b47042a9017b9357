package dev.charter.adapter.assessor.semantic.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.adapter.assessor.semantic.internal.HeadFile;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  @Test
  void onlyTheMilderAreasTakeTheMilderFloor() {
    Calibration.Choice choice = new Calibration.Choice(0.5, 0.5, 0.9, 0.6, 0.25, 0.8, Map.of(), 1.0)
        .withFloorMild(0.2);

    Map<String, HeadFile.Thresholds> t = choice.perLabel(List.of("benign", "fraud", "violence", "cyberweapons"));

    assertThat(t.get("fraud").floor()).isEqualTo(0.2);
    assertThat(t.get("violence").floor()).isEqualTo(0.5);
    assertThat(t.get("cyberweapons").floor()).isEqualTo(0.5);
    assertThat(t).doesNotContainKey("benign");
  }

  @Test
  void everydayDeferralCountsOnlyEverydayRequests() {
    List<Example> examples = List.of(
        new Example("h1", "hh_helpful_first_turns.jsonl", "a", "benign"),
        new Example("h2", "hh_helpful_first_turns.jsonl", "b", "benign"),
        new Example("c1", "contrasts.jsonl", "c", "benign"));
    List<Calibration.Outcome> outcomes = List.of(new Calibration.Outcome(false, true),
        new Calibration.Outcome(false, false), new Calibration.Outcome(false, true));

    assertThat(Calibration.everydayDeferral(examples, outcomes)).isEqualTo(0.5);
  }

  @Test
  void temperingByOneChangesNothing() {
    double[] p = {0.7, 0.2, 0.1};

    assertThat(Calibration.tempered(p, 1.0)).containsExactly(new double[] {0.7, 0.2, 0.1}, Offset.offset(1e-12));
  }

  @Test
  void anOverconfidentEnsembleIsSoftenedByTheFittedTemperature() {
    // Members say 0.99 either way but are right only four times in five.
    double[][][] members = new double[100][][];
    boolean[] harmful = new boolean[100];
    for (int i = 0; i < 100; i++) {
      boolean says = i % 2 == 0;
      harmful[i] = i % 5 == 0 ? !says : says;
      members[i] = new double[][] {says ? new double[] {0.01, 0.99} : new double[] {0.99, 0.01}};
    }

    assertThat(Calibration.temperature(members, harmful)).isGreaterThan(1.0);
  }

  @Test
  void theSplitIsStratifiedByFileAndReproducible() {
    List<Example> examples = new java.util.ArrayList<>();
    for (int i = 0; i < 50; i++) {
      examples.add(new Example("a" + i, "a.jsonl", "text a " + i, "benign"));
      examples.add(new Example("b" + i, "b.csv", "text b " + i, "fraud"));
    }

    boolean[] first = TrainHead.split(examples, 7);
    boolean[] again = TrainHead.split(examples, 7);

    assertThat(first).containsExactly(again);
    int a = 0;
    int b = 0;
    for (int i = 0; i < examples.size(); i++) {
      if (first[i]) {
        if (examples.get(i).file().equals("a.jsonl")) {
          a++;
        } else {
          b++;
        }
      }
    }
    assertThat(a).isEqualTo(10);
    assertThat(b).isEqualTo(10);
  }
}
