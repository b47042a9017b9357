package dev.charter.domain.policy;

import java.util.List;
import org.immutables.value.Value;

/**
 * What an operator said for a deployment: its instructions (the system prompt), the behaviours it
 * adjusts, the behaviours it grants users the right to change, and those it locks against users.
 */
@Value.Immutable
public abstract class OperatorSettings {

  public abstract String id();

  @Value.Default
  public String instructions() {
    return "";
  }

  public abstract List<Adjustment> adjustments();

  /** Behaviour ids users may change as far as the operator itself may. */
  public abstract List<String> grants();

  /** Behaviour ids users may not make less cautious, even where the constitution would let them. */
  public abstract List<String> locks();

  public static ImmutableOperatorSettings.Builder builder() {
    return ImmutableOperatorSettings.builder();
  }
}
