package dev.charter.interchange.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.AssessorFailure;
import dev.charter.domain.judgment.ChainLink;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintCheck;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.judgment.Timings;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.judgment.WeighedConsideration;
import dev.charter.domain.policy.RefusedAdjustment;
import dev.charter.domain.principal.Principal;
import dev.charter.domain.situation.SituationKind;
import dev.charter.domain.judgment.DecidedBy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgmentJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Judgment judgment() {
    return Judgment.builder()
        .id("j-1")
        .kind(SituationKind.REQUEST)
        .deploymentId("support-bot")
        .conversationId("c-1")
        .verdict(Verdict.PROCEED_PARTIALLY)
        .decidedBy(DecidedBy.BALANCE)
        .decidingValue(CoreValue.BROADLY_ETHICAL)
        .addConsiderations(WeighedConsideration.of(Consideration.builder()
            .value(CoreValue.GENUINELY_HELPFUL)
            .stance(Stance.FOR)
            .size(0.8)
            .confidence(0.9)
            .rationale("answers a common cooking question")
            .source("helpfulness")
            .build(), 1.0))
        .addConsiderations(WeighedConsideration.of(Consideration.builder()
            .value(CoreValue.BROADLY_ETHICAL)
            .stance(Stance.AGAINST)
            .size(0.3)
            .probability(0.5)
            .confidence(0.7)
            .unsure(true)
            .rationale("step 3 asks for someone else's address")
            .source("privacy-screen")
            .part("find her address")
            .build(), 10.0))
        .addConstraints(ConstraintCheck.of("mass-casualty-uplift", ConstraintStatus.CLEAR, "nothing dangerous asked"))
        .addConstraints(ConstraintCheck.of("csam", ConstraintStatus.UNCHECKED, ""))
        .addRefusedAdjustments(RefusedAdjustment.of(Principal.USER, "explicit-detail",
            "the user was not granted 'explicit-detail'"))
        .addEnabledBehaviors("safe-messaging", "disclaimers")
        .addWaivedProtections("ai-disclosure")
        .addProtectionsInForce("emergency-pointers")
        .addFailures(AssessorFailure.builder()
            .assessor("model-judge").reason("missed its 2000 ms deadline").guardsHardConstraints(true).build())
        .net(0.123456)
        .forfeitedByDeclining(0.54)
        .addDeclinedParts("find her address")
        .addReasons("the privacy concern outweighs the help for that part")
        .addAnsweredDoubts("semantic was unsure about privacy; privacy-screen answered for it")
        .message("I can help with part of this request, but not with find her address.")
        .constitutionVersion("2025.1")
        .constitutionHash("c0ffee")
        .decidedAt(Instant.parse("2025-03-04T05:06:07.123Z"))
        .timings(Timings.builder()
            .totalMicros(1500)
            .putAssessorMicros("privacy-screen", 700)
            .putAssessorMicros("helpfulness", 300)
            .build())
        .chain(ChainLink.of(7, "a".repeat(64), "b".repeat(64)))
        .build();
  }

  @Test
  void everyFieldIsWrittenUnderItsNameInTheDocumentedOrder() {
    assertThat(fieldNames(JudgmentJson.tree(judgment()))).containsExactly(
        "id", "verdict", "decidingValue", "decidedBy", "kind", "deployment", "conversation", "message",
        "considerations", "net", "forfeitedByDeclining", "declinedParts", "reasons", "constraints",
        "refusedAdjustments", "enabledBehaviors", "waivedProtections", "protectionsInForce", "failures",
        "answeredDoubts", "constitution", "hash",
        "previousHash", "sequence", "decidedAt", "timings");
  }

  @Test
  void theVerdictAndItsContextAreWrittenAsIds() throws Exception {
    JsonNode json = JSON.readTree(JudgmentJson.write(judgment()));

    assertThat(json.get("id").asText()).isEqualTo("j-1");
    assertThat(json.get("verdict").asText()).isEqualTo("PROCEED_PARTIALLY");
    assertThat(json.get("decidingValue").asText()).isEqualTo("broadly-ethical");
    assertThat(json.get("decidedBy").asText()).isEqualTo("balance");
    assertThat(json.get("kind").asText()).isEqualTo("request");
    assertThat(json.get("deployment").asText()).isEqualTo("support-bot");
    assertThat(json.get("conversation").asText()).isEqualTo("c-1");
    assertThat(json.get("message").asText()).startsWith("I can help with part");
    assertThat(json.get("decidedAt").asText()).isEqualTo("2025-03-04T05:06:07.123Z");
  }

  @Test
  void eachConsiderationCarriesItsArithmeticRoundedToFourDecimals() throws Exception {
    JsonNode considerations = JSON.readTree(JudgmentJson.write(judgment())).get("considerations");

    JsonNode benefit = considerations.get(0);
    assertThat(fieldNames(benefit)).containsExactly(
        "value", "stance", "magnitude", "confidence", "unsure", "weight", "contribution", "source", "rationale");
    assertThat(benefit.get("unsure").asBoolean()).isFalse();
    assertThat(benefit.get("value").asText()).isEqualTo("genuinely-helpful");
    assertThat(benefit.get("stance").asText()).isEqualTo("for");
    assertThat(benefit.get("magnitude").asDouble()).isEqualTo(0.6);
    assertThat(benefit.get("confidence").asDouble()).isEqualTo(0.9);
    assertThat(benefit.get("weight").asDouble()).isEqualTo(1.0);
    assertThat(benefit.get("contribution").asDouble()).isEqualTo(0.54);
    assertThat(benefit.get("source").asText()).isEqualTo("helpfulness");
    assertThat(benefit.get("rationale").asText()).isEqualTo("answers a common cooking question");

    JsonNode harm = considerations.get(1);
    assertThat(harm.get("stance").asText()).isEqualTo("against");
    assertThat(harm.get("magnitude").asDouble()).isEqualTo(0.09);
    assertThat(harm.get("weight").asDouble()).isEqualTo(10.0);
    assertThat(harm.get("contribution").asDouble()).isEqualTo(-0.63);
    assertThat(harm.get("part").asText()).isEqualTo("find her address");
    assertThat(harm.get("unsure").asBoolean()).isTrue();
  }

  @Test
  void numbersAreRoundedHalfUpToFourDecimals() throws Exception {
    JsonNode json = JSON.readTree(JudgmentJson.write(judgment()));

    assertThat(json.get("net").asDouble()).isEqualTo(0.1235);
    assertThat(json.get("forfeitedByDeclining").asDouble()).isEqualTo(0.54);
    assertThat(JudgmentJson.round(0.00005)).isEqualTo(0.0001);
    assertThat(JudgmentJson.round(-0.00004)).isEqualTo(0.0);
    assertThat(JudgmentJson.round(1234.56789)).isEqualTo(1234.5679);
  }

  @Test
  void constraintsAdjustmentsBehavioursAndFailuresAreListed() throws Exception {
    JsonNode json = JSON.readTree(JudgmentJson.write(judgment()));

    assertThat(json.get("constraints").get(0).get("id").asText()).isEqualTo("mass-casualty-uplift");
    assertThat(json.get("constraints").get(0).get("finding").asText()).isEqualTo("clear");
    assertThat(json.get("constraints").get(0).get("rationale").asText()).isEqualTo("nothing dangerous asked");
    assertThat(json.get("constraints").get(1).get("finding").asText()).isEqualTo("unchecked");
    JsonNode refused = json.get("refusedAdjustments").get(0);
    assertThat(fieldNames(refused)).containsExactly("principal", "behavior", "reason");
    assertThat(refused.get("principal").asText()).isEqualTo("user");
    assertThat(refused.get("behavior").asText()).isEqualTo("explicit-detail");
    assertThat(texts(json.get("enabledBehaviors"))).containsExactly("disclaimers", "safe-messaging");
    assertThat(texts(json.get("waivedProtections"))).containsExactly("ai-disclosure");
    assertThat(texts(json.get("protectionsInForce"))).containsExactly("emergency-pointers");
    assertThat(texts(json.get("declinedParts"))).containsExactly("find her address");
    assertThat(texts(json.get("reasons"))).containsExactly("the privacy concern outweighs the help for that part");
    JsonNode failure = json.get("failures").get(0);
    assertThat(fieldNames(failure)).containsExactly("assessor", "reason", "guardsHardConstraints");
    assertThat(failure.get("guardsHardConstraints").asBoolean()).isTrue();
  }

  @Test
  void theConstitutionChainAndTimingsAreWritten() throws Exception {
    JsonNode json = JSON.readTree(JudgmentJson.write(judgment()));

    assertThat(json.get("constitution").get("version").asText()).isEqualTo("2025.1");
    assertThat(json.get("constitution").get("hash").asText()).isEqualTo("c0ffee");
    assertThat(json.get("hash").asText()).isEqualTo("b".repeat(64));
    assertThat(json.get("previousHash").asText()).isEqualTo("a".repeat(64));
    assertThat(json.get("sequence").asLong()).isEqualTo(7);
    assertThat(json.get("timings").get("totalMicros").asLong()).isEqualTo(1500);
    assertThat(fieldNames(json.get("timings").get("assessors"))).containsExactly("helpfulness", "privacy-screen");
    assertThat(json.get("timings").get("assessors").get("privacy-screen").asLong()).isEqualTo(700);
  }

  @Test
  void aJudgmentNotYetLoggedAndDecidedByAFilterHasNullsWhereNothingIsKnown() {
    Judgment unlogged = Judgment.builder().from(judgment())
        .chain(java.util.Optional.empty())
        .decidingValue(java.util.Optional.empty())
        .build();

    ObjectNode json = JudgmentJson.tree(unlogged);

    assertThat(json.get("decidingValue").isNull()).isTrue();
    assertThat(json.get("hash").isNull()).isTrue();
    assertThat(json.get("previousHash").isNull()).isTrue();
    assertThat(json.get("sequence").isNull()).isTrue();
  }

  @Test
  void aConsiderationWithoutAPartHasNoPartField() {
    assertThat(JudgmentJson.tree(judgment()).get("considerations").get(0).has("part")).isFalse();
  }

  @Test
  void compactIsOneLineAndPrettyIsIndentedAndBothSayTheSame() throws Exception {
    String compact = JudgmentJson.write(judgment());
    String pretty = JudgmentJson.writePretty(judgment());

    assertThat(compact).doesNotContain("\n");
    assertThat(pretty).contains("\n  \"verdict\": \"PROCEED_PARTIALLY\",\n").doesNotContain("\r");
    assertThat(JSON.readTree(pretty)).isEqualTo(JSON.readTree(compact));
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}
