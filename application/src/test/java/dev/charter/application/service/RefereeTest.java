package dev.charter.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.application.port.out.Assessment;
import dev.charter.application.port.out.Assessor;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintFinding;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.judgment.WeighedConsideration;
import dev.charter.domain.weighing.EscalationReason;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A referee settles what the first-line assessors were unsure of, and only that. */
class RefereeTest {

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final AtomicInteger consulted = new AtomicInteger();

  @AfterEach
  void stopExecutor() {
    executor.shutdownNow();
  }

  private Judgment judge(JudgingSettings settings, Assessor... assessors) {
    return new JudgeSituationService(Fixtures.constitution(), Set.of(assessors), new Fixtures.MapStopOrders(),
        new Fixtures.ListLog(), new Fixtures.RecordingEvents(), Fixtures.clock(), settings, executor)
        .judge(Fixtures.request("How do I kill a process that hangs?")).get();
  }

  private Judgment judge(Assessor... assessors) {
    return judge(JudgingSettings.defaults(), assessors);
  }

  /** A first-line guard that cannot tell whether the cyberweapons constraint is at stake. */
  private static Assessor unsureGuard() {
    return Fixtures.assessor("classifier", Set.of("cyberweapons"), false, s -> Assessment.builder()
        .addFindings(ConstraintFinding.builder().constraintId("cyberweapons").status(ConstraintStatus.UNSURE)
            .confidence(0.3).rationale("unsure whether it asks for malware").source("classifier").build())
        .addConsiderations(Consideration.builder().value(CoreValue.BROADLY_ETHICAL).stance(Stance.AGAINST)
            .size(0.9).confidence(0.1).unsure(true).rationale("unsure: may help build malware")
            .source("classifier").build())
        .addEscalations(EscalationReason.doubt(CoreValue.BROADLY_ETHICAL, "unsure: a person should decide",
            "classifier"))
        .build());
  }

  private Assessor referee(Assessment answer) {
    return Fixtures.referee("judge", Set.of("cyberweapons", "csam"), s -> {
      consulted.incrementAndGet();
      return answer;
    });
  }

  @Test
  void withoutARefereeAnUnsureGuardEscalates() {
    Judgment judgment = judge(Fixtures.helpful(), unsureGuard());

    assertThat(judgment.verdict()).isEqualTo(Verdict.ESCALATE);
  }

  @Test
  void aRefereeThatFindsNothingSettlesTheDoubtAndTheRequestProceeds() {
    Judgment judgment = judge(Fixtures.helpful(), unsureGuard(), referee(Assessment.none()));

    assertThat(consulted).hasValue(1);
    assertThat(judgment.verdict()).isEqualTo(Verdict.PROCEED);
    assertThat(judgment.considerations()).extracting(WeighedConsideration::consideration)
        .noneMatch(Consideration::unsure);
    assertThat(judgment.constraints()).filteredOn(c -> c.id().equals("cyberweapons"))
        .singleElement().satisfies(c -> assertThat(c.finding()).isEqualTo(ConstraintStatus.CLEAR));
    assertThat(judgment.timings().assessorMicros()).containsKeys("classifier", "judge");
  }

  @Test
  void aRefereeThatSettlesTheDoubtsLeavesTheProtectionsInForce() {
    Assessor unsureAboutALife = Fixtures.assessor("classifier", Set.of("cyberweapons"), false, s -> Assessment.builder()
        .addFindings(ConstraintFinding.builder().constraintId("cyberweapons").status(ConstraintStatus.UNSURE)
            .confidence(0.3).rationale("unsure").source("classifier").build())
        .addProtectionsInForce("emergency-pointers")
        .build());

    Judgment judgment = judge(Fixtures.helpful(), unsureAboutALife, referee(Assessment.none()));

    assertThat(judgment.verdict()).isEqualTo(Verdict.PROCEED);
    assertThat(judgment.protectionsInForce()).containsExactly("emergency-pointers");
    assertThat(judgment.message()).endsWith("Call 112 if a life is in danger.");
  }

  @Test
  void aRefereeThatFindsAViolationDeclines() {
    Assessment violation = Assessment.builder()
        .addFindings(ConstraintFinding.builder().constraintId("cyberweapons").status(ConstraintStatus.VIOLATED)
            .confidence(0.95).rationale("asks for a self-spreading worm").source("judge").build())
        .build();

    Judgment judgment = judge(Fixtures.helpful(), unsureGuard(), referee(violation));

    assertThat(judgment.verdict()).isEqualTo(Verdict.DECLINE);
    assertThat(judgment.constraints()).filteredOn(c -> c.id().equals("cyberweapons"))
        .singleElement().satisfies(c -> assertThat(c.rationale()).contains("worm"));
  }

  @Test
  void aRefereeIsNotConsultedWhenNoAssessorIsUnsure() {
    Assessor sure = Fixtures.assessor("classifier", Set.of("cyberweapons"), false, s -> Assessment.none());

    Judgment judgment = judge(Fixtures.helpful(), sure, referee(Assessment.none()));

    assertThat(consulted).hasValue(0);
    assertThat(judgment.verdict()).isEqualTo(Verdict.PROCEED);
    assertThat(judgment.timings().assessorMicros()).doesNotContainKey("judge");
  }

  @Test
  void aRefereeSettlesDoubtsButNotFacts() {
    Assessor unsureAndSure = Fixtures.assessor("screen", Set.of(), false, s -> Assessment.builder()
        .addConsiderations(Consideration.builder().value(CoreValue.BROADLY_ETHICAL).stance(Stance.AGAINST)
            .size(0.4).confidence(0.1).unsure(true).rationale("unsure: may be rude").source("screen").build())
        .addEscalations(EscalationReason.of(CoreValue.BROADLY_SAFE, "an irreversible action nobody authorised",
            "screen"))
        .build());

    Judgment judgment = judge(Fixtures.helpful(), unsureAndSure, referee(Assessment.none()));

    assertThat(consulted).hasValue(1);
    assertThat(judgment.verdict()).isEqualTo(Verdict.ESCALATE);
    assertThat(judgment.reasons()).anySatisfy(r -> assertThat(r).contains("irreversible"));
  }

  @Test
  void aRefereeThatFailsLeavesTheDoubtsStandingAndNeverProceeds() {
    Assessor broken = Fixtures.referee("judge", Set.of("cyberweapons"), s -> {
      throw new IllegalStateException("endpoint unreachable");
    });

    Judgment judgment = judge(Fixtures.helpful(), unsureGuard(), broken);

    assertThat(judgment.verdict()).isEqualTo(Verdict.ESCALATE);
    assertThat(judgment.failures()).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("endpoint unreachable"));
    assertThat(judgment.considerations()).extracting(WeighedConsideration::consideration)
        .anyMatch(Consideration::unsure);
  }

  @Test
  void aRefereeHasItsOwnDeadline() {
    Assessor slow = Fixtures.referee("judge", Set.of("cyberweapons"), s -> {
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Assessment.none();
    });
    JudgingSettings settings = JudgingSettings.builder().refereeDeadline(Duration.ofMillis(50)).build();

    Judgment judgment = judge(settings, Fixtures.helpful(), unsureGuard(), slow);

    assertThat(judgment.verdict()).isEqualTo(Verdict.ESCALATE);
    assertThat(judgment.failures()).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("missed the deadline of 50 ms"));
  }

  @Test
  void aRefereeSettlesOnlyTheConstraintsItGuards() {
    Assessor narrowReferee = Fixtures.referee("judge", Set.of("csam"), s -> Assessment.none());

    Judgment judgment = judge(Fixtures.helpful(), unsureGuard(), narrowReferee);

    assertThat(judgment.verdict()).isEqualTo(Verdict.ESCALATE);
    assertThat(judgment.constraints()).filteredOn(c -> c.id().equals("cyberweapons"))
        .singleElement().satisfies(c -> assertThat(c.finding()).isEqualTo(ConstraintStatus.UNSURE));
  }

  @Test
  void whenOneOfTwoRefereesFailsTheUnsureConcernsStand() {
    Assessor broken = Fixtures.referee("second", Set.of(), s -> {
      throw new IllegalStateException("timeout");
    });

    Judgment judgment = judge(Fixtures.helpful(), unsureGuard(), referee(Assessment.none()), broken);

    assertThat(judgment.verdict()).isEqualTo(Verdict.ESCALATE);
    assertThat(judgment.considerations()).extracting(WeighedConsideration::consideration)
        .anyMatch(Consideration::unsure);
  }

  @Test
  void aFailedRefereeThatGuardsNothingStillNeverLetsADoubtProceed() {
    Assessor mildDoubt = Fixtures.assessor("screen", Set.of(), false, s -> Assessment.of(
        Consideration.builder().value(CoreValue.BROADLY_ETHICAL).stance(Stance.AGAINST).size(0.3).confidence(0.05)
            .unsure(true).rationale("unsure: may be rude").source("screen").build()));
    Assessor broken = Fixtures.referee("judge", Set.of(), s -> {
      throw new IllegalStateException("no answer");
    });

    Judgment judgment = judge(Fixtures.helpful(), mildDoubt, broken);

    assertThat(judgment.verdict()).isEqualTo(Verdict.ESCALATE);
    assertThat(judgment.failures()).singleElement().satisfies(f -> assertThat(f.guardsHardConstraints()).isTrue());
  }
}
