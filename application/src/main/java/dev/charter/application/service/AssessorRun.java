package dev.charter.application.service;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.judgment.AssessorFailure;
import dev.charter.domain.judgment.Consideration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What all assessors returned for one situation: their assessments, failures and timings. */
final class AssessorRun {

  final List<Assessment> assessments = new ArrayList<>();
  final List<AssessorFailure> failures = new ArrayList<>();
  final Map<String, Long> micros = new LinkedHashMap<>();
  /** Guards that answered, by the constraint ids they checked. */
  final List<String> checkedConstraints = new ArrayList<>();
  /** Doubts of one assessor that another answered for, in words (see {@link #settledWithin()}). */
  final List<String> answeredDoubts = new ArrayList<>();

  /**
   * This run with each doubt one assessor had about a topic that another weighed specifically
   * settled by that answer (see {@link Assessment#answeredTopics()}), and every concern about a
   * topic another assessor decided settled by its decision (see {@link Assessment#decidedTopics()}).
   */
  AssessorRun settledWithin() {
    Map<String, String> answerers = new TreeMap<>();
    Map<String, String> deciders = new TreeMap<>();
    for (Assessment a : assessments) {
      a.decidedTopics().forEach(topic -> deciders.putIfAbsent(topic, sourceOf(a)));
      a.answeredTopics().forEach(topic -> answerers.putIfAbsent(topic, sourceOf(a)));
      a.decidedTopics().forEach(topic -> answerers.putIfAbsent(topic, sourceOf(a)));
    }
    if (answerers.isEmpty()) {
      return this;
    }
    AssessorRun settled = new AssessorRun();
    Set<String> answered = new LinkedHashSet<>();
    for (Assessment assessment : assessments) {
      // An assessor's own concerns stand against its own decision: they are part of it.
      Set<String> decidedByOthers = new HashSet<>(deciders.keySet());
      decidedByOthers.removeAll(assessment.decidedTopics());
      Assessment kept = assessment.withoutConcernsSettledBy(answerers.keySet(), decidedByOthers);
      settled.assessments.add(kept);
      assessment.considerations().stream().filter(c -> !kept.considerations().contains(c))
          .forEach(c -> answered.add(settledConcern(c.source(), c.unsure(), c.topic().orElseThrow(), answerers)));
      assessment.escalations().stream().filter(e -> !kept.escalations().contains(e))
          .forEach(e -> answered.add(settledConcern(e.source(), e.unsure(), e.topic().orElseThrow(), answerers)));
    }
    settled.answeredDoubts.addAll(answered);
    settled.failures.addAll(failures);
    settled.micros.putAll(micros);
    settled.checkedConstraints.addAll(checkedConstraints);
    return settled;
  }

  private static String settledConcern(String source, boolean unsure, String topic, Map<String, String> answerers) {
    return source + (unsure ? " was unsure about " : " read the message as ") + topic + "; " + answerers.get(topic)
        + (unsure ? " answered for it" : " read it for exactly that and decided it");
  }

  /** The assessor an assessment came from, as its considerations name it. */
  private static String sourceOf(Assessment assessment) {
    return assessment.considerations().stream().map(Consideration::source).findFirst().orElse("an assessor");
  }

  /**
   * This run with its doubts settled by the referees' run. An unsure constraint finding gives way
   * only if a referee that guards that constraint answered; unsure concerns and escalations for
   * doubt give way only if every referee answered. Whatever is not settled stands, and the
   * constitution's fallback for uncertainty decides it; the referees' failures are recorded.
   */
  AssessorRun settledBy(AssessorRun referees) {
    AssessorRun settled = new AssessorRun();
    Set<String> settledConstraints = new HashSet<>(referees.checkedConstraints);
    boolean concernsSettled = referees.failures.isEmpty() && !referees.assessments.isEmpty();
    for (Assessment assessment : assessments) {
      settled.assessments.add(assessment.settled(settledConstraints, concernsSettled));
    }
    settled.assessments.addAll(referees.assessments);
    settled.failures.addAll(failures);
    settled.failures.addAll(referees.failures);
    settled.micros.putAll(micros);
    settled.micros.putAll(referees.micros);
    settled.checkedConstraints.addAll(checkedConstraints);
    settled.checkedConstraints.addAll(referees.checkedConstraints);
    settled.answeredDoubts.addAll(answeredDoubts);
    return settled;
  }
}
