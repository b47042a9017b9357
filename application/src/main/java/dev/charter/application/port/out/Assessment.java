package dev.charter.application.port.out;

import dev.charter.domain.CharterStyle;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintFinding;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.weighing.EscalationReason;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What one assessor found: considerations, constraint findings, reasons to escalate, and the user
 * protections the situation calls into force (ids of the constitution's {@code userProtections}).
 */
@Value.Immutable
@CharterStyle
public abstract class Assessment {

  public abstract List<Consideration> considerations();

  public abstract List<ConstraintFinding> findings();

  public abstract List<EscalationReason> escalations();

  /**
   * User protections this situation calls into force, such as {@code emergency-pointers} when a
   * life may be at risk. They are not weighed: whatever the verdict, the user is given their notice.
   */
  public abstract Set<String> protectionsInForce();

  /**
   * Topics (see {@code Consideration.topic()}) this assessor weighed specifically for the
   * situation, so that its answer stands for them: another assessor's unsure consideration or
   * escalation for doubt about one of them is settled by it, as a referee's answer would settle it.
   * The dose-information screen, which weighs the share of askers at risk of harming themselves in
   * the deployment, settles the semantic assessor's doubt about self-harm on a dose question.
   */
  public abstract Set<String> answeredTopics();

  /** Whether the assessor was unsure of anything it returned. */
  public boolean hasDoubts() {
    return considerations().stream().anyMatch(Consideration::unsure)
        || findings().stream().anyMatch(f -> f.status() == ConstraintStatus.UNSURE)
        || escalations().stream().anyMatch(EscalationReason::unsure);
  }

  /**
   * This assessment once referees have settled some of its doubts: unsure findings about the
   * {@code settledConstraints} go, and so do unsure considerations and escalations for doubt when
   * {@code concernsSettled} (every referee answered). Everything else stays.
   */
  public Assessment settled(Set<String> settledConstraints, boolean concernsSettled) {
    return builder()
        .addAllConsiderations(considerations().stream().filter(c -> !(concernsSettled && c.unsure())).toList())
        .addAllFindings(findings().stream()
            .filter(f -> !(f.status() == ConstraintStatus.UNSURE && settledConstraints.contains(f.constraintId())))
            .toList())
        .addAllEscalations(escalations().stream().filter(e -> !(concernsSettled && e.unsure())).toList())
        .addAllProtectionsInForce(protectionsInForce())
        .addAllAnsweredTopics(answeredTopics())
        .build();
  }

  /** This assessment without its doubts about the {@code topics} another assessor answered for. */
  public Assessment withoutDoubtsAbout(Set<String> topics) {
    return builder()
        .addAllConsiderations(considerations().stream()
            .filter(c -> !(c.unsure() && c.topic().filter(topics::contains).isPresent())).toList())
        .addAllFindings(findings())
        .addAllEscalations(escalations().stream()
            .filter(e -> !(e.unsure() && e.topic().filter(topics::contains).isPresent())).toList())
        .addAllProtectionsInForce(protectionsInForce())
        .addAllAnsweredTopics(answeredTopics())
        .build();
  }

  /** Nothing found: one shared instance, since most assessors find nothing in most situations. */
  public static Assessment none() {
    return NONE;
  }

  private static final Assessment NONE = builder().build();

  public static Assessment of(Consideration... considerations) {
    return builder().addConsiderations(considerations).build();
  }

  public static ImmutableAssessment.Builder builder() {
    return ImmutableAssessment.builder();
  }
}
