package dev.charter.domain.weighing;

import dev.charter.domain.judgment.Verdict;

/**
 * What happens when an assessor that guards a hard constraint fails or misses its deadline. Either
 * way the judgment never proceeds: failing safe is the only choice offered.
 */
public enum GuardFailurePolicy {
  ESCALATE(Verdict.ESCALATE),
  DECLINE(Verdict.DECLINE);

  private final Verdict verdict;

  GuardFailurePolicy(Verdict verdict) {
    this.verdict = verdict;
  }

  public Verdict verdict() {
    return verdict;
  }
}
