package dev.charter.domain.weighing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.judgment.Verdict;
import org.junit.jupiter.api.Test;

/** Worked examples of the weighing, each small enough to redo by hand. */
class WeighingTest {

  private static dev.charter.domain.judgment.ImmutableConsideration c(CoreValue value, Stance stance, double size, String part) {
    var b = Consideration.builder().value(value).stance(stance).size(size).confidence(1)
        .rationale(stance.id() + " " + value.id()).source("test");
    return part == null ? b.build() : b.part(part).build();
  }

  private static Outcome weigh(Consideration... considerations) {
    return Weighing.weigh(WeighingInput.builder().priorities(RandomInputs.priorities(3))
        .addConsiderations(considerations).build());
  }

  @Test
  void aLargeBenefitOutweighsAFaintHigherConcern() {
    // helpful +0.75 (size 1 × 0.75 breadth factor); ethical against 0.01 × 0.75 × 0.8 × 9 = 0.054
    Outcome outcome = weigh(c(CoreValue.GENUINELY_HELPFUL, Stance.FOR, 1, null),
        c(CoreValue.BROADLY_ETHICAL, Stance.AGAINST, 0.01, null));

    assertThat(outcome.verdict()).isEqualTo(Verdict.PROCEED);
    assertThat(outcome.net()).isCloseTo(0.75 - 0.054, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(outcome.decidingValue()).contains(CoreValue.GENUINELY_HELPFUL);
  }

  @Test
  void aNotableConcernIsNamedWhileTheBenefitStillWins() {
    Outcome outcome = weigh(c(CoreValue.GENUINELY_HELPFUL, Stance.FOR, 1, null),
        c(CoreValue.BROADLY_ETHICAL, Stance.AGAINST, 0.05, null));

    assertThat(outcome.verdict()).isEqualTo(Verdict.PROCEED_WITH_CARE);
    assertThat(outcome.concerns()).extracting(Consideration::rationale).containsExactly("against broadly-ethical");
  }

  @Test
  void aRealHigherConcernOutweighsAnyBenefitBelowIt() {
    Outcome outcome = weigh(c(CoreValue.GENUINELY_HELPFUL, Stance.FOR, 1, null),
        c(CoreValue.GUIDELINE_COMPLIANT, Stance.FOR, 1, null),
        c(CoreValue.BROADLY_SAFE, Stance.AGAINST, 0.6, null));

    assertThat(outcome.verdict()).isEqualTo(Verdict.DECLINE);
    assertThat(outcome.decidingValue()).contains(CoreValue.BROADLY_SAFE);
    assertThat(outcome.forfeitedByDeclining()).isCloseTo(0.75 + 3 * 0.75, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aRequestWhosePartsSplitProceedsPartially() {
    Outcome outcome = weigh(c(CoreValue.GENUINELY_HELPFUL, Stance.FOR, 1, null),
        c(CoreValue.GENUINELY_HELPFUL, Stance.FOR, 0.5, "the lock-picking section"),
        c(CoreValue.BROADLY_ETHICAL, Stance.AGAINST, 0.2, "the lock-picking section"));

    assertThat(outcome.verdict()).isEqualTo(Verdict.PROCEED_PARTIALLY);
    assertThat(outcome.declinedParts()).containsExactly("the lock-picking section");
  }

  @Test
  void aCloseCallWithHighStakesGoesToAPerson() {
    // ethical benefit 0.75 × 9 = 6.75 against ethical harm 0.6 × 9 = 5.4: positive, but stakes 5.4 are high.
    Outcome outcome = weigh(c(CoreValue.BROADLY_ETHICAL, Stance.FOR, 1, null),
        c(CoreValue.BROADLY_ETHICAL, Stance.AGAINST, 1, null).withReversible(true).withSize(0.9375));

    assertThat(outcome.verdict()).isEqualTo(Verdict.ESCALATE);
  }

  @Test
  void anEscalationReasonCapsAPositiveBalance() {
    Outcome outcome = Weighing.weigh(WeighingInput.builder().priorities(RandomInputs.priorities(3))
        .addConsiderations(c(CoreValue.GENUINELY_HELPFUL, Stance.FOR, 1, null))
        .addEscalations(EscalationReason.of(CoreValue.BROADLY_SAFE, "irreversible and unauthorised", "test"))
        .build());

    assertThat(outcome.verdict()).isEqualTo(Verdict.ESCALATE);
    assertThat(outcome.decidingValue()).contains(CoreValue.BROADLY_SAFE);
    assertThat(outcome.reasons()).contains("irreversible and unauthorised");
  }
}
