package dev.charter.adapter.assessor.semantic.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
    List<Map<String, String>> rows = Csv.parse("id,text\r\n1,\"a, \"\"quoted\"\"\r\nline\"\r\n2,plain");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("text")).isEqualTo("a, \"quoted\"\r\nline");
    assertThat(rows.get(1).get("text")).isEqualTo("plain");
  }
}
