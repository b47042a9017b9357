package dev.charter.adapter.constitution.yaml;

import dev.charter.domain.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** The problems found in one document so far, each placed at its {@code file:line}. */
final class DocumentProblems {

  private final String fileName;
  private final List<Problem> problems = new ArrayList<>();

  DocumentProblems(String fileName) {
    this.fileName = fileName;
  }

  /** Where a node was written, as {@code file:line} with lines counted from 1. */
  String origin(Node node) {
    return at(node.getStartMark().getLine());
  }

  /** {@code file:line} for a 0-based line, as SnakeYAML counts them. */
  String at(int zeroBasedLine) {
    return fileName + ":" + (zeroBasedLine + 1);
  }

  void add(Node node, String what) {
    problems.add(Problem.of(origin(node), what));
  }

  List<Problem> all() {
    return List.copyOf(problems);
  }
}
