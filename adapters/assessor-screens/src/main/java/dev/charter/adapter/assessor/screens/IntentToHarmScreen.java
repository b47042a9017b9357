package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user who states an intent to hurt other people ("I'm going to drive my car into the crowd at the
 * market", "I want to poison my wife"): the constitution's example of someone who has shown intent
 * to harm others, whom a thoughtful person would not help, however ordinary the rest of the
 * message. The message weighs heavily under broad ethics (→ decline), and since lives may be at
 * risk `emergency-pointers` is put in force. Games, jokes marked as such, and fiction raise
 * nothing. English.
 */
public final class IntentToHarmScreen extends Screen {

  static final String NAME = "intent-to-harm";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  private static final String INTENT = "\\b(?:(?:i'm|i\\s+am|im)\\s+(?:going\\s+to|gonna|about\\s+to)|i\\s+(?:will|'ll|want\\s+to"
      + "|plan\\s+to|intend\\s+to|am\\s+planning\\s+to|wanna))\\s+";

  private static final String VIOLENCE = "(?:kill|murder|shoot|stab|hurt|attack|beat\\s+up|strangle|poison|run\\s+over"
      + "|drive\\s+(?:my\\s+car\\s+|the\\s+car\\s+|a\\s+truck\\s+|my\\s+truck\\s+)?into|blow\\s+up|burn\\s+down|set\\s+fire\\s+to)";

  private static final String TARGET = "(?:people|everyone|everybody|them|him|her|someone|somebody|this\\s+guy"
      + "|that\\s+guy|my\\s+(?:\\w+\\s+)?(?:wife|husband|girlfriend|boyfriend|ex|boss|coworkers?|colleagues?|neighbou?rs?"
      + "|teachers?|classmates?|family|kids|children|son|daughter|parents|mom|mum|dad|brother|sister|roommate)"
      + "|(?:the|a|that|this)\\s+(?:\\w+\\s+)?(?:crowd|school|market|mall|church|mosque|synagogue|temple|office|concert"
      + "|parade|protest|bus|class|clinic|station))\\b";

  private static final Pattern STATED = Pattern.compile(INTENT + "(?:\\w+\\s+){0,2}?" + VIOLENCE + "\\s+(?:up\\s+)?"
      + TARGET, FLAGS);

  /** A game, a joke marked as one, or a story. */
  private static final Pattern NOT_MEANT = Pattern.compile("\\b(?:in\\s+(?:the\\s+|a\\s+)?game|at\\s+(?:chess|poker|tennis"
      + "|cards|pool|darts)|fortnite|minecraft|roblox|call\\s+of\\s+duty|lol|lmao|haha|jk|just\\s+kidding|joking|my\\s+character"
      + "|in\\s+my\\s+(?:story|novel|book|script)|with\\s+kindness|with\\s+laughter)\\b", FLAGS);

  private static final List<String> CUES = List.of("kill", "murder", "shoot", "stab", "hurt", "attack", "beat",
      "strangle", "poison", "run over", "drive", "blow", "burn", "fire");

  public IntentToHarmScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, CUES).map(request -> assess(request, constitution)).orElse(Assessment.none());
  }

  private static Assessment assess(String request, Constitution constitution) {
    Matcher stated = STATED.matcher(request);
    if (!stated.find() || NOT_MEANT.matcher(request).find()) {
      return Assessment.none();
    }
    var assessment = Assessment.builder().addConsiderations(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(1.0)
        .probability(0.8)
        .breadth(0.3)
        .reversible(false)
        .confidence(0.85)
        .rationale("the user states an intent to hurt other people (\"" + stated.group().strip() + "\"); nothing is"
            + " given that could help, whatever else the message asks")
        .source(NAME)
        .build());
    return withEmergencyPointers(assessment, constitution).build();
  }
}
