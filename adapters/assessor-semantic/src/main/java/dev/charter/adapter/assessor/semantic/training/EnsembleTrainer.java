package dev.charter.adapter.assessor.semantic.training;

import dev.charter.adapter.assessor.semantic.internal.Network;
import java.util.Random;

/**
 * Trains one member of the ensemble: a one-hidden-layer ReLU network with a softmax over the
 * labels, by mini-batch Adam with weight decay, dropout on the hidden layer, and example weights
 * that give benign and harmful texts equal total weight. Single-threaded and driven by one seeded
 * {@link Random}, so the same data and seed give the same weights, bit for bit.
 */
final class EnsembleTrainer {

  /**
   * @param contrastWeight how much more a text of the team's contrast set weighs than any other: the
   *     contrasts are the few texts that teach intent and target rather than topic
   */
  record Settings(int members, int hidden, int epochs, int batch, double learningRate, double weightDecay,
                  double dropout, double contrastWeight, long seed) {

    static Settings defaults(long seed) {
      return new Settings(5, 128, 40, 256, 3e-3, 1e-4, 0.2, 1.5, seed);
    }
  }

  /** Called after every epoch. */
  interface Progress {
    void epochDone();
  }

  private EnsembleTrainer() {}

  /**
   * @param emphasis per example, a multiplier of its weight (1 for most, {@link Settings#contrastWeight()}
   *     for contrasts)
   */
  static Network.Member train(float[][] x, int[] y, double[] emphasis, int outputs, Settings s, int member,
                              Progress progress) {
    int n = x.length;
    int in = x[0].length;
    int h = s.hidden();
    int k = outputs;
    Random random = new Random(s.seed() * 1_000_003L + member);
    double[] w1 = new double[in * h];
    double[] b1 = new double[h];
    double[] w2 = new double[h * k];
    double[] b2 = new double[k];
    double scale1 = Math.sqrt(2.0 / in);
    for (int i = 0; i < w1.length; i++) {
      w1[i] = random.nextGaussian() * scale1;
    }
    double scale2 = Math.sqrt(1.0 / h);
    for (int i = 0; i < w2.length; i++) {
      w2[i] = random.nextGaussian() * scale2;
    }
    double[] weight = classWeights(y);
    for (int i = 0; i < n; i++) {
      weight[i] *= emphasis[i];
    }
    double[][] params = {w1, b1, w2, b2};
    double[][] grads = {new double[w1.length], new double[h], new double[w2.length], new double[k]};
    double[][] m = {new double[w1.length], new double[h], new double[w2.length], new double[k]};
    double[][] v = {new double[w1.length], new double[h], new double[w2.length], new double[k]};
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    double[] pre = new double[h];
    double[] act = new double[h];
    double[] keep = new double[h];
    double[] z = new double[k];
    double[] ga = new double[h];
    long step = 0;
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      shuffle(order, random);
      for (int start = 0; start < n; start += s.batch()) {
        int end = Math.min(n, start + s.batch());
        for (double[] g : grads) {
          java.util.Arrays.fill(g, 0);
        }
        for (int bi = start; bi < end; bi++) {
          int e = order[bi];
          float[] xe = x[e];
          System.arraycopy(b1, 0, pre, 0, h);
          for (int i = 0; i < in; i++) {
            double xi = xe[i];
            if (xi == 0) {
              continue;
            }
            int row = i * h;
            for (int j = 0; j < h; j++) {
              pre[j] += xi * w1[row + j];
            }
          }
          for (int j = 0; j < h; j++) {
            keep[j] = random.nextDouble() >= s.dropout() ? 1.0 / (1 - s.dropout()) : 0;
            act[j] = pre[j] > 0 ? pre[j] * keep[j] : 0;
          }
          System.arraycopy(b2, 0, z, 0, k);
          for (int j = 0; j < h; j++) {
            if (act[j] == 0) {
              continue;
            }
            int row = j * k;
            for (int c = 0; c < k; c++) {
              z[c] += act[j] * w2[row + c];
            }
          }
          double[] p = Network.softmax(z, 1.0);
          double scale = weight[e] / (end - start);
          for (int c = 0; c < k; c++) {
            p[c] = (p[c] - (c == y[e] ? 1 : 0)) * scale;
            grads[3][c] += p[c];
          }
          for (int j = 0; j < h; j++) {
            double sum = 0;
            int row = j * k;
            for (int c = 0; c < k; c++) {
              grads[2][row + c] += act[j] * p[c];
              sum += w2[row + c] * p[c];
            }
            ga[j] = pre[j] > 0 ? sum * keep[j] : 0;
            grads[1][j] += ga[j];
          }
          for (int i = 0; i < in; i++) {
            double xi = xe[i];
            if (xi == 0) {
              continue;
            }
            int row = i * h;
            for (int j = 0; j < h; j++) {
              grads[0][row + j] += xi * ga[j];
            }
          }
        }
        step++;
        adam(params, grads, m, v, step, s);
      }
      progress.epochDone();
    }
    return new Network.Member(floats(w1), floats(b1), floats(w2), floats(b2));
  }

  /** Benign and harmful examples get equal total weight, so the head is not swamped by everyday text. */
  static double[] classWeights(int[] y) {
    int benign = 0;
    for (int label : y) {
      if (label == 0) {
        benign++;
      }
    }
    int harmful = y.length - benign;
    double[] w = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      w[i] = y[i] == 0 ? y.length / (2.0 * benign) : y.length / (2.0 * harmful);
    }
    return w;
  }

  private static void adam(double[][] params, double[][] grads, double[][] m, double[][] v, long t, Settings s) {
    double b1 = 0.9;
    double b2 = 0.999;
    double c1 = 1 - Math.pow(b1, t);
    double c2 = 1 - Math.pow(b2, t);
    for (int a = 0; a < params.length; a++) {
      double[] p = params[a];
      double[] g = grads[a];
      boolean decay = a == 0 || a == 2;
      for (int i = 0; i < p.length; i++) {
        double gi = g[i] + (decay ? s.weightDecay() * p[i] : 0);
        m[a][i] = b1 * m[a][i] + (1 - b1) * gi;
        v[a][i] = b2 * v[a][i] + (1 - b2) * gi * gi;
        p[i] -= s.learningRate() * (m[a][i] / c1) / (Math.sqrt(v[a][i] / c2) + 1e-8);
      }
    }
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = a[i];
      a[i] = a[j];
      a[j] = tmp;
    }
  }

  private static float[] floats(double[] d) {
    float[] f = new float[d.length];
    for (int i = 0; i < d.length; i++) {
      f[i] = (float) d[i];
    }
    return f;
  }
}
