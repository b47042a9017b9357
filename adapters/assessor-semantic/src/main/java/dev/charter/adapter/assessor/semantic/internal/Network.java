package dev.charter.adapter.assessor.semantic.internal;

import java.util.List;

/**
 * The forward pass of the head: an ensemble of one-hidden-layer ReLU networks, each with a softmax
 * over the labels (benign first) sharpened or softened by one calibration temperature; the members'
 * probabilities are averaged. Each member reads the sentence embedding, the lexical cues, and the
 * strongest firings of its own {@link TokenDetectors}; the detectors of all members are run as one
 * bank, in one pass over the tokens.
 */
public final class Network {

  /**
   * One member's weights: {@code w1[i * hidden + j]}, {@code w2[j * outputs + k]}, and its token
   * detectors {@code detectorWeights[i * detectors + c]} over the model's width and {@code detectorBias}.
   * Its inputs are the embedding and cues, then its detectors' strongest firings.
   */
  public record Member(float[] w1, float[] b1, float[] w2, float[] b2, float[] detectorWeights,
                       float[] detectorBias) {}

  /**
   * One member's weights as the forward pass reads them: {@code w1} transposed, so that each hidden
   * unit's weights lie side by side ({@code hiddenRows[j * inputs + i]}), then {@code b1}, {@code
   * w2}, {@code b2} as stored.
   */
  private record Layers(float[] hiddenRows, float[] hiddenBias, float[] outputRows, float[] outputBias) {}

  private final List<Layers> layers;
  private final int inputs;
  private final int hidden;
  private final int outputs;
  private final double temperature;
  private final int detectorsPerMember;
  private final TokenDetectors detectors;

  /**
   * @param inputs each member's inputs: the embedding and the cues, then {@code detectorsPerMember}
   *     strongest firings
   */
  public Network(List<Member> members, int inputs, int hidden, int outputs, double temperature,
                 int dimension, int detectorsPerMember) {
    this.inputs = inputs;
    this.hidden = hidden;
    this.outputs = outputs;
    this.temperature = temperature;
    this.detectorsPerMember = detectorsPerMember;
    int all = detectorsPerMember * members.size();
    float[] weights = new float[dimension * all];
    float[] bias = new float[all];
    for (int m = 0; m < members.size(); m++) {
      Member member = members.get(m);
      System.arraycopy(member.detectorBias(), 0, bias, m * detectorsPerMember, detectorsPerMember);
      for (int i = 0; i < dimension; i++) {
        System.arraycopy(member.detectorWeights(), i * detectorsPerMember, weights, i * all + m * detectorsPerMember,
            detectorsPerMember);
      }
    }
    this.detectors = new TokenDetectors(dimension, weights, bias);
    this.layers = members.stream().map(member -> {
      float[] rows = new float[inputs * hidden];
      for (int i = 0; i < inputs; i++) {
        for (int j = 0; j < hidden; j++) {
          rows[j * inputs + i] = member.w1()[i * hidden + j];
        }
      }
      return new Layers(rows, member.b1(), member.w2(), member.b2());
    }).toList();
  }

  public int inputs() {
    return inputs;
  }

  /** Every member's detectors as one bank: member {@code m}'s are {@code [m * perMember, (m + 1) * perMember)}. */
  public TokenDetectors detectors() {
    return detectors;
  }

  public int outputs() {
    return outputs;
  }

  /**
   * Each member's probabilities, {@code result[m][k]}, for a text whose embedding and cues are {@code
   * x} and whose detectors (the whole bank) fired at most {@code strongest}.
   */
  public double[][] memberProbabilities(float[] x, float[] strongest) {
    double[][] result = new double[layers.size()][];
    int shared = inputs - detectorsPerMember;
    float[] in = new float[inputs];
    System.arraycopy(x, 0, in, 0, shared);
    for (int m = 0; m < layers.size(); m++) {
      System.arraycopy(strongest, m * detectorsPerMember, in, shared, detectorsPerMember);
      Layers member = layers.get(m);
      float[] w1 = member.hiddenRows();
      float[] b1 = member.hiddenBias();
      float[] w2 = member.outputRows();
      double[] z = new double[outputs];
      for (int k = 0; k < outputs; k++) {
        z[k] = member.outputBias()[k];
      }
      for (int j = 0; j < hidden; j++) {
        double a = b1[j] + dot(in, w1, j * inputs);
        if (a <= 0) {
          continue;
        }
        int row = j * outputs;
        for (int k = 0; k < outputs; k++) {
          z[k] += a * w2[row + k];
        }
      }
      result[m] = softmax(z, temperature);
    }
    return result;
  }

  /**
   * The dot product of {@code x} with {@code w[offset, offset + x.length)}, in four running sums:
   * the judging JVM compiles with the quick compiler only, which keeps them in registers but would
   * neither unroll nor vectorise a plain loop, and this is the head's inner loop.
   */
  private static double dot(float[] x, float[] w, int offset) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int n = x.length;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += x[i] * (double) w[offset + i];
      s1 += x[i + 1] * (double) w[offset + i + 1];
      s2 += x[i + 2] * (double) w[offset + i + 2];
      s3 += x[i + 3] * (double) w[offset + i + 3];
    }
    for (; i < n; i++) {
      s0 += x[i] * (double) w[offset + i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** The softmax of {@code z / temperature}. */
  public static double[] softmax(double[] z, double temperature) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v / temperature);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int k = 0; k < z.length; k++) {
      p[k] = Math.exp(z[k] / temperature - max);
      sum += p[k];
    }
    for (int k = 0; k < z.length; k++) {
      p[k] /= sum;
    }
    return p;
  }
}
