package dev.charter.domain.weighing;

import dev.charter.domain.constitution.CoreValue;
import org.immutables.value.Value;

/**
 * A reason an assessor gives for handing a decision to humans whatever the balance, such as an
 * irreversible external action the operator has not authorised.
 */
@Value.Immutable
public abstract class EscalationReason {

  @Value.Parameter
  public abstract CoreValue value();

  @Value.Parameter
  public abstract String reason();

  @Value.Parameter
  public abstract String source();

  public static EscalationReason of(CoreValue value, String reason, String source) {
    return ImmutableEscalationReason.of(value, reason, source);
  }
}
