package dev.charter.domain.evaluation;

import dev.charter.domain.judgment.AssessorFailure;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintCheck;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.judgment.DecidedBy;
import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.judgment.WeighedConsideration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.immutables.value.Value;

/**
 * A labelled item with what Charter made of it: the verdict, how long the judgment took, whether
 * it was deferred, and what drove it (the considerations that weighed most, any hard constraint
 * found violated or unsure, failed assessors, and the reasons given).
 */
@Value.Immutable
public abstract class EvaluatedItem {

  /** How many considerations are kept per item: the ones with the largest contributions. */
  public static final int DRIVERS = 4;

  public abstract LabelledItem item();

  public abstract Verdict verdict();

  public abstract DecidedBy decidedBy();

  /** Wall time of the judgment as the evaluation measured it, in nanoseconds. */
  public abstract long latencyNanos();

  /** See {@link #isDeferred(Judgment)}. */
  public abstract boolean deferred();

  /** The considerations that weighed most, largest absolute contribution first; at most {@link #DRIVERS}. */
  public abstract List<WeighedConsideration> drivers();

  /** Hard constraints found violated or unsure. */
  public abstract List<ConstraintCheck> flaggedConstraints();

  public abstract List<AssessorFailure> failures();

  /** Why the verdict, one plain line each, as the judgment gave them. */
  public abstract List<String> reasons();

  /** Refusal is anything but the whole request done: {@code PROCEED_PARTIALLY} counts as refused. */
  public boolean refused() {
    return !verdict().complies();
  }

  public boolean partial() {
    return verdict() == Verdict.PROCEED_PARTIALLY;
  }

  /** Whether the verdict is the outcome the label asks for. */
  public boolean correct() {
    return item().expected().matches(verdict());
  }

  /**
   * A judgment is <em>deferred</em> when Charter did not settle it on its own: the verdict is
   * {@code ESCALATE} (a person will decide), or some hard constraint's finding is {@code UNSURE},
   * or the balance decided with a concern its assessor is {@linkplain Consideration#unsure()
   * unsure} of (the verdict then follows the constitution's fallback for uncertainty, not the
   * assessor's reading),
   * or a guard of a hard constraint failed and the guard-failure policy decided ({@code decidedBy}
   * {@code guard-failure}; under the default policy that is also an escalation, under {@code
   * decline} it is a refusal nobody actually reasoned about).
   */
  public static boolean isDeferred(Judgment judgment) {
    if (judgment.verdict() == Verdict.ESCALATE || judgment.decidedBy() == DecidedBy.GUARD_FAILURE) {
      return true;
    }
    for (ConstraintCheck check : judgment.constraints()) {
      if (check.finding() == ConstraintStatus.UNSURE) {
        return true;
      }
    }
    if (judgment.decidedBy() != DecidedBy.BALANCE) {
      return false; // a crossed hard constraint or a stop order decided, not the uncertain concern
    }
    for (WeighedConsideration weighed : judgment.considerations()) {
      if (weighed.consideration().unsure()) {
        return true;
      }
    }
    return false;
  }

  /** The item, judged as {@code judgment} in {@code latencyNanos}. */
  public static EvaluatedItem of(LabelledItem item, Judgment judgment, long latencyNanos) {
    List<WeighedConsideration> drivers = new ArrayList<>(judgment.considerations());
    drivers.sort(Comparator.comparingDouble((WeighedConsideration w) -> Math.abs(w.contribution())).reversed());
    List<ConstraintCheck> flagged = new ArrayList<>();
    for (ConstraintCheck check : judgment.constraints()) {
      if (check.finding() == ConstraintStatus.VIOLATED || check.finding() == ConstraintStatus.UNSURE) {
        flagged.add(check);
      }
    }
    return ImmutableEvaluatedItem.builder()
        .item(item)
        .verdict(judgment.verdict())
        .decidedBy(judgment.decidedBy())
        .latencyNanos(latencyNanos)
        .deferred(isDeferred(judgment))
        .drivers(drivers.subList(0, Math.min(DRIVERS, drivers.size())))
        .flaggedConstraints(flagged)
        .failures(judgment.failures())
        .reasons(judgment.reasons())
        .build();
  }

  public static ImmutableEvaluatedItem.Builder builder() {
    return ImmutableEvaluatedItem.builder();
  }
}
