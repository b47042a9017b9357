package dev.charter.adapter.assessor.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.FloatBuffer;
import org.junit.jupiter.api.Test;

class TokenDetectorsTest {

  /** Two detectors over vectors of width 2: the first fires on the first component, the second on the second minus 1. */
  private final TokenDetectors detectors = new TokenDetectors(2, new float[] {1, 0, 0, 1}, new float[] {0, -1});

  @Test
  void eachDetectorKeepsItsStrongestFiringOverTheTokens() {
    float[] strongest = new float[2];

    detectors.read(FloatBuffer.wrap(new float[] {0.5f, 0, 2, 1.5f, -1, 3}), 3, strongest);

    assertThat(strongest).containsExactly(2f, 2f);
  }

  @Test
  void aDetectorThatNeverFiresGivesZero() {
    float[] strongest = new float[2];

    detectors.read(FloatBuffer.wrap(new float[] {-1, 0.5f, -2, 0}), 2, strongest);

    assertThat(strongest).containsExactly(0f, 0f);
  }

  @Test
  void readingWindowOneAfterTheOtherGivesTheStrongestOverTheWholeText() {
    float[] strongest = new float[2];

    detectors.read(FloatBuffer.wrap(new float[] {1, 0}), 1, strongest);
    detectors.read(FloatBuffer.wrap(new float[] {0, 4}), 1, strongest);

    assertThat(strongest).containsExactly(1f, 3f);
  }

  @Test
  void readsOnlyTheTokensItIsTold() {
    float[] strongest = new float[2];

    detectors.read(FloatBuffer.wrap(new float[] {1, 0, 9, 9}), 1, strongest);

    assertThat(strongest).containsExactly(1f, 0f);
  }

  @Test
  void atTheModelsWidthItFiresAsTheDefinitionSays() {
    java.util.Random random = new java.util.Random(3);
    int width = MiniLmEmbeddings.DIMENSION;
    int count = 40;
    int tokens = 23;
    float[] weights = new float[width * count];
    float[] bias = new float[count];
    float[] vectors = new float[tokens * width];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (float) random.nextGaussian() * 0.05f;
    }
    for (int c = 0; c < count; c++) {
      bias[c] = (float) random.nextGaussian() * 0.1f;
    }
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = (float) random.nextGaussian();
    }
    float[] expected = new float[count];
    for (int t = 0; t < tokens; t++) {
      for (int c = 0; c < count; c++) {
        double firing = bias[c];
        for (int i = 0; i < width; i++) {
          firing += vectors[t * width + i] * weights[i * count + c];
        }
        expected[c] = Math.max(expected[c], (float) firing);
      }
    }
    float[] strongest = new float[count];

    new TokenDetectors(width, weights, bias).read(FloatBuffer.wrap(vectors), tokens, strongest);

    assertThat(strongest).containsExactly(expected, org.assertj.core.data.Offset.offset(1e-4f));
  }

  @Test
  void weightsOfTheWrongShapeAreRefused() {
    assertThatThrownBy(() -> new TokenDetectors(3, new float[4], new float[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 × 2");
  }
}
