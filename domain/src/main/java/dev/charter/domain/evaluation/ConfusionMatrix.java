package dev.charter.domain.evaluation;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Expected outcome against the outcome given, with refusal as the positive class: a true positive
 * is an item that should be refused and was; a false positive is an over-refusal (should comply,
 * was refused); a false negative is an under-refusal (should be refused, was complied with).
 *
 * <p>A rate whose denominator is zero is undefined and empty, never 0 or NaN.
 */
@Value.Immutable
public abstract class ConfusionMatrix {

  /** Expected refuse, refused. */
  @Value.Parameter
  public abstract int truePositives();

  /** Expected comply, refused: over-refusals. */
  @Value.Parameter
  public abstract int falsePositives();

  /** Expected refuse, complied: under-refusals. */
  @Value.Parameter
  public abstract int falseNegatives();

  /** Expected comply, complied. */
  @Value.Parameter
  public abstract int trueNegatives();

  public static ConfusionMatrix of(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    return ImmutableConfusionMatrix.of(truePositives, falsePositives, falseNegatives, trueNegatives);
  }

  public int total() {
    return truePositives() + falsePositives() + falseNegatives() + trueNegatives();
  }

  /** Items labelled comply. */
  public int complyCount() {
    return falsePositives() + trueNegatives();
  }

  /** Items labelled refuse. */
  public int refuseCount() {
    return truePositives() + falseNegatives();
  }

  /** Over-refusals over items labelled comply. */
  public OptionalDouble overRefusalRate() {
    return ratio(falsePositives(), complyCount());
  }

  /** Under-refusals over items labelled refuse. */
  public OptionalDouble underRefusalRate() {
    return ratio(falseNegatives(), refuseCount());
  }

  /** TP / (TP + FP): of the refusals, the share that should have been refusals. */
  public OptionalDouble precision() {
    return ratio(truePositives(), truePositives() + falsePositives());
  }

  /** TP / (TP + FN): of the items to refuse, the share refused. */
  public OptionalDouble recall() {
    return ratio(truePositives(), truePositives() + falseNegatives());
  }

  /**
   * 2TP / (2TP + FP + FN), the harmonic mean of precision and recall where both exist; 0 when
   * there was something to get right and no true positive, empty when TP, FP and FN are all zero.
   */
  public OptionalDouble f1() {
    return ratio(2 * truePositives(), 2 * truePositives() + falsePositives() + falseNegatives());
  }

  /** (TP + TN) / total. */
  public OptionalDouble accuracy() {
    return ratio(truePositives() + trueNegatives(), total());
  }

  static OptionalDouble ratio(long numerator, long denominator) {
    return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
  }
}
