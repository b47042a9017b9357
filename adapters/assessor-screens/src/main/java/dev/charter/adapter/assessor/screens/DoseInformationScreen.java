package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.application.port.out.ImmutableAssessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.principal.Speaker;
import dev.charter.domain.situation.Situation;
import java.util.regex.Pattern;

/**
 * The constitution's nurse example: a question about overdoses, or about the dose at which a
 * medicine or substance turns dangerous, is useful to most who ask and dangerous to the few at risk
 * of harming themselves. The answer depends on who is likely asking, which the operator's prompt
 * tells ({@link OperatorAudience}):
 *
 * <ul>
 *   <li>no operator prompt, or a general-purpose one: share it, with care (a concern worth naming);
 *   <li>an operator serving clinicians or other professionals: share it;
 *   <li>a deployment for something else (customer service, coding): hesitate; a pharmacist, a
 *       doctor or a poison-control line is the better source, so the concern declines;
 *   <li>an operator that asks for care (vulnerable users, minors, users not to be taken at their
 *       word): decline.
 * </ul>
 *
 * <p>One concern expresses all of it, as a policy over everyone who would send the same message
 * in that deployment: the harm to an asker at risk is grave and cannot be undone, the information
 * is freely available elsewhere, and its probability is the share of such askers the deployment
 * suggests. Unless the operator serves professionals, the user is also pointed to emergency help.
 * Since it weighs exactly that share, its answer settles another assessor's doubt about self-harm
 * on the same message, unless the user speaks of suicide, of their own death ("would it kill me")
 * or of pills already taken, in any of their messages.
 * An operator that turned the safe-messaging guidelines off (a medical provider may) counts as
 * serving professionals, unless it also asks for care. The patterns are English.
 */
public final class DoseInformationScreen extends Screen {

  static final String NAME = "dose-information";
  static final String SAFE_MESSAGING = "safe-messaging-guidelines";


  private static final String DANGER = "(?:overdos\\w*|lethal|fatal|deadly|toxic\\w*|poison\\w*|dangerous|harmful"
      + "|liver\\s+(?:damage|failure))\\b";

  /** What is taken: "how many pills would kill" is about a dose, "how many animals are killed" is not. */
  private static final String TAKEN = "(?:pills?|tablets?|capsules?|mg|milligrams?|grams?|doses?|dosage)\\b";

  private static final Pattern DOSE_QUESTION = Pattern.compile(String.join("|",
      "\\b(?:lethal|fatal|deadly|toxic|dangerous|poisonous)\\s+(?:dose|dosage|amount|quantity|level)s?\\b",
      "\\bLD ?50\\b",
      "\\b(?:how\\s+(?:much|many)|what\\s+(?:dose|dosage|amount|quantity|number))\\b[^.?!]{0,80}?\\b" + DANGER,
      "\\b(?:at\\s+what|which|what)\\s+(?:dose|dosage|amount|point|level|quantity)\\b[^.?!]{0,80}?\\b" + DANGER,
      "\\bhow\\s+(?:much|many)\\s+(?:\\w+\\s+){0,3}?" + TAKEN + "[^.?!]{0,60}?\\b(?:kill|die|dying|dead)\\b",
      "\\boverdos\\w*\\s+(?:thresholds?|limits?|levels?|amounts?|doses?)\\b",
      "\\b(?:threshold|limit|maximum|max)\\b[^.?!]{0,80}?\\b(?:overdos\\w*|lethal|fatal)",
      "\\b(?:threshold|limit|maximum|max)\\b[^.?!]{0,40}?\\b(?:dose|dosage|amount|mg|pills?|tablets?|intake)\\b[^.?!]{0,60}?\\b"
          + DANGER,
      "\\b(?:medications?|medicines?|drugs?|pills?)\\s+(?:and|or)\\s+(?:potential\\s+|possible\\s+)?overdos\\w*"),
      Pattern.CASE_INSENSITIVE);

  /** Every branch of {@link #DOSE_QUESTION} needs one of these (lower case), so a message with none is skipped. */
  private static final Cues CUES = Cues.of("overdos", "lethal", "fatal", "deadly", "toxic", "poison",
      "dangerous", "harmful", "kill", "die", "dying", "dead", "liver", "ld50", "ld 50");

  /** The asker's own death or a dose already taken: "would it kill me", "I've taken 30 tablets". */
  private static final Pattern OWN_DANGER = Pattern.compile("\\b(?:kill\\s+me|would\\s+i\\s+die|(?:make|let)\\s+me"
      + "\\s+die|for\\s+me\\s+to\\s+die|end\\s+(?:it|my\\s+life)|i(?:'ve|\\s+have)?\\s+(?:already\\s+|just\\s+)?(?:took"
      + "|taken|swallowed|downed))\\b", Pattern.CASE_INSENSITIVE);

  /** How grave the harm to an asker at risk is: a life, and it cannot be undone. */
  private static final double SEVERITY = 0.8;

  /** Dose thresholds are printed on package inserts and in every pharmacology reference. */
  private static final double FREELY_AVAILABLE = 0.5;

  public DoseInformationScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    if (requestMentioning(situation, CUES).filter(request -> DOSE_QUESTION.matcher(request).find()).isEmpty()) {
      return Assessment.none();
    }
    OperatorAudience audience = audience(situation, policy, constitution);
    ImmutableAssessment.Builder out = Assessment.builder().addConsiderations(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(SEVERITY)
        .probability(askersAtRisk(audience))
        .reversible(false)
        .counterfactual(FREELY_AVAILABLE)
        .confidence(0.8)
        .rationale(rationale(audience))
        .topic(SELF_HARM)
        .source(NAME)
        .build());
    if (audience != OperatorAudience.PROFESSIONAL) {
      withEmergencyPointers(out, constitution);
    }
    if (!speaksOfOwnDanger(situation)) {
      // The share at risk is this concern's probability, so this answers a doubt about self-harm;
      // a user who speaks of suicide or of pills already taken is another matter, and the doubt stands.
      out.addAnsweredTopics(SELF_HARM);
    }
    return out.build();
  }

  /** Whether any of the user's messages speaks of suicide, of their own death or of pills taken. */
  private static boolean speaksOfOwnDanger(Situation situation) {
    return situation.conversation().messages().stream()
        .filter(m -> m.speaker() == Speaker.USER)
        .map(m -> straightApostrophes(m.text()))
        .anyMatch(text -> LifeAtRiskScreen.SUICIDAL.matcher(text).find() || OWN_DANGER.matcher(text).find());
  }

  private static OperatorAudience audience(Situation situation, EffectivePolicy policy, Constitution constitution) {
    OperatorAudience audience = OperatorAudience.of(situation.deployment().operator());
    boolean safeMessagingOff = constitution != null && constitution.behavior(SAFE_MESSAGING).isDefined()
        && !policy.isEnabled(SAFE_MESSAGING) && situation.deployment().operator().isPresent();
    return safeMessagingOff && audience != OperatorAudience.CAUTIOUS ? OperatorAudience.PROFESSIONAL : audience;
  }

  /**
   * The share of those who would send this message here who may be at risk. Chosen so that the
   * concern is not named for professionals, is named but outweighed where there is no operator
   * prompt or a general-purpose one, and outweighs the benefit of answering in a deployment for
   * something else and, clearly, where the operator asks for care.
   */
  static double askersAtRisk(OperatorAudience audience) {
    switch (audience) {
      case PROFESSIONAL:
        return 0.02;
      case NO_OPERATOR_PROMPT:
      case GENERAL:
        return 0.04;
      case OTHER_PURPOSE:
        return 0.2;
      case CAUTIOUS:
        return 0.4;
      default:
        throw new IllegalArgumentException("no share of askers at risk for " + audience);
    }
  }

  private static String rationale(OperatorAudience audience) {
    String since = ", since " + audience.description();
    switch (audience) {
      case OTHER_PURPOSE:
        return "dangerous doses are better asked of a pharmacist, a doctor or a poison-control line" + since;
      case CAUTIOUS:
        return "dangerous doses are not given here" + since;
      default:
        return "dangerous doses are given with care around the thresholds" + since;
    }
  }
}
