package dev.charter.adapter.assessor.semantic.internal;

import java.util.List;

/**
 * The forward pass of the head: an ensemble of one-hidden-layer ReLU networks, each with a softmax
 * over the labels (benign first) sharpened or softened by one calibration temperature; the members'
 * probabilities are averaged.
 */
public final class Network {

  /** One member's weights: {@code w1[i * hidden + j]}, {@code w2[j * outputs + k]}. */
  public record Member(float[] w1, float[] b1, float[] w2, float[] b2) {}

  private final List<Member> members;
  private final int inputs;
  private final int hidden;
  private final int outputs;
  private final double temperature;

  public Network(List<Member> members, int inputs, int hidden, int outputs, double temperature) {
    this.members = List.copyOf(members);
    this.inputs = inputs;
    this.hidden = hidden;
    this.outputs = outputs;
    this.temperature = temperature;
  }

  public int inputs() {
    return inputs;
  }

  public int outputs() {
    return outputs;
  }

  /**
   * Each member's probabilities for {@code x}: {@code result[m][k]}.
   */
  public double[][] memberProbabilities(float[] x) {
    double[][] result = new double[members.size()][];
    double[] h = new double[hidden];
    for (int m = 0; m < members.size(); m++) {
      Member member = members.get(m);
      for (int j = 0; j < hidden; j++) {
        h[j] = member.b1()[j];
      }
      for (int i = 0; i < inputs; i++) {
        double xi = x[i];
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
