package dev.charter.adapter.constitution.yaml;

import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read as a record with a fixed set of fields. Unknown and repeated keys are
 * reported, not ignored: a misspelt field would otherwise silently change what a rule means.
 * Every accessor reports what is wrong with its field and returns empty in that case.
 */
final class YamlRecord {

  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

  private final Node node;
  private final String kind;
  private final Map<String, Node> values;
  private final DocumentProblems problems;

  private YamlRecord(Node node, String kind, Map<String, Node> values, DocumentProblems problems) {
    this.node = node;
    this.kind = kind;
    this.values = values;
    this.problems = problems;
  }

  /** Reads {@code node} as a {@code kind} with the given fields, or reports why it is not one. */
  static Optional<YamlRecord> read(Node node, String kind, List<String> fields, DocumentProblems problems) {
    if (!(node instanceof MappingNode mapping)) {
      problems.add(node, kind + " must be a mapping with fields " + String.join(", ", fields)
          + ", not " + describe(node));
      return Optional.empty();
    }
    Map<String, Node> values = new LinkedHashMap<>();
    Map<String, Node> keys = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalarKey)) {
        problems.add(key, kind + " has a key that is " + describe(key) + "; keys are field names");
        continue;
      }
      String name = scalarKey.getValue();
      if (!fields.contains(name)) {
        problems.add(key, "unknown field '" + name + "' in " + kind + "; expected one of "
            + String.join(", ", fields));
      } else if (keys.containsKey(name)) {
        problems.add(key, "field '" + name + "' appears twice in " + kind + " (first at "
            + problems.origin(keys.get(name)) + ")");
      } else {
        keys.put(name, key);
        values.put(name, tuple.getValueNode());
      }
    }
    return Optional.of(new YamlRecord(node, kind, values, problems));
  }

  /** Where the record starts, for problems about the record as a whole. */
  String origin() {
    return problems.origin(node);
  }

  String origin(String field) {
    return has(field) ? problems.origin(values.get(field)) : origin();
  }

  /** Whether the field is written with a value ({@code field:} alone or {@code ~} counts as absent). */
  boolean has(String field) {
    Node value = values.get(field);
    return value != null && !value.getTag().equals(Tag.NULL);
  }

  Optional<String> requiredText(String field) {
    return required(field) ? text(field) : Optional.empty();
  }

  Optional<String> optionalText(String field) {
    return has(field) ? text(field) : Optional.empty();
  }

  Optional<Double> number(String field) {
    return optionalText(field).flatMap(text -> {
      if (NUMBER.matcher(text).matches()) {
        return Optional.of(Double.parseDouble(text));
      }
      problems.add(values.get(field), "field '" + field + "' in " + kind + " must be a number, not '" + text + "'");
      return Optional.empty();
    });
  }

  /** A switch written {@code on} or {@code off}; YAML's {@code true} and {@code false} are read alike. */
  Optional<Boolean> requiredOnOff(String field) {
    return required(field) ? flag(field, "on or off") : Optional.empty();
  }

  Optional<Boolean> optionalOnOff(String field) {
    return has(field) ? flag(field, "on or off") : Optional.empty();
  }

  Optional<Boolean> optionalTrueFalse(String field) {
    return has(field) ? flag(field, "true or false") : Optional.empty();
  }

  /** A value from a closed set, such as a reach, looked up by its id. */
  <T> Optional<T> requiredChoice(String field, Function<String, Option<T>> byId, List<String> choices) {
    return requiredText(field).flatMap(text -> {
      Option<T> choice = byId.apply(text);
      if (choice.isEmpty()) {
        problems.add(values.get(field), "field '" + field + "' in " + kind + " must be one of "
            + String.join(", ", choices) + ", not '" + text + "'");
      }
      return choice.toJavaOptional();
    });
  }

  /** The items of a list field; an absent field is an empty list. */
  List<Node> list(String field) {
    if (!has(field)) {
      return List.of();
    }
    Node value = values.get(field);
    if (!(value instanceof SequenceNode sequence)) {
      problems.add(value, "field '" + field + "' in " + kind + " must be a list, not " + describe(value));
      return List.of();
    }
    return sequence.getValue();
  }

  private boolean required(String field) {
    if (!has(field)) {
      problems.add(values.getOrDefault(field, node), "missing field '" + field + "' in " + kind);
      return false;
    }
    return true;
  }

  private Optional<String> text(String field) {
    Node value = values.get(field);
    if (!(value instanceof ScalarNode scalar)) {
      problems.add(value, "field '" + field + "' in " + kind + " must be text, not " + describe(value));
      return Optional.empty();
    }
    // Surrounding whitespace is layout (a folded block adds a final newline), not content.
    return Optional.of(scalar.getValue().strip());
  }

  private Optional<Boolean> flag(String field, String expected) {
    return text(field).flatMap(text -> {
      switch (text) {
        case "on":
        case "true":
          return Optional.of(true);
        case "off":
        case "false":
          return Optional.of(false);
        default:
          problems.add(values.get(field), "field '" + field + "' in " + kind + " must be " + expected
              + ", not '" + text + "'");
          return Optional.empty();
      }
    });
  }

  private static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node.getTag().equals(Tag.NULL)) {
      return "empty";
    }
    return node instanceof ScalarNode scalar ? "'" + scalar.getValue() + "'" : "a " + node.getNodeId();
  }
}
