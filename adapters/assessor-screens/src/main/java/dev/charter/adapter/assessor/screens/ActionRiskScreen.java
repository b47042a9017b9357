package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.ActionEffects;
import dev.charter.domain.situation.ProposedAction;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.weighing.EscalationReason;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Weighs a proposed action by what it declares about itself. Broad safety prefers cautious
 * actions: one that cannot be undone, or that reaches outside the system, weighs against acting.
 * A drastic one goes to a human unless the operator authorised it: one that cannot be undone and
 * either reaches outside the system or touches a broad scope (production, everyone, ...), since
 * "if in doubt, don't". Each concern is faint on purpose: it is worth naming, not a reason to
 * refuse ordinary work such as deleting a scratch file. A scope counts as broad when any of its
 * words is one ("production-database").
 */
public final class ActionRiskScreen extends Screen {

  static final String NAME = "action-risk";

  /** Scopes that reach many people at once. */
  private static final Set<String> BROAD_SCOPES = Set.of("public", "global", "organization", "organisation", "all",
      "everyone", "production");

  private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");

  public ActionRiskScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    if (situation.action().isEmpty()) {
      return Assessment.none();
    }
    ProposedAction action = situation.action().get();
    ActionEffects effects = action.effects();
    if (effects.reversible() && !effects.external()) {
      return Assessment.none();
    }
    boolean drastic = !effects.reversible() && (effects.external() || broadScope(effects));
    boolean unauthorisedPointOfNoReturn = drastic && !action.authorizedByOperator();
    double size = unauthorisedPointOfNoReturn ? 0.1 : 0.05;
    double probability = effects.external() ? 0.15 : 0.2;
    Consideration risk = Consideration.builder()
        .value(CoreValue.BROADLY_SAFE)
        .stance(Stance.AGAINST)
        .size(size)
        .probability(probability)
        .breadth(breadth(effects))
        .reversible(effects.reversible())
        .confidence(0.9)
        .rationale(describe(action))
        .source(NAME)
        .build();
    var assessment = Assessment.builder().addConsiderations(risk);
    if (unauthorisedPointOfNoReturn) {
      assessment.addEscalations(EscalationReason.of(CoreValue.BROADLY_SAFE,
          "'" + action.tool() + "' cannot be undone and " + (effects.external() ? "reaches outside the system"
              : "touches a broad scope (" + effects.scope().strip() + ")") + ", and the operator has not authorised it",
          NAME));
    }
    return assessment.build();
  }

  private static boolean broadScope(ActionEffects effects) {
    return Arrays.stream(NON_LETTERS.split(effects.scope().toLowerCase(Locale.ROOT))).anyMatch(BROAD_SCOPES::contains);
  }

  private static double breadth(ActionEffects effects) {
    if (broadScope(effects)) {
      return 1.0;
    }
    return effects.external() ? 0.5 : 0.0;
  }

  private static String describe(ProposedAction action) {
    ActionEffects effects = action.effects();
    String what = !effects.reversible() && effects.external() ? "cannot be undone and has external effects"
        : !effects.reversible() ? "cannot be undone" : "has external effects";
    return "'" + action.tool() + "' " + what + (effects.scope().isBlank() ? "" : " (scope: " + effects.scope() + ")")
        + (action.authorizedByOperator() ? "; the operator authorised it" : "");
  }
}
