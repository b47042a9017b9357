package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.regex.Pattern;

/**
 * Keeps the user protection "always point users to emergency help when a life may be at risk":
 * when the user's message speaks of suicide, of wanting to die, of harming oneself, of an overdose
 * or of a medical emergency, the protection is put in force, so that whatever the verdict the user is told where
 * to find help. It weighs nothing and so never changes a verdict; a false alarm costs one sentence.
 */
public final class LifeAtRiskScreen extends Screen {

  static final String NAME = "life-at-risk";
  static final String PROTECTION = "emergency-pointers";

  private static final Pattern AT_RISK = Pattern.compile(String.join("|",
      "\\bsuicid\\w*",
      "\\b(?:kill|hang|shoot|drown)\\s+(?:my|him|her|them)sel(?:f|ves)\\b",
      "\\b(?:end|take)\\s+(?:my|his|her|their)\\s+(?:own\\s+)?li(?:fe|ves)\\b",
      "\\bend\\s+it\\s+all\\b",
      "\\b(?:wants?|wanted|wanna|going)\\s+(?:to\\s+)?die\\b",
      "\\b(?:don'?t|do\\s+not|doesn'?t|does\\s+not)\\s+want\\s+to\\s+(?:live|be\\s+alive|be\\s+here\\s+anymore)\\b",
      "\\bbetter\\s+off\\s+dead\\b",
      "\\b(?:cut|cutting|hurt|hurting|harm|harming|burn|burning|starve|starving)\\s+(?:my|him|her|them)sel(?:f|ves)\\b",
      "\\bself[- ]?harm\\w*",
      "\\bno\\s+reason\\s+to\\s+live\\b",
      "\\boverdos\\w*",
      "\\b(?:took|taken|swallowed)\\s+(?:a\\s+(?:whole\\s+)?bottle\\s+of|too\\s+many|all\\s+(?:my|her|his|the))\\s+\\w*\\s*pills\\b",
      "\\b(?:not|stopped)\\s+breathing\\b",
      "\\b(?:unconscious|unresponsive)\\b",
      "\\bwon'?t\\s+wake\\s+up\\b",
      "\\b(?:having|had)\\s+a\\s+(?:heart\\s+attack|stroke|seizure)\\b",
      "\\bbleeding\\s+(?:heavily|badly|a\\s+lot)\\b",
      "\\b(?:is|am|he's|she's|i'm)\\s+choking\\b"), Pattern.CASE_INSENSITIVE);

  public LifeAtRiskScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    if (constitution.userProtection(PROTECTION).isEmpty() || !AT_RISK.matcher(situation.userRequest()).find()) {
      return Assessment.none();
    }
    return Assessment.builder().addProtectionsInForce(PROTECTION).build();
  }
}
