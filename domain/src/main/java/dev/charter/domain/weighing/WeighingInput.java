package dev.charter.domain.weighing;

import dev.charter.domain.constitution.ValuePriorities;
import dev.charter.domain.judgment.AssessorFailure;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintFinding;
import dev.charter.domain.oversight.StopOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Everything the weighing looks at: what the assessors said, and the filters that come first. */
@Value.Immutable
public abstract class WeighingInput {

  public abstract ValuePriorities priorities();

  /** A stop order whose scope covers the situation. */
  public abstract Optional<StopOrder> stopOrder();

  public abstract List<ConstraintFinding> findings();

  public abstract List<Consideration> considerations();

  public abstract List<EscalationReason> escalations();

  public abstract List<AssessorFailure> failures();

  @Value.Default
  public GuardFailurePolicy guardFailurePolicy() {
    return GuardFailurePolicy.ESCALATE;
  }

  @Value.Default
  public WeighingThresholds thresholds() {
    return WeighingThresholds.defaults();
  }

  public static ImmutableWeighingInput.Builder builder() {
    return ImmutableWeighingInput.builder();
  }
}
