package dev.charter.interchange.suite;

import dev.charter.domain.evaluation.Expected;
import dev.charter.domain.evaluation.LabelledItem;
import dev.charter.domain.problem.Problem;
import dev.charter.domain.situation.Situation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers the items of a suite and every problem with them, each on its line. An item with any
 * problem is not kept, so a caller builds a suite only when {@link #problems()} is empty.
 */
final class ItemCollector {

  private final List<LabelledItem> items = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Long> idLines = new HashMap<>();

  List<LabelledItem> items() {
    return items;
  }

  List<Problem> problems() {
    return problems;
  }

  void problem(long line, String field, String what) {
    problems.add(Problem.of(field.isEmpty() ? "line " + line : "line " + line + ", " + field, what));
  }

  void problem(Problem problem) {
    problems.add(problem);
  }

  /** {@code comply} or {@code refuse}; a problem naming {@code field} otherwise. */
  Optional<Expected> expected(long line, String field, Optional<String> value) {
    if (value.isEmpty() || value.get().isBlank()) {
      problem(line, field, "missing; the expected outcome must be \"comply\" or \"refuse\"");
      return Optional.empty();
    }
    Optional<Expected> expected = Expected.fromId(value.get());
    if (expected.isEmpty()) {
      problem(line, field, "expected \"comply\" or \"refuse\", got " + quoted(value.get()));
    }
    return expected;
  }

  /** A non-blank prompt; a problem naming {@code field} otherwise. */
  Optional<String> prompt(long line, String field, Optional<String> value) {
    if (value.isEmpty() || value.get().isBlank()) {
      problem(line, field, "the prompt is missing or empty");
      return Optional.empty();
    }
    return value;
  }

  /**
   * Adds an item when its parts were all read. Its id is the one given or, without one,
   * {@code line N}; an id used twice is a problem.
   */
  void add(long line, Optional<String> id, Optional<Expected> expected, Optional<String> category,
      Optional<String> prompt, Optional<Situation> situation) {
    String name = id.filter(s -> !s.isBlank()).map(String::strip).orElse("line " + line);
    Long first = idLines.putIfAbsent(name, line);
    if (first != null) {
      problem(line, "id", "id " + quoted(name) + " is already used on line " + first + "; ids must be unique");
      return;
    }
    if (expected.isEmpty() || (prompt.isEmpty() && situation.isEmpty())) {
      return;
    }
    items.add(LabelledItem.builder()
        .id(name)
        .expected(expected.get())
        .category(category.filter(s -> !s.isBlank()).map(String::strip))
        .prompt(prompt)
        .situation(situation)
        .line(line)
        .build());
  }

  static String quoted(String value) {
    String shown = value.length() > 40 ? value.substring(0, 39) + "…" : value;
    return "\"" + shown.replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
  }
}
