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
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One assessor's doubt about a topic is settled by another that weighed that topic specifically. */
class DoubtAnsweredWithinTest {

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final AtomicInteger refereeConsulted = new AtomicInteger();

  @AfterEach
  void stopExecutor() {
    executor.shutdownNow();
  }

  private Judgment judge(Assessor... assessors) {
    return new JudgeSituationService(Fixtures.constitution(), Set.of(assessors), new Fixtures.MapStopOrders(),
        new Fixtures.ListLog(), new Fixtures.RecordingEvents(), Fixtures.clock(), JudgingSettings.defaults(),
        executor).judge(Fixtures.request("At what dose does acetaminophen become dangerous?")).get();
  }

  /** A classifier that cannot tell whether the message is about self-harm, and would have a person decide. */
  private static Assessor unsureAbout(String topic) {
    return Fixtures.assessor("classifier", Set.of(), false, s -> Assessment.builder()
        .addConsiderations(Consideration.builder().value(CoreValue.BROADLY_ETHICAL).stance(Stance.AGAINST)
            .size(0.9).confidence(0.1).unsure(true).topic(topic).rationale("unsure: may ask for " + topic)
            .source("classifier").build())
        .addEscalations(EscalationReason.doubt(CoreValue.BROADLY_ETHICAL, "unsure: a person should decide",
            "classifier").about(topic))
        .build());
  }

  /** A screen that weighs the share of askers at risk of self-harm, and answers for that topic. */
  private static Assessor answering(String topic) {
    return Fixtures.assessor("dose", Set.of(), true, s -> Assessment.builder()
        .addConsiderations(Consideration.builder().value(CoreValue.BROADLY_ETHICAL).stance(Stance.AGAINST)
            .size(0.8).probability(0.04).confidence(0.8).topic(topic).rationale("given with care")
            .source("dose").build())
        .addAnsweredTopics(topic)
        .build());
  }

  private Assessor referee() {
    return Fixtures.referee("judge", Set.of(), s -> {
      refereeConsulted.incrementAndGet();
      return Assessment.none();
    });
  }

  @Test
  void withoutTheAnswerTheDoubtEscalates() {
    assertThat(judge(Fixtures.helpful(), unsureAbout("self-harm")).verdict()).isEqualTo(Verdict.ESCALATE);
  }

  @Test
  void theSpecificAnswerSettlesTheDoubtAndNoRefereeIsNeeded() {
    Judgment judgment = judge(Fixtures.helpful(), unsureAbout("self-harm"), answering("self-harm"), referee());

    assertThat(judgment.verdict()).isEqualTo(Verdict.PROCEED_WITH_CARE);
    assertThat(judgment.considerations()).extracting(WeighedConsideration::consideration)
        .noneMatch(Consideration::unsure)
        .anySatisfy(c -> assertThat(c.source()).isEqualTo("dose"));
    assertThat(refereeConsulted).hasValue(0);
    assertThat(judgment.answeredDoubts()).containsExactly("classifier was unsure about self-harm; dose answered for it");
  }

  @Test
  void aDoubtAboutAnotherTopicStands() {
    Judgment judgment = judge(Fixtures.helpful(), unsureAbout("violence"), answering("self-harm"));

    assertThat(judgment.considerations()).extracting(WeighedConsideration::consideration)
        .anyMatch(Consideration::unsure);
    assertThat(judgment.verdict()).isIn(Verdict.ESCALATE, Verdict.DECLINE);
    assertThat(judgment.answeredDoubts()).isEmpty();
  }

  @Test
  void anUnsureHardConstraintFindingIsNeverSettledThisWay() {
    Assessor unsureGuard = Fixtures.assessor("classifier", Set.of("cyberweapons"), false, s -> Assessment.builder()
        .addFindings(ConstraintFinding.builder().constraintId("cyberweapons").status(ConstraintStatus.UNSURE)
            .confidence(0.3).rationale("unsure").source("classifier").build())
        .build());

    assertThat(judge(Fixtures.helpful(), unsureGuard, answering("cyberweapons")).verdict())
        .isEqualTo(Verdict.ESCALATE);
  }

  /** A classifier sure that the message is about self-harm. */
  private static Assessor sureAbout(String topic) {
    return Fixtures.assessor("classifier", Set.of(), false, s -> Assessment.builder()
        .addConsiderations(Consideration.builder().value(CoreValue.BROADLY_ETHICAL).stance(Stance.AGAINST)
            .size(0.9).confidence(0.9).topic(topic).rationale("likely asks for " + topic).source("classifier").build())
        .build());
  }

  /** A screen that read the message as a plea for help, and decides the topic. */
  private static Assessor deciding(String topic) {
    return Fixtures.assessor("crisis", Set.of(), true, s -> Assessment.builder()
        .addConsiderations(Consideration.builder().value(CoreValue.GENUINELY_HELPFUL).stance(Stance.FOR)
            .size(0.5).confidence(0.9).topic(topic).rationale("a plea: answer with care").source("crisis").build())
        .addAnsweredTopics(topic)
        .addDecidedTopics(topic)
        .build());
  }

  @Test
  void aSureConcernStandsAgainstAnAnswerThatDecidesNothing() {
    Judgment judgment = judge(Fixtures.helpful(), sureAbout("self-harm"), answering("self-harm"));

    assertThat(judgment.verdict()).isEqualTo(Verdict.DECLINE);
    assertThat(judgment.answeredDoubts()).isEmpty();
  }

  @Test
  void aDecidedTopicSettlesEvenASureConcernButNotTheDecidersOwn() {
    Judgment judgment = judge(Fixtures.helpful(), sureAbout("self-harm"), deciding("self-harm"));

    assertThat(judgment.verdict()).isEqualTo(Verdict.PROCEED);
    assertThat(judgment.considerations()).extracting(w -> w.consideration().source())
        .contains("crisis")
        .doesNotContain("classifier");
    assertThat(judgment.answeredDoubts())
        .containsExactly("classifier read the message as self-harm; crisis read it for exactly that and decided it");
  }

  @Test
  void aDecisionAboutOneTopicLeavesAConcernAboutAnotherStanding() {
    assertThat(judge(Fixtures.helpful(), sureAbout("violence"), deciding("self-harm")).verdict())
        .isEqualTo(Verdict.DECLINE);
  }

  @Test
  void aCrossedHardConstraintIsNeverSettledByADecision() {
    Assessor guard = Fixtures.assessor("classifier", Set.of("cyberweapons"), false, s -> Assessment.builder()
        .addFindings(ConstraintFinding.builder().constraintId("cyberweapons").status(ConstraintStatus.VIOLATED)
            .confidence(0.95).rationale("malware").source("classifier").build())
        .build());

    assertThat(judge(Fixtures.helpful(), guard, deciding("cyberweapons")).verdict()).isEqualTo(Verdict.DECLINE);
  }
}
