package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Behavior;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.ConstitutionDraft;
import dev.charter.domain.constitution.ConstitutionValidation;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.constitution.Guideline;
import dev.charter.domain.constitution.Sourced;
import dev.charter.domain.constitution.UserProtection;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.principal.Speaker;
import dev.charter.domain.situation.ActionEffects;
import dev.charter.domain.situation.Conversation;
import dev.charter.domain.situation.Deployment;
import dev.charter.domain.situation.ImmutableConversation;
import dev.charter.domain.situation.Message;
import dev.charter.domain.policy.OperatorSettings;
import dev.charter.domain.situation.ProposedAction;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import dev.charter.domain.weighing.Outcome;
import dev.charter.domain.weighing.Weighing;
import dev.charter.domain.weighing.WeighingInput;
import java.util.List;

final class ScreenFixtures {

  static final EffectivePolicy POLICY = EffectivePolicy.builder().build();

  private ScreenFixtures() {}

  static Situation request(String userText, Message... before) {
    ImmutableConversation.Builder conversation = Conversation.builder().id("c1").addMessages(before);
    conversation.addMessages(Message.of(Speaker.USER, userText));
    return Situation.builder().kind(SituationKind.REQUEST).conversation(conversation.build()).build();
  }

  static Situation requestTo(String operatorInstructions, String userText) {
    return Situation.builder()
        .kind(SituationKind.REQUEST)
        .deployment(Deployment.builder().id("shop")
            .operator(OperatorSettings.builder().id("acme").instructions(operatorInstructions).build()).build())
        .conversation(Conversation.builder().id("c1").addMessages(Message.of(Speaker.USER, userText)).build())
        .build();
  }

  /** A draft response in a deployment whose operator gave {@code operatorInstructions}. */
  static Situation responseTo(String operatorInstructions, String userText, String draft) {
    return Situation.builder()
        .kind(SituationKind.RESPONSE)
        .deployment(Deployment.builder().id("d")
            .operator(OperatorSettings.builder().id("o").instructions(operatorInstructions).build()).build())
        .conversation(Conversation.builder().id("c1").addMessages(Message.of(Speaker.USER, userText)).build())
        .response(draft)
        .build();
  }

  /** What the weighing makes of a screen's assessment beside the helpfulness baseline, as the service would. */
  static Outcome weighed(Situation situation, Assessment screen, Constitution constitution) {
    return Weighing.weigh(WeighingInput.builder()
        .priorities(constitution.priorities())
        .addAllConsiderations(new HelpfulnessBaseline().assess(situation, POLICY, constitution).considerations())
        .addAllConsiderations(screen.considerations())
        .addAllEscalations(screen.escalations())
        .build());
  }

  static Situation action(boolean reversible, boolean external, boolean authorised, String scope, Message... inputs) {
    return Situation.builder()
        .kind(SituationKind.ACTION)
        .conversation(Conversation.builder().id("c1").addMessages(Message.of(Speaker.USER, "tidy up my inbox"))
            .addMessages(inputs).build())
        .action(ProposedAction.builder().tool("email.send")
            .effects(ActionEffects.builder().reversible(reversible).external(external).scope(scope).build())
            .authorizedByOperator(authorised).build())
        .build();
  }

  /** A constitution of the four core values and the given user protections, nothing else. */
  static Constitution constitutionWith(UserProtection... protections) {
    return constitutionWith(List.of(), protections);
  }

  /** A constitution of the four core values and one guideline, nothing else. */
  static Constitution constitutionWithGuideline(String id) {
    var draft = ConstitutionDraft.builder().origin("t")
        .version(Sourced.of("t", "t:1"))
        .dominance(Sourced.of(3.0, "t:2"))
        .addGuidelines(Sourced.of(Guideline.builder().id(id).text(id).build(), "t:3"));
    for (CoreValue v : CoreValue.values()) {
      draft.addPriorities(Sourced.of(ConstitutionDraft.ValueClaim.of(v.id(), v.id()), "t"));
    }
    return ConstitutionValidation.validate(draft.build()).get();
  }

  /** A constitution of the four core values, the given behaviours and user protections. */
  static Constitution constitutionWith(List<Behavior> behaviors, UserProtection... protections) {
    var draft = ConstitutionDraft.builder().origin("t")
        .version(Sourced.of("t", "t:1"))
        .dominance(Sourced.of(3.0, "t:2"));
    for (CoreValue v : CoreValue.values()) {
      draft.addPriorities(Sourced.of(ConstitutionDraft.ValueClaim.of(v.id(), v.id()), "t"));
    }
    for (UserProtection p : protections) {
      draft.addUserProtections(Sourced.of(p, "t"));
    }
    for (Behavior b : behaviors) {
      draft.addBehaviors(Sourced.of(b, "t"));
    }
    return ConstitutionValidation.validate(draft.build()).get();
  }

  static Message tool(String name, String text) {
    return Message.builder().speaker(Speaker.TOOL).name(name).text(text).build();
  }
}
