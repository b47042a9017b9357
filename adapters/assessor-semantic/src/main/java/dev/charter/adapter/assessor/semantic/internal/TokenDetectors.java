package dev.charter.adapter.assessor.semantic.internal;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.Map;

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
 * <p>ONNX Runtime runs them, as a small graph of their own ({@link DetectorGraph}): its matrix
 * kernels take a few hundredths of a millisecond for a request, where a plain Java loop took about
 * a millisecond once compiled and two before. The session lives as long as the head that owns it,
 * normally the process.
 *
 * <p>Thread-safe; {@link #read} writes only into the caller's array.
 */
public final class TokenDetectors {

  private final int dimension;
  private final int count;
  private final OrtEnvironment environment;
  private final OrtSession session;

  /**
   * @param weights {@code weights[i * count + c]}: the weight of vector component {@code i} in
   *     detector {@code c}, where {@code count} is the length of {@code bias}
   */
  public TokenDetectors(int dimension, float[] weights, float[] bias) {
    if (bias.length == 0 || weights.length != dimension * bias.length) {
      throw new IllegalArgumentException("detector weights must be " + dimension + " × " + bias.length);
    }
    this.dimension = dimension;
    this.count = bias.length;
    this.environment = OrtEnvironment.getEnvironment();
    this.session = OnnxProto.open(DetectorGraph.model(dimension, count, weights, bias), "the token detectors");
  }

  public int count() {
    return count;
  }

  /** Each detector's strongest firing on a text whose token vectors are {@code tokens}, one after the other. */
  public float[] strongest(float[] tokens) {
    float[] strongest = new float[count];
    read(FloatBuffer.wrap(tokens), tokens.length / dimension, strongest);
    return strongest;
  }

  /**
   * Raises {@code strongest[c]} to detector {@code c}'s firing on each of the {@code tokens} token
   * vectors in {@code vectors} (from its position 0, {@code dimension} numbers each). Start from
   * zeros; calling it once per window of a long text gives the strongest firing over the whole text.
   */
  public void read(FloatBuffer vectors, int tokens, float[] strongest) {
    if (tokens == 0) {
      return;
    }
    FloatBuffer input = vectors.duplicate().position(0).limit(tokens * dimension).slice();
    try (OnnxTensor tensor = OnnxTensor.createTensor(environment, input, new long[] {tokens, dimension});
         OrtSession.Result result = session.run(Map.of(DetectorGraph.INPUT, tensor))) {
      FloatBuffer firing = ((OnnxTensor) result.get(0)).getFloatBuffer();
      for (int c = 0; c < count; c++) {
        strongest[c] = Math.max(strongest[c], firing.get(c));
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime could not run the token detectors: " + e.getMessage(), e);
    }
  }
}
