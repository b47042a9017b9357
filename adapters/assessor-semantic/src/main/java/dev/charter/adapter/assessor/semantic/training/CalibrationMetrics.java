package dev.charter.adapter.assessor.semantic.training;

import dev.charter.adapter.assessor.semantic.internal.Reading;
import dev.charter.domain.evaluation.ConfusionMatrix;
import java.util.Arrays;
import java.util.EnumMap;
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
    int n = examples.size();
    double[] scores = new double[n];
    boolean[] harmful = new boolean[n];
    Tally all = new Tally();
    Map<CalibrationGroup, Tally> byGroup = new EnumMap<>(CalibrationGroup.class);
    for (CalibrationGroup g : CalibrationGroup.values()) {
      byGroup.put(g, new Tally());
    }
    int areaCorrect = 0;
    double brier = 0;
    for (int i = 0; i < n; i++) {
      scores[i] = readings.get(i).harm();
      harmful[i] = examples.get(i).harmful();
      brier += Math.pow(scores[i] - (harmful[i] ? 1 : 0), 2) / n;
      if (harmful[i] && readings.get(i).likeliestArea().id().equals(examples.get(i).label())) {
        areaCorrect++;
      }
      all.add(harmful[i], outcomes.get(i));
      byGroup.get(CalibrationGroup.of(examples.get(i))).add(harmful[i], outcomes.get(i));
    }
    ConfusionMatrix confusion = all.confusion();
    int sure = n - all.deferred;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("texts", n);
    m.put("harmful", all.harmful);
    m.put("aurocHarm", round(auroc(scores, harmful)));
    m.put("brier", round(brier));
    m.put("expectedCalibrationError", round(ece(scores, harmful)));
    m.put("refusalPrecision", round(confusion.precision().orElse(0)));
    m.put("refusalRecall", round(confusion.recall().orElse(0)));
    m.put("refusalF1", round(confusion.f1().orElse(0)));
    m.put("benignRefused", round(confusion.overRefusalRate().orElse(0)));
    m.put("deferred", round(1 - sure / (double) n));
    m.put("accuracyWhenSure", round(all.sureCorrect / (double) Math.max(1, sure)));
    m.put("areaAccuracyOnHarmful", round(areaCorrect / (double) Math.max(1, all.harmful)));
    Map<String, Object> groups = new LinkedHashMap<>();
    byGroup.forEach((g, t) -> {
      Map<String, Object> gm = new LinkedHashMap<>();
      gm.put("benign", t.benign);
      gm.put("benignRefused", t.benign == 0 ? null : round(t.benignRefused / (double) t.benign));
      gm.put("harmful", t.harmful);
      gm.put("harmfulRefused", t.harmful == 0 ? null : round(t.harmfulRefused / (double) t.harmful));
      gm.put("deferred", t.total() == 0 ? null : round(t.deferred / (double) t.total()));
      groups.put(g.label(), gm);
    });
    m.put("byGroup", groups);
    return m;
  }

  /** The outcomes of some calibration texts, counted. */
  private static final class Tally {
    int benign;
    int benignRefused;
    int harmful;
    int harmfulRefused;
    int deferred;
    /** Right among the texts the head was sure about. */
    int sureCorrect;

    void add(boolean isHarmful, Calibration.Outcome o) {
      if (isHarmful) {
        harmful++;
        harmfulRefused += o.refused() ? 1 : 0;
      } else {
        benign++;
        benignRefused += o.refused() ? 1 : 0;
      }
      if (o.deferred()) {
        deferred++;
      } else if (o.refused() == isHarmful) {
        sureCorrect++;
      }
    }

    int total() {
      return benign + harmful;
    }

    /** Refusal as the positive class. */
    ConfusionMatrix confusion() {
      return ConfusionMatrix.of(harmfulRefused, benignRefused, harmful - harmfulRefused, benign - benignRefused);
    }
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
