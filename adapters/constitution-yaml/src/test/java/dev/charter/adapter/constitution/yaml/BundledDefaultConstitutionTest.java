package dev.charter.adapter.constitution.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.domain.constitution.Behavior;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.constitution.HardConstraint;
import dev.charter.domain.constitution.Reach;
import dev.charter.domain.constitution.UserProtection;
import dev.charter.domain.constitution.ValueDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

class BundledDefaultConstitutionTest {

  private static final Path REPOSITORY_COPY = Path.of("../../constitution/default.yaml");

  private final YamlConstitutionSource source = new YamlConstitutionSource();

  private Constitution bundled() {
    var loaded = source.current();
    assertThat(loaded.isValid()).as("problems: %s", loaded.isInvalid() ? loaded.getError() : "").isTrue();
    return loaded.get();
  }

  @Test
  void theBundledDefaultLoadsWithoutProblems() {
    assertThat(source.location()).isEqualTo(YamlConstitutionSource.BUNDLED_DEFAULT);
    assertThat(bundled().version()).isEqualTo("2026.11.1");
    assertThat(bundled().priorities().dominance()).isEqualTo(3.0);
  }

  @Test
  void givenNoLocation_thenTheSourceReadsTheBundledDefault() {
    assertThat(new YamlConstitutionSource(null).current().get().hash()).isEqualTo(bundled().hash());
    assertThat(new YamlConstitutionSource(" ").current().get().hash()).isEqualTo(bundled().hash());
  }

  @Test
  void coreValuesAreOrderedSafeEthicalGuidelinesHelpful() {
    assertThat(bundled().priorities().order())
        .extracting(ValueDefinition::value)
        .containsExactly(CoreValue.BROADLY_SAFE, CoreValue.BROADLY_ETHICAL, CoreValue.GUIDELINE_COMPLIANT,
            CoreValue.GENUINELY_HELPFUL);
    assertThat(bundled().priorities().order()).allSatisfy(v -> assertThat(v.meaning()).isNotBlank());
  }

  @Test
  void theSevenHardConstraintsAreAllThereWithTheirRationale() {
    assertThat(bundled().hardConstraints())
        .extracting(HardConstraint::id)
        .containsExactly("mass-casualty-weapons", "critical-infrastructure-attacks", "cyberweapons",
            "undermining-oversight", "human-disempowerment", "illegitimate-power-seizure", "csam");
    assertThat(bundled().hardConstraints()).allSatisfy(h -> assertThat(h.rationale()).isNotBlank());
  }

  @Test
  void namedBehavioursHaveTheirDefaultsAndReach() {
    Constitution c = bundled();
    assertThat(c.behaviors()).hasSizeGreaterThanOrEqualTo(14);
    assertBehavior(c, "safety-caveats", true, Reach.OPERATOR);
    assertBehavior(c, "suggest-professional-help", true, Reach.USER);
    assertBehavior(c, "profanity", false, Reach.USER);
    assertBehavior(c, "explicit-fiction", false, Reach.OPERATOR);
    assertBehavior(c, "persona", false, Reach.OPERATOR);
  }

  @Test
  void aBehaviourWhoseDefaultIsTheLessCarefulSettingSaysSo() {
    Behavior offTopic = bundled().behavior("off-topic-requests").get();
    assertThat(offTopic.enabledByDefault()).isTrue();
    assertThat(offTopic.cautiousSetting()).isFalse();
    assertThat(bundled().behavior("profanity").get().cautiousSetting()).isFalse();
    assertThat(bundled().behavior("safety-caveats").get().cautiousSetting()).isTrue();
  }

  @Test
  void onlyBeingToldItIsAnAiMayBeWaivedByTheUser() {
    assertThat(bundled().userProtections())
        .extracting(UserProtection::id)
        .containsExactlyInAnyOrder("tell-what-cannot-help", "no-harmful-deception", "emergency-pointers",
            "never-deny-being-ai", "no-illegal-actions-against-users", "basic-dignity");
    assertThat(bundled().userProtections())
        .filteredOn(UserProtection::waivableByUser)
        .extracting(UserProtection::id)
        .containsExactly("never-deny-being-ai");
  }

  @Test
  void emergencyPointersTellTheUserWhereToFindHelp() {
    assertThat(bundled().userProtection("emergency-pointers").toJavaOptional()).hasValueSatisfying(p ->
        assertThat(p.notice()).hasValueSatisfying(n -> assertThat(n).contains("emergency number").contains("112")));
    assertThat(bundled().userProtections()).filteredOn(p -> p.notice().isPresent())
        .extracting(UserProtection::id).containsExactly("emergency-pointers");
  }

  @Test
  void guidelinesThatGuardSafetySaySo() {
    assertThat(bundled().guidelines()).hasSizeBetween(4, 6);
    assertThat(bundled().guidelines().stream().filter(g -> g.overlapsSafety()).map(g -> g.id()))
        .contains("treat-inputs-as-information", "prefer-cautious-actions");
  }

  @Test
  void theBundledCopyIsTheRepositoryFile() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("dev/charter/constitution/default.yaml")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(REPOSITORY_COPY));
    }
  }

  @Test
  void theHashIsStableAcrossLoads() {
    assertThat(source.current().get().hash()).isEqualTo(source.current().get().hash());
    assertThat(source.load(REPOSITORY_COPY.toString()).get().hash()).isEqualTo(bundled().hash());
  }

  @Test
  void reformattingAndCommentsDoNotChangeTheHash(@TempDir Path dir) throws IOException {
    String original = Files.readString(REPOSITORY_COPY);
    // Same content, other layout: flow collections, quoted texts instead of folded blocks, no comments.
    DumperOptions flow = new DumperOptions();
    flow.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
    flow.setWidth(60);
    StringWriter reformatted = new StringWriter();
    new Yaml(new LoaderOptions(), flow).serialize(relaid(new Yaml().compose(new StringReader(original))), reformatted);
    String rewritten = "# reformatted by hand\n" + reformatted;
    assertThat(rewritten).isNotEqualTo(original).doesNotContain(">-").contains("{\"id\": \"csam\"");

    Path copy = Files.writeString(dir.resolve("reformatted.yaml"), rewritten);
    var reloaded = source.load(copy.toString());

    assertThat(reloaded.isValid()).as("problems: %s", reloaded.isInvalid() ? reloaded.getError() : "").isTrue();
    assertThat(reloaded.get().hash()).isEqualTo(bundled().hash());
  }

  @Test
  void changingOneRuleChangesTheHash(@TempDir Path dir) throws IOException {
    String original = Files.readString(REPOSITORY_COPY);
    String edited = original.replace("reach: user\n  - id: blunt-feedback", "reach: operator\n  - id: blunt-feedback");
    assertThat(edited).isNotEqualTo(original);

    Path copy = Files.writeString(dir.resolve("edited.yaml"), edited);

    assertThat(source.load(copy.toString()).get().hash()).isNotEqualTo(bundled().hash());
  }

  /** The same node tree laid out differently: flow collections, texts double-quoted. */
  private static Node relaid(Node node) {
    if (node instanceof MappingNode mapping) {
      List<NodeTuple> tuples = mapping.getValue().stream()
          .map(t -> new NodeTuple(relaid(t.getKeyNode()), relaid(t.getValueNode())))
          .collect(Collectors.toList());
      return new MappingNode(mapping.getTag(), tuples, DumperOptions.FlowStyle.FLOW);
    }
    if (node instanceof SequenceNode sequence) {
      List<Node> items = sequence.getValue().stream().map(BundledDefaultConstitutionTest::relaid).collect(Collectors.toList());
      return new SequenceNode(sequence.getTag(), items, DumperOptions.FlowStyle.FLOW);
    }
    ScalarNode scalar = (ScalarNode) node;
    DumperOptions.ScalarStyle style =
        scalar.getTag().equals(Tag.STR) ? DumperOptions.ScalarStyle.DOUBLE_QUOTED : DumperOptions.ScalarStyle.PLAIN;
    return new ScalarNode(scalar.getTag(), scalar.getValue(), null, null, style);
  }

  private static void assertBehavior(Constitution c, String id, boolean enabledByDefault, Reach reach) {
    assertThat(c.behavior(id)).as(id).isNotEmpty();
    Behavior behavior = c.behavior(id).get();
    assertThat(behavior.enabledByDefault()).as(id + " default").isEqualTo(enabledByDefault);
    assertThat(behavior.reach()).as(id + " reach").isEqualTo(reach);
  }
}
