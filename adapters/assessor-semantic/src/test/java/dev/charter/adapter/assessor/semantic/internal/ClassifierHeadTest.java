package dev.charter.adapter.assessor.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ClassifierHeadTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theBundledHeadLoadsAndValidates() {
    ClassifierHead head = ClassifierHead.bundled();

    assertThat(head.labels()).first().isEqualTo(HarmArea.BENIGN);
    assertThat(head.guardedConstraints()).containsExactlyInAnyOrder("mass-casualty-weapons",
        "critical-infrastructure-attacks", "cyberweapons", "undermining-oversight", "human-disempowerment",
        "illegitimate-power-seizure", "csam");
    assertThat(head.file().embeddingModel()).isEqualTo(MiniLmEmbeddings.MODEL_NAME);
  }

  @Test
  void theBundledHeadRecordsWhereItCameFrom() {
    var provenance = ClassifierHead.bundled().file().provenance();

    assertThat(provenance.get("seed").asLong()).isPositive();
    assertThat(provenance.get("command").asText()).contains("exec:java");
    assertThat(provenance.get("data")).isNotEmpty().allSatisfy(file -> {
      assertThat(file.get("sha256").asText()).hasSize(64);
      assertThat(file.has("rowsUsed")).isTrue();
    });
    assertThat(provenance.get("calibration").get("aurocHarm").asDouble()).isBetween(0.5, 1.0);
  }

  @Test
  void theBundledHeadNeverTrainedOnEvaluationOnlyPrompts() {
    var data = ClassifierHead.bundled().file().provenance().get("data");

    for (var file : data) {
      if (file.get("file").asText().equals("xstest_prompts.csv")) {
        assertThat(file.get("rowsUsed").asInt()).isZero();
      }
    }
  }

  @Test
  void aMissingHeadFailsWithAClearMessage() {
    assertThatThrownBy(() -> ClassifierHead.fromClasspath("/dev/charter/assessor/semantic/no-such-head.json"))
        .isInstanceOf(HeadLoadException.class)
        .hasMessageContaining("semantic assessor")
        .hasMessageContaining("no-such-head.json")
        .hasMessageContaining("is missing");
    assertThatThrownBy(() -> ClassifierHead.fromFile(Path.of("does/not/exist.json")))
        .isInstanceOf(HeadLoadException.class).hasMessageContaining("is missing");
  }

  @Test
  void aTruncatedHeadIsRejectedAsCorrupt() throws IOException {
    byte[] bytes = bundledBytes();
    byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);

    assertThatThrownBy(() -> ClassifierHead.read(truncated, "head.json"))
        .isInstanceOf(HeadLoadException.class)
        .hasMessageContaining("head.json: the semantic assessor's classifier head is corrupt");
  }

  @Test
  void editedWeightsAreRejectedAsCorrupt() throws IOException {
    ObjectNode head = bundled();
    ObjectNode member = (ObjectNode) head.get("members").get(0);
    String b2 = member.get("b2").asText();
    member.put("b2", (b2.charAt(0) == 'A' ? "B" : "A") + b2.substring(1));

    assertThatThrownBy(() -> read(head))
        .isInstanceOf(HeadLoadException.class).hasMessageContaining("weights do not match their sha256");
  }

  @Test
  void aWeightThatIsNotANumberIsRejectedEvenWithAMatchingHash() throws IOException {
    ObjectNode head = bundled();
    ObjectNode member = (ObjectNode) head.get("members").get(0);
    float[] b2 = new float[member.get("b2").asText().length() * 3 / 4 / Float.BYTES];
    b2[b2.length - 1] = Float.NaN;
    member.put("b2", ClassifierHead.encode(b2));
    rehash(head);

    assertThatThrownBy(() -> read(head))
        .isInstanceOf(HeadLoadException.class).hasMessageContaining("members[0].b2 holds a value that is not finite");
  }

  @Test
  void aHeadForAnotherEmbeddingModelIsRejected() throws IOException {
    ObjectNode head = bundled();
    head.put("embeddingModel", "bge-small-en");

    assertThatThrownBy(() -> read(head))
        .isInstanceOf(HeadLoadException.class).hasMessageContaining("'bge-small-en'")
        .hasMessageContaining(MiniLmEmbeddings.MODEL_NAME);
  }

  @Test
  void weightsOfTheWrongShapeAreRejected() throws IOException {
    ObjectNode head = bundled();
    ((ObjectNode) head.get("architecture")).put("hidden", 63);

    assertThatThrownBy(() -> read(head))
        .isInstanceOf(HeadLoadException.class).hasMessageContaining("members[0].w1 holds");
  }

  @Test
  void anUnknownLabelIsRejected() throws IOException {
    ObjectNode head = bundled();
    ((ArrayNode) head.get("labels")).set(1, "jaywalking");

    assertThatThrownBy(() -> read(head))
        .isInstanceOf(HeadLoadException.class).hasMessageContaining("unknown label 'jaywalking'");
  }

  @Test
  void aHeadOfAnotherVersionIsRejected() throws IOException {
    ObjectNode head = bundled();
    head.put("version", 2);

    assertThatThrownBy(() -> read(head))
        .isInstanceOf(HeadLoadException.class).hasMessageContaining("has version 2; this build reads version 3");
  }

  @Test
  void detectorWeightsOfTheWrongShapeAreRejected() throws IOException {
    ObjectNode head = bundled();
    ObjectNode member = (ObjectNode) head.get("members").get(0);
    member.put("detectorBias", ClassifierHead.encode(new float[3]));
    rehash(head);

    assertThatThrownBy(() -> read(head))
        .isInstanceOf(HeadLoadException.class).hasMessageContaining("members[0].detectorBias holds 3 values");
  }

  @Test
  void aHeadWithoutDetectorsIsRejected() throws IOException {
    ObjectNode head = bundled();
    ((ObjectNode) head.get("architecture")).put("detectorsPerMember", 0);

    assertThatThrownBy(() -> read(head))
        .isInstanceOf(HeadLoadException.class).hasMessageContaining("has no token detectors");
  }

  @Test
  void missingThresholdsAreRejected() throws IOException {
    ObjectNode head = bundled();
    ((ObjectNode) head.get("thresholds")).remove("csam");

    assertThatThrownBy(() -> read(head))
        .isInstanceOf(HeadLoadException.class).hasMessageContaining("no thresholds for 'csam'");
  }

  @Test
  void aNegativeSpreadLimitIsRejected() throws IOException {
    ObjectNode head = bundled();
    ((ObjectNode) head.get("thresholds").get("fraud")).put("maxSpread", -0.1);

    assertThatThrownBy(() -> read(head))
        .isInstanceOf(HeadLoadException.class).hasMessageContaining("invalid maxSpread for 'fraud'");
  }

  @Test
  void aMissingFieldIsNamedAsTheFileSpellsIt() {
    byte[] bare = "{\"format\": \"charter-semantic-head\", \"version\": 3}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ClassifierHead.read(bare, "x.json"))
        .isInstanceOf(HeadLoadException.class)
        .hasMessage("x.json: the semantic assessor's classifier head is corrupt: not a valid head document"
            + " (embeddingModel is missing)");
  }

  @Test
  void aDocumentThatIsNotAHeadIsNamedAsSuch() {
    assertThatThrownBy(() -> ClassifierHead.read("{\"format\": \"onnx\"}".getBytes(StandardCharsets.UTF_8), "x.json"))
        .isInstanceOf(HeadLoadException.class)
        .hasMessageContaining("x.json: the semantic assessor's classifier head is not a Charter semantic head");
    assertThatThrownBy(() -> ClassifierHead.read("[1, 2]".getBytes(StandardCharsets.UTF_8), "x.json"))
        .isInstanceOf(HeadLoadException.class).hasMessageContaining("is corrupt: not a JSON object");
  }

  /** Recomputes the weights' sha256 after an edit, so that only the edit itself can be rejected. */
  private static void rehash(ObjectNode head) {
    head.put("weightsSha256", ClassifierHead.weightsSha256(JSON.convertValue(head.get("members"),
        JSON.getTypeFactory().constructCollectionType(java.util.List.class, HeadFile.MemberWeights.class))));
  }

  private static ClassifierHead read(ObjectNode head) throws IOException {
    return ClassifierHead.read(JSON.writeValueAsBytes(head), "edited.json");
  }

  private static ObjectNode bundled() throws IOException {
    return (ObjectNode) JSON.readTree(new String(bundledBytes(), StandardCharsets.UTF_8));
  }

  private static byte[] bundledBytes() throws IOException {
    try (InputStream in = ClassifierHead.class.getResourceAsStream(ClassifierHead.BUNDLED)) {
      return in.readAllBytes();
    }
  }
}
