package dev.charter.application.service;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.judgment.AssessorFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What all assessors returned for one situation: their assessments, failures and timings. */
final class AssessorRun {

  final List<Assessment> assessments = new ArrayList<>();
  final List<AssessorFailure> failures = new ArrayList<>();
  final Map<String, Long> micros = new LinkedHashMap<>();
  /** Guards that answered, by the constraint ids they checked. */
  final List<String> checkedConstraints = new ArrayList<>();

  /**
   * This run with its doubts settled by the referees' run: if any referee answered, the doubts give
   * way to what it returned; if none did, the doubts stand (the constitution's fallback for
   * uncertainty decides them) and the referees' failures are recorded beside them.
   */
  AssessorRun settledBy(AssessorRun referees) {
    AssessorRun settled = new AssessorRun();
    boolean answered = !referees.assessments.isEmpty();
    for (Assessment assessment : assessments) {
      settled.assessments.add(answered ? assessment.withoutDoubts() : assessment);
    }
    settled.assessments.addAll(referees.assessments);
    settled.failures.addAll(failures);
    settled.failures.addAll(referees.failures);
    settled.micros.putAll(micros);
    settled.micros.putAll(referees.micros);
    settled.checkedConstraints.addAll(checkedConstraints);
    settled.checkedConstraints.addAll(referees.checkedConstraints);
    return settled;
  }
}
