package dev.charter.domain.weighing;

import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.DecidedBy;
import dev.charter.domain.constitution.ValueDefinition;
import dev.charter.domain.constitution.ValuePriorities;
import dev.charter.domain.judgment.AssessorFailure;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintFinding;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.judgment.WeighedConsideration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holistic prioritisation as a pure function.
 *
 * <ol>
 *   <li><b>Filters first.</b> A stop order in scope gives HALT. A hard-constraint finding gives
 *       DECLINE. Nothing is weighed against either.
 *   <li><b>Weights.</b> Each consideration contributes weight × stance × magnitude × confidence,
 *       the weight of its value being D^k (k values below it).
 *   <li><b>Balance.</b> Considerations are grouped by the part of the request they concern (or the
 *       request as a whole). Within a group, the benefits at one value count up to 1 before
 *       weighting, harms add without limit: so a real concern at a value, of signed size at least
 *       1/(D−1), outweighs every benefit below it, while a faint one can still be outweighed. A part
 *       whose own balance is negative is declined alone; the net is the balance of what is kept.
 *       Declining forfeits every benefit, which is why a refusal is never free.
 *   <li><b>Verdict</b>, from the first rule that holds, least permissive first: net ≤ 0 with any
 *       concern → DECLINE; high stakes and a close call → ESCALATE; some parts declined →
 *       PROCEED_PARTIALLY; a notable concern → PROCEED_WITH_CARE; else PROCEED. Escalation reasons,
 *       unsure constraint findings and failed guards cap the verdict (ESCALATE, or DECLINE by
 *       policy for a failed guard).
 * </ol>
 *
 * <p>Each rule's trigger can only become true when a concern is added (the net falls, the stakes
 * rise, parts can only drop out), so adding a consideration against acting never makes the verdict
 * more permissive.
 */
public final class Weighing {

  private static final String WHOLE = "";

  private Weighing() {}

  public static Outcome weigh(WeighingInput input) {
    if (input.stopOrder().isPresent()) {
      var order = input.stopOrder().get();
      return filtered(input, Verdict.HALT, DecidedBy.STOP_ORDER,
          "an overseer ordered a stop for " + order.scope() + ": " + order.reason());
    }
    List<ConstraintFinding> violated = input.findings().stream()
        .filter(f -> f.status() == ConstraintStatus.VIOLATED).toList();
    if (!violated.isEmpty()) {
      ConstraintFinding first = violated.get(0);
      return filtered(input, Verdict.DECLINE, DecidedBy.HARD_CONSTRAINT,
          "hard constraint '" + first.constraintId() + "' would be crossed"
              + (first.rationale().isEmpty() ? "" : ": " + first.rationale()));
    }
    return new Balance(input).outcome();
  }

  private static Outcome filtered(WeighingInput input, Verdict verdict, DecidedBy by, String reason) {
    List<WeighedConsideration> weighed = weighAll(input);
    return Outcome.builder()
        .verdict(verdict)
        .decidedBy(by)
        .weighed(weighed)
        .net(0)
        .stakes(0)
        .forfeitedByDeclining(forfeited(weighed))
        .addReasons(reason)
        .build();
  }

  private static List<WeighedConsideration> weighAll(WeighingInput input) {
    List<WeighedConsideration> weighed = new ArrayList<>(input.considerations().size());
    for (Consideration c : input.considerations()) {
      weighed.add(WeighedConsideration.of(c, input.priorities().weightOf(c.value())));
    }
    return weighed;
  }

  private static double forfeited(List<WeighedConsideration> weighed) {
    double sum = 0;
    for (WeighedConsideration w : weighed) {
      if (w.consideration().stance() == Stance.FOR) {
        sum += w.contribution();
      }
    }
    return sum;
  }

  /** The balance of the considerations, once no filter applied. */
  private static final class Balance {
    private final WeighingInput input;
    private final ValuePriorities priorities;
    private final List<WeighedConsideration> weighed;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<String> reasons = new ArrayList<>();

    Balance(WeighingInput input) {
      this.input = input;
      this.priorities = input.priorities();
      this.weighed = weighAll(input);
      groups.put(WHOLE, new Group());
      for (WeighedConsideration w : weighed) {
        groups.computeIfAbsent(w.consideration().part().orElse(WHOLE), p -> new Group()).add(w.consideration());
      }
    }

    Outcome outcome() {
      List<String> declinedParts = new ArrayList<>();
      double net = 0;
      double stakes = 0;
      for (Map.Entry<String, Group> entry : groups.entrySet()) {
        double balance = entry.getValue().balance(priorities);
        if (!entry.getKey().equals(WHOLE) && balance < 0) {
          declinedParts.add(entry.getKey());
        } else {
          net += balance;
        }
        stakes = Math.max(stakes, entry.getValue().largestWeightedHarm(priorities));
      }
      List<Consideration> concerns = concerns();
      boolean anyConcern = weighed.stream().anyMatch(w -> w.consideration().stance() == Stance.AGAINST);
      WeighingThresholds t = input.thresholds();

      Verdict verdict;
      if (anyConcern && net <= 0) {
        verdict = Verdict.DECLINE;
        reasons.add("the concerns outweigh the benefit of acting (net " + round(net) + ")");
      } else if (stakes >= t.highStakes() && net < t.closeCallShare() * stakes) {
        verdict = Verdict.ESCALATE;
        reasons.add("a close call with high stakes (net " + round(net) + ", stakes " + round(stakes) + ")");
      } else if (!declinedParts.isEmpty()) {
        verdict = Verdict.PROCEED_PARTIALLY;
        reasons.add("the request splits: " + String.join(", ", declinedParts) + " declined, the rest proceeds");
      } else if (!concerns.isEmpty()) {
        verdict = Verdict.PROCEED_WITH_CARE;
        reasons.add("the benefit outweighs the concerns, which are worth naming");
      } else {
        verdict = Verdict.PROCEED;
        reasons.add(weighed.isEmpty() ? "nothing stands against acting" : "the benefit of acting is clear");
      }

      DecidedBy decidedBy = DecidedBy.BALANCE;
      Optional<CoreValue> deciding = decidingValue(verdict);
      Cap cap = cap();
      if (cap != null && cap.verdict.permissiveness() < verdict.permissiveness()) {
        verdict = cap.verdict;
        decidedBy = cap.decidedBy;
        deciding = cap.value;
        reasons.add(cap.reason);
      }
      return Outcome.builder()
          .verdict(verdict)
          .decidedBy(decidedBy)
          .decidingValue(deciding)
          .weighed(weighed)
          .net(net)
          .stakes(stakes)
          .forfeitedByDeclining(forfeited(weighed))
          .declinedParts(declinedParts)
          .concerns(concerns)
          .reasons(reasons)
          .build();
    }

    /** The least permissive verdict that escalations, unsure findings and failed guards allow. */
    private Cap cap() {
      Cap cap = null;
      for (AssessorFailure failure : input.failures()) {
        if (failure.guardsHardConstraints()) {
          cap = Cap.lower(cap, new Cap(input.guardFailurePolicy().verdict(), DecidedBy.GUARD_FAILURE,
              Optional.empty(), "guard '" + failure.assessor() + "' failed (" + failure.reason()
                  + "), so the hard constraints it guards are unverified"));
        }
      }
      for (ConstraintFinding finding : input.findings()) {
        if (finding.status() == ConstraintStatus.UNSURE) {
          cap = Cap.lower(cap, new Cap(Verdict.ESCALATE, DecidedBy.HARD_CONSTRAINT, Optional.empty(),
              "unsure whether hard constraint '" + finding.constraintId() + "' would be crossed"
                  + (finding.rationale().isEmpty() ? "" : ": " + finding.rationale())));
        }
      }
      EscalationReason top = input.escalations().stream()
          .min(Comparator.comparingInt(e -> priorities.rankOf(e.value()))).orElse(null);
      if (top != null) {
        cap = Cap.lower(cap, new Cap(Verdict.ESCALATE, DecidedBy.BALANCE, Optional.of(top.value()), top.reason()));
      }
      return cap;
    }

    private List<Consideration> concerns() {
      return weighed.stream()
          .filter(w -> w.consideration().stance() == Stance.AGAINST)
          .filter(w -> -w.contribution() >= input.thresholds().notableConcern())
          .sorted(Comparator.comparingDouble(WeighedConsideration::contribution))
          .map(WeighedConsideration::consideration)
          .toList();
    }

    /**
     * For a verdict against acting, the highest value whose total speaks against; for one in
     * favour, the highest value whose total speaks for.
     */
    private Optional<CoreValue> decidingValue(Verdict verdict) {
      int wanted = verdict.complies() || verdict == Verdict.PROCEED_PARTIALLY ? 1 : -1;
      Map<CoreValue, Double> totals = new EnumMap<>(CoreValue.class);
      for (WeighedConsideration w : weighed) {
        totals.merge(w.consideration().value(), w.contribution(), Double::sum);
      }
      for (ValueDefinition definition : priorities.order()) {
        double total = totals.getOrDefault(definition.value(), 0.0);
        if (total * wanted > 0) {
          return Optional.of(definition.value());
        }
      }
      return Optional.empty();
    }
  }

  /** The considerations about one part of the request (or the whole of it). */
  private static final class Group {
    private final Map<CoreValue, double[]> byValue = new EnumMap<>(CoreValue.class);

    void add(Consideration c) {
      double[] forAndAgainst = byValue.computeIfAbsent(c.value(), v -> new double[2]);
      double size = c.magnitude() * c.confidence();
      forAndAgainst[c.stance() == Stance.FOR ? 0 : 1] += size;
    }

    double balance(ValuePriorities priorities) {
      double balance = 0;
      for (Map.Entry<CoreValue, double[]> e : byValue.entrySet()) {
        double benefit = Math.min(1.0, e.getValue()[0]);
        balance += priorities.weightOf(e.getKey()) * (benefit - e.getValue()[1]);
      }
      return balance;
    }

    double largestWeightedHarm(ValuePriorities priorities) {
      double largest = 0;
      for (Map.Entry<CoreValue, double[]> e : byValue.entrySet()) {
        largest = Math.max(largest, priorities.weightOf(e.getKey()) * e.getValue()[1]);
      }
      return largest;
    }
  }

  private static final class Cap {
    final Verdict verdict;
    final DecidedBy decidedBy;
    final Optional<CoreValue> value;
    final String reason;

    Cap(Verdict verdict, DecidedBy decidedBy, Optional<CoreValue> value, String reason) {
      this.verdict = verdict;
      this.decidedBy = decidedBy;
      this.value = value;
      this.reason = reason;
    }

    static Cap lower(Cap a, Cap b) {
      return a == null || b.verdict.permissiveness() < a.verdict.permissiveness() ? b : a;
    }
  }

  static String round(double x) {
    return String.format(java.util.Locale.ROOT, "%.2f", x);
  }
}
