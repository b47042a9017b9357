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

  private final List<Member> members;
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
    this.members = List.copyOf(members);
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
    double[][] result = new double[members.size()][];
    double[] h = new double[hidden];
    int shared = inputs - detectorsPerMember;
    for (int m = 0; m < members.size(); m++) {
      Member member = members.get(m);
      for (int j = 0; j < hidden; j++) {
        h[j] = member.b1()[j];
      }
      for (int i = 0; i < inputs; i++) {
        double xi = i < shared ? x[i] : strongest[m * detectorsPerMember + i - shared];
        if (xi == 0) {
          continue;
        }
        int row = i * hidden;
        for (int j = 0; j < hidden; j++) {
          h[j] += xi * member.w1()[row + j];
        }
      }
      double[] z = new double[outputs];
      for (int k = 0; k < outputs; k++) {
        z[k] = member.b2()[k];
      }
      for (int j = 0; j < hidden; j++) {
        double a = h[j] > 0 ? h[j] : 0;
        if (a == 0) {
          continue;
        }
        int row = j * outputs;
        for (int k = 0; k < outputs; k++) {
          z[k] += a * member.w2()[row + k];
        }
      }
      result[m] = softmax(z, temperature);
    }
    return result;
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
