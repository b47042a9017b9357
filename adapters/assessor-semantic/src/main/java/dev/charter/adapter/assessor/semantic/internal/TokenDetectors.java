package dev.charter.adapter.assessor.semantic.internal;

import java.nio.FloatBuffer;

/**
 * A bank of trained detectors that look at every token of a text in its context, before the token
 * vectors are averaged into one sentence embedding. A detector fires on a token when {@code w·h + b}
 * is positive, where {@code h} is the token's vector from the model's last layer; the text's value for
 * the detector is the strongest firing anywhere in it (zero if it never fires).
 *
 * <p>Why: averaging blurs a text into its topic, so "kill the process" and "kill the neighbour"
 * end up close. A token's vector still knows its context, so a detector can learn what a word is
 * aimed at, and one firing is not averaged away by the rest of the sentence.
 *
 * <p>Immutable and thread-safe; {@link #read} writes only into the caller's array.
 */
public final class TokenDetectors {

  /** How many tokens are fired on together. */
  private static final int BLOCK = 16;

  private final int dimension;
  private final int count;
  /**
   * {@code rows[i][c]}: the weight of vector component {@code i} in detector {@code c}. One array per
   * row, so that the inner loops below run over whole arrays from index 0, which the JIT compiles to
   * vector instructions (measured three times faster than the same loop at an offset in one array).
   */
  private final float[][] rows;
  private final float[] bias;

  public TokenDetectors(int dimension, float[] weights, float[] bias) {
    if (bias.length == 0 || weights.length != dimension * bias.length) {
      throw new IllegalArgumentException("detector weights must be " + dimension + " × " + bias.length);
    }
    this.dimension = dimension;
    this.count = bias.length;
    this.rows = new float[dimension][];
    for (int i = 0; i < dimension; i++) {
      rows[i] = java.util.Arrays.copyOfRange(weights, i * count, (i + 1) * count);
    }
    this.bias = bias.clone();
  }

  public int count() {
    return count;
  }

  /**
   * Raises {@code strongest[c]} to detector {@code c}'s firing on each of the {@code tokens} token
   * vectors in {@code vectors} (from its position 0, {@code dimension} numbers each). Start from
   * zeros; calling it once per window of a long text gives the strongest firing over the whole text.
   */
  public void read(FloatBuffer vectors, int tokens, float[] strongest) {
    float[][] block = new float[Math.min(BLOCK, tokens)][dimension];
    float[][] firing = new float[block.length][count];
    for (int first = 0; first < tokens; first += BLOCK) {
      int n = Math.min(BLOCK, tokens - first);
      for (int t = 0; t < n; t++) {
        vectors.get((first + t) * dimension, block[t]);
      }
      fire(block, n, firing);
      for (int t = 0; t < n; t++) {
        float[] f = firing[t];
        for (int c = 0; c < count; c++) {
          strongest[c] = Math.max(strongest[c], f[c]);
        }
      }
    }
  }

  /**
   * {@code w·h + b} of every detector for each of the first {@code n} token vectors of {@code block},
   * into {@code firing[t]}. Row by row of the weights, so that each row is fetched once for the whole
   * block rather than once per token: the weights are larger than a core's fastest cache.
   */
  private void fire(float[][] block, int n, float[][] firing) {
    for (int t = 0; t < n; t++) {
      System.arraycopy(bias, 0, firing[t], 0, count);
    }
    for (int i = 0; i < dimension; i++) {
      float[] row = rows[i];
      for (int t = 0; t < n; t++) {
        float x = block[t][i];
        float[] f = firing[t];
        for (int c = 0; c < count; c++) {
          f[c] += x * row[c];
        }
      }
    }
  }
}
