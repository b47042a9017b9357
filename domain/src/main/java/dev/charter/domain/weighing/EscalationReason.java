package dev.charter.domain.weighing;

import java.util.Optional;

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

  /**
   * Whether the reason is the assessor's own doubt (it could not tell whether a concern applies)
   * rather than a fact about the situation. A referee may settle a doubt; it cannot settle a fact.
   */
  @Value.Default
  public boolean unsure() {
    return false;
  }

  /** What the doubt is about, as a name assessors share (see {@code Consideration.topic()}). */
  public abstract Optional<String> topic();

  /** This reason, naming the topic it is about. */
  public EscalationReason about(String topic) {
    return ImmutableEscalationReason.copyOf(this).withTopic(topic);
  }

  public static EscalationReason of(CoreValue value, String reason, String source) {
    return ImmutableEscalationReason.of(value, reason, source);
  }

  /** An escalation because the assessor could not tell, which a referee may settle. */
  public static EscalationReason doubt(CoreValue value, String reason, String source) {
    return ImmutableEscalationReason.of(value, reason, source).withUnsure(true);
  }
}
