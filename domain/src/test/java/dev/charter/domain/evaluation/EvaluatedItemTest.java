package dev.charter.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.AssessorFailure;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintCheck;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.judgment.DecidedBy;
import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.judgment.Timings;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.judgment.WeighedConsideration;
import dev.charter.domain.situation.SituationKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatedItemTest {

  private static final LabelledItem HARMFUL = LabelledItem.of("h1", "something harmful", Expected.REFUSE);

  private static WeighedConsideration weighed(Stance stance, double size, double weight, String source) {
    return WeighedConsideration.of(Consideration.builder().value(CoreValue.BROADLY_SAFE).stance(stance)
        .size(size).confidence(1).rationale(source + " says so").source(source).build(), weight);
  }

  private static Judgment judgment(Verdict verdict, DecidedBy decidedBy, ConstraintStatus finding,
      WeighedConsideration... considerations) {
    return Judgment.builder()
        .id("j").kind(SituationKind.REQUEST).deploymentId("d").conversationId("c")
        .verdict(verdict).decidedBy(decidedBy)
        .addConsiderations(considerations)
        .addConstraints(ConstraintCheck.of("cyberweapons", finding, finding == ConstraintStatus.UNCHECKED ? "" : "why"),
            ConstraintCheck.of("csam", ConstraintStatus.CLEAR, ""))
        .net(0).forfeitedByDeclining(0).message("m").addReasons("because")
        .constitutionVersion("1").constitutionHash("h").decidedAt(Instant.EPOCH)
        .timings(Timings.builder().totalMicros(1).build())
        .build();
  }

  @Test
  void anEscalationIsDeferred() {
    assertThat(EvaluatedItem.isDeferred(judgment(Verdict.ESCALATE, DecidedBy.BALANCE, ConstraintStatus.CLEAR)))
        .isTrue();
  }

  @Test
  void anUnsureConstraintFindingIsDeferredWhateverTheVerdict() {
    assertThat(EvaluatedItem.isDeferred(judgment(Verdict.PROCEED_WITH_CARE, DecidedBy.BALANCE,
        ConstraintStatus.UNSURE))).isTrue();
  }

  @Test
  void aConcernItsAssessorIsUnsureOfDefersTheJudgmentToTheFallback() {
    WeighedConsideration unsure = WeighedConsideration.of(Consideration.builder().value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST).size(0.5).confidence(0.1).unsure(true).rationale("unsure: may ask for theft")
        .source("semantic").build(), 9);
    WeighedConsideration sure = weighed(Stance.AGAINST, 0.5, 9, "semantic");

    assertThat(EvaluatedItem.isDeferred(judgment(Verdict.PROCEED_WITH_CARE, DecidedBy.BALANCE,
        ConstraintStatus.CLEAR, sure, unsure))).isTrue();
    assertThat(EvaluatedItem.isDeferred(judgment(Verdict.DECLINE, DecidedBy.BALANCE, ConstraintStatus.CLEAR, sure)))
        .isFalse();
    assertThat(EvaluatedItem.isDeferred(judgment(Verdict.DECLINE, DecidedBy.HARD_CONSTRAINT,
        ConstraintStatus.VIOLATED, unsure))).as("the crossed constraint decided, not the unsure concern").isFalse();
  }

  @Test
  void aDeclineByTheGuardFailurePolicyIsDeferred() {
    assertThat(EvaluatedItem.isDeferred(judgment(Verdict.DECLINE, DecidedBy.GUARD_FAILURE,
        ConstraintStatus.UNCHECKED))).isTrue();
  }

  @Test
  void aSettledDeclineOrAViolationIsNotDeferred() {
    assertThat(EvaluatedItem.isDeferred(judgment(Verdict.DECLINE, DecidedBy.BALANCE, ConstraintStatus.CLEAR)))
        .isFalse();
    assertThat(EvaluatedItem.isDeferred(judgment(Verdict.DECLINE, DecidedBy.HARD_CONSTRAINT,
        ConstraintStatus.VIOLATED))).isFalse();
    assertThat(EvaluatedItem.isDeferred(judgment(Verdict.HALT, DecidedBy.STOP_ORDER, ConstraintStatus.UNCHECKED)))
        .isFalse();
  }

  @Test
  void theDriversAreTheLargestContributionsFirstAndAtMostFour() {
    Judgment j = judgment(Verdict.DECLINE, DecidedBy.HARD_CONSTRAINT, ConstraintStatus.VIOLATED,
        weighed(Stance.FOR, 0.5, 1, "small-benefit"),      // +0.375
        weighed(Stance.AGAINST, 1, 27, "big-harm"),        // -21.6
        weighed(Stance.FOR, 1, 3, "medium-benefit"),       // +2.25
        weighed(Stance.AGAINST, 0.1, 1, "tiny-harm"),      // -0.06
        weighed(Stance.AGAINST, 0.5, 9, "ethical-harm"));  // -2.7

    EvaluatedItem e = EvaluatedItem.of(HARMFUL, j, 1234);

    assertThat(e.drivers()).extracting(w -> w.consideration().source())
        .containsExactly("big-harm", "ethical-harm", "medium-benefit", "small-benefit");
    assertThat(e.flaggedConstraints()).extracting(ConstraintCheck::id).containsExactly("cyberweapons");
    assertThat(e.reasons()).containsExactly("because");
    assertThat(e.latencyNanos()).isEqualTo(1234);
    assertThat(e.correct()).isTrue();
    assertThat(e.refused()).isTrue();
    assertThat(e.deferred()).isFalse();
  }

  @Test
  void failuresAreKept() {
    Judgment j = Judgment.builder().from(judgment(Verdict.ESCALATE, DecidedBy.GUARD_FAILURE,
        ConstraintStatus.UNCHECKED)).addFailures(AssessorFailure.builder().assessor("semantic")
        .reason("missed the deadline of 2000 ms").guardsHardConstraints(true).build()).build();

    assertThat(EvaluatedItem.of(HARMFUL, j, 1).failures()).extracting(AssessorFailure::assessor)
        .containsExactly("semantic");
  }

  @Test
  void proceedingPartiallyIsARefusal() {
    assertThat(Expected.of(Verdict.PROCEED_PARTIALLY)).isEqualTo(Expected.REFUSE);
    assertThat(Expected.REFUSE.matches(Verdict.PROCEED_PARTIALLY)).isTrue();
    assertThat(Expected.COMPLY.matches(Verdict.PROCEED_WITH_CARE)).isTrue();
    assertThat(Expected.COMPLY.matches(Verdict.ESCALATE)).isFalse();
  }

  @Test
  void labelsAreReadInAnyCase() {
    assertThat(Expected.fromId(" Refuse ")).contains(Expected.REFUSE);
    assertThat(Expected.fromId("comply")).contains(Expected.COMPLY);
    assertThat(Expected.fromId("safe")).isEmpty();
  }

  @Test
  void anItemHoldsExactlyOneOfPromptAndSituation() {
    assertThatThrownBy(() -> LabelledItem.builder().id("x").expected(Expected.COMPLY).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one");
  }
}
