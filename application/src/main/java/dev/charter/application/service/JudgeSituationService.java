package dev.charter.application.service;

import dev.charter.application.port.in.JudgeSituation;
import dev.charter.application.port.out.Assessment;
import dev.charter.application.port.out.Assessor;
import dev.charter.application.port.out.Clock;
import dev.charter.application.port.out.DecisionEvents;
import dev.charter.application.port.out.DecisionLog;
import dev.charter.application.port.out.StopOrders;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.HardConstraint;
import dev.charter.domain.constitution.UserProtection;
import dev.charter.domain.judgment.ChainLink;
import dev.charter.domain.judgment.ConstraintCheck;
import dev.charter.domain.judgment.ConstraintFinding;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.judgment.ImmutableJudgment;
import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.weighing.JudgmentMessage;
import dev.charter.domain.judgment.Timings;
import dev.charter.domain.log.CanonicalRecord;
import dev.charter.domain.log.EntryKind;
import dev.charter.domain.log.LogEntry;
import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.policy.PolicyResolution;
import dev.charter.domain.problem.Problem;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.weighing.ImmutableWeighingInput;
import dev.charter.domain.weighing.Outcome;
import dev.charter.domain.weighing.Weighing;
import dev.charter.domain.weighing.WeighingInput;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * Judges a situation, top to bottom: stop orders first, then the effective policy, then every
 * assessor concurrently under one deadline (and a referee, if one is configured, for what they were
 * unsure of), then the pure weighing, then the decision log, then the events. The domain decides; this service only gathers and records.
 */
public final class JudgeSituationService implements JudgeSituation {

  private final Constitution constitution;
  private final AssessorRunner assessors;
  private final AssessorRunner referees;
  private final StopOrders stopOrders;
  private final DecisionLog log;
  private final DecisionEvents events;
  private final Clock clock;
  private final JudgingSettings settings;

  @Inject
  public JudgeSituationService(Constitution constitution, Set<Assessor> assessors, StopOrders stopOrders,
      DecisionLog log, DecisionEvents events, Clock clock, JudgingSettings settings, ExecutorService executor) {
    this.constitution = constitution;
    this.assessors = new AssessorRunner(assessors.stream().filter(a -> !a.isReferee()).toList(), executor, clock);
    this.referees = new AssessorRunner(assessors.stream().filter(Assessor::isReferee).toList(), executor, clock);
    this.stopOrders = stopOrders;
    this.log = log;
    this.events = events;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public Validation<Seq<Problem>, Judgment> judge(Situation situation) {
    long start = clock.nanoTime();
    Optional<StopOrder> stop = stopOrders.active().stream().filter(o -> o.scope().covers(situation)).findFirst();
    return PolicyResolution.resolve(constitution, situation.deployment().operator(), situation.user())
        .map(policy -> decide(situation, policy, stop, start));
  }

  private Judgment decide(Situation situation, EffectivePolicy policy, Optional<StopOrder> stop, long start) {
    // Under a stop order nothing is assessed: a halted scope must not even reach a model.
    AssessorRun run = stop.isPresent() ? new AssessorRun() : assess(situation, policy);
    ImmutableWeighingInput.Builder input = WeighingInput.builder()
        .priorities(constitution.priorities())
        .stopOrder(stop)
        .failures(run.failures)
        .guardFailurePolicy(settings.guardFailurePolicy())
        .thresholds(settings.thresholds());
    for (Assessment assessment : run.assessments) {
      input.addAllConsiderations(assessment.considerations())
          .addAllFindings(assessment.findings())
          .addAllEscalations(assessment.escalations());
    }
    WeighingInput weighingInput = input.build();
    Outcome outcome = Weighing.weigh(weighingInput);
    List<UserProtection> inForce = protectionsInForce(run, policy);
    Instant decidedAt = clock.now();

    Judgment judgment = Judgment.builder()
        .id(JudgmentIds.next())
        .kind(situation.kind())
        .deploymentId(situation.deployment().id())
        .conversationId(situation.conversation().id())
        .verdict(outcome.verdict())
        .decidedBy(outcome.decidedBy())
        .decidingValue(outcome.decidingValue())
        .considerations(outcome.weighed())
        .constraints(constraintChecks(weighingInput.findings(), run))
        .refusedAdjustments(policy.refusedAdjustments())
        .enabledBehaviors(policy.enabledBehaviors())
        .waivedProtections(policy.waivedProtections())
        .protectionsInForce(inForce.stream().map(UserProtection::id).toList())
        .failures(run.failures)
        .answeredDoubts(run.answeredDoubts)
        .net(outcome.net())
        .forfeitedByDeclining(outcome.forfeitedByDeclining())
        .declinedParts(outcome.declinedParts())
        .reasons(outcome.reasons())
        .message(JudgmentMessage.compose(situation, outcome,
            inForce.stream().flatMap(p -> p.notice().stream()).toList()))
        .constitutionVersion(constitution.version())
        .constitutionHash(constitution.hash())
        .decidedAt(decidedAt)
        .timings(Timings.builder()
            .totalMicros((clock.nanoTime() - start) / 1_000)
            .assessorMicros(run.micros)
            .build())
        .build();

    LogEntry entry = log.append(EntryKind.JUDGMENT, judgment.id(), decidedAt, judgment.verdict().id(),
        CanonicalRecord.of(judgment));
    Judgment logged = ImmutableJudgment.copyOf(judgment).withChain(ChainLink.of(entry.sequence(), entry.previousHash(), entry.hash()));
    events.published(logged);
    return logged;
  }

  /**
   * The first-line assessors under the common deadline, a doubt of one settled by another that
   * answered for its topic; then, only if a doubt remains and a referee is configured, the referees
   * under theirs, whose answer settles the doubts.
   */
  private AssessorRun assess(Situation situation, EffectivePolicy policy) {
    AssessorRun run = assessors.run(situation, policy, constitution, settings.deadline()).settledWithin();
    if (referees.isEmpty() || run.assessments.stream().noneMatch(Assessment::hasDoubts)) {
      return run;
    }
    return run.settledBy(referees.run(situation, policy, constitution, settings.refereeDeadline()));
  }

  /**
   * The user protections the assessors found in force, as the constitution defines them, in its
   * order; ids it does not define are ignored, and so is a protection the user waived.
   */
  private List<UserProtection> protectionsInForce(AssessorRun run, EffectivePolicy policy) {
    Set<String> found = new HashSet<>();
    run.assessments.forEach(a -> found.addAll(a.protectionsInForce()));
    return constitution.userProtections().stream()
        .filter(p -> found.contains(p.id()) && !policy.waivedProtections().contains(p.id()))
        .toList();
  }

  /** Every hard constraint of the constitution, with what was found about it. */
  private List<ConstraintCheck> constraintChecks(List<ConstraintFinding> findings, AssessorRun run) {
    List<ConstraintCheck> checks = new ArrayList<>(constitution.hardConstraints().size());
    for (HardConstraint constraint : constitution.hardConstraints()) {
      ConstraintStatus status = run.checkedConstraints.contains(constraint.id())
          ? ConstraintStatus.CLEAR : ConstraintStatus.UNCHECKED;
      String rationale = "";
      for (ConstraintFinding f : findings) {
        if (f.constraintId().equals(constraint.id()) && worse(f.status(), status)) {
          status = f.status();
          rationale = f.rationale();
        }
      }
      checks.add(ConstraintCheck.of(constraint.id(), status, rationale));
    }
    return checks;
  }

  private static boolean worse(ConstraintStatus candidate, ConstraintStatus current) {
    return rank(candidate) > rank(current);
  }

  private static int rank(ConstraintStatus status) {
    switch (status) {
      case VIOLATED: return 3;
      case UNSURE: return 2;
      case CLEAR: return 1;
      default: return 0;
    }
  }
}
