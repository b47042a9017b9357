package dev.charter.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.application.port.out.Assessment;
import dev.charter.application.port.out.Assessor;
import dev.charter.domain.judgment.ConstraintCheck;
import dev.charter.domain.judgment.ConstraintFinding;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.log.ChainVerification;
import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.oversight.StopScope;
import dev.charter.domain.policy.Adjustment;
import dev.charter.domain.situation.ImmutableSituation;
import dev.charter.domain.policy.UserSettings;
import dev.charter.domain.weighing.GuardFailurePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JudgeSituationServiceTest {

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Fixtures.ListLog log = new Fixtures.ListLog();
  private final Fixtures.MapStopOrders stops = new Fixtures.MapStopOrders();
  private final Fixtures.RecordingEvents events = new Fixtures.RecordingEvents();

  @AfterEach
  void stopExecutor() {
    executor.shutdownNow();
  }

  private JudgeSituationService service(JudgingSettings settings, Assessor... assessors) {
    return new JudgeSituationService(Fixtures.constitution(), Set.of(assessors), stops, log, events,
        Fixtures.clock(), settings, executor);
  }

  private JudgeSituationService service(Assessor... assessors) {
    return service(JudgingSettings.defaults(), assessors);
  }

  @Test
  void aPlainRequestProceedsIsLoggedAndPublished() {
    Judgment judgment = service(Fixtures.helpful()).judge(Fixtures.request("What is the capital of France?")).get();

    assertThat(judgment.verdict()).isEqualTo(Verdict.PROCEED);
    assertThat(judgment.chain()).hasValueSatisfying(link -> assertThat(link.sequence()).isEqualTo(1));
    assertThat(log.entries).singleElement().satisfies(e -> assertThat(e.subject()).isEqualTo(judgment.id()));
    assertThat(events.published).containsExactly(judgment);
    assertThat(judgment.constitutionHash()).isEqualTo(Fixtures.constitution().hash());
    assertThat(ChainVerification.verify(log.entries()).intact()).isTrue();
  }

  @Test
  void everyHardConstraintIsListedWithWhatWasFound() {
    Assessor guard = Fixtures.assessor("guard", Set.of("cyberweapons"), true, s -> Assessment.none());

    Judgment judgment = service(Fixtures.helpful(), guard).judge(Fixtures.request("hello")).get();

    assertThat(judgment.constraints()).extracting(ConstraintCheck::id, ConstraintCheck::finding)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("cyberweapons", ConstraintStatus.CLEAR),
            org.assertj.core.groups.Tuple.tuple("csam", ConstraintStatus.UNCHECKED));
  }

  @Test
  void aHardConstraintFindingDeclinesWhateverTheBenefit() {
    Assessor guard = Fixtures.assessor("guard", Set.of("cyberweapons"), false, s -> Assessment.builder()
        .addFindings(ConstraintFinding.builder().constraintId("cyberweapons").status(ConstraintStatus.VIOLATED)
            .rationale("asks for self-spreading ransomware").build())
        .build());

    Judgment judgment = service(Fixtures.helpful(), guard).judge(Fixtures.request("write ransomware")).get();

    assertThat(judgment.verdict()).isEqualTo(Verdict.DECLINE);
    assertThat(judgment.message()).startsWith("I won't help with \"write ransomware\"");
    assertThat(judgment.forfeitedByDeclining()).isPositive();
  }

  @Test
  void givenStopOrderForConversation_thenOnlyThatConversationHalts() {
    AtomicInteger calls = new AtomicInteger();
    Assessor counting = Fixtures.assessor("counting", Set.of(), true, s -> {
      calls.incrementAndGet();
      return Assessment.none();
    });
    stops.place(StopOrder.builder().scope(StopScope.parse("conversation:c1").get()).reason("review")
        .issuedBy("ops").issuedAt(Instant.now()).build());
    JudgeSituationService service = service(Fixtures.helpful(), counting);

    Judgment halted = service.judge(Fixtures.request("hi")).get();
    Judgment other = service.judge(ImmutableSituation.copyOf(Fixtures.request("hi"))
        .withConversation(dev.charter.domain.situation.ImmutableConversation.copyOf(Fixtures.request("hi").conversation()).withId("c2"))).get();

    assertThat(halted.verdict()).isEqualTo(Verdict.HALT);
    assertThat(halted.message()).contains("review");
    assertThat(other.verdict()).isEqualTo(Verdict.PROCEED);
    assertThat(calls.get()).as("a halted scope is not assessed").isEqualTo(1);
  }

  @Test
  void aGuardThatMissesTheDeadlineEscalatesAndIsRecorded() {
    CountDownLatch never = new CountDownLatch(1);
    Assessor slow = Fixtures.assessor("slow-guard", Set.of("csam"), false, s -> {
      try {
        never.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Assessment.none();
    });
    JudgingSettings settings = JudgingSettings.builder().deadline(Duration.ofMillis(50)).build();

    Judgment judgment = service(settings, Fixtures.helpful(), slow).judge(Fixtures.request("hi")).get();

    assertThat(judgment.verdict()).isEqualTo(Verdict.ESCALATE);
    assertThat(judgment.failures()).singleElement().satisfies(f -> {
      assertThat(f.assessor()).isEqualTo("slow-guard");
      assertThat(f.reason()).contains("deadline");
      assertThat(f.guardsHardConstraints()).isTrue();
    });
    assertThat(judgment.constraints()).filteredOn(c -> c.id().equals("csam"))
        .extracting(ConstraintCheck::finding).containsExactly(ConstraintStatus.UNCHECKED);
  }

  @Test
  void aGuardThatThrowsDeclinesWhenPolicySaysSo() {
    Assessor broken = Fixtures.assessor("broken-guard", Set.of("csam"), false, s -> {
      throw new IllegalStateException("model unavailable");
    });
    JudgingSettings settings = JudgingSettings.builder().guardFailurePolicy(GuardFailurePolicy.DECLINE).build();

    Judgment judgment = service(settings, Fixtures.helpful(), broken).judge(Fixtures.request("hi")).get();

    assertThat(judgment.verdict()).isEqualTo(Verdict.DECLINE);
    assertThat(judgment.failures()).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("model unavailable"));
    assertThat(judgment.reasons()).anySatisfy(r -> assertThat(r).contains("broken-guard"));
  }

  @Test
  void aFailingAssessorThatGuardsNothingIsRecordedButDoesNotBlock() {
    Assessor flaky = Fixtures.assessor("flaky", Set.of(), false, s -> {
      throw new IllegalStateException("oops");
    });

    Judgment judgment = service(Fixtures.helpful(), flaky).judge(Fixtures.request("hi")).get();

    assertThat(judgment.verdict()).isEqualTo(Verdict.PROCEED);
    assertThat(judgment.failures()).hasSize(1);
  }

  @Test
  void assessorsRunConcurrentlyUnderOneDeadline() {
    CountDownLatch bothStarted = new CountDownLatch(2);
    Assessor a = Fixtures.assessor("a", Set.of(), false, s -> rendezvous(bothStarted));
    Assessor b = Fixtures.assessor("b", Set.of(), false, s -> rendezvous(bothStarted));

    Judgment judgment = service(Fixtures.helpful(), a, b).judge(Fixtures.request("hi")).get();

    assertThat(judgment.failures()).isEmpty();
    assertThat(judgment.timings().assessorMicros()).containsKeys("a", "b", "helpful");
  }

  @Test
  void anUnknownBehaviourIsBadInputAndNothingIsLogged() {
    var situation = ImmutableSituation.copyOf(Fixtures.request("hi"))
        .withUser(UserSettings.builder().addAdjustments(Adjustment.of("nonexistent", true)).build());

    var result = service(Fixtures.helpful()).judge(situation);

    assertThat(result.isInvalid()).isTrue();
    assertThat(result.getError().head().where()).isEqualTo("user.adjustments[0].behavior");
    assertThat(log.entries).isEmpty();
    assertThat(events.published).isEmpty();
  }

  @Test
  void refusedAdjustmentsAndEnabledBehavioursAreInTheJudgment() {
    var situation = ImmutableSituation.copyOf(Fixtures.request("hi"))
        .withUser(UserSettings.builder().addAdjustments(Adjustment.of("profanity", true), Adjustment.of("csam", true))
            .build());

    Judgment judgment = service(Fixtures.helpful()).judge(situation).get();

    assertThat(judgment.enabledBehaviors()).containsExactly("profanity");
    assertThat(judgment.refusedAdjustments()).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("hard constraint 'csam'"));
  }

  @Test
  void aProtectionInForceIsRecordedAndItsNoticeReachesTheUserWhateverTheVerdict() {
    Assessor lifeAtRisk = Fixtures.assessor("life", Set.of(), true, s -> Assessment.builder()
        .addProtectionsInForce("emergency-pointers", "no-such-protection").build());
    Assessor guard = Fixtures.assessor("guard", Set.of("csam"), true, s -> Assessment.builder()
        .addFindings(ConstraintFinding.builder().constraintId("csam").status(ConstraintStatus.VIOLATED)
            .rationale("r").build())
        .build());

    Judgment proceeds = service(Fixtures.helpful(), lifeAtRisk).judge(Fixtures.request("help, he won't wake up")).get();
    Judgment declines = service(Fixtures.helpful(), lifeAtRisk, guard).judge(Fixtures.request("x")).get();

    assertThat(proceeds.verdict()).isEqualTo(Verdict.PROCEED);
    assertThat(declines.verdict()).isEqualTo(Verdict.DECLINE);
    for (Judgment judgment : List.of(proceeds, declines)) {
      assertThat(judgment.protectionsInForce()).containsExactly("emergency-pointers");
      assertThat(judgment.message()).endsWith(" Call 112 if a life is in danger.");
    }
    assertThat(log.entries).hasSize(2).allSatisfy(e -> assertThat(e.payload()).contains("\"protectionsInForce\":[\"emergency-pointers\"]"));
  }

  @Test
  void aProtectionTheUserWaivedIsNotInForce() {
    Assessor disclosure = Fixtures.assessor("disclosure", Set.of(), true, s -> Assessment.builder()
        .addProtectionsInForce("never-deny-being-ai").build());
    var situation = ImmutableSituation.copyOf(Fixtures.request("stay in character as Sam"))
        .withUser(UserSettings.builder().addAdjustments(Adjustment.of("never-deny-being-ai", false)).build());

    Judgment waived = service(Fixtures.helpful(), disclosure).judge(situation).get();
    Judgment kept = service(Fixtures.helpful(), disclosure).judge(Fixtures.request("are you human?")).get();

    assertThat(waived.waivedProtections()).containsExactly("never-deny-being-ai");
    assertThat(waived.protectionsInForce()).isEmpty();
    assertThat(waived.message()).doesNotContain("You are talking with an AI.");
    assertThat(kept.protectionsInForce()).containsExactly("never-deny-being-ai");
    assertThat(kept.message()).endsWith("You are talking with an AI.");
  }

  private static Assessment rendezvous(CountDownLatch latch) {
    latch.countDown();
    try {
      // Only passes if the other assessor runs at the same time.
      if (!latch.await(5, TimeUnit.SECONDS)) {
        throw new IllegalStateException("assessors did not run concurrently");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Assessment.none();
  }
}
