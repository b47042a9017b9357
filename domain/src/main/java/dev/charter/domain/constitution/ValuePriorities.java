package dev.charter.domain.constitution;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The core values in priority order and the dominance factor D between adjacent values.
 *
 * <p>Each value weighs D^k, where k counts the values below it: with D = 3 the order safe,
 * ethical, guidelines, helpful weighs 27, 9, 3, 1. Prioritisation is holistic: a higher value
 * generally dominates, yet a lower one still adds to the sum rather than merely breaking ties.
 * Validation (see {@link ConstitutionValidation}) guarantees every value appears exactly once.
 */
@Value.Immutable
public abstract class ValuePriorities {

  /** Highest priority first. */
  public abstract List<ValueDefinition> order();

  public abstract double dominance();

  public static ImmutableValuePriorities.Builder builder() {
    return ImmutableValuePriorities.builder();
  }

  /** D^k for the value, k being the number of values ranked below it. */
  public double weightOf(CoreValue value) {
    return weights().get(value);
  }

  /** 0 for the highest-priority value, growing downwards. */
  public int rankOf(CoreValue value) {
    return ranks().get(value);
  }

  @Value.Lazy
  Map<CoreValue, Double> weights() {
    Map<CoreValue, Double> weights = new EnumMap<>(CoreValue.class);
    int below = order().size() - 1;
    for (ValueDefinition definition : order()) {
      weights.put(definition.value(), Math.pow(dominance(), below--));
    }
    return weights;
  }

  @Value.Lazy
  Map<CoreValue, Integer> ranks() {
    Map<CoreValue, Integer> ranks = new EnumMap<>(CoreValue.class);
    for (int i = 0; i < order().size(); i++) {
      ranks.put(order().get(i).value(), i);
    }
    return ranks;
  }
}
