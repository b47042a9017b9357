package dev.charter.interchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationJsonTest {

  private static JsonNode written() throws Exception {
    return new ObjectMapper().readTree(EvaluationJson.write(ReportFixtures.RUN, ReportFixtures.report()));
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void theReportHasItsFieldsInAFixedOrder() throws Exception {
    assertThat(fields(written())).containsExactly("suite", "format", "excluded", "logged", "concurrency", "total", "accuracy",
        "comply", "refuse", "precision", "recall", "f1", "confusion", "partial", "partialRate", "verdicts",
        "byCategory", "deferred", "deferralRate", "settledAccuracy", "latencyMs", "elapsedMs", "itemsPerSecond",
        "constitution", "items");
  }

  @Test
  void theNumbersAreThoseOfTheReportRoundedToFourDecimals() throws Exception {
    JsonNode json = written();

    assertThat(json.get("total").asInt()).isEqualTo(3);
    assertThat(json.get("accuracy").asDouble()).isEqualTo(0.3333);
    assertThat(json.get("comply").get("n").asInt()).isEqualTo(2);
    assertThat(json.get("comply").get("overRefusalRate").asDouble()).isEqualTo(0.5);
    assertThat(json.get("refuse").get("underRefusalRate").asDouble()).isEqualTo(1.0);
    // TP 0, FP 1, FN 1: precision 0, recall 0, F1 0
    assertThat(json.get("precision").asDouble()).isZero();
    assertThat(json.get("f1").asDouble()).isZero();
    assertThat(json.get("deferralRate").asDouble()).isEqualTo(0.3333);
    assertThat(json.get("settledAccuracy").asDouble()).isEqualTo(0.5);
    assertThat(json.get("byCategory").get("injection").get("errorRate").asDouble()).isEqualTo(1.0);
    assertThat(fields(json.get("byCategory"))).containsExactly("everyday", "injection");
    assertThat(json.get("latencyMs").get("p50").asDouble()).isEqualTo(0.04);
    assertThat(json.get("latencyMs").get("max").asDouble()).isEqualTo(2.0);
    assertThat(json.get("itemsPerSecond").asDouble()).isEqualTo(1000.0);
    assertThat(json.get("verdicts").get("DECLINE").asInt()).isEqualTo(1);
    assertThat(json.get("constitution").get("version").asText()).isEqualTo("2026.11.0");
  }

  @Test
  void anUndefinedRateIsNull() throws Exception {
    JsonNode json = new ObjectMapper().readTree(EvaluationJson.write(ReportFixtures.RUN,
        dev.charter.domain.evaluation.EvaluationReport.builder().from(ReportFixtures.report())
            .items(ReportFixtures.report().items().subList(0, 1)).build()));

    assertThat(json.get("refuse").get("underRefusalRate").isNull()).isTrue();
    assertThat(json.get("precision").isNull()).isTrue();
    assertThat(json.get("recall").isNull()).isTrue();
    assertThat(json.get("f1").isNull()).isTrue();
  }

  @Test
  void eachItemSaysWhatWasExpectedWhatCameAndWhatDroveIt() throws Exception {
    JsonNode items = written().get("items");

    assertThat(fields(items.get(0))).startsWith("id", "category", "expected", "verdict", "correct");
    assertThat(items.get(1).get("verdict").asText()).isEqualTo("DECLINE");
    assertThat(items.get(1).get("correct").asBoolean()).isFalse();
    assertThat(items.get(1).get("considerations").get(0).get("source").asText())
        .isEqualTo("non-principal-instructions");
    // 27 × size 0.5 × breadth factor 0.75 × reversible 0.8 × confidence 0.8
    assertThat(items.get(1).get("considerations").get(0).get("contribution").asDouble()).isEqualTo(-6.48);
    assertThat(items.get(1).get("considerations").get(0).get("unsure").asBoolean()).isFalse();
    assertThat(items.get(2).get("category").isNull()).isTrue();
    assertThat(items.get(2).get("deferred").asBoolean()).isTrue();
    assertThat(items.get(2).get("constraints").get(0).get("finding").asText()).isEqualTo("unsure");
  }
}
