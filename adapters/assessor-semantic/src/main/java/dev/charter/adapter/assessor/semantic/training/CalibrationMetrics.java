package dev.charter.adapter.assessor.semantic.training;

import dev.charter.adapter.assessor.semantic.internal.Reading;
import dev.charter.domain.evaluation.ConfusionMatrix;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the trainer reports about the chosen head on the calibration split: ranking (AUROC),
 * calibration (Brier score, expected calibration error), the outcomes of the real weighing
 * (precision, recall, F1, benign refused, deferred, accuracy when sure) overall and by group of
 * texts. Printed on the console and recorded in the head's provenance.
 */
final class CalibrationMetrics {

  private CalibrationMetrics() {}

  /** Metrics of the chosen head on the calibration split, for the console and the provenance. */
  static Map<String, Object> of(List<Example> examples, List<Reading> readings, List<Calibration.Outcome> outcomes) {
    Map<String, Object> m = new LinkedHashMap<>();
    int n = examples.size();
    double[] scores = new double[n];
    boolean[] harmful = new boolean[n];
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    int sure = 0;
    int sureCorrect = 0;
    int areaCorrect = 0;
    int harmfulCount = 0;
    double brier = 0;
    for (int i = 0; i < n; i++) {
      scores[i] = readings.get(i).harm();
      harmful[i] = examples.get(i).harmful();
      brier += Math.pow(scores[i] - (harmful[i] ? 1 : 0), 2) / n;
      Calibration.Outcome o = outcomes.get(i);
      if (harmful[i]) {
        harmfulCount++;
        if (readings.get(i).likeliestArea().id().equals(examples.get(i).label())) {
          areaCorrect++;
        }
      }
      boolean correct = o.refused() == harmful[i];
      if (o.refused()) {
        if (harmful[i]) {
          tp++;
        } else {
          fp++;
        }
      } else if (harmful[i]) {
        fn++;
      } else {
        tn++;
      }
      if (!o.deferred()) {
        sure++;
        sureCorrect += correct ? 1 : 0;
      }
    }
    ConfusionMatrix confusion = ConfusionMatrix.of(tp, fp, fn, tn);
    m.put("texts", n);
    m.put("harmful", harmfulCount);
    m.put("aurocHarm", round(auroc(scores, harmful)));
    m.put("brier", round(brier));
    m.put("expectedCalibrationError", round(ece(scores, harmful)));
    m.put("refusalPrecision", round(confusion.precision().orElse(0)));
    m.put("refusalRecall", round(confusion.recall().orElse(0)));
    m.put("refusalF1", round(confusion.f1().orElse(0)));
    m.put("benignRefused", round(confusion.overRefusalRate().orElse(0)));
    m.put("deferred", round(1 - sure / (double) n));
    m.put("accuracyWhenSure", round(sureCorrect / (double) Math.max(1, sure)));
    m.put("areaAccuracyOnHarmful", round(areaCorrect / (double) Math.max(1, harmfulCount)));
    Map<String, Object> groups = new LinkedHashMap<>();
    for (String g : List.of("everyday", "red-team turns", "harmful benchmarks", "contrasts")) {
      int b = 0;
      int bRefused = 0;
      int h = 0;
      int hRefused = 0;
      int d = 0;
      int total = 0;
      for (int i = 0; i < n; i++) {
        if (!Calibration.group(examples.get(i)).equals(g)) {
          continue;
        }
        total++;
        Calibration.Outcome o = outcomes.get(i);
        d += o.deferred() ? 1 : 0;
        if (harmful[i]) {
          h++;
          hRefused += o.refused() ? 1 : 0;
        } else {
          b++;
          bRefused += o.refused() ? 1 : 0;
        }
      }
      Map<String, Object> gm = new LinkedHashMap<>();
      gm.put("benign", b);
      gm.put("benignRefused", b == 0 ? null : round(bRefused / (double) b));
      gm.put("harmful", h);
      gm.put("harmfulRefused", h == 0 ? null : round(hRefused / (double) h));
      gm.put("deferred", total == 0 ? null : round(d / (double) total));
      groups.put(g, gm);
    }
    m.put("byGroup", groups);
    return m;
  }

  static double auroc(double[] scores, boolean[] positive) {
    Integer[] idx = new Integer[scores.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(scores[a], scores[b]));
    double rankSum = 0;
    long pos = 0;
    int i = 0;
    while (i < idx.length) {
      int j = i;
      while (j + 1 < idx.length && scores[idx[j + 1]] == scores[idx[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (positive[idx[k]]) {
          rankSum += rank;
          pos++;
        }
      }
      i = j + 1;
    }
    long neg = scores.length - pos;
    return (rankSum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
  }

  static double ece(double[] scores, boolean[] positive) {
    int bins = 10;
    double[] sum = new double[bins];
    double[] hits = new double[bins];
    int[] count = new int[bins];
    for (int i = 0; i < scores.length; i++) {
      int b = Math.min(bins - 1, (int) (scores[i] * bins));
      sum[b] += scores[i];
      hits[b] += positive[i] ? 1 : 0;
      count[b]++;
    }
    double e = 0;
    for (int b = 0; b < bins; b++) {
      if (count[b] > 0) {
        e += Math.abs(sum[b] / count[b] - hits[b] / count[b]) * count[b] / scores.length;
      }
    }
    return e;
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
