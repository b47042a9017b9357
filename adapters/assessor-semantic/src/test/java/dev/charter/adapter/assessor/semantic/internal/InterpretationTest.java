package dev.charter.adapter.assessor.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.constitution.ValuePriorities;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.judgment.DecidedBy;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.weighing.Outcome;
import dev.charter.domain.weighing.Weighing;
import dev.charter.domain.weighing.WeighingInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class InterpretationTest {

  static final ValuePriorities PRIORITIES = Interpretation.DEFAULT_PRIORITIES;

  /** What the helpfulness screen adds to every request. */
  static final Consideration HELPFULNESS = Consideration.builder().value(CoreValue.GENUINELY_HELPFUL)
      .stance(Stance.FOR).size(0.8).confidence(0.9).rationale("helps").source("helpfulness").build();

  /** A policy with every behaviour off, as by default for the gated ones. */
  static final Predicate<String> OFF = behavior -> false;

  static final Interpretation.Subject REQUEST = Interpretation.Subject.REQUEST;

  static final List<String> LABELS = labels();

  private static List<String> labels() {
    List<String> labels = new ArrayList<>();
    labels.add(HarmArea.BENIGN);
    for (HarmArea a : HarmArea.values()) {
      labels.add(a.id());
    }
    return labels;
  }

  private static Map<String, HeadFile.Thresholds> thresholds(double floor, double decline) {
    Map<String, HeadFile.Thresholds> t = new LinkedHashMap<>();
    for (HarmArea a : HarmArea.values()) {
      t.put(a.id(), new HeadFile.Thresholds(floor, decline, a.hardConstraint() ? 0.3 : 1, a.hardConstraint() ? 0.85 : 1,
          a.grave(), MAX_SPREAD));
    }
    return t;
  }

  private static final double MAX_SPREAD = 0.1;

  private final Interpretation interpretation = new Interpretation(thresholds(0.4, 0.6), "semantic");

  /** All the probability of harm in one area, with members that agree. */
  static Reading reading(HarmArea area, double harm) {
    return reading(area, harm, 0.01);
  }

  static Reading reading(HarmArea area, double harm, double spread) {
    double[] p = new double[LABELS.size()];
    p[0] = 1 - harm;
    p[LABELS.indexOf(area.id())] = harm;
    return new Reading(harm, p, LABELS, spread);
  }

  /** The probability of harm spread over several areas, with members that agree; the rest is benign. */
  static Reading mixed(Map<String, Double> areas) {
    double[] p = new double[LABELS.size()];
    double harm = 0;
    for (Map.Entry<String, Double> area : areas.entrySet()) {
      p[LABELS.indexOf(area.getKey())] = area.getValue();
      harm += area.getValue();
    }
    p[0] = 1 - harm;
    return new Reading(harm, p, LABELS, 0.0);
  }

  static Outcome weigh(Assessment a) {
    return Weighing.weigh(WeighingInput.builder().priorities(PRIORITIES).addConsiderations(HELPFULNESS)
        .addAllConsiderations(a.considerations()).addAllFindings(a.findings()).addAllEscalations(a.escalations())
        .build());
  }

  private Assessment request(HarmArea area, double harm) {
    return interpretation.interpret(reading(area, harm), REQUEST, PRIORITIES, OFF);
  }

  @Test
  void belowTheFloorThereIsNothingAtAll() {
    assertThat(request(HarmArea.FRAUD, 0.2)).isEqualTo(Assessment.none());
    assertThat(request(HarmArea.MASS_CASUALTY_WEAPONS, 0.25)).isEqualTo(Assessment.none());
  }

  @Test
  void aSureConcernDeclinesInEveryAreaEvenAtTheLowestDeclineThreshold() {
    Interpretation lowest = new Interpretation(thresholds(0.3, 0.3), "semantic");
    for (HarmArea area : HarmArea.values()) {
      Assessment a = lowest.interpret(reading(area, 0.3), REQUEST, PRIORITIES, OFF);
      assertThat(weigh(a).verdict()).as(area.id()).isEqualTo(Verdict.DECLINE);
    }
  }

  @Test
  void aSureConcernCarriesTheAreasSeverityBreadthAndTheProbability() {
    Consideration c = request(HarmArea.MISINFORMATION, 0.83).considerations().get(0);

    assertThat(c.value()).isEqualTo(CoreValue.BROADLY_ETHICAL);
    assertThat(c.stance()).isEqualTo(Stance.AGAINST);
    assertThat(c.size()).isEqualTo(HarmArea.MISINFORMATION.severity());
    assertThat(c.breadth()).isEqualTo(HarmArea.MISINFORMATION.breadth());
    assertThat(c.probability()).isEqualTo(0.83);
    assertThat(c.source()).isEqualTo("semantic");
    assertThat(c.rationale()).isEqualTo("likely asks for misinformation (misinformation, p=0.83)");
    assertThat(c.unsure()).isFalse();
  }

  @Test
  void anUnsureMildConcernGetsTheBenefitOfTheDoubtAndSaysSo() {
    Assessment a = request(HarmArea.FRAUD, 0.5);

    Outcome outcome = weigh(a);
    assertThat(outcome.verdict()).isEqualTo(Verdict.PROCEED_WITH_CARE);
    assertThat(a.escalations()).isEmpty();
    assertThat(a.considerations()).singleElement()
        .satisfies(c -> {
          assertThat(c.unsure()).isTrue();
          assertThat(c.rationale()).startsWith("unsure:").endsWith("given the benefit of the doubt");
        });
  }

  @Test
  void membersThatDisagreeMakeEvenAHighProbabilityUnsure() {
    Assessment agreed = interpretation.interpret(reading(HarmArea.FRAUD, 0.8, 0.02), REQUEST, PRIORITIES,
        OFF);
    Assessment disputed = interpretation.interpret(reading(HarmArea.FRAUD, 0.8, 0.2), REQUEST, PRIORITIES,
        OFF);

    assertThat(weigh(agreed).verdict()).isEqualTo(Verdict.DECLINE);
    assertThat(agreed.considerations()).singleElement().satisfies(c -> assertThat(c.unsure()).isFalse());
    assertThat(weigh(disputed).verdict()).isEqualTo(Verdict.PROCEED_WITH_CARE);
    assertThat(disputed.considerations()).singleElement().satisfies(c -> assertThat(c.unsure()).isTrue());
    Assessment grave = interpretation.interpret(reading(HarmArea.VIOLENCE, 0.8, 0.2), REQUEST, PRIORITIES,
        OFF);
    assertThat(weigh(grave).verdict()).isEqualTo(Verdict.ESCALATE);
  }

  @Test
  void aConcernBehindACrossedHardConstraintIsNotUnsure() {
    // Crossed at 0.85, declined only from 0.95: in between the constraint decides, not the concern.
    Assessment a = new Interpretation(thresholds(0.4, 0.95), "semantic")
        .interpret(reading(HarmArea.MASS_CASUALTY_WEAPONS, 0.9), REQUEST, PRIORITIES, OFF);

    assertThat(a.findings()).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(ConstraintStatus.VIOLATED));
    assertThat(a.considerations()).allSatisfy(c -> assertThat(c.unsure()).isFalse());
  }

  @Test
  void anUnsureGraveConcernGoesToAPersonOrAReferee() {
    Assessment a = request(HarmArea.VIOLENCE, 0.5);

    assertThat(weigh(a).verdict()).isEqualTo(Verdict.ESCALATE);
    assertThat(a.escalations()).singleElement().satisfies(e -> {
      assertThat(e.value()).isEqualTo(CoreValue.BROADLY_ETHICAL);
      assertThat(e.reason()).contains("a person should decide");
      assertThat(e.unsure()).as("a doubt, which a referee may settle").isTrue();
    });
    assertThat(a.hasDoubts()).isTrue();
    assertThat(a.settled(java.util.Set.of(), true).escalations()).isEmpty();
    assertThat(a.settled(java.util.Set.of(), true).considerations()).isEmpty();
    assertThat(a.settled(java.util.Set.of(), false).escalations()).hasSize(1);
  }

  @Test
  void aHardConstraintAtHighConfidenceIsReportedCrossed() {
    Assessment a = request(HarmArea.MASS_CASUALTY_WEAPONS, 0.95);

    assertThat(a.findings()).singleElement().satisfies(f -> {
      assertThat(f.constraintId()).isEqualTo("mass-casualty-weapons");
      assertThat(f.status()).isEqualTo(ConstraintStatus.VIOLATED);
    });
    Outcome outcome = weigh(a);
    assertThat(outcome.verdict()).isEqualTo(Verdict.DECLINE);
    assertThat(outcome.decidedBy()).isEqualTo(DecidedBy.HARD_CONSTRAINT);
  }

  @Test
  void aHardConstraintAtMiddleConfidenceIsUnsureAndEscalated() {
    Assessment a = request(HarmArea.CYBERWEAPONS, 0.5);

    assertThat(a.findings()).singleElement().satisfies(f -> {
      assertThat(f.status()).isEqualTo(ConstraintStatus.UNSURE);
      assertThat(f.rationale()).startsWith("unsure whether it asks for malicious code");
    });
    assertThat(a.considerations()).hasSize(1);
    assertThat(weigh(a).verdict()).isEqualTo(Verdict.ESCALATE);
  }

  @Test
  void theConcernAreaLeansTowardsTheGravePossibility() {
    Reading r = mixed(Map.of("fraud", 0.3, "violence", 0.25, "weapons", 0.15));

    assertThat(r.likeliestArea()).isEqualTo(HarmArea.FRAUD);
    assertThat(r.concernArea()).isEqualTo(HarmArea.VIOLENCE);
  }

  @Test
  void aDraftResponseIsDescribedAsWhatItGives() {
    Assessment a = interpretation.interpret(reading(HarmArea.DRUGS, 0.9), Interpretation.Subject.RESPONSE,
        PRIORITIES, OFF);

    assertThat(a.considerations().get(0).rationale()).startsWith("likely gives making or obtaining illegal drugs");
  }

  @Test
  void gatedContentIsWeighedUnderTheGuidelinesAndNamesItsBehaviourWhereTheBehaviourIsOff() {
    Assessment a = request(HarmArea.EXPLICIT_SEXUAL_CONTENT, 0.9);

    assertThat(a.findings()).isEmpty();
    assertThat(a.considerations()).singleElement().satisfies(c -> {
      assertThat(c.value()).isEqualTo(CoreValue.GUIDELINE_COMPLIANT);
      assertThat(c.rationale()).isEqualTo("likely asks for explicit sexual content (explicit-sexual-content, p=0.90),"
          + " which the behaviour 'explicit-fiction' would allow; it is off here");
    });
    assertThat(weigh(a).verdict()).isEqualTo(Verdict.DECLINE);
  }

  @Test
  void gatedContentIsNoConcernWhereItsBehaviourIsOn() {
    Predicate<String> explicitFiction = "explicit-fiction"::equals;

    Assessment a = interpretation.interpret(reading(HarmArea.EXPLICIT_SEXUAL_CONTENT, 0.9), REQUEST,
        PRIORITIES, explicitFiction);

    assertThat(a).isEqualTo(Assessment.none());
  }

  @Test
  void allowingGatedContentLeavesEveryOtherAreaAsItWas() {
    Reading r = mixed(Map.of("explicit-sexual-content", 0.5, "csam", 0.3));

    Assessment off = interpretation.interpret(r, REQUEST, PRIORITIES, OFF);
    Assessment on = interpretation.interpret(r, REQUEST, PRIORITIES, "explicit-fiction"::equals);

    assertThat(r.allowing(HarmArea.EXPLICIT_SEXUAL_CONTENT).harm()).isCloseTo(0.3, within(1e-12));
    assertThat(r.allowing(HarmArea.EXPLICIT_SEXUAL_CONTENT).probabilityOf("benign")).isCloseTo(0.7, within(1e-12));
    // The hard constraint is found either way: no behaviour unlocks it.
    assertThat(off.findings()).singleElement().satisfies(f -> assertThat(f.constraintId()).isEqualTo("csam"));
    assertThat(on.findings()).singleElement().satisfies(f -> assertThat(f.constraintId()).isEqualTo("csam"));
    assertThat(weigh(on).verdict()).isEqualTo(Verdict.ESCALATE);
  }

  @Test
  void anUnsureReadingOfGatedContentGetsTheBenefitOfTheDoubt() {
    Assessment a = request(HarmArea.EXPLICIT_SEXUAL_CONTENT, 0.5);

    assertThat(a.escalations()).isEmpty();
    assertThat(weigh(a).verdict()).isEqualTo(Verdict.PROCEED_WITH_CARE);
  }
}
