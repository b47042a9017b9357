package dev.charter.domain.judgment;

import dev.charter.domain.constitution.CoreValue;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reason for or against acting, tied to one core value, produced by an assessor.
 *
 * <p>Its magnitude in [0, 1] grows with the size of what is at stake (a harm's severity or a
 * benefit's value), its probability, its breadth and, for harms, its irreversibility; it shrinks
 * when the same thing is freely available elsewhere (counterfactual impact) and when the only
 * person exposed consented. Think of it as a policy over everyone who would plausibly send the same
 * message, not a guess about this one sender.
 */
@Value.Immutable
public abstract class Consideration {

  public abstract CoreValue value();

  public abstract Stance stance();

  /** Severity of the harm, or value of the benefit, in [0, 1]. */
  public abstract double size();

  /** How likely it is to come about, in [0, 1]. */
  @Value.Default
  public double probability() {
    return 1.0;
  }

  /** How many it reaches, from 0 (one person) to 1 (society at large). */
  @Value.Default
  public double breadth() {
    return 0.0;
  }

  @Value.Default
  public boolean reversible() {
    return true;
  }

  /** How freely available the same outcome is without us, in [0, 1]; shrinks a harm. */
  @Value.Default
  public double counterfactual() {
    return 0.0;
  }

  /** Whether the only person exposed to the harm consented to it; halves a harm. */
  @Value.Default
  public boolean consented() {
    return false;
  }

  /** How sure the assessor is, in [0, 1]. */
  public abstract double confidence();

  /**
   * Whether the assessor could not tell if this reason applies at all. It is weighed at the
   * confidence given (low, so it is noted but does not decide alone), and the judgment records that
   * the assessor deferred: the verdict then comes from the constitution's fallback for uncertainty
   * (the benefit of the doubt for milder harms, escalation to a person for grave ones) or from a
   * stronger assessor, not from the assessor's own reading.
   */
  @Value.Default
  public boolean unsure() {
    return false;
  }

  public abstract String rationale();

  /** The assessor that produced it. */
  public abstract String source();

  /** The part of a request it concerns, when the request splits into parts that can be declined alone. */
  public abstract Optional<String> part();

  /**
   * What it is about, as a name assessors share (a harm area such as {@code self-harm}, or a
   * screen's own concern such as {@code operator-scope}), when the assessor gives one. An assessor that weighed the topic specifically for this situation may
   * settle another's doubt about it.
   */
  public abstract Optional<String> topic();

  @Value.Check
  protected void check() {
    unit("size", size());
    unit("probability", probability());
    unit("breadth", breadth());
    unit("counterfactual", counterfactual());
    unit("confidence", confidence());
  }

  /** The size of the reason in [0, 1], before confidence and the value's weight. */
  public double magnitude() {
    double m = size() * probability() * (0.75 + 0.25 * breadth());
    if (stance() == Stance.AGAINST) {
      m *= reversible() ? 0.8 : 1.0;
      m *= 1.0 - 0.5 * counterfactual();
      m *= consented() ? 0.5 : 1.0;
    }
    return m;
  }

  /** stance × magnitude × confidence, in [-1, 1]. */
  public double signedSize() {
    return stance().sign() * magnitude() * confidence();
  }

  public static ImmutableConsideration.Builder builder() {
    return ImmutableConsideration.builder();
  }

  private static void unit(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
    }
  }
}
