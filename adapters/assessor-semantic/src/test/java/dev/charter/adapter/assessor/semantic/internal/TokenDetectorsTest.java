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
  void weightsOfTheWrongShapeAreRefused() {
    assertThatThrownBy(() -> new TokenDetectors(3, new float[4], new float[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 × 2");
  }
}
