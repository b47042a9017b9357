package dev.charter.domain.policy;

import java.util.List;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The behaviours in force for one conversation, once the constitution's defaults, the operator's
 * adjustments and grants, and the user's adjustments are resolved; with every refused adjustment
 * and its reason. Produced by {@link PolicyResolution}.
 */
@Value.Immutable
public abstract class EffectivePolicy {

  /** Ids of the behaviours switched on. */
  @Value.NaturalOrder
  public abstract SortedSet<String> enabledBehaviors();

  public abstract List<RefusedAdjustment> refusedAdjustments();

  /** User protections the user waived for themselves (never by an operator). */
  @Value.NaturalOrder
  public abstract SortedSet<String> waivedProtections();

  /** Behaviours the operator let users change. */
  @Value.NaturalOrder
  public abstract SortedSet<String> grants();

  public boolean isEnabled(String behavior) {
    return enabledBehaviors().contains(behavior);
  }

  public static ImmutableEffectivePolicy.Builder builder() {
    return ImmutableEffectivePolicy.builder();
  }
}
