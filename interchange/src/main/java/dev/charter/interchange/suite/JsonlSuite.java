package dev.charter.interchange.suite;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.charter.domain.evaluation.Expected;
import dev.charter.domain.problem.Problem;
import dev.charter.domain.situation.Situation;
import dev.charter.interchange.json.SituationJson;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Suites in JSON Lines, one object per line (blank lines skipped): a labelled suite of your own,
 * the unified refusal set, or prompts labelled as benign. The format is told by the fields of the
 * first object.
 */
final class JsonlSuite {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final List<String> LABELLED_FIELDS = List.of("prompt", "situation", "expected", "id", "category");
  private static final List<String> BENIGN_LABELS = List.of("helpful_request", "instruction_task");
  private static final String RED_TEAM = "red_team_attempt";

  private final ItemCollector out;
  private SuiteFormat format;
  private long redTeamLine;

  private JsonlSuite(ItemCollector out) {
    this.out = out;
  }

  /** Reads the items of a JSON Lines suite into {@code out}; the format read, or why the file cannot be a suite. */
  static Either<Problem, SuiteFormat> read(String fileName, String text, ItemCollector out) {
    JsonlSuite suite = new JsonlSuite(out);
    String[] lines = text.split("\r\n|\n|\r", -1);
    if (lines.length > 0 && lines[0].startsWith("\uFEFF")) {
      lines[0] = lines[0].substring(1);
    }
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        suite.line(i + 1L, lines[i]);
      }
    }
    if (suite.redTeamLine > 0) {
      return Either.left(Problem.of(fileName, "has no refusal labels: its label \"" + RED_TEAM + "\" (first on "
          + "line " + suite.redTeamLine + ") marks prompts that opened red-teaming conversations, which range from "
          + "harmful to harmless; grade them and give each an \"expected\" (comply or refuse) before evaluating"));
    }
    return Either.right(suite.format == null ? SuiteFormat.LABELLED_JSONL : suite.format);
  }

  private void line(long line, String text) {
    JsonNode node;
    try (JsonParser parser = MAPPER.createParser(text)) {
      node = MAPPER.readTree(parser);
      if (parser.nextToken() != null) {
        out.problem(line, "", "more than one JSON value on the line; a suite holds one object per line");
        return;
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      out.problem(Problem.of("line " + line + (at != null && at.getColumnNr() > 0 ? ", column " + at.getColumnNr() : ""),
          describe(e)));
      return;
    } catch (IOException e) {
      throw new IllegalStateException("reading JSON from a string cannot fail with I/O", e);
    }
    if (node == null || !node.isObject()) {
      out.problem(line, "", "expected a JSON object, got " + kind(node));
      return;
    }
    if (format == null) {
      format = detect(node);
    }
    switch (format) {
      case REFUSAL_EVAL_UNIFIED:
        out.add(line, id(line, node, "uid"), out.expected(line, "dataset_expected", text(line, node, "dataset_expected")),
            text(line, node, "dataset_category"), out.prompt(line, "prompt", text(line, node, "prompt")),
            Optional.empty());
        break;
      case BENIGN_PROMPTS:
        out.add(line, id(line, node, "uid"), benignLabel(line, node), Optional.empty(),
            out.prompt(line, "prompt", text(line, node, "prompt")), Optional.empty());
        break;
      default:
        labelled(line, node);
    }
  }

  private static SuiteFormat detect(JsonNode first) {
    if (first.has("dataset_expected")) {
      return SuiteFormat.REFUSAL_EVAL_UNIFIED;
    }
    if (!first.has("expected") && first.has("label") && first.has("prompt")) {
      return SuiteFormat.BENIGN_PROMPTS;
    }
    return SuiteFormat.LABELLED_JSONL;
  }

  private void labelled(long line, JsonNode node) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!LABELLED_FIELDS.contains(name)) {
        out.problem(line, name, "unknown field; expected one of " + String.join(", ", LABELLED_FIELDS));
      }
    }
    boolean hasPrompt = present(node, "prompt");
    boolean hasSituation = present(node, "situation");
    Optional<String> prompt = Optional.empty();
    Optional<Situation> situation = Optional.empty();
    if (hasPrompt == hasSituation) {
      out.problem(line, "", hasPrompt ? "both prompt and situation; an item is one or the other"
          : "neither prompt nor situation; an item needs one of them");
    } else if (hasPrompt) {
      prompt = out.prompt(line, "prompt", text(line, node, "prompt"));
    } else {
      situation = situation(line, node.get("situation"));
    }
    out.add(line, id(line, node, "id"), out.expected(line, "expected", text(line, node, "expected")),
        text(line, node, "category"), prompt, situation);
  }

  private Optional<Situation> situation(long line, JsonNode node) {
    if (!node.isObject()) {
      out.problem(line, "situation", "expected a situation object, got " + kind(node));
      return Optional.empty();
    }
    Validation<Seq<Problem>, Situation> read = SituationJson.read(node.toString());
    if (read.isInvalid()) {
      read.getError().forEach(p -> out.problem(line, p.where().isEmpty() ? "situation" : "situation." + p.where(),
          p.what()));
      return Optional.empty();
    }
    return Optional.of(read.get());
  }

  private Optional<Expected> benignLabel(long line, JsonNode node) {
    Optional<String> label = text(line, node, "label");
    if (label.isPresent() && BENIGN_LABELS.contains(label.get())) {
      return Optional.of(Expected.COMPLY);
    }
    if (label.isPresent() && label.get().equals(RED_TEAM)) {
      if (redTeamLine == 0) {
        redTeamLine = line;
      }
      return Optional.empty();
    }
    out.problem(line, "label", "expected " + String.join(" or ", BENIGN_LABELS) + " (both mean comply), got "
        + label.map(ItemCollector::quoted).orElse("nothing"));
    return Optional.empty();
  }

  /** A string field; absent or null is empty, any other type a problem. */
  private Optional<String> text(long line, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      out.problem(line, field, "expected a string, got " + kind(value));
      return Optional.empty();
    }
    return Optional.of(value.textValue());
  }

  /** An id: a string, or a whole number people often use instead. */
  private Optional<String> id(long line, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value != null && value.isIntegralNumber()) {
      return Optional.of(value.asText());
    }
    return text(line, node, field);
  }

  private static boolean present(JsonNode node, String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    if (node.isArray()) {
      return "an array";
    }
    return node.isNull() ? "null" : "an object";
  }

  /** Jackson's message without its internals, as one line. */
  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
    message = message.replaceAll(" \\(code -?\\d+\\)", "")
        // Within one line of JSON Lines, Jackson's "line: 1" says nothing; keep the column.
        .replaceAll("\\[Source: [^;\\]]*; line: \\d+, column: (\\d+)\\]", "column $1")
        .replaceAll("\\[Source: [^\\]]*\\]", "")
        .replace("JSON String, Number, Array, Object or token 'null', 'true' or 'false'",
            "a string, number, array, object, true, false or null")
        .strip();
    int end = message.indexOf('\n');
    if (end > 0) {
      message = message.substring(0, end).strip();
    }
    return message.isEmpty() ? "malformed JSON"
        : "malformed JSON: " + message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
  }
}
