package dev.charter.domain.weighing;

import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.DecidedBy;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.judgment.WeighedConsideration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The verdict and the arithmetic behind it, complete enough for a reader to redo: each
 * consideration with its weight and contribution, the net balance, the stakes, and the helpfulness
 * that declining would forfeit.
 */
@Value.Immutable
public abstract class Outcome {

  public abstract Verdict verdict();

  public abstract DecidedBy decidedBy();

  /** The value that carried the verdict; empty when a filter decided before any weighing. */
  public abstract Optional<CoreValue> decidingValue();

  public abstract List<WeighedConsideration> weighed();

  /** The balance of the parts kept: positive favours acting. */
  public abstract double net();

  /** The largest weighted harm gathered at any one value. */
  public abstract double stakes();

  /** The sum of every weighted benefit: what declining gives up. Refusing is never free. */
  public abstract double forfeitedByDeclining();

  /** Parts of the request that were declined while the rest proceeds. */
  public abstract List<String> declinedParts();

  /** Concerns worth naming, largest first. */
  public abstract List<Consideration> concerns();

  /** Why, in plain words, one line each. */
  public abstract List<String> reasons();

  public static ImmutableOutcome.Builder builder() {
    return ImmutableOutcome.builder();
  }
}
