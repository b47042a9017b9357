package dev.charter.interchange.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.charter.domain.log.LogEntry;

/**
 * A decision-log entry as JSON: its place in the chain, its hashes, and its payload as the JSON
 * object it is stored as. A payload that is not valid JSON (a damaged or tampered log) is shown as
 * the string it is, so the entry can still be inspected.
 *
 * <p>Public API.
 */
public final class LogEntryJson {

  private LogEntryJson() {}

  /** One line of JSON. */
  public static String write(LogEntry entry) {
    return JsonText.compact(tree(entry));
  }

  /** Indented by two spaces, for people. */
  public static String writePretty(LogEntry entry) {
    return JsonText.pretty(tree(entry));
  }

  public static ObjectNode tree(LogEntry entry) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("sequence", entry.sequence());
    o.put("kind", entry.kind().id());
    o.put("subject", entry.subject());
    o.put("recordedAt", entry.recordedAt().toString());
    o.put("summary", entry.summary());
    o.put("hash", entry.hash());
    o.put("previousHash", entry.previousHash());
    JsonNode payload = JsonText.parse(entry.payload()).getOrElse(MissingNode::getInstance);
    o.set("payload", payload.isObject() ? payload : TextNode.valueOf(entry.payload()));
    return o;
  }
}
