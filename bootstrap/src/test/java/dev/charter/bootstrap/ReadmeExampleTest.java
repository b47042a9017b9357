package dev.charter.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.charter.application.port.out.Assessment;
import dev.charter.application.port.out.Assessor;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.principal.Speaker;
import dev.charter.domain.situation.Conversation;
import dev.charter.domain.situation.Message;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedding example of the README, run exactly as written there: the test fails if the
 * README's snippet and the code below drift apart.
 */
class ReadmeExampleTest {

  private final List<String> printed = new ArrayList<>();

  @Test
  void theReadmeExampleRunsAsWritten() throws Exception {
    example();

    assertThat(printed).containsExactly(
        "PROCEED: Going ahead with \"How do I kill a Python process that hangs?\".",
        "DECLINE: I won't help with \"Please buy 200 office chairs for the new floor\": large purchases need a human approver. "
            + "You may be able to get help with this elsewhere.");
  }

  @Test
  void theReadmeShowsThisExampleVerbatim() throws Exception {
    String source = Files.readString(Path.of("src/test/java/dev/charter/bootstrap/ReadmeExampleTest.java"));
    String begin = "// README:" + "begin"; // split so that these lines are not markers themselves
    String end = "    // README:" + "end";
    String snippet = source.substring(source.indexOf(begin) + begin.length(), source.indexOf(end)).stripTrailing();
    String readme = Files.readString(Path.of("..", "README.md"));

    assertThat(readme).contains(dedent(snippet));
  }

  private void example() throws Exception {
    // README:begin
    Path data = Files.createTempDirectory("charter"); // use a persistent folder in a real service
    try (Charter charter = Charter.builder()
        .dataDirectory(data)
        .install(new AbstractModule() {
          @Override
          protected void configure() {
            Multibinder.newSetBinder(binder(), Assessor.class).addBinding().toInstance(new PurchaseLimit());
          }
        })
        .onJudgment(j -> printed.add(j.verdict() + ": " + j.message()))
        .build()) {

      for (String text : List.of("How do I kill a Python process that hangs?", "Please buy 200 office chairs for the new floor")) {
        Situation request = Situation.builder()
            .kind(SituationKind.REQUEST)
            .conversation(Conversation.builder().id("conv-1").addMessages(Message.of(Speaker.USER, text)).build())
            .build();
        Judgment judgment = charter.judge().judge(request).get(); // get() throws if the situation is invalid
        assert judgment.verdict() == (text.startsWith("How") ? Verdict.PROCEED : Verdict.DECLINE);
      }
      assert charter.oversight().verifyLog().intact();
    }
    // README:end
  }

  /** An assessor of the user's own: an ethical concern about buying on someone's behalf. */
  static final class PurchaseLimit implements Assessor {
    @Override
    public String name() {
      return "purchase-limit";
    }

    @Override
    public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
      if (!situation.userRequest().toLowerCase().contains("buy")) {
        return Assessment.none();
      }
      return Assessment.of(Consideration.builder()
          .value(CoreValue.BROADLY_ETHICAL).stance(Stance.AGAINST)
          .size(0.5).probability(0.5).confidence(0.9)
          .rationale("large purchases need a human approver").source(name())
          .build());
    }
  }

  private static String dedent(String snippet) {
    return snippet.lines().map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .reduce((a, b) -> a + "\n" + b).orElse("").strip();
  }
}
