package dev.charter.interchange.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.domain.problem.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads typed values out of a JSON tree, each at a known path, and records one {@link Problem}
 * for every thing that is wrong instead of stopping at the first. A read that fails returns empty
 * and has always recorded why, so a caller builds its result only when {@link #clean()}.
 *
 * <p>An optional field given as JSON {@code null} counts as absent. A required one must be there
 * and of its type.
 */
final class TreeReader {

  /** Reads one value at a path: present when it is well-formed, empty with a problem recorded when not. */
  @FunctionalInterface
  interface Read<T> {
    Optional<T> read(JsonNode node, String path);
  }

  private static final int QUOTED = 40;

  private final List<Problem> problems = new ArrayList<>();

  void problem(String where, String what) {
    problems.add(Problem.of(where, what));
  }

  boolean clean() {
    return problems.isEmpty();
  }

  List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** {@code node} as an object whose every field is one of {@code fields}; each other field is reported. */
  Optional<ObjectNode> object(JsonNode node, String path, List<String> fields) {
    if (!node.isObject()) {
      return mistyped(node, path, "an object");
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!fields.contains(name)) {
        problem(JsonPath.field(path, name), "unknown field; expected "
            + (fields.size() == 1 ? fields.get(0) : "one of " + String.join(", ", fields)));
      }
    }
    return Optional.of((ObjectNode) node);
  }

  /** The field's value, unless it is absent or JSON {@code null}. */
  Optional<JsonNode> member(ObjectNode object, String name) {
    JsonNode node = object.get(name);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
  }

  <T> Optional<T> required(ObjectNode object, String path, String name, Read<T> read) {
    return required(object, path, name, "", read);
  }

  /** As {@link #required(ObjectNode, String, String, Read)}, with {@code hint} saying why it is needed. */
  <T> Optional<T> required(ObjectNode object, String path, String name, String hint, Read<T> read) {
    String at = JsonPath.field(path, name);
    JsonNode node = object.get(name);
    if (node == null) {
      problem(at, "missing required field" + (hint.isEmpty() ? "" : "; " + hint));
      return Optional.empty();
    }
    return read.read(node, at);
  }

  /** The field read by {@code read}, or {@code absent} when it is absent or {@code null}. */
  <T> Optional<T> optional(ObjectNode object, String path, String name, T absent, Read<T> read) {
    return member(object, name)
        .map(node -> read.read(node, JsonPath.field(path, name)))
        .orElse(Optional.of(absent));
  }

  Optional<String> string(JsonNode node, String path) {
    return node.isTextual() ? Optional.of(node.textValue()) : mistyped(node, path, "a string");
  }

  /** A string naming something (a deployment, a behaviour, a tool): never empty or blank. */
  Optional<String> id(JsonNode node, String path) {
    if (!node.isTextual()) {
      return mistyped(node, path, "a non-empty string");
    }
    if (node.textValue().isBlank()) {
      problem(path, "must not be empty");
      return Optional.empty();
    }
    return Optional.of(node.textValue());
  }

  Optional<Boolean> bool(JsonNode node, String path) {
    return node.isBoolean() ? Optional.of(node.booleanValue()) : mistyped(node, path, "true or false");
  }

  /** A string that names one of {@code choices}, looked up by {@code fromId}. */
  <T> Optional<T> oneOf(JsonNode node, String path, List<String> choices, Function<String, Optional<T>> fromId) {
    Optional<T> choice = node.isTextual() ? fromId.apply(node.textValue()) : Optional.empty();
    return choice.isPresent() ? choice : mistyped(node, path, "one of " + String.join(", ", choices));
  }

  /** An array whose every element {@code element} reads; empty when any of them fails. */
  <T> Optional<List<T>> list(JsonNode node, String path, Read<T> element) {
    if (!node.isArray()) {
      return mistyped(node, path, "an array");
    }
    List<T> values = new ArrayList<>(node.size());
    boolean complete = true;
    for (int i = 0; i < node.size(); i++) {
      Optional<T> value = element.read(node.get(i), JsonPath.index(path, i));
      value.ifPresent(values::add);
      complete &= value.isPresent();
    }
    return complete ? Optional.of(values) : Optional.empty();
  }

  private <T> Optional<T> mistyped(JsonNode node, String path, String expected) {
    problem(path, "expected " + expected + ", got " + describe(node));
    return Optional.empty();
  }

  /** A value as an error message shows it: strings quoted and shortened, containers by their kind. */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isTextual()) {
      String text = node.textValue();
      return JsonText.quote(text.length() > QUOTED ? text.substring(0, QUOTED - 1) + "…" : text);
    }
    return node.toString();
  }
}
