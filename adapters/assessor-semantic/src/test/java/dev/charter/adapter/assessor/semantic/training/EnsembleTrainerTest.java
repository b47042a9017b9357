package dev.charter.adapter.assessor.semantic.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.adapter.assessor.semantic.internal.Network;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EnsembleTrainerTest {

  /** Three well-separated classes in 12 dimensions. */
  private static final int N = 240;
  private static final float[][] X = new float[N][12];
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
    }
  }

  private static EnsembleTrainer.Settings settings(long seed) {
    return new EnsembleTrainer.Settings(1, 8, 15, 32, 1e-2, 1e-4, 0.1, 1.0, seed);
  }

  private static Network.Member train(long seed) {
    return EnsembleTrainer.train(X, Y, EMPHASIS, 3, settings(seed), 0, () -> { });
  }

  @Test
  void theSameSeedGivesTheSameWeightsBitForBit() {
    Network.Member a = train(42);
    Network.Member b = train(42);

    assertThat(a.w1()).containsExactly(b.w1());
    assertThat(a.b1()).containsExactly(b.b1());
    assertThat(a.w2()).containsExactly(b.w2());
    assertThat(a.b2()).containsExactly(b.b2());
  }

  @Test
  void anotherSeedGivesOtherWeights() {
    assertThat(Arrays.equals(train(42).w1(), train(43).w1())).isFalse();
  }

  @Test
  void theTrainedNetworkSeparatesTheClasses() {
    Network network = new Network(List.of(train(42)), 12, 8, 3, 1.0);
    int correct = 0;
    for (int i = 0; i < N; i++) {
      double[] p = network.memberProbabilities(X[i])[0];
      int best = 0;
      for (int k = 1; k < 3; k++) {
        if (p[k] > p[best]) {
          best = k;
        }
      }
      correct += best == Y[i] ? 1 : 0;
    }
    assertThat(correct).isGreaterThan(N * 9 / 10);
  }

  @Test
  void benignAndHarmfulExamplesGetEqualTotalWeight() {
    double[] w = EnsembleTrainer.classWeights(new int[] {0, 0, 0, 1});

    assertThat(w[0] + w[1] + w[2]).isCloseTo(w[3], org.assertj.core.data.Offset.offset(1e-12));
  }
}
