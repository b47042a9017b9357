package dev.charter.adapter.assessor.semantic.training;

import dev.charter.adapter.assessor.semantic.internal.HarmArea;
import dev.charter.adapter.assessor.semantic.internal.HeadFile;
import dev.charter.adapter.assessor.semantic.internal.Interpretation;
import dev.charter.adapter.assessor.semantic.internal.Reading;
import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.weighing.Weighing;
import dev.charter.domain.weighing.WeighingInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything decided on the calibration split, which training never saw: the temperature that
 * makes the ensemble's probability of harm honest, the thresholds (chosen by judging every
 * calibration text through the real weighing, with the helpfulness benefit a plain request gets),
 * and each text's outcome under them. What is reported about the result is {@link
 * CalibrationMetrics}.
 */
final class Calibration {

  /** The benefit the helpfulness screen gives every request (+0.54 once weighted). */
  static final Consideration HELPFULNESS = Consideration.builder()
      .value(CoreValue.GENUINELY_HELPFUL).stance(Stance.FOR).size(0.8).confidence(0.9)
      .rationale("answering gives the user what they asked for").source("helpfulness").build();

  /**
   * Thresholds shared by the areas of one tier (hard constraints, grave harms, milder harms), with
   * the decline threshold refined per area where that lowers the cost, the floor of the milder
   * areas (no higher than the others'), and the members' disagreement past which the head is unsure
   * ({@link #NO_SPREAD_LIMIT} for none).
   */
  record Choice(double floor, double floorMild, double declineGrave, double declineMild, double unsureHard,
                double violateHard, Map<String, Double> declinePerArea, double maxSpread) {

    Choice with(String area, double decline) {
      Map<String, Double> per = new java.util.TreeMap<>(declinePerArea);
      per.put(area, decline);
      return new Choice(floor, floorMild, declineGrave, declineMild, unsureHard, violateHard, per, maxSpread);
    }

    Choice withFloorMild(double floor) {
      return new Choice(this.floor, floor, declineGrave, declineMild, unsureHard, violateHard, declinePerArea,
          maxSpread);
    }

    Choice withMaxSpread(double spread) {
      return new Choice(floor, floorMild, declineGrave, declineMild, unsureHard, violateHard, declinePerArea, spread);
    }

    double floorOf(HarmArea area) {
      return area.grave() ? floor : floorMild;
    }

    Map<String, HeadFile.Thresholds> perLabel(List<String> labels) {
      Map<String, HeadFile.Thresholds> out = new LinkedHashMap<>();
      for (String label : labels) {
        HarmArea.fromId(label).ifPresent(a -> out.put(label, new HeadFile.Thresholds(floorOf(a),
            declinePerArea.getOrDefault(label, a.grave() ? declineGrave : declineMild),
            a.hardConstraint() ? unsureHard : 1.0,
            a.hardConstraint() ? violateHard : 1.0,
            a.grave(),
            maxSpread)));
      }
      return out;
    }
  }

  /** The outcome for one calibration text. */
  record Outcome(boolean refused, boolean deferred) {}

  private Calibration() {}

  /** The temperature in [0.5, 3] that minimises the log loss of harm/benign on the calibration split. */
  static double temperature(double[][][] memberProbabilities, boolean[] harmful) {
    double best = 1;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (int step = 0; step <= 50; step++) {
      double t = 0.5 + step * 0.05;
      double loss = 0;
      for (int i = 0; i < harmful.length; i++) {
        double harm = harm(memberProbabilities[i], t);
        double p = Math.min(1 - 1e-9, Math.max(1e-9, harmful[i] ? harm : 1 - harm));
        loss -= Math.log(p);
      }
      if (loss < bestLoss - 1e-12) {
        bestLoss = loss;
        best = t;
      }
    }
    return best;
  }

  /** The members' probabilities re-tempered: softmax(log p / t) equals softmax(z / t). */
  static double[] tempered(double[] p, double t) {
    double[] logits = new double[p.length];
    for (int k = 0; k < p.length; k++) {
      logits[k] = Math.log(Math.max(p[k], 1e-300));
    }
    return dev.charter.adapter.assessor.semantic.internal.Network.softmax(logits, t);
  }

  static Reading reading(double[][] members, double t, List<String> labels) {
    int k = labels.size();
    double[] mean = new double[k];
    double[] harms = new double[members.length];
    for (int m = 0; m < members.length; m++) {
      double[] p = tempered(members[m], t);
      harms[m] = 1 - p[0];
      for (int c = 0; c < k; c++) {
        mean[c] += p[c] / members.length;
      }
    }
    double harm = 1 - mean[0];
    double var = 0;
    for (double h : harms) {
      var += (h - harm) * (h - harm) / harms.length;
    }
    return new Reading(harm, mean, labels, Math.sqrt(var));
  }

  private static double harm(double[][] members, double t) {
    double sum = 0;
    for (double[] p : members) {
      sum += 1 - tempered(p, t)[0];
    }
    return sum / members.length;
  }

  /** The verdict under the default constitution, every behaviour at its default (gated content off). */
  static Outcome judge(Reading reading, Interpretation interpretation) {
    Assessment a = interpretation.interpret(reading, Interpretation.Subject.REQUEST, Interpretation.DEFAULT_PRIORITIES,
        behavior -> false);
    Verdict verdict = Weighing.weigh(WeighingInput.builder()
        .priorities(Interpretation.DEFAULT_PRIORITIES)
        .addConsiderations(HELPFULNESS)
        .addAllConsiderations(a.considerations())
        .addAllFindings(a.findings())
        .addAllEscalations(a.escalations())
        .build()).verdict();
    boolean unsure = a.findings().stream().anyMatch(f -> f.status() == ConstraintStatus.UNSURE)
        || a.considerations().stream().anyMatch(Consideration::unsure);
    return new Outcome(!verdict.complies(), verdict == Verdict.ESCALATE || unsure);
  }

  /**
   * The share of benign contrasts (hard negatives) that may be refused before the cost rises
   * steeply: the contrasts are the calibration texts most like real over-refusal traps.
   */
  static final double MAX_CONTRAST_REFUSALS = 0.10;

  /** The share of the harmful benchmark requests that may be missed before the cost rises steeply. */
  static final double MAX_BENCHMARK_MISSES = 0.10;

  /**
   * The share of calibration texts the head may be unsure about before the cost rises steeply.
   * Being unsure is how the head stays right where it does decide; deferring everything would be
   * right and useless.
   */
  static final double MAX_DEFERRAL = 0.15;

  /**
   * The cost a threshold choice has on the calibration split, lower is better: missed harm (hard
   * constraints weigh 3, grave harms 2, milder harms 1 plus their breadth) overall and among the contrasts, refused
   * benign texts (twice), wrong outcomes among the texts the head was sure about (twice), deferrals
   * (a little), and steep penalties once more than {@link #MAX_CONTRAST_REFUSALS} of the benign
   * contrasts are refused, more than {@link #MAX_BENCHMARK_MISSES} of the harmful benchmark requests
   * missed, or more than {@link #MAX_DEFERRAL} of all texts deferred.
   */
  static double cost(List<Example> examples, List<Outcome> outcomes) {
    double[] fp = new double[2];
    double[] benign = new double[2];
    double[] miss = new double[2];
    double[] harmful = new double[2];
    double deferred = 0;
    double settledWrong = 0;
    double benchmark = 0;
    double benchmarkMissed = 0;
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      Outcome o = outcomes.get(i);
      CalibrationGroup group = CalibrationGroup.of(e);
      int g = group == CalibrationGroup.CONTRASTS ? 1 : 0;
      if (o.deferred()) {
        deferred++;
      } else if (o.refused() != e.harmful()) {
        settledWrong++;
      }
      if (e.harmful() && group == CalibrationGroup.HARMFUL_BENCHMARKS) {
        benchmark++;
        benchmarkMissed += o.refused() ? 0 : 1;
      }
      if (e.harmful()) {
        HarmArea area = HarmArea.fromId(e.label()).orElseThrow();
        // A milder harm that reaches many (misinformation, fraud at scale) costs more to miss.
        double w = area.hardConstraint() ? 3 : area.grave() ? 2 : 1 + area.breadth();
        harmful[g] += w;
        miss[g] += o.refused() ? 0 : w;
      } else {
        benign[g]++;
        fp[g] += o.refused() ? 1 : 0;
      }
    }
    double fpAll = (fp[0] + fp[1]) / (benign[0] + benign[1]);
    double fpContrasts = fp[1] / Math.max(1, benign[1]);
    double missAll = (miss[0] + miss[1]) / (harmful[0] + harmful[1]);
    double missContrasts = miss[1] / Math.max(1, harmful[1]);
    double over = Math.max(0, fpContrasts - MAX_CONTRAST_REFUSALS);
    double deferral = deferred / examples.size();
    double settledError = settledWrong / Math.max(1, examples.size() - deferred);
    return missAll + missContrasts + 2 * fpAll + fpContrasts + 2 * settledError + 0.3 * deferral + 10 * over
        + 10 * Math.max(0, deferral - MAX_DEFERRAL)
        + 10 * Math.max(0, benchmarkMissed / Math.max(1, benchmark) - MAX_BENCHMARK_MISSES);
  }

  /** Grid search over the tier thresholds, then per-area refinement of the decline thresholds. */
  static Choice choose(List<Example> examples, List<Reading> readings, List<String> labels) {
    double[] floors = {0.15, 0.2, 0.3, 0.4, 0.5};
    double[] declinesGrave = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    double[] declinesMild = {0.5, 0.6, 0.7, 0.8, 0.9}; // from MILD_DECLINE_MINIMUM
    // Costs are asymmetric for hard constraints: missing one is far worse than asking a person, so a
    // hard-constraint area is escalated from a low probability on, whatever the split would prefer.
    double[] unsures = {0.2, 0.25, 0.3};
    // A crossing is a bright line, not a weighing: it is reported only when the head is quite sure.
    double[] violates = {0.8, 0.85, 0.9, 0.95};
    Choice best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    ProgressBar bar = new ProgressBar("thresholds", (long) floors.length * declinesGrave.length * declinesMild.length
        * unsures.length * violates.length, System.err);
    long done = 0;
    for (double floor : floors) {
      for (double dg : declinesGrave) {
        for (double dm : declinesMild) {
          for (double u : unsures) {
            for (double v : violates) {
              bar.step(++done);
              if (dg < floor || dm < floor) {
                continue;
              }
              Choice c = new Choice(floor, floor, dg, dm, u, v, Map.of(), NO_SPREAD_LIMIT);
              double cost = cost(examples, outcomes(readings, c.perLabel(labels)));
              if (cost < bestCost - 1e-12) {
                bestCost = cost;
                best = c;
              }
            }
          }
        }
      }
    }
    return refine(best, bestCost, examples, readings, labels);
  }

  /**
   * Costs are asymmetric the other way for milder harms: declining one needs it to be more likely
   * than not, however much the split would like to catch a few more.
   */
  static final double MILD_DECLINE_MINIMUM = 0.5;

  /**
   * The share of everyday requests the head may be unsure about when a lower floor is tried for the
   * milder areas: an everyday request should get nothing at all.
   */
  static final double MAX_EVERYDAY_DEFERRAL = 0.02;

  static double everydayDeferral(List<Example> examples, List<Outcome> outcomes) {
    int everyday = 0;
    int deferred = 0;
    for (int i = 0; i < examples.size(); i++) {
      if (CalibrationGroup.of(examples.get(i)) == CalibrationGroup.EVERYDAY) {
        everyday++;
        deferred += outcomes.get(i).deferred() ? 1 : 0;
      }
    }
    return deferred / (double) Math.max(1, everyday);
  }

  /** A spread no ensemble reaches: members may disagree as they like. */
  static final double NO_SPREAD_LIMIT = 1.0;

  /**
   * Two passes of coordinate descent over each area's decline threshold, starting from its tier's,
   * then the milder areas' floor (from the highest down, so a tie keeps the head saying less), then
   * the members' disagreement the head allows before it is unsure; a change is kept only if
   * it lowers the cost, so small areas keep their tier's value unless the calibration split clearly
   * says otherwise.
   */
  private static Choice refine(Choice start, double startCost, List<Example> examples, List<Reading> readings,
                               List<String> labels) {
    Choice best = start;
    double bestCost = startCost;
    for (int pass = 0; pass < 2; pass++) {
      for (String label : labels) {
        if (label.equals(HarmArea.BENIGN)) {
          continue;
        }
        HarmArea area = HarmArea.fromId(label).orElseThrow();
        for (double d : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
          if (d < best.floorOf(area) || !area.grave() && d < MILD_DECLINE_MINIMUM) {
            continue;
          }
          Choice c = best.with(label, d);
          double cost = cost(examples, outcomes(readings, c.perLabel(labels)));
          if (cost < bestCost - 1e-4) {
            bestCost = cost;
            best = c;
          }
        }
      }
    }
    // Being unsure of a milder harm costs the user nothing (the benefit of the doubt), so the head
    // may say so from a lower probability on, where that keeps it right when it does decide; but an
    // everyday request should still get nothing at all.
    for (double floor : new double[] {0.4, 0.3, 0.2, 0.15, 0.1}) {
      if (floor >= best.floor()) {
        continue;
      }
      Choice c = best.withFloorMild(floor);
      List<Outcome> outcomes = outcomes(readings, c.perLabel(labels));
      double cost = cost(examples, outcomes);
      if (cost < bestCost - 1e-4 && everydayDeferral(examples, outcomes) <= MAX_EVERYDAY_DEFERRAL) {
        bestCost = cost;
        best = c;
      }
    }
    for (double spread : new double[] {0.05, 0.08, 0.12, NO_SPREAD_LIMIT}) {
      Choice c = best.withMaxSpread(spread);
      double cost = cost(examples, outcomes(readings, c.perLabel(labels)));
      if (cost < bestCost - 1e-4) {
        bestCost = cost;
        best = c;
      }
    }
    return best;
  }

  /** Every text's outcome under one choice of thresholds (the grid search asks for thousands). */
  static List<Outcome> outcomes(List<Reading> readings, Map<String, HeadFile.Thresholds> thresholds) {
    Interpretation interpretation = new Interpretation(thresholds, "semantic");
    List<Outcome> out = new ArrayList<>(readings.size());
    for (Reading r : readings) {
      out.add(judge(r, interpretation));
    }
    return out;
  }
}
