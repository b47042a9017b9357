package dev.charter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

  @TempDir
  Path data;

  private Cli cli() {
    return new Cli(data);
  }

  @Test
  void judgingAPlainRequestPrintsAReadableJudgmentAndLogsIt() {
    Cli.Result result = cli().run("judge", "--text", "How do I kill a Python process that hangs?");

    assertThat(result.status).as(result.toString()).isZero();
    assertThat(result.out).startsWith("PROCEED  (decided by genuinely-helpful")
        .contains("Going ahead with \"How do I kill a Python process that hangs?\"")
        .contains("logged #1");
    assertThat(cli().run("log", "verify").out).contains("1 entries verified");
  }

  @Test
  void judgingWithJsonPrintsTheJudgmentFormat() {
    Cli.Result result = cli().run("judge", "--text", "hello", "--json");

    assertThat(result.status).as(result.toString()).isZero();
    assertThat(result.out).contains("\"verdict\": \"PROCEED\"").contains("\"constitution\"")
        .contains("\"previousHash\": \"" + "0".repeat(64) + "\"");
  }

  @Test
  void aSituationFileIsJudged() throws Exception {
    Path file = data.resolve("s.json");
    Files.writeString(file, "{\"kind\":\"action\",\"conversation\":{\"id\":\"c9\",\"messages\":[{\"role\":\"user\","
        + "\"text\":\"pay the invoice\"}]},\"action\":{\"tool\":\"payments.send\",\"arguments\":{\"amount\":40},"
        + "\"effects\":{\"reversible\":false,\"external\":true}}}");

    Cli.Result result = cli().run("judge", file.toString());

    assertThat(result.status).as(result.toString()).isZero();
    assertThat(result.out).startsWith("ESCALATE");
  }

  @Test
  void aSituationIsReadFromStandardInput() {
    java.io.InputStream original = System.in;
    System.setIn(new java.io.ByteArrayInputStream(("{\"kind\":\"request\",\"conversation\":{\"id\":\"in\","
        + "\"messages\":[{\"role\":\"user\",\"text\":\"hello\"}]}}").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    try {
      Cli.Result result = cli().run("judge", "-");

      assertThat(result.status).as(result.toString()).isZero();
      assertThat(result.out).startsWith("PROCEED");
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void anUnknownFieldIsBadInputAndNothingIsLogged() throws Exception {
    Path file = data.resolve("bad.json");
    Files.writeString(file, "{\"kind\":\"request\",\"conversation\":{\"id\":\"c\",\"messages\":[{\"role\":\"user\","
        + "\"text\":\"hi\"}]},\"urgency\":\"high\"}");

    Cli.Result result = cli().run("judge", file.toString());

    assertThat(result.status).isEqualTo(2);
    assertThat(result.err).contains("urgency");
    assertThat(cli().run("log", "verify").out).contains("0 entries verified");
  }

  @Test
  void anUnknownBehaviourIdIsBadInputNamingTheFieldAndNothingIsLogged() throws Exception {
    Path file = data.resolve("unknown.json");
    Files.writeString(file, "{\"kind\":\"request\",\"user\":{\"id\":\"u\",\"adjustments\":[{\"behavior\":\"telepathy\","
        + "\"enabled\":true}]},\"conversation\":{\"id\":\"c\",\"messages\":[{\"role\":\"user\",\"text\":\"hi\"}]}}");

    Cli.Result result = cli().run("judge", file.toString());

    assertThat(result.status).isEqualTo(2);
    assertThat(result.err).contains("user.adjustments[0].behavior").contains("telepathy");
    assertThat(cli().run("log", "show").out).contains("empty");
  }

  @Test
  void aBatchWithOneMalformedLineJudgesNothing() throws Exception {
    Path file = data.resolve("batch.jsonl");
    String ok = "{\"kind\":\"request\",\"conversation\":{\"id\":\"c\",\"messages\":[{\"role\":\"user\",\"text\":\"hi\"}]}}";
    Files.writeString(file, ok + "\n" + "{\"kind\":\"request\",\n" + ok + "\n");

    Cli.Result result = cli().run("judge", "--jsonl", file.toString());

    assertThat(result.status).isEqualTo(2);
    assertThat(result.err).contains("line 2");
    assertThat(cli().run("log", "show").out).contains("empty");
  }

  @Test
  void aBatchIsJudgedLineByLine() throws Exception {
    Path file = data.resolve("batch.jsonl");
    String ok = "{\"kind\":\"request\",\"conversation\":{\"id\":\"c\",\"messages\":[{\"role\":\"user\",\"text\":\"hi\"}]}}";
    Files.writeString(file, ok + "\n\n" + ok + "\n");

    Cli.Result result = cli().run("judge", "--jsonl", "--json", file.toString());

    assertThat(result.status).as(result.toString()).isZero();
    assertThat(result.out.lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"id\""));
  }

  @Test
  void givenAStopOrderJudgmentsInScopeHaltUntilAnOverseerResumes() {
    assertThat(cli().run("stop", "--scope", "conversation:c1", "--reason", "incident 7", "--by", "alice").status)
        .isZero();
    String situation = data.resolve("c1.json").toString();
    write(situation, "{\"kind\":\"request\",\"conversation\":{\"id\":\"c1\",\"messages\":[{\"role\":\"user\","
        + "\"text\":\"hi\"}]}}");

    assertThat(cli().run("judge", situation).out).startsWith("HALT").contains("incident 7");
    assertThat(cli().run("judge", "--text", "hi").out).startsWith("PROCEED");
    assertThat(cli().run("stops").out).contains("conversation:c1").contains("alice");

    assertThat(cli().run("resume", "--scope", "conversation:c1", "--by", "bob").status).isZero();
    assertThat(cli().run("judge", situation).out).startsWith("PROCEED");
    assertThat(cli().run("log", "show").out).contains("stop").contains("resume");
  }

  @Test
  void aDataFolderThatCannotBeMadeIsOneLineNamingIt() throws Exception {
    Path occupied = Files.writeString(data.resolve("occupied"), "a file, not a folder");

    Cli.Result result = cli().run("judge", "--data", occupied.resolve("log").toString(), "--text", "hi");

    assertThat(result.status).as(result.toString()).isEqualTo(2);
    assertThat(result.err).startsWith("charter: error: " + occupied.resolve("log") + ": could not create the data directory: ")
        .doesNotContain("internal error").hasLineCount(1);
  }

  @Test
  void anUnreachableDatabaseIsOneLineNamingIt() {
    Cli.Result result = cli().with("CHARTER_STORAGE", "postgres")
        .with("CHARTER_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:1/charter?connectTimeout=2").run("log", "show");

    assertThat(result.status).as(result.toString()).isEqualTo(2);
    assertThat(result.err).startsWith("charter: error: the PostgreSQL database at jdbc:postgresql://127.0.0.1:1/charter:"
        + " could not open it: ").hasLineCount(1);
  }

  @Test
  void resumingAScopeWithNoOrderIsBadInput() {
    Cli.Result result = cli().run("resume", "--scope", "all");

    assertThat(result.status).isEqualTo(2);
    assertThat(result.err).contains("no stop order stands for all");
  }

  @Test
  void aMalformedScopeIsBadInput() {
    Cli.Result result = cli().run("stop", "--scope", "galaxy:42", "--reason", "x");

    assertThat(result.status).isEqualTo(2);
    assertThat(result.err).contains("--scope").contains("is not a stop scope");
  }

  @Test
  void tamperingWithTheLogIsReportedByVerify() throws Exception {
    for (int i = 0; i < 3; i++) {
      cli().run("judge", "--text", "question " + i);
    }
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("charter").toAbsolutePath(), "charter", "");
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE charter_decision_log SET summary = 'PROCEED_WITH_CARE' WHERE sequence_number = 2");
    }

    Cli.Result result = cli().run("log", "verify");

    assertThat(result.status).isEqualTo(1);
    assertThat(result.err).contains("BROKEN at entry 2");
  }

  @Test
  void validatingABrokenConstitutionListsEveryProblemWithItsLine() throws Exception {
    Path file = data.resolve("broken.yaml");
    Files.writeString(file, String.join("\n",
        "version: \"x\"",
        "dominance: 3",
        "priorities:",
        "  - {value: broadly-safe, meaning: a}",
        "  - {value: broadly-safe, meaning: b}",
        "hardConstraints:",
        "  - {id: csam, description: d, rationale: r}",
        "behaviors:",
        "  - {id: csam, description: d, default: on, reach: user}",
        ""));

    Cli.Result result = cli().run("constitution", "validate", file.toString());

    assertThat(result.status).isEqualTo(2);
    assertThat(result.err).contains("broken.yaml:5").contains("broken.yaml:9").contains("broadly-ethical");
  }

  @Test
  void aMessageSayingALifeIsAtRiskEndsWithWhereToFindEmergencyHelpWhateverTheVerdict() throws Exception {
    Cli.Result result = cli().run("judge", "--text", "My friend says she wants to die and has taken all her pills",
        "--json");

    assertThat(result.status).as(result.toString()).isZero();
    JsonNode judgment = new ObjectMapper().readTree(result.out);
    assertThat(judgment.get("protectionsInForce").get(0).asText()).isEqualTo("emergency-pointers");
    assertThat(judgment.get("message").asText()).contains("call your local emergency number");
  }

  @Test
  void theDefaultConstitutionValidatesAndShows() {
    Cli.Result valid = cli().run("constitution", "validate", Path.of("..", "constitution", "default.yaml").toString());
    Cli.Result shown = cli().run("constitution", "show");

    assertThat(valid.status).as(valid.toString()).isZero();
    assertThat(shown.out).contains("mass-casualty-weapons").contains("safety-caveats").contains("never-deny-being-ai")
        .contains("    notice: If a life may be in danger, call your local emergency number");
  }

  @Test
  void everyCommandHasHelpWithAnExample() {
    for (String[] command : new String[][] {{"--help"}, {"judge", "--help"}, {"constitution", "validate", "--help"},
        {"constitution", "show", "--help"}, {"stop", "--help"}, {"resume", "--help"}, {"stops", "--help"},
        {"log", "verify", "--help"}, {"log", "show", "--help"}}) {
      Cli.Result result = cli().run(command);
      assertThat(result.status).isZero();
      assertThat(result.out).as(String.join(" ", command)).contains("Example");
    }
  }

  @Test
  void missingOrConflictingInputIsBadInput() {
    assertThat(cli().run("judge").status).isEqualTo(2);
    assertThat(cli().run("judge", "x.json", "--text", "hi").status).isEqualTo(2);
    assertThat(cli().run("judge", "no-such-file.json").err).contains("no such file");
    assertThat(cli().run("frobnicate").status).isEqualTo(2);
  }

  private static void write(String path, String text) {
    try {
      Files.writeString(Path.of(path), text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
