package dev.charter.adapter.assessor.semantic.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.adapter.assessor.semantic.internal.Network;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EnsembleTrainerTest {

  /** Three well-separated classes in 12 dimensions, each text three tokens of noise in 6. */
  private static final int N = 240;
  private static final int WIDTH = 6;
  private static final float[][] X = new float[N][12];
  private static final float[][] TOKENS = new float[N][3 * WIDTH];
  private static final int[] Y = new int[N];
  private static final double[] EMPHASIS = new double[N];

  static {
    Random r = new Random(5);
    for (int i = 0; i < N; i++) {
      Y[i] = i % 3;
      EMPHASIS[i] = 1;
      for (int d = 0; d < 12; d++) {
        X[i][d] = (float) (r.nextGaussian() * 0.3 + (d % 3 == Y[i] ? 1.0 : 0.0));
      }
      for (int t = 0; t < TOKENS[i].length; t++) {
        TOKENS[i][t] = (float) r.nextGaussian();
      }
    }
  }

  private static EnsembleTrainer.Settings settings(long seed) {
    return new EnsembleTrainer.Settings(1, 8, 2, 15, 32, 1e-2, 1e-4, 0.1, 1.0, seed);
  }

  private static Network.Member train(long seed) {
    return EnsembleTrainer.train(X, TOKENS, WIDTH, Y, EMPHASIS, 3, settings(seed), 0, () -> { });
  }

  @Test
  void theSameSeedGivesTheSameWeightsBitForBit() {
    Network.Member a = train(42);
    Network.Member b = train(42);

    assertThat(a.w1()).containsExactly(b.w1());
    assertThat(a.b1()).containsExactly(b.b1());
    assertThat(a.w2()).containsExactly(b.w2());
    assertThat(a.b2()).containsExactly(b.b2());
    assertThat(a.detectorWeights()).containsExactly(b.detectorWeights());
    assertThat(a.detectorBias()).containsExactly(b.detectorBias());
  }

  @Test
  void anotherSeedGivesOtherWeights() {
    assertThat(Arrays.equals(train(42).w1(), train(43).w1())).isFalse();
  }

  @Test
  void theTrainedNetworkSeparatesTheClasses() {
    Network network = new Network(List.of(train(42)), 12 + 2, 8, 3, 1.0, WIDTH, 2);

    assertThat(accuracy(network, X, TOKENS, Y)).isGreaterThan(0.9);
  }

  /**
   * Whether a text is harmful here shows in one of its five tokens only (a spike in the first
   * component), not in the embedding, which is noise: only the detectors can learn it.
   */
  @Test
  void theDetectorsLearnWhatOneTokenSays() {
    Random r = new Random(9);
    int n = 400;
    float[][] x = new float[n][4];
    float[][] tokens = new float[n][5 * WIDTH];
    int[] y = new int[n];
    double[] emphasis = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % 2;
      emphasis[i] = 1;
      for (int d = 0; d < 4; d++) {
        x[i][d] = (float) r.nextGaussian();
      }
      for (int t = 0; t < tokens[i].length; t++) {
        tokens[i][t] = (float) (r.nextGaussian() * 0.5);
      }
      if (y[i] == 1) {
        tokens[i][r.nextInt(5) * WIDTH] = 3;
      }
    }
    EnsembleTrainer.Settings s = new EnsembleTrainer.Settings(1, 8, 2, 40, 32, 1e-2, 1e-4, 0.1, 1.0, 7);
    Network network = new Network(List.of(EnsembleTrainer.train(x, tokens, WIDTH, y, emphasis, 2, s, 0, () -> { })),
        4 + 2, 8, 2, 1.0, WIDTH, 2);

    assertThat(accuracy(network, x, tokens, y)).isGreaterThan(0.9);
  }

  private static double accuracy(Network network, float[][] x, float[][] tokens, int[] y) {
    int correct = 0;
    for (int i = 0; i < x.length; i++) {
      double[] p = network.memberProbabilities(x[i], network.detectors().strongest(tokens[i]))[0];
      int best = 0;
      for (int k = 1; k < p.length; k++) {
        if (p[k] > p[best]) {
          best = k;
        }
      }
      correct += best == y[i] ? 1 : 0;
    }
    return correct / (double) x.length;
  }

  @Test
  void benignAndHarmfulExamplesGetEqualTotalWeight() {
    double[] w = EnsembleTrainer.classWeights(new int[] {0, 0, 0, 1});

    assertThat(w[0] + w[1] + w[2]).isCloseTo(w[3], org.assertj.core.data.Offset.offset(1e-12));
  }
}
