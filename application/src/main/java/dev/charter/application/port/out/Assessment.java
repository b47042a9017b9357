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

  /**
   * Topics this assessor read the situation for so closely that its answer stands over every other
   * assessor's concern about them, sure or not (constraint findings are never touched). Kept for
   * what the constitution prescribes the response to itself: the crisis-support screen, having
   * read a message as a plea from someone who wants to die and asks for nothing that could hurt
   * them, decides the topic self-harm, since such a user is answered with care and pointed to
   * help, never turned away, however sure another assessor is that the message is about self-harm.
   * The game-context screen decides violence and theft for a question about playing a named game,
   * whose killing and stealing are done to characters. A decided topic is also answered ({@link
   * #answeredTopics()}).
   */
  public abstract Set<String> decidedTopics();

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
        .addAllDecidedTopics(decidedTopics())
        .build();
  }

  /**
   * This assessment without its doubts about the {@code answered} topics, and without any concern
   * or escalation, sure or not, about the {@code decided} ones (see {@link #decidedTopics()}).
   */
  public Assessment withoutConcernsSettledBy(Set<String> answered, Set<String> decided) {
    return builder()
        .addAllConsiderations(considerations().stream()
            .filter(c -> !settles(c.unsure(), c.topic().orElse(null), answered, decided)).toList())
        .addAllFindings(findings())
        .addAllEscalations(escalations().stream()
            .filter(e -> !settles(e.unsure(), e.topic().orElse(null), answered, decided)).toList())
        .addAllProtectionsInForce(protectionsInForce())
        .addAllAnsweredTopics(answeredTopics())
        .addAllDecidedTopics(decidedTopics())
        .build();
  }

  private static boolean settles(boolean unsure, String topic, Set<String> answered, Set<String> decided) {
    return topic != null && (decided.contains(topic) || unsure && answered.contains(topic));
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
