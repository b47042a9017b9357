package dev.charter.interchange.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.charter.domain.problem.Problem;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * JSON text in and out. Reading is strict: exactly one value, no duplicate keys, no comments, so a
 * document means one thing only. A syntax error is told by line and column. Writing is either
 * compact (one line, for logs and JSON Lines) or indented by two spaces with {@code \n} line ends
 * on every platform.
 */
final class JsonText {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final ObjectWriter COMPACT = MAPPER.writer();

  private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonText() {}

  /** The one JSON value in {@code text}, a {@link MissingNode} when there is none, or where it breaks. */
  static Either<Problem, JsonNode> parse(String text) {
    try (JsonParser parser = MAPPER.createParser(text)) {
      try {
        JsonNode root = MAPPER.readTree(parser);
        if (root == null) {
          return Either.right(MissingNode.getInstance());
        }
        if (parser.nextToken() != null) {
          return Either.left(Problem.of(where(parser.currentTokenLocation()),
              "unexpected content after the end of the JSON value; a document holds exactly one value"));
        }
        return Either.right(root);
      } catch (JsonProcessingException e) {
        // Limits such as the nesting depth are reported without a location; the parser still knows it.
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
        return Either.left(Problem.of(where(at), describe(e)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON from a string cannot fail with I/O", e);
    }
  }

  static String compact(JsonNode node) {
    try {
      return COMPACT.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  static String pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /** {@code s} as a JSON string literal, quotes included. */
  static String quote(String s) {
    return TextNode.valueOf(s).toString();
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /**
   * Jackson's message without its internals: no character codes, no source descriptions, and
   * locations in the same {@code line L, column C} form the problem itself uses.
   */
  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
    message = message
        .replaceAll(" \\(code -?\\d+\\)", "")
        .replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
        .replace("JSON String, Number, Array, Object or token 'null', 'true' or 'false'",
            "a string, number, array, object, true, false or null")
        .replaceAll(": maybe a \\(non-standard\\) comment\\?.*", ": comments are not allowed in JSON")
        .replaceAll(", from `[^`]*`", "")
        .strip();
    int end = message.indexOf('\n');
    if (end > 0) {
      message = message.substring(0, end).strip();
    }
    return message.isEmpty() ? "malformed JSON"
        : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
  }
}
