package dev.charter.adapter.assessor.semantic.training;

import dev.charter.adapter.assessor.semantic.internal.Network;
import java.util.Random;

/**
 * Trains one member of the ensemble: token detectors whose strongest firings join the embedding
 * and cues as inputs of a one-hidden-layer ReLU network with a softmax over the labels, all trained
 * together by mini-batch Adam with weight decay, dropout on the hidden layer, and example weights
 * that give benign and harmful texts equal total weight. Single-threaded and driven by one seeded
 * {@link Random}, so the same data and seed give the same weights, bit for bit.
 */
final class EnsembleTrainer {

  /**
   * @param detectors how many token detectors each member has
   * @param contrastWeight how much more a text of the team's contrast set weighs than any other: the
   *     contrasts are the few texts that teach intent and target rather than topic
   */
  record Settings(int members, int hidden, int detectors, int epochs, int batch, double learningRate,
                  double weightDecay, double dropout, double contrastWeight, long seed) {

    static Settings defaults(long seed) {
      return new Settings(5, 128, 64, 40, 256, 3e-3, 1e-4, 0.2, 1.5, seed);
    }

    Settings withDetectors(int count) {
      return new Settings(members, hidden, count, epochs, batch, learningRate, weightDecay, dropout, contrastWeight,
          seed);
    }
  }

  /** Called after every epoch. */
  interface Progress {
    void epochDone();
  }

  private EnsembleTrainer() {}

  /**
   * @param x per example, its embedding and cues
   * @param tokens per example, its token vectors one after the other, {@code dimension} numbers each
   * @param emphasis per example, a multiplier of its weight (1 for most, {@link Settings#contrastWeight()}
   *     for contrasts)
   */
  static Network.Member train(float[][] x, float[][] tokens, int dimension, int[] y, double[] emphasis, int outputs,
                              Settings s, int member, Progress progress) {
    int n = x.length;
    int shared = x[0].length;
    int d = s.detectors();
    int in = shared + d;
    int h = s.hidden();
    int k = outputs;
    Random random = new Random(s.seed() * 1_000_003L + member);
    double[] w1 = new double[in * h];
    double[] b1 = new double[h];
    double[] w2 = new double[h * k];
    double[] b2 = new double[k];
    double[] dw = new double[dimension * d];
    double[] db = new double[d];
    double scale1 = Math.sqrt(2.0 / in);
    for (int i = 0; i < w1.length; i++) {
      w1[i] = random.nextGaussian() * scale1;
    }
    double scale2 = Math.sqrt(1.0 / h);
    for (int i = 0; i < w2.length; i++) {
      w2[i] = random.nextGaussian() * scale2;
    }
    double bound = 1 / Math.sqrt(dimension);
    for (int i = 0; i < dw.length; i++) {
      dw[i] = (2 * random.nextDouble() - 1) * bound;
    }
    for (int c = 0; c < d; c++) {
      db[c] = (2 * random.nextDouble() - 1) * bound;
    }
    double[] weight = classWeights(y);
    for (int i = 0; i < n; i++) {
      weight[i] *= emphasis[i];
    }
    double[][] params = {w1, b1, w2, b2, dw, db};
    double[][] grads = new double[params.length][];
    double[][] m = new double[params.length][];
    double[][] v = new double[params.length][];
    for (int a = 0; a < params.length; a++) {
      grads[a] = new double[params[a].length];
      m[a] = new double[params[a].length];
      v[a] = new double[params[a].length];
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    double[] xe = new double[in];
    double[] firing = new double[d];
    int[] strongestAt = new int[d];
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
          for (int i = 0; i < shared; i++) {
            xe[i] = x[e][i];
          }
          strongest(tokens[e], dimension, dw, db, firing, xe, shared, strongestAt);
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
          // A detector learns only from the token it fired on most strongly (max pooling).
          for (int c = 0; c < d; c++) {
            int t = strongestAt[c];
            if (t < 0) {
              continue;
            }
            double g = 0;
            int row = (shared + c) * h;
            for (int j = 0; j < h; j++) {
              g += w1[row + j] * ga[j];
            }
            grads[5][c] += g;
            int offset = t * dimension;
            for (int i = 0; i < dimension; i++) {
              grads[4][i * d + c] += g * tokens[e][offset + i];
            }
          }
        }
        step++;
        adam(params, grads, m, v, step, s);
      }
      progress.epochDone();
    }
    return new Network.Member(floats(w1), floats(b1), floats(w2), floats(b2), floats(dw), floats(db));
  }

  /**
   * Writes each detector's strongest firing on {@code tokens} into {@code xe[from + c]} (zero if it
   * never fires) and the token it fired on into {@code strongestAt[c]} (-1 if none).
   */
  private static void strongest(float[] tokens, int dimension, double[] dw, double[] db, double[] firing,
                                double[] xe, int from, int[] strongestAt) {
    int d = db.length;
    java.util.Arrays.fill(xe, from, from + d, 0);
    java.util.Arrays.fill(strongestAt, -1);
    for (int t = 0, offset = 0; offset < tokens.length; t++, offset += dimension) {
      System.arraycopy(db, 0, firing, 0, d);
      for (int i = 0; i < dimension; i++) {
        double value = tokens[offset + i];
        int row = i * d;
        for (int c = 0; c < d; c++) {
          firing[c] += value * dw[row + c];
        }
      }
      for (int c = 0; c < d; c++) {
        if (firing[c] > xe[from + c]) {
          xe[from + c] = firing[c];
          strongestAt[c] = t;
        }
      }
    }
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
      boolean decay = a == 0 || a == 2 || a == 4;
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
