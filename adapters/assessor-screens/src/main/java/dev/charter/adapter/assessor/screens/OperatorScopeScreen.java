package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.policy.OperatorSettings;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Honours an operator's restriction of the deployment's scope ("only discuss our products", "do
 * not discuss competitors"): a legitimate business may narrow what its assistant does. A request
 * outside the permitted scope, or inside a forbidden topic, weighs against answering under the
 * guidelines, and the refusal tells the user what this deployment cannot help with so they can go
 * elsewhere.
 *
 * <p>The topic test is lexical: a request is in scope when it shares a content word with the
 * operator's instructions, or belongs to a family of topics the operator names by its category
 * ("emotionally difficult topics", "medical questions": {@link TopicFamily}). Under an "only"
 * restriction, a request that shares no word is declined only when it clearly belongs elsewhere (a
 * family the scope does not name: a tax question for a cooking assistant); otherwise the screen is
 * unsure, and the benefit of the doubt answers it ("a substitute for eggs in pancakes" shares no
 * word with "cooking and recipes"). Answering is the cheaper mistake for a restriction about focus
 * rather than harm. A message that speaks of a life in danger is never out of scope: an operator
 * may narrow the assistant, not keep a user from help they urgently need.
 */
public final class OperatorScopeScreen extends Screen {

  static final String NAME = "operator-scope";

  private static final String VERBS = "(?:discuss|talk about|help with|assist with|answer questions about|answer"
      + "|respond to questions about|cover|provide information about|chat about)";
  private static final Pattern ONLY = Pattern.compile(
      "\\bonly\\s+" + VERBS + "\\s+([^.;!?\\n]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEVER = Pattern.compile(
      "\\b(?:do not|don't|never|must not|should not)\\s+" + VERBS + "\\s+([^.;!?\\n]+)", Pattern.CASE_INSENSITIVE);

  public OperatorScopeScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    Optional<OperatorSettings> operator = situation.deployment().operator();
    if (situation.kind() != SituationKind.REQUEST || operator.isEmpty()) {
      return Assessment.none();
    }
    String instructions = operator.get().instructions();
    Matcher forbidden = NEVER.matcher(instructions);
    Matcher only = ONLY.matcher(instructions);
    boolean restricts = only.find();
    if (!restricts && !forbidden.find()) {
      return Assessment.none(); // most deployments restrict nothing: skip the word work
    }
    forbidden.reset();
    Topic request = Topic.of(situation.userRequest());
    if (request.isEmpty()) {
      return Assessment.none();
    }
    String text = situation.userRequest();
    if (LifeAtRiskScreen.speaksOfDanger(straightApostrophes(text))) {
      return Assessment.none(); // an operator may narrow the assistant, not keep urgent help from a user
    }
    while (forbidden.find()) {
      String topic = forbidden.group(1).strip();
      if (request.sharesWordWith(Topic.of(topic)) || TopicFamily.covers(topic, text)) {
        return outOfScope("the operator does not allow this deployment to discuss " + topic, false);
      }
    }
    if (!restricts || request.sharesWordWith(Topic.of(instructions))) {
      return Assessment.none();
    }
    String scope = only.group(1).strip();
    if (TopicFamily.covers(scope, text)) {
      return Assessment.none();
    }
    return TopicFamily.elsewhere(scope, text)
        .map(family -> outOfScope("the operator limits this deployment to " + scope + ", and this "
            + family.label() + " request is outside that", false))
        .orElseGet(() -> outOfScope("the operator limits this deployment to " + scope + "; this request shares"
            + " no word with it but may still belong, so it is given the benefit of the doubt", true));
  }

  /**
   * The request is outside what the operator allows: a sure reading declines; an unsure one is
   * faint, so the benefit of the doubt decides, and a referee (if configured) may settle it.
   */
  private static Assessment outOfScope(String rationale, boolean unsure) {
    return Assessment.of(Consideration.builder()
        .value(CoreValue.GUIDELINE_COMPLIANT)
        .stance(Stance.AGAINST)
        .size(1.0)
        .probability(0.9)
        .confidence(unsure ? 0.25 : 0.8)
        .unsure(unsure)
        .topic(NAME)
        .rationale(rationale)
        .source(NAME)
        .build());
  }
}
