package dev.charter.interchange.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts between JSON and the plain Java values a proposed action's arguments are made of:
 * {@code String}, {@code Boolean}, {@code Long} (or {@code BigInteger} beyond its range),
 * {@code Double}, and unmodifiable {@code List}s and insertion-ordered {@code Map}s of them.
 *
 * <p>Domain values reject {@code null}, so a key whose value is JSON {@code null} is left out, as
 * if absent; a {@code null} inside an array cannot be left out without shifting what follows, so
 * it is reported instead.
 */
final class PlainValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PlainValues() {}

  /** A JSON object as a map of plain values. */
  static Optional<Map<String, Object>> readObject(TreeReader in, JsonNode node, String path) {
    if (!node.isObject()) {
      in.problem(path, "expected an object, got " + TreeReader.describe(node));
      return Optional.empty();
    }
    Map<String, Object> map = new LinkedHashMap<>();
    boolean complete = true;
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isNull()) {
        continue;
      }
      Optional<Object> value = read(in, field.getValue(), JsonPath.field(path, field.getKey()));
      value.ifPresent(v -> map.put(field.getKey(), v));
      complete &= value.isPresent();
    }
    return complete ? Optional.of(Collections.unmodifiableMap(map)) : Optional.empty();
  }

  private static Optional<Object> read(TreeReader in, JsonNode node, String path) {
    if (node.isObject()) {
      return readObject(in, node, path).map(map -> map);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      boolean complete = true;
      for (int i = 0; i < node.size(); i++) {
        String at = JsonPath.index(path, i);
        if (node.get(i).isNull()) {
          in.problem(at, "null is not allowed inside an array of arguments; remove the element or give it a value");
          complete = false;
          continue;
        }
        Optional<Object> value = read(in, node.get(i), at);
        value.ifPresent(list::add);
        complete &= value.isPresent();
      }
      return complete ? Optional.of(Collections.unmodifiableList(list)) : Optional.empty();
    }
    if (node.isTextual()) {
      return Optional.of(node.textValue());
    }
    if (node.isBoolean()) {
      return Optional.of(node.booleanValue());
    }
    if (node.isIntegralNumber()) {
      return Optional.of(node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue());
    }
    if (node.isNumber()) {
      if (!Double.isFinite(node.doubleValue())) {
        in.problem(path, "number is too large to represent");
        return Optional.empty();
      }
      return Optional.of(node.doubleValue());
    }
    in.problem(path, "expected a JSON value, got " + TreeReader.describe(node));
    return Optional.empty();
  }

  /** A plain value as JSON; anything else is a bug in whoever built the value. */
  static JsonNode write(Object value) {
    if (value instanceof String) {
      return NODES.textNode((String) value);
    }
    if (value instanceof Boolean) {
      return NODES.booleanNode((Boolean) value);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return NODES.numberNode(((Number) value).doubleValue());
    }
    if (value instanceof BigInteger) {
      return NODES.numberNode((BigInteger) value);
    }
    if (value instanceof BigDecimal) {
      return NODES.numberNode((BigDecimal) value);
    }
    if (value instanceof Map) {
      ObjectNode object = NODES.objectNode();
      ((Map<?, ?>) value).forEach((k, v) -> object.set(String.valueOf(k), write(v)));
      return object;
    }
    if (value instanceof Iterable) {
      ArrayNode array = NODES.arrayNode();
      ((Iterable<?>) value).forEach(v -> array.add(write(v)));
      return array;
    }
    throw new IllegalArgumentException("not a plain JSON value: "
        + (value == null ? "null" : value.getClass().getName()));
  }
}
