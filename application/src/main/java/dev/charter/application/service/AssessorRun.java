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
}
