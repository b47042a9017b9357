package dev.charter.domain.judgment;

import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.policy.RefusedAdjustment;
import dev.charter.domain.situation.SituationKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A verdict that explains itself: what was weighed and how, every hard constraint and what was
 * found about it, the adjustments that were refused, the value that decided, the message the user
 * would see, and the constitution it was made under. Once logged, it also knows its place in the
 * hash chain.
 */
@Value.Immutable
public abstract class Judgment {

  /** Stable, unique id. */
  public abstract String id();

  public abstract SituationKind kind();

  public abstract String deploymentId();

  public abstract String conversationId();

  public abstract Verdict verdict();

  public abstract DecidedBy decidedBy();

  public abstract Optional<CoreValue> decidingValue();

  public abstract List<WeighedConsideration> considerations();

  public abstract List<ConstraintCheck> constraints();

  public abstract List<RefusedAdjustment> refusedAdjustments();

  @Value.NaturalOrder
  public abstract SortedSet<String> enabledBehaviors();

  @Value.NaturalOrder
  public abstract SortedSet<String> waivedProtections();

  /**
   * User protections the situation called into force (emergency pointers when a life may be at
   * risk, ...): every reply must honour them whatever the verdict, and the message carries their
   * notices.
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> protectionsInForce();

  public abstract List<AssessorFailure> failures();

  /**
   * Doubts one assessor had that another, which weighed the same topic specifically, answered:
   * "semantic was unsure about self-harm; dose-information answered for it"; and concerns, sure or
   * not, about a topic another assessor decided: "semantic read the message as self-harm;
   * crisis-support read it for exactly that and decided it". They were not weighed.
   */
  public abstract List<String> answeredDoubts();

  /** The balance of what was kept; positive favours acting. */
  public abstract double net();

  /** What declining would give up: the sum of every weighted benefit. */
  public abstract double forfeitedByDeclining();

  public abstract List<String> declinedParts();

  /** Why the verdict, one plain line each. */
  public abstract List<String> reasons();

  /** What the user would be told; a refusal says plainly what will not be done. */
  public abstract String message();

  public abstract String constitutionVersion();

  public abstract String constitutionHash();

  public abstract Instant decidedAt();

  public abstract Timings timings();

  /** Present once the judgment is in the decision log. */
  public abstract Optional<ChainLink> chain();

  public static ImmutableJudgment.Builder builder() {
    return ImmutableJudgment.builder();
  }
}
