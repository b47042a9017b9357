package dev.charter.adapter.assessor.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NetworkTest {

  private static final double TEMPERATURE = 1.7;

  @Test
  void aTinyMemberGivesWhatItsWeightsSayByHand() {
    // Inputs: one embedding component and one detector firing; two hidden units; two labels.
    // w1 rows are inputs: input 0 feeds hidden 0 with 1 and hidden 1 with -1; input 1 feeds hidden 1 with 2.
    Network.Member member = new Network.Member(new float[] {1, -1, 0, 2}, new float[] {0, 0.5f},
        new float[] {1, 0, 0, 3}, new float[] {0, -1}, new float[] {1, 1}, new float[] {0});
    Network network = new Network(List.of(member), 2, 2, 2, 1.0, 2, 1);

    double[] p = network.memberProbabilities(new float[] {2}, new float[] {1})[0];

    // hidden = relu(2·1 + 0, 2·(-1) + 1·2 + 0.5) = (2, 0.5); logits = (2·1 + 0.5·0, 2·0 + 0.5·3 - 1) = (2, 0.5).
    double e = Math.exp(2) + Math.exp(0.5);
    assertThat(p[0]).isCloseTo(Math.exp(2) / e, within(1e-12));
    assertThat(p[1]).isCloseTo(Math.exp(0.5) / e, within(1e-12));
  }

  @Test
  void everyMemberMatchesAPlainForwardPass() {
    Random random = new Random(11);
    int dimension = 8;
    int detectors = 4;
    int inputs = 30 + detectors;
    int hidden = 16;
    int outputs = 5;
    List<Network.Member> members = new ArrayList<>();
    for (int m = 0; m < 3; m++) {
      members.add(new Network.Member(gaussian(random, inputs * hidden), gaussian(random, hidden),
          gaussian(random, hidden * outputs), gaussian(random, outputs), gaussian(random, dimension * detectors),
          gaussian(random, detectors)));
    }
    Network network = new Network(members, inputs, hidden, outputs, TEMPERATURE, dimension, detectors);
    float[] x = gaussian(random, inputs - detectors);
    float[] strongest = gaussian(random, 3 * detectors);

    double[][] p = network.memberProbabilities(x, strongest);

    for (int m = 0; m < members.size(); m++) {
      assertThat(p[m]).containsExactly(plain(members.get(m), x, strongest, m, inputs, hidden, outputs, detectors),
          within(1e-12));
    }
  }

  /** The forward pass written as its definition reads, loop by loop. */
  private static double[] plain(Network.Member w, float[] x, float[] strongest, int m, int inputs, int hidden,
                                int outputs, int detectors) {
    double[] in = new double[inputs];
    for (int i = 0; i < inputs; i++) {
      in[i] = i < x.length ? x[i] : strongest[m * detectors + i - x.length];
    }
    double[] z = new double[outputs];
    for (int k = 0; k < outputs; k++) {
      z[k] = w.b2()[k];
    }
    for (int j = 0; j < hidden; j++) {
      double h = w.b1()[j];
      for (int i = 0; i < inputs; i++) {
        h += in[i] * w.w1()[i * hidden + j];
      }
      for (int k = 0; k < outputs; k++) {
        z[k] += Math.max(0, h) * w.w2()[j * outputs + k];
      }
    }
    return Network.softmax(z, TEMPERATURE);
  }

  private static float[] gaussian(Random random, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return v;
  }
}
