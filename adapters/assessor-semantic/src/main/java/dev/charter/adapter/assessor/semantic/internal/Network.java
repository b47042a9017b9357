package dev.charter.adapter.assessor.semantic.internal;

import java.util.List;

/**
 * The forward pass of the head: an ensemble of one-hidden-layer ReLU networks, each with a softmax
 * over the labels (benign first) sharpened or softened by one calibration temperature; the members'
 * probabilities are averaged. Each member reads the sentence embedding, the lexical cues, and the
 * strongest firings of its own {@link TokenDetectors}; the detectors of all members are run as one
 * bank, in one pass over the tokens, and the members' layers as one graph ({@link EnsembleLayers}),
 * both by ONNX Runtime. The softmax and what follows are computed here, in double precision.
 */
public final class Network {

  /**
   * One member's weights: {@code w1[i * hidden + j]}, {@code w2[j * outputs + k]}, and its token
   * detectors {@code detectorWeights[i * detectors + c]} over the model's width and {@code detectorBias}.
   * Its inputs are the embedding and cues, then its detectors' strongest firings.
   */
  public record Member(float[] w1, float[] b1, float[] w2, float[] b2, float[] detectorWeights,
                       float[] detectorBias) {}

  private final EnsembleLayers layers;
  private final int members;
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
    this.members = members.size();
    this.layers = new EnsembleLayers(members, inputs - detectorsPerMember, detectorsPerMember, hidden, outputs);
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
    float[] logits = layers.logits(x, strongest);
    double[][] result = new double[members][];
    for (int m = 0; m < members; m++) {
      double[] z = new double[outputs];
      for (int k = 0; k < outputs; k++) {
        z[k] = logits[m * outputs + k];
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
