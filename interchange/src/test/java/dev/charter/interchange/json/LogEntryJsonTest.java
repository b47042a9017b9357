package dev.charter.interchange.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charter.domain.log.CanonicalRecord;
import dev.charter.domain.log.EntryKind;
import dev.charter.domain.log.LogEntry;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogEntryJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant AT = Instant.parse("2025-03-04T05:06:08Z");

  @Test
  void anEntryIsWrittenWithItsChainFieldsAndItsPayloadAsAnObject() throws Exception {
    LogEntry first = LogEntry.next(Optional.empty(), EntryKind.STOP, "all", AT, "incident", "{\"action\":\"stop\"}");
    LogEntry second = LogEntry.next(Optional.of(first), EntryKind.JUDGMENT, "j-1", AT, "PROCEED_PARTIALLY",
        CanonicalRecord.of(JudgmentJsonTest.judgment()));

    JsonNode json = JSON.readTree(LogEntryJson.write(second));

    assertThat(JudgmentJsonTest.fieldNames(json)).containsExactly(
        "sequence", "kind", "subject", "recordedAt", "summary", "hash", "previousHash", "payload");
    assertThat(json.get("sequence").asLong()).isEqualTo(2);
    assertThat(json.get("kind").asText()).isEqualTo("judgment");
    assertThat(json.get("subject").asText()).isEqualTo("j-1");
    assertThat(json.get("recordedAt").asText()).isEqualTo("2025-03-04T05:06:08Z");
    assertThat(json.get("summary").asText()).isEqualTo("PROCEED_PARTIALLY");
    assertThat(json.get("hash").asText()).isEqualTo(second.hash());
    assertThat(json.get("previousHash").asText()).isEqualTo(first.hash());
    assertThat(json.get("payload").isObject()).isTrue();
    assertThat(json.get("payload").get("id").asText()).isEqualTo("j-1");
    assertThat(json.get("payload").get("considerations").size()).isEqualTo(2);
  }

  @Test
  void aPayloadThatIsNotAJsonObjectIsShownAsTheStringItIs() {
    LogEntry damaged = LogEntry.next(Optional.empty(), EntryKind.JUDGMENT, "j-1", AT, "PROCEED", "{\"id\":\"j-1\"");

    JsonNode payload = LogEntryJson.tree(damaged).get("payload");

    assertThat(payload.isTextual()).isTrue();
    assertThat(payload.asText()).isEqualTo("{\"id\":\"j-1\"");
  }

  @Test
  void prettyAndCompactSayTheSame() throws Exception {
    LogEntry entry = LogEntry.next(Optional.empty(), EntryKind.RESUME, "all", AT, "fixed", "{\"action\":\"resume\"}");

    assertThat(JSON.readTree(LogEntryJson.writePretty(entry))).isEqualTo(JSON.readTree(LogEntryJson.write(entry)));
    assertThat(LogEntryJson.writePretty(entry)).contains("\n  \"payload\": {\n    \"action\": \"resume\"\n  }");
  }
}
