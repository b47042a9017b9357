package dev.charter.adapter.assessor.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
      // ONNX Runtime sums in single precision, the plain pass in double.
      assertThat(p[m]).containsExactly(plain(members.get(m), x, strongest, m, inputs, hidden, outputs, detectors),
          within(1e-5));
    }
  }

  @Test
  void judgingsSideBySideEachGetTheirOwnAnswer() throws Exception {
    Random random = new Random(5);
    int inputs = 12 + 3;
    List<Network.Member> members = new ArrayList<>();
    for (int m = 0; m < 2; m++) {
      members.add(new Network.Member(gaussian(random, inputs * 8), gaussian(random, 8), gaussian(random, 8 * 4),
          gaussian(random, 4), gaussian(random, 6 * 3), gaussian(random, 3)));
    }
    Network network = new Network(members, inputs, 8, 4, TEMPERATURE, 6, 3);
    int texts = 64;
    float[][] x = new float[texts][];
    float[][] strongest = new float[texts][];
    double[][][] alone = new double[texts][][];
    for (int t = 0; t < texts; t++) {
      x[t] = gaussian(random, 12);
      strongest[t] = gaussian(random, 6);
      alone[t] = network.memberProbabilities(x[t], strongest[t]);
    }

    // Eight threads share the network and its pool of input buffers; each checks every answer.
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> checked = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        int offset = thread;
        checked.add(threads.submit(() -> {
          int n = 0;
          for (int round = 0; round < 50; round++) {
            int t = (offset * 7 + round) % texts;
            assertThat(network.memberProbabilities(x[t], strongest[t])).isDeepEqualTo(alone[t]);
            n++;
          }
          return n;
        }));
      }
      for (Future<Integer> f : checked) {
        assertThat(f.get()).isEqualTo(50);
      }
    } finally {
      threads.shutdown();
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
