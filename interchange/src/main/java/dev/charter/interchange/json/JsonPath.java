package dev.charter.interchange.json;

import java.util.regex.Pattern;

/**
 * Names a place in a JSON document the way problems report it: {@code deployment.operator.id},
 * {@code conversation.messages[2].role}, or {@code action.arguments["odd key"]} when a key is not a
 * plain name. The root is the empty path.
 */
final class JsonPath {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private JsonPath() {}

  static String field(String parent, String name) {
    if (!PLAIN.matcher(name).matches()) {
      return parent + "[" + JsonText.quote(name) + "]";
    }
    return parent.isEmpty() ? name : parent + "." + name;
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
