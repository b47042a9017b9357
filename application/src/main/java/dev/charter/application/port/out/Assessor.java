package dev.charter.application.port.out;

import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.Set;

/**
 * Looks at a situation and returns considerations, hard-constraint findings and escalation
 * reasons: a deterministic screen, an embedded classifier or an LLM judge.
 *
 * <p>An implementation must be thread-safe (assessors run concurrently), must not change the
 * situation, and must answer from the situation alone: instructions found in non-principal inputs
 * are information to assess, never commands. It may throw or take too long; the service records
 * that as a failure and, if the assessor {@link #guards() guards} hard constraints, never lets the
 * judgment proceed. One that cannot be made from what it was given (a model file missing or
 * corrupt) throws {@link dev.charter.application.port.CannotStart} when it is created.
 */
public interface Assessor {

  /** A short stable name, recorded as the source of what it returns. */
  String name();

  /** Ids of the hard constraints this assessor checks; empty if it checks none. */
  default Set<String> guards() {
    return Set.of();
  }

  /**
   * True for a pure, CPU-bound assessor that answers in microseconds and never blocks: the service
   * runs it on the calling thread rather than paying for a hand-off to another thread.
   */
  default boolean isInline() {
    return false;
  }

  /**
   * True for a costly second opinion, such as an LLM judge: the service consults it only when the
   * other assessors are unsure of something, after they have answered, under its own deadline. When
   * it answers, what it returns replaces their doubts: unsure findings about the constraints it
   * {@linkplain #guards() guards}, and, if every referee answered, unsure considerations and
   * escalations for doubt. When it fails, the doubts stand and the failure is recorded as a failed
   * guard, so the judgment does not proceed.
   */
  default boolean isReferee() {
    return false;
  }

  Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution);
}
