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
import java.util.ArrayList;
import java.util.List;
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

  /** What the instructions restrict, read once for a run of judgments in one deployment. */
  private final LastReading<Restrictions> restrictions = new LastReading<>(Restrictions::of);

  public OperatorScopeScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    Optional<OperatorSettings> operator = situation.deployment().operator();
    if (situation.kind() != SituationKind.REQUEST || operator.isEmpty()) {
      return Assessment.none();
    }
    Restrictions restrictions = this.restrictions.of(operator.get().instructions());
    if (restrictions.none()) {
      return Assessment.none(); // most deployments restrict nothing: skip the word work
    }
    Topic request = Topic.of(situation.userRequest());
    String text = situation.userRequest();
    if (request.isEmpty() || LifeAtRiskScreen.speaksOfDanger(straightApostrophes(text))) {
      return Assessment.none(); // an operator may narrow the assistant, not keep urgent help from a user
    }
    for (String topic : restrictions.forbidden()) {
      if (request.sharesWordWith(Topic.of(topic)) || TopicFamily.covers(topic, text)) {
        return outOfScope("the operator does not allow this deployment to discuss " + topic, false);
      }
    }
    if (restrictions.only().isEmpty() || request.sharesWordWith(restrictions.words())) {
      return Assessment.none();
    }
    String scope = restrictions.only().get();
    if (TopicFamily.covers(scope, text)) {
      return Assessment.none();
    }
    return TopicFamily.elsewhere(scope, text)
        .map(family -> outOfScope("the operator limits this deployment to " + scope + ", and this "
            + family.label() + " request is outside that", false))
        .orElseGet(() -> outOfScope("the operator limits this deployment to " + scope + "; this request shares"
            + " no word with it but may still belong, so it is given the benefit of the doubt", true));
  }

  /** What an operator's instructions restrict: the scope after "only ...", the topics after "never ...". */
  private record Restrictions(Optional<String> only, List<String> forbidden, Topic words) {

    static Restrictions of(String instructions) {
      Matcher only = ONLY.matcher(instructions);
      List<String> forbidden = new ArrayList<>();
      for (Matcher never = NEVER.matcher(instructions); never.find(); ) {
        forbidden.add(never.group(1).strip());
      }
      boolean restricts = only.find();
      // The instructions' own words are compared only under "only ...", so they are read only then.
      return new Restrictions(restricts ? Optional.of(only.group(1).strip()) : Optional.empty(),
          List.copyOf(forbidden), Topic.of(restricts ? instructions : ""));
    }

    boolean none() {
      return only.isEmpty() && forbidden.isEmpty();
    }
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
