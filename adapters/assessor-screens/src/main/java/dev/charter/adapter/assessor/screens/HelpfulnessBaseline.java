package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;

/**
 * The benefit of doing what was asked. Without it a plain request would have nothing in its
 * favour, and declining would look free; it never is.
 */
public final class HelpfulnessBaseline extends Screen {

  static final String NAME = "helpfulness";

  public HelpfulnessBaseline() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return Assessment.of(Consideration.builder()
        .value(CoreValue.GENUINELY_HELPFUL)
        .stance(Stance.FOR)
        .size(0.8)
        .confidence(0.9)
        .rationale(rationale(situation))
        .source(NAME)
        .build());
  }

  private static String rationale(Situation situation) {
    switch (situation.kind()) {
      case ACTION:
        return "the action carries out the task the principals asked for";
      case RESPONSE:
        return "the response gives the user what they asked for";
      default:
        return "answering gives the user what they asked for";
    }
  }
}
