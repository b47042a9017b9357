package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A user who states an intent to hurt other people ("I'm going to drive my car into the crowd at the
 * market", "I want to poison my wife"): the constitution's example of someone who has shown intent
 * to harm others, whom a thoughtful person would not help, however ordinary the rest of the
 * message. The message weighs heavily under broad ethics (→ decline), and since lives may be at
 * risk `emergency-pointers` is put in force. So does a user who asks how to do a massacre again
 * ("recreate the … shooting at my school"), do better than one ("beat the death toll"), escape capture
 * where its perpetrators did not, or poison food or water that the public shares: the intent is in
 * the asking. Games, jokes marked as such, and fiction raise nothing. English.
 */
public final class IntentToHarmScreen extends Screen {

  static final String NAME = "intent-to-harm";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  private static final String INTENT = "\\b(?:(?:i'm|i\\s+am|im)\\s+(?:going\\s+to|gonna|about\\s+to)|i\\s+(?:will|'ll|want\\s+to"
      + "|plan\\s+to|intend\\s+to|am\\s+planning\\s+to|wanna))\\s+";

  private static final String VIOLENCE = "(?:kill|murder|shoot|stab|hurt|attack|beat\\s+up|strangle|poison|run\\s+over"
      + "|drive\\s+(?:my\\s+car\\s+|the\\s+car\\s+|a\\s+truck\\s+|my\\s+truck\\s+)?into|blow\\s+up|burn\\s+down"
      + "|set\\s+fire\\s+to)";

  private static final String TARGET = "(?:people|everyone|everybody|them|him|her|someone|somebody|this\\s+guy"
      + "|that\\s+guy|my\\s+(?:\\w+\\s+)?(?:wife|husband|girlfriend|boyfriend|ex|boss|coworkers?|colleagues?|neighbou?rs?"
      + "|teachers?|classmates?|family|kids|children|son|daughter|parents|mom|mum|dad|brother|sister|roommate)"
      + "|(?:the|a|that|this)\\s+(?:\\w+\\s+)?(?:crowd|school|market|mall|church|mosque|synagogue|temple|office|concert"
      + "|parade|protest|bus|class|clinic|station))\\b";

  private static final Pattern STATED = Pattern.compile(INTENT + "(?:\\w+\\s+){0,2}?" + VIOLENCE + "\\s+(?:up\\s+)?"
      + TARGET, FLAGS);

  /**
   * A past attack done again at a place of the user's own, named by what it was: "recreate the
   * Parkland shooting at my school", "do what the synagogue gunman did at my work". A bare name
   * ("redo Calculus at my college") says nothing of what happened there, and is left alone.
   */
  private static final Pattern REPEATED = Pattern.compile("\\b(?:(?:redo|repeat|recreate|replicate|re-?enact|copy"
      + "|pull\\s+off|do|carry\\s+out|plan)\\s+(?:another|my\\s+own|a\\s+new|the\\s+same|a|the)?\\s*(?:[\\w'-]+\\s+){0,3}?"
      + "(?:school\\s+)?(?:shooting|massacre|bombing|attack|rampage|killing\\s+spree)|do\\s+what\\s+(?:[\\w'-]+\\s+){1,4}?"
      + "(?:shooters?|gunm[ae]n|bombers?|terrorists?|killers?|attackers?)\\s+did)(?:\\s+[\\w'-]+){0,4}?\\s+(?:at|in|to)\\s+"
      + "(?:my|our)\\s+(?:\\w+\\s+)?(?:school|college|campus|work|workplace|office|church|mosque|synagogue|temple|town"
      + "|city|class|company|job|mall|gym)\\b", FLAGS);

  /** An attack measured against a past one by its dead, by someone who would do it. */
  private static final Pattern OUTDONE = Pattern.compile("\\b(?:i|we)\\s+(?:could|can|would|might|will|to)?\\s*(?:beat"
      + "|top|surpass|break|exceed|outdo|double|triple)\\s+(?:the\\s+|their\\s+|his\\s+|that\\s+)?(?:[\\w'-]+\\s+){0,3}?"
      + "(?:death\\s+toll|body\\s+count|number\\s+of\\s+(?:dead|deaths|victims)|record\\s+of\\s+\\d+\\s+(?:dead|deaths|killed"
      + "|victims))\\b", FLAGS);

  /** What got a past attack's perpetrators caught, asked in order to do better. */
  private static final String PERPETRATOR = "\\w*(?:bombers?|shooters?|gunm[ae]n|attackers?|killers?|terrorists?"
      + "|murderers?|hijackers?|poisoners?|snipers?|arsonists?|assassins?)\\b";

  private static final Pattern UNCAUGHT = Pattern.compile("(?:" + PERPETRATOR + "[^.?!]{0,40}?\\b(?:caught|identified"
      + "|arrested|tracked\\s+down)|\\b(?:catch|caught|identify|identified|arrest|arrested|track\\s+down)\\b[^.?!]{0,40}?"
      + PERPETRATOR + ")[\\s\\S]{0,60}?\\b(?:(?:i|we)\\s+(?:want|need|plan|intend|'d\\s+like|would\\s+like)\\s+to\\s+(?:avoid"
      + "|dodge|not\\s+(?:make|repeat))\\s+(?:them|those|that|the\\s+same|their|his|her|it|getting|being|making)|so\\s+(?:i|we)"
      + "\\s+(?:can|could)\\s+(?:avoid|dodge)\\s+(?:them|those|that|it|the\\s+same)|(?:i|we)\\s+(?:don't|do\\s+not|won't)"
      + "\\s+want\\s+to\\s+(?:make|repeat)\\s+(?:the\\s+same|their|his|her|those)|when\\s+(?:i|we)\\s+do\\s+(?:mine|ours"
      + "|it))\\b", FLAGS);

  /** Food or water the public shares, to be poisoned. */
  private static final Pattern POISONED = Pattern.compile("\\bhow\\s+(?:do|can|should)\\s+(?:i|we)\\s+"
      + "(?:secretly\\s+)?(?:contaminate|poison|taint|infect)\\s+(?:the\\s+|a\\s+|our\\s+)?"
      + "(?:\\w+\\s+){0,2}?(?:salad\\s+bars?|buffets?|food\\s+(?:supply|court|bank)|water\\s+(?:supply|supplies"
      + "|system|tower)|reservoirs?|wells?|school\\s+lunch(?:es)?|restaurants?|potlucks?|punch\\s+bowl|cafeterias?"
      + "|canteens?|food\\s+(?:at|in)\\s+(?:a|the|our|my)\\s+(?:\\w+\\s+)?(?:school|office|work|church|party|wedding"
      + "|festival|cafeteria|canteen|restaurant|event)"
      + "|(?:public|town|city)\\s+(?:water|drinking))\\b", FLAGS);

  /** What is declined, each with what it shows: a stated intent, and what shows one in the asking. */
  private static final List<Reading> READINGS = List.of(
      new Reading(STATED, "states an intent to hurt other people"),
      new Reading(REPEATED, "asks how to carry out a past attack again, at a place of their own"),
      new Reading(OUTDONE, "asks how to kill more people than a past attack did"),
      new Reading(UNCAUGHT, "asks what got a past attack's perpetrators caught, so as to avoid it"),
      new Reading(POISONED, "asks how to poison food or water that the public shares"));

  /** A game, a joke marked as one, or a story. */
  private static final Pattern NOT_MEANT = Pattern.compile("\\b(?:in\\s+(?:the\\s+|a\\s+)?game|at\\s+(?:chess|poker|tennis"
      + "|cards|pool|darts)|fortnite|minecraft|roblox|call\\s+of\\s+duty|lol|lmao|haha|jk|just\\s+kidding|joking|my\\s+character"
      + "|in\\s+my\\s+(?:story|novel|book|script|game)|with\\s+kindness|with\\s+laughter|by\\s+accident|accidentally"
      + "|without\\s+knowing|prevent\\w*|hygiene)\\b", FLAGS);

  private static final Cues CUES = Cues.of("kill", "murder", "shoot", "stab", "hurt", "attack", "beat",
      "strangle", "poison", "run over", "drive", "blow", "burn", "fire", "massacre", "bomb", "rampage", "spree",
      "gunm", "terrorist", "death toll", "body count", "number of", "record of", "caught", "catch", "identif", "arrest",
      "track down", "contaminat", "taint", "infect");

  public IntentToHarmScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, CUES).map(request -> assess(request, constitution)).orElse(Assessment.none());
  }

  private static Assessment assess(String request, Constitution constitution) {
    return Reading.firstIn(READINGS, request)
        .filter(found -> !NOT_MEANT.matcher(request).find())
        .map(found -> declining(found.what(), found.quote(), constitution))
        .orElse(Assessment.none());
  }

  private static Assessment declining(String what, String quoted, Constitution constitution) {
    var assessment = Assessment.builder().addConsiderations(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(1.0)
        .probability(0.8)
        .breadth(0.3)
        .reversible(false)
        .confidence(0.85)
        .rationale("the user " + what + " (\"" + quoted + "\"); nothing is given that could help, whatever"
            + " else the message asks")
        .source(NAME)
        .build());
    return withEmergencyPointers(assessment, constitution).build();
  }
}
