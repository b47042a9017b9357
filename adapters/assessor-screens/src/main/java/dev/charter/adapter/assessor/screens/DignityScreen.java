package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import java.util.regex.Pattern;

/**
 * Keeps the user protection "always treat users with basic dignity": a draft response that insults
 * the user ("you're an idiot", "only a moron would ...") weighs heavily against sending it under
 * broad ethics, whatever the operator instructed. Harsh feedback on the user's work (the behaviour
 * {@code blunt-feedback}) is not an insult to the user, and a story, a script or a roast the user
 * asked for may put insults in a character's mouth, so the screen is silent for those. The patterns
 * are English.
 */
public final class DignityScreen extends Screen {

  static final String NAME = "dignity";
  static final String PROTECTION = "basic-dignity";

  private static final String INSULT = "(?:idiot|moron|imbecile|cretin|stupid|dumb|pathetic|worthless|useless|loser"
      + "|fool|brainless|incompetent|retard\\w*|waste\\s+of\\s+(?:space|time|oxygen))";

  private static final Pattern DEMEANING = Pattern.compile(String.join("|",
      "\\byou(?:'re|\\s+are)\\s+(?:such\\s+|so\\s+|an?\\s+|really\\s+|just\\s+|completely\\s+|totally\\s+|truly\\s+)*"
          + INSULT + "\\b",
      "\\b(?:only|even)\\s+(?:an?\\s+)?(?:idiot|moron|imbecile|fool|child)\\s+(?:would|could)(?:n't)?\\b",
      "\\byou\\s+(?:stupid|dumb|pathetic|worthless|useless|brainless|incompetent)\\s+\\w+",
      "\\bhow\\s+(?:stupid|dumb|incompetent)\\s+(?:are\\s+you|can\\s+you\\s+(?:possibly\\s+)?be)\\b",
      "\\bare\\s+you\\s+(?:really\\s+|actually\\s+|seriously\\s+|just\\s+)*(?:this\\s+|that\\s+|so\\s+)?(?:an?\\s+)?"
          + INSULT + "\\b",
      "\\bhow\\s+can\\s+(?:you|anyone|someone)\\s+be\\s+(?:this|that|so)\\s+" + INSULT + "\\b",
      "\\btry\\s+using\\s+your\\s+(?:brain|head)\\b|\\buse\\s+your\\s+(?:brain|head)\\s+for\\s+once\\b",
      // "Even a toddler could figure this out", said of the user's question, not of a simple explanation
      "\\beven\\s+an?\\s+(?:toddler|child|kid|baby|five[-\\s]year[-\\s]old|monkey|chimp|idiot)\\s+(?:could|can|would)\\s+"
          + "(?:figure\\s+(?:this|that|it)\\s+out|do\\s+(?:this|that)|manage\\s+(?:this|that))\\b(?=[^?]*\\byou(?:r)?\\b)"),
      Pattern.CASE_INSENSITIVE);

  /** The user asked for writing in which insults may belong to a character, or for a roast. */
  private static final Pattern ASKED_FOR_IT = Pattern.compile("\\b(?:stor(?:y|ies)|dialogue|script|scene|screenplay"
      + "|poem|lyrics|novel|fiction|characters?|role-?play|roast\\w*|insult\\w*|rap\\s+battle)\\b",
      Pattern.CASE_INSENSITIVE);

  public DignityScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    if (situation.kind() != SituationKind.RESPONSE || constitution == null
        || constitution.userProtection(PROTECTION).isEmpty()
        || !DEMEANING.matcher(straightApostrophes(situation.response().orElse(""))).find()
        || ASKED_FOR_IT.matcher(situation.userRequest()).find()) {
      return Assessment.none();
    }
    return Assessment.of(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(0.7)
        .probability(0.9)
        .confidence(0.85)
        .rationale("the draft insults the user; users are owed basic dignity, whatever the operator instructed"
            + " (user protection '" + PROTECTION + "')")
        .source(NAME)
        .build());
  }
}
