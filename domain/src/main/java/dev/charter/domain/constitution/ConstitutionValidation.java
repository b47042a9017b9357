package dev.charter.domain.constitution;

import dev.charter.domain.problem.Problem;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a draft into a {@link Constitution}, or reports every problem in it at once: missing
 * version, a dominance factor that would not let values dominate, a priority list that does not
 * name each core value exactly once, malformed or duplicate ids (across constraints, behaviours,
 * guidelines and protections: a behaviour may not share an id with a hard constraint), and blank
 * texts.
 */
public final class ConstitutionValidation {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final double MAX_DOMINANCE = 1000;

  private ConstitutionValidation() {}

  public static Validation<Seq<Problem>, Constitution> validate(ConstitutionDraft draft) {
    java.util.List<Problem> problems = new ArrayList<>();
    String version = checkVersion(draft, problems);
    double dominance = checkDominance(draft, problems);
    java.util.List<ValueDefinition> order = checkPriorities(draft, problems);
    checkIds(draft, problems);
    checkTexts(draft, problems);
    if (!problems.isEmpty()) {
      return Validation.invalid(List.ofAll(problems));
    }
    return Validation.valid(
        Constitution.builder()
            .version(version)
            .priorities(ValuePriorities.builder().order(order).dominance(dominance).build())
            .hardConstraints(values(draft.hardConstraints()))
            .guidelines(values(draft.guidelines()))
            .behaviors(values(draft.behaviors()))
            .userProtections(values(draft.userProtections()))
            .build());
  }

  private static String checkVersion(ConstitutionDraft draft, java.util.List<Problem> problems) {
    if (draft.version().isEmpty() || draft.version().get().value().isBlank()) {
      problems.add(Problem.of(draft.origin(), "version is missing; a constitution must say which version it is"));
      return "";
    }
    return draft.version().get().value();
  }

  private static double checkDominance(ConstitutionDraft draft, java.util.List<Problem> problems) {
    if (draft.dominance().isEmpty()) {
      problems.add(Problem.of(draft.origin(), "dominance is missing; say how strongly each value dominates the next (e.g. 3)"));
      return 0;
    }
    Sourced<Double> dominance = draft.dominance().get();
    double d = dominance.value();
    if (!(d > 1) || d > MAX_DOMINANCE || Double.isNaN(d)) {
      problems.add(Problem.of(dominance.origin(),
          "dominance must be greater than 1 and at most " + (int) MAX_DOMINANCE + " (got " + d
              + "); at 1 or less a lower value would count as much as a higher one"));
    }
    return d;
  }

  private static java.util.List<ValueDefinition> checkPriorities(
      ConstitutionDraft draft, java.util.List<Problem> problems) {
    java.util.List<ValueDefinition> order = new ArrayList<>();
    Map<CoreValue, String> seen = new EnumMap<>(CoreValue.class);
    for (Sourced<ConstitutionDraft.ValueClaim> claim : draft.priorities()) {
      String id = claim.value().id();
      var value = CoreValue.fromId(id);
      if (value.isEmpty()) {
        problems.add(Problem.of(claim.origin(), "'" + id + "' is not a core value; expected one of "
            + java.util.Arrays.stream(CoreValue.values()).map(CoreValue::id).toList()));
      } else if (seen.containsKey(value.get())) {
        problems.add(Problem.of(claim.origin(), "core value '" + id + "' is listed twice (first at "
            + seen.get(value.get()) + "); each core value must appear exactly once"));
      } else {
        seen.put(value.get(), claim.origin());
        order.add(ValueDefinition.of(value.get(), claim.value().meaning()));
      }
    }
    for (CoreValue value : CoreValue.values()) {
      if (!seen.containsKey(value)) {
        problems.add(Problem.of(draft.origin(), "priorities do not name core value '" + value.id()
            + "'; each core value must appear exactly once"));
      }
    }
    return order;
  }

  private static void checkIds(ConstitutionDraft draft, java.util.List<Problem> problems) {
    Map<String, String> firstUse = new HashMap<>();
    draft.hardConstraints().forEach(s -> checkId("hard constraint", s.value().id(), s.origin(), firstUse, problems));
    draft.behaviors().forEach(s -> checkId("behaviour", s.value().id(), s.origin(), firstUse, problems));
    draft.userProtections().forEach(s -> checkId("user protection", s.value().id(), s.origin(), firstUse, problems));
    draft.guidelines().forEach(s -> checkId("guideline", s.value().id(), s.origin(), firstUse, problems));
  }

  private static void checkId(String kind, String id, String origin, Map<String, String> firstUse,
      java.util.List<Problem> problems) {
    if (!ID.matcher(id).matches()) {
      problems.add(Problem.of(origin, kind + " id '" + id + "' must be lower-case words joined by '-'"));
      return;
    }
    String previous = firstUse.putIfAbsent(id, kind + " at " + origin);
    if (previous != null) {
      problems.add(Problem.of(origin, kind + " id '" + id + "' is already used by the " + previous
          + "; ids must be unique across the constitution"));
    }
  }

  private static void checkTexts(ConstitutionDraft draft, java.util.List<Problem> problems) {
    for (Sourced<HardConstraint> s : draft.hardConstraints()) {
      blank(s.value().description(), "description of hard constraint '" + s.value().id() + "'", s.origin(), problems);
      blank(s.value().rationale(), "rationale of hard constraint '" + s.value().id() + "'", s.origin(), problems);
    }
    for (Sourced<Behavior> s : draft.behaviors()) {
      blank(s.value().description(), "description of behaviour '" + s.value().id() + "'", s.origin(), problems);
    }
    for (Sourced<UserProtection> s : draft.userProtections()) {
      blank(s.value().description(), "description of user protection '" + s.value().id() + "'", s.origin(), problems);
      s.value().notice().filter(String::isBlank).ifPresent(n -> problems.add(Problem.of(s.origin(),
          "notice of user protection '" + s.value().id() + "' is empty; leave it out if there is nothing to tell")));
    }
    for (Sourced<Guideline> s : draft.guidelines()) {
      blank(s.value().text(), "text of guideline '" + s.value().id() + "'", s.origin(), problems);
    }
  }

  private static void blank(String text, String what, String origin, java.util.List<Problem> problems) {
    if (text.isBlank()) {
      problems.add(Problem.of(origin, what + " is empty; the constitution explains every rule it keeps"));
    }
  }

  private static <T> java.util.List<T> values(java.util.List<Sourced<T>> sourced) {
    return sourced.stream().map(Sourced::value).toList();
  }
}
