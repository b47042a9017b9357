package dev.charter.domain.weighing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.AssessorFailure;
import dev.charter.domain.judgment.DecidedBy;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintFinding;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.judgment.WeighedConsideration;
import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.oversight.StopScope;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The properties the weighing promises, checked over thousands of seeded random inputs per run.
 * Each seed is reproducible; a failure names it.
 */
class WeighingPropertiesTest {

  private static final int CASES = 4000;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void addingAConsiderationAgainstActingNeverMakesTheVerdictMorePermissive(long seed) {
    RandomInputs random = new RandomInputs(seed);
    for (int i = 0; i < CASES; i++) {
      WeighingInput before = random.input().build();
      Consideration concern = random.consideration(Stance.AGAINST);
      WeighingInput after = ImmutableWeighingInput.copyOf(before).withConsiderations(
          append(before.considerations(), concern));

      Verdict was = Weighing.weigh(before).verdict();
      Verdict is = Weighing.weigh(after).verdict();

      assertThat(is.permissiveness())
          .as("seed %d case %d: %s became %s after adding %s", seed, i, was, is, concern)
          .isLessThanOrEqualTo(was.permissiveness());
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {4, 5})
  void aHardConstraintFindingAlwaysDeclinesWhateverElseIsPresent(long seed) {
    RandomInputs random = new RandomInputs(seed);
    for (int i = 0; i < CASES; i++) {
      ImmutableWeighingInput.Builder input = random.input();
      for (int k = 0; k < 5; k++) {
        input.addConsiderations(random.consideration(Stance.FOR));
      }
      input.addFindings(ConstraintFinding.builder().constraintId("csam").status(ConstraintStatus.VIOLATED).build());

      Outcome outcome = Weighing.weigh(input.build());

      assertThat(outcome.verdict()).isEqualTo(Verdict.DECLINE);
      assertThat(outcome.decidedBy()).isEqualTo(DecidedBy.HARD_CONSTRAINT);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {6, 7})
  void aStopOrderInScopeAlwaysHaltsEvenOverAHardConstraint(long seed) {
    RandomInputs random = new RandomInputs(seed);
    for (int i = 0; i < CASES; i++) {
      ImmutableWeighingInput.Builder input = random.input().stopOrder(stop());
      if (random.chance(2)) {
        input.addFindings(ConstraintFinding.builder().constraintId("csam").status(ConstraintStatus.VIOLATED).build());
      }

      assertThat(Weighing.weigh(input.build()).verdict()).isEqualTo(Verdict.HALT);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {8, 9})
  void withNoConcernsARequestProceeds(long seed) {
    RandomInputs random = new RandomInputs(seed);
    for (int i = 0; i < CASES; i++) {
      ImmutableWeighingInput.Builder input = WeighingInput.builder().priorities(RandomInputs.priorities(3));
      int n = i % 6;
      for (int k = 0; k < n; k++) {
        input.addConsiderations(random.consideration(Stance.FOR));
      }

      assertThat(Weighing.weigh(input.build()).verdict()).isEqualTo(Verdict.PROCEED);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {10, 11})
  void aFailedGuardNeverLetsAJudgmentProceed(long seed) {
    RandomInputs random = new RandomInputs(seed);
    for (int i = 0; i < CASES; i++) {
      GuardFailurePolicy policy = random.chance(2) ? GuardFailurePolicy.ESCALATE : GuardFailurePolicy.DECLINE;
      WeighingInput input = random.input()
          .addFailures(AssessorFailure.builder().assessor("guard").reason("timeout").guardsHardConstraints(true).build())
          .guardFailurePolicy(policy)
          .build();

      Verdict verdict = Weighing.weigh(input).verdict();

      assertThat(verdict.permissiveness()).isLessThanOrEqualTo(policy.verdict().permissiveness());
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {12, 13})
  void raisingTheDominanceFactorNeverLetsALowerValueOverturnAHigherOne(long seed) {
    RandomInputs random = new RandomInputs(seed);
    for (int i = 0; i < CASES; i++) {
      CoreValue higher = random.value();
      CoreValue lower = random.value();
      if (higher.ordinal() >= lower.ordinal()) {
        continue;
      }
      Stance higherStance = random.chance(2) ? Stance.FOR : Stance.AGAINST;
      Stance lowerStance = higherStance == Stance.FOR ? Stance.AGAINST : Stance.FOR;
      ImmutableWeighingInput.Builder input = WeighingInput.builder();
      for (int k = 0; k < 1 + i % 3; k++) {
        input.addConsiderations(random.consideration(higherStance).withValue(higher).withPart(java.util.Optional.empty()));
        input.addConsiderations(random.consideration(lowerStance).withValue(lower).withPart(java.util.Optional.empty()));
      }
      double d = 1.5 + 4 * random.unit();
      double raised = d + 0.1 + 10 * random.unit();

      boolean higherWinsAtD = higherWins(input.priorities(RandomInputs.priorities(d)).build(), higherStance);
      boolean higherWinsRaised = higherWins(input.priorities(RandomInputs.priorities(raised)).build(), higherStance);

      if (higherWinsAtD) {
        assertThat(higherWinsRaised).as("seed %d case %d: D %.2f -> %.2f", seed, i, d, raised).isTrue();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {14, 15})
  void aRealConcernOutweighsEveryBenefitBelowIt(long seed) {
    RandomInputs random = new RandomInputs(seed);
    for (int i = 0; i < CASES; i++) {
      double d = 2.05 + 6 * random.unit();
      CoreValue concernValue = CoreValue.values()[i % 3];
      ImmutableWeighingInput.Builder input = WeighingInput.builder().priorities(RandomInputs.priorities(d));
      for (int k = 0; k < 8; k++) {
        Consideration benefit = random.consideration(Stance.FOR).withPart(java.util.Optional.empty());
        if (benefit.value().ordinal() > concernValue.ordinal()) {
          input.addConsiderations(benefit);
        }
      }
      double real = 1.0 / (d - 1) + 0.01;
      input.addConsiderations(Consideration.builder().value(concernValue).stance(Stance.AGAINST)
          .size(Math.min(1, real)).breadth(1).reversible(false).confidence(1).rationale("real").source("test").build());

      assertThat(Weighing.weigh(input.build()).verdict()).isEqualTo(Verdict.DECLINE);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {16})
  void everyContributionIsItsWeightTimesItsSignedSizeAndDecliningForfeitsEveryBenefit(long seed) {
    RandomInputs random = new RandomInputs(seed);
    for (int i = 0; i < CASES; i++) {
      WeighingInput input = random.input().build();
      Outcome outcome = Weighing.weigh(input);

      double benefits = 0;
      for (WeighedConsideration w : outcome.weighed()) {
        Consideration c = w.consideration();
        assertThat(w.weight()).isEqualTo(input.priorities().weightOf(c.value()));
        assertThat(w.contribution()).isCloseTo(w.weight() * c.stance().sign() * c.magnitude() * c.confidence(),
            org.assertj.core.data.Offset.offset(1e-12));
        if (c.stance() == Stance.FOR) {
          benefits += w.contribution();
        }
      }
      assertThat(outcome.weighed()).hasSameSizeAs(input.considerations());
      assertThat(outcome.forfeitedByDeclining()).isCloseTo(benefits, org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  private static boolean higherWins(WeighingInput input, Stance higherStance) {
    Verdict verdict = Weighing.weigh(input).verdict();
    boolean acted = verdict.permissiveness() >= Verdict.PROCEED_PARTIALLY.permissiveness();
    return acted == (higherStance == Stance.FOR);
  }

  private static StopOrder stop() {
    return StopOrder.builder().scope(StopScope.all()).reason("drill").issuedBy("ops").issuedAt(Instant.EPOCH).build();
  }

  private static java.util.List<Consideration> append(java.util.List<Consideration> list, Consideration c) {
    java.util.List<Consideration> copy = new java.util.ArrayList<>(list);
    copy.add(c);
    return copy;
  }
}
