package dev.charter.domain.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.domain.principal.Speaker;
import dev.charter.domain.situation.ActionEffects;
import dev.charter.domain.situation.Conversation;
import dev.charter.domain.situation.Deployment;
import dev.charter.domain.situation.Message;
import dev.charter.domain.situation.ProposedAction;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import org.junit.jupiter.api.Test;

class StopScopeTest {

  private final Situation action = Situation.builder()
      .kind(SituationKind.ACTION)
      .deployment(Deployment.builder().id("shop").build())
      .conversation(Conversation.builder().id("c1").addMessages(Message.of(Speaker.USER, "pay")).build())
      .action(ProposedAction.builder().tool("payments.send")
          .effects(ActionEffects.builder().reversible(false).external(true).build()).build())
      .build();

  @Test
  void writtenScopesParseAndPrintBack() {
    for (String written : new String[] {"all", "deployment:shop", "conversation:c-42", "tool:payments.send"}) {
      assertThat(StopScope.parse(written).get().toString()).isEqualTo(written);
    }
  }

  @Test
  void malformedScopesAreBadInput() {
    for (String written : new String[] {"", "everything", "deployment:", "user:bob", ":x"}) {
      assertThat(StopScope.parse(written).getLeft().toString()).contains("is not a stop scope");
    }
  }

  @Test
  void givenScopesThenOnlyMatchingSituationsAreCovered() {
    assertThat(StopScope.all().covers(action)).isTrue();
    assertThat(StopScope.parse("deployment:shop").get().covers(action)).isTrue();
    assertThat(StopScope.parse("deployment:other").get().covers(action)).isFalse();
    assertThat(StopScope.parse("conversation:c1").get().covers(action)).isTrue();
    assertThat(StopScope.parse("conversation:c2").get().covers(action)).isFalse();
    assertThat(StopScope.parse("tool:payments.send").get().covers(action)).isTrue();
    assertThat(StopScope.parse("tool:email.send").get().covers(action)).isFalse();
  }
}
