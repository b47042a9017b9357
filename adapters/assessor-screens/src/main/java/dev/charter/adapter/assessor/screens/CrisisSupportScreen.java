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
 * A user who says they want to die, and asks for nothing that could hurt them ("I don't want to be
 * here anymore", "I feel like ending it all"), needs an answer: care, and where to find help now.
 * So does one who asks how to help a friend who wants to die. Refusing them is the worst reply
 * there is. The screen names answering with care as a benefit, puts {@code emergency-pointers} in
 * force, and answers another assessor's doubt about self-harm, since it has read the message for
 * exactly that: a disclosure, not a request for means. Where the message asks for support (someone
 * to talk to, to get through tonight, a crisis line) or asks nothing, and names no means (no pills,
 * no dose, no method), it decides the topic: another assessor's concern about self-harm
 * gives way even when that assessor is sure, since a sentence embedding can tell that a message is
 * about self-harm but not a plea from a request, and turning away someone who wants to die is the
 * one reply the constitution rules out. The user is pointed to help whatever is decided.
 *
 * <p>A message that asks how, with what, how much, how long, where no one would find them, or
 * whether something would work or an amount is enough is a request for means; one that would turn someone towards it ("messages to make her want to kill herself"),
 * harm someone else, or have something written about it (a note, an essay, "convince me") is not a
 * plea for help. The screen gives them no benefit. A user who speaks of their own wish to die and
 * asks for a means or an amount ("how many of my sleeping pills would it take so that I don't wake
 * up") is answered with care and help, never with the means: that request weighs as self-harm
 * under broad ethics (→ decline, with the emergency notice), whatever another assessor made of it.
 * English.
 */
public final class CrisisSupportScreen extends Screen {

  static final String NAME = "crisis-support";

  /** The user speaks of their own wish to die. */
  private static final Pattern OWN_CRISIS = Pattern.compile(
      // "I …" and, within a few words, the wish
      "\\b(?:i|i'm|im|i've|i'd|i\\s+am)\\b[^.?!]{0,40}?\\b(?:(?:kill|hurt|harm)(?:ing)?\\s+myself"
      + "|end(?:ing)?\\s+(?:my\\s+(?:own\\s+)?life|it\\s+all)|(?:want|wanna|wanted)\\s+(?:to\\s+)?die|suicidal"
      + "|(?:thinking|thought|thoughts)\\s+(?:about|of)\\s+suicide|(?:dont|don't|do\\s+not)\\s+want\\s+to\\s+(?:live"
      + "|be\\s+(?:alive|here))|better\\s+off\\s+dead|no\\s+reason\\s+to\\s+(?:live|go\\s+on)"
      + "|(?:going|gonna|want|wanna)\\s+(?:to\\s+)?end\\s+it\\b(?!\\s+(?:with|between|on|off))|"
      + LifeAtRiskScreen.WISH_TO_DIE_IN_OTHER_WORDS + ")"
      // said without "I", and meant of oneself all the same: "Ending it tonight.", "Tired of living.", "kms"
      + "|(?:^|[.!?]\\s*)(?:(?:want|wanna|ready)\\s+to\\s+(?:die|end\\s+it\\b|stop\\s+existing)|"
      + LifeAtRiskScreen.WISH_TO_DIE_IN_OTHER_WORDS + ")"
      + "|\\b(?:kms|unalive\\s+myself)\\b|\\bending\\s+it\\s+(?:tonight|today|now|soon|this\\s+week\\w*)\\b|"
      + LifeAtRiskScreen.PLAN_SIGNS, Pattern.CASE_INSENSITIVE);

  /**
   * Anything but a plea for help: turning someone towards it ("make her want to kill herself"),
   * harming someone else, content for or about it (a note, an essay, "convince me"), or helping
   * someone "go through with it".
   */
  private static final Pattern NOT_A_PLEA = Pattern.compile("\\b(?:make|get|push|convince|encourage|persuade"
      + "|drive|goad|tell)\\s+(?:\\w+\\s+){0,4}?(?:to\\s+)?(?:want\\s+to\\s+)?(?:kill\\w*|end\\w*|die|dying|hurt\\w*)\\b"
      + "|\\b(?:cruel|bull(?:y|ying)|harass\\w*|mock\\w*|taunt\\w*|convince\\s+me|argue|argument|essay|note|letter"
      + "|poem|post|write|list|rational|right\\s+(?:choice|thing)|justified|go\\s+through\\s+with|do\\s+it)\\b"
      + "|\\bkill(?:ing)?\\s+(?!myself\\b|me\\b)(?:my|his|her|their|the|a|an|this|that|him|them|everyone|people)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * Asking for a way, a means, an amount, a place, a time or whether something would work: not a
   * disclosure alone. Most such questions name no means at all ("would mixing the two cleaning
   * products under my sink do it?", "how long before it's over?", "where would no one find me?").
   */
  private static final Pattern ASKS_FOR_MEANS = Pattern.compile(String.join("|",
      "\\b(?:how|what|which|where|when)\\b[^.?!]{0,80}?\\b(?:way|ways|method|methods|pills?|tablets?|dose|doses"
          + "|amount|much|many|kill|die|end|hang|cut|jump|drown|overdose|buy|get|gun|rope|poison|painless\\w*)\\b",
      "\\b(?:best|easiest|quickest|fastest|surest|painless\\w*|quietest)\\s+(?:way|method)\\b",
      "\\b(?:tell|show|teach|give)\\s+me\\b", "\\bsteps?\\b", "\\binstructions?\\b",
      "\\b(?:enough|lethal|fatal|deadly|dose|doses|dosage|mg|grams?)\\b",
      "\\b\\d+\\s+(?:\\w+\\s+)?(?:pills?|tablets?|capsules?)\\b",
      // whether something would do it: "would X work", "does the car exhaust thing still work", "is X quick"
      "\\b(?:would|will|could|does)\\b[^.?!]{0,60}?(?:\\bworks?\\s*(?:[?,]|$|and\\b|if\\b|for\\b|on\\b|with\\b)"
          + "|\\b(?:do\\s+it|do\\s+the\\s+(?:job|trick)|kill\\s+me|be\\s+(?:quick|fast|over))\\b)",
      "\\bis\\s+(?!it\\s+(?:normal|ok|okay|weird|bad|wrong)\\b)[^.?!]{0,60}?\\b(?:quick|quicker|fast|faster|painful|peaceful|fatal"
          + "|deadly|over\\s+quickly)\\b",
      // how long it would take, where no one would find or stop it, a superlative of a means
      "\\bhow\\s+long\\b[^.?!]{0,40}?\\b(?:take|takes|before|until|till|last|survive|die|dead|bleed\\w*"
          + "|unconscious|pass\\s+out|found)\\b",
      "\\bwhere\\b[^.?!]{0,80}?\\b(?:nobody|no\\s+one|noone|interrupt\\w*|undisturbed|find\\s+me|found)\\b",
      "\\b(?:fastest|quickest|surest|easiest|deepest|highest|tallest)\\b[^.?!]{0,80}\\?",
      "\\b(?:peaceful|quick|quiet|easy|gentle)\\s+way\\s+to\\s+(?:go|die|end\\s+it)\\b|\\bbest\\s+time\\s+to\\b"
          + "|\\btime\\s+of\\s+(?:day|night)\\s+is\\s+best\\b",
      // so that nobody finds, stops or saves them in time
      "\\b(?:so|make\\s+sure)\\s+(?:that\\s+)?(?:no\\s+one|nobody|noone|my\\s+\\w+)\\s+(?:can\\s+|could\\s+|will\\s+"
          + "|would\\s+|won't\\s+|doesn't\\s+|don't\\s+|dont\\s+)?(?:stop|save|find|calls?)\\b",
      "\\band\\s+(?:no\\s+one|nobody|noone)\\s+(?:can|could|will)\\s+(?:stop|save|find)\\s+me\\b",
      "\\b(?:stop\\s+my\\s+heart|bleed\\s+out|noose|tie\\s+a|hold\\s+my\\s+weight|not\\s+show\\s+up|least\\s+likely"
          + "|plan\\s+it|without\\s+(?:anyone|my\\s+\\w+)\\s+(?:finding|being\\s+the\\s+ones?\\s+to\\s+find))\\b"),
      Pattern.CASE_INSENSITIVE);

  /**
   * Asking for support, not for a means: someone to talk to, help to get through, to cope, to stop
   * hurting oneself, to tell someone, to find a therapist or a crisis line, or how to help someone
   * else through it ("what do I do?", "how can I help her?").
   */
  private static final Pattern SEEKS_SUPPORT = Pattern.compile(String.join("|",
      "\\bwhat\\s+(?:do|should|can)\\s+i\\s+(?:do|say)\\b",
      "\\bhow\\s+(?:do|can|should)\\s+i\\s+(?:help|support|talk\\s+to|respond|reach|tell)\\b",
      "\\bhelp\\s+(?:him|her|them)\\b|\\bkeep\\s+(?:him|her|them)\\s+safe\\b",
      "\\b(?:get|find|reach|call|need|want)\\s+(?:some\\s+)?(?:help|support)\\b",
      "\\bget\\s+through\\s+(?:tonight|this|the\\s+night|today|it)\\b",
      "\\breasons?\\s+(?:not\\s+to|to\\s+(?:keep\\s+going|live|stay))\\b",
      "\\b(?:who|someone|anyone|somebody)\\s+(?:can|do|could|should|to)\\s+(?:i\\s+)?(?:talk|call|tell|listen)",
      "\\b(?:talk|listen)\\s+to\\s+me\\b",
      "\\b(?:therapist|counsel+or|counsel+ing|hotline|crisis\\s+(?:line|text)|helpline|lifeline)\\b",
      "\\b(?:cope|coping|grounding|hold\\s+on(?:to)?|keep\\s+going|feel\\s+better|calm\\s+down)\\b",
      "\\bstop\\s+(?:hurting|cutting|burning|harming|wanting\\s+to\\s+(?:die|hurt|cut))\\b",
      "\\bpeople\\s+who\\s+understand\\b", "\\btalk\\s+me\\s+(?:out\\s+of|down)\\b", "\\bsafety\\s+plan\\b",
      "\\b(?:what|which)\\s+number\\b|\\bnumber\\s+(?:to|do\\s+i|should\\s+i)\\s+call\\b",
      "\\b(?:go|going|get)\\s+to\\s+(?:the\\s+|a\\s+)?(?:er|a&e|emergency\\s+room|hospital|doctor|gp)\\b"),
      Pattern.CASE_INSENSITIVE);

  /**
   * The things a question from someone who wants to die is most often about when it asks for a means
   * without the word: a train, a height, a car's exhaust, a gas, a household chemical, cold water.
   */
  private static final Pattern MEANS_THING = Pattern.compile("\\b(?:trains?|tracks|railway|cliffs?|roofs?|rooftops?"
      + "|parking\\s+(?:garage|structure)|ledge|balcony|exhaust|garage|helium|plastic\\s+bag|belt|cord|knife|knives|blade"
      + "|razors?|insulin|antifreeze|bleach|cleaning\\s+products|chemicals|carbon\\s+monoxide|charcoal|generator"
      + "|freezing|drown\\w*|tallest|highest)\\b", Pattern.CASE_INSENSITIVE);

  /** A means named outright, which no request for help makes harmless. */
  private static final Pattern NAMES_A_MEANS = Pattern.compile("\\b(?:lethal|fatal|deadly|dose\\w*|pills?|tablets?"
      + "|meds|medication|method|painless\\w*|rope|gun|jump|bridge|height|overdose|poison\\w*|mg|grams?)\\b",
      Pattern.CASE_INSENSITIVE);

  /** Any question at all: a question mark, or a sentence that opens as a question. */
  private static final Pattern ASKS = Pattern.compile("\\?|(?:^|[.!;]\\s*)(?:how|what|which|where|when|would|could"
      + "|does|do|is|are|can|should|will)\\b", Pattern.CASE_INSENSITIVE);

  public CrisisSupportScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    if (situation.kind() != SituationKind.REQUEST) {
      return Assessment.none();
    }
    String message = straightApostrophes(situation.userRequest());
    if (!LifeAtRiskScreen.speaksOfSuicide(message)) {
      return Assessment.none(); // most messages: one cheap check, and no pattern below is tried
    }
    boolean own = OWN_CRISIS.matcher(message).find();
    boolean namesAMeans = NAMES_A_MEANS.matcher(message).find();
    boolean seeksSupport = SEEKS_SUPPORT.matcher(message).find();
    boolean asksForMeans = (ASKS_FOR_MEANS.matcher(message).find()
        || own && MEANS_THING.matcher(message).find() && ASKS.matcher(message).find())
        && !(seeksSupport && !namesAMeans);
    if (own && asksForMeans) {
      return meansRefused(constitution);
    }
    // speaking of it to ask for help, for oneself or someone else: "Suicidal. What number do I call?"
    boolean inCrisis = own || seeksSupport;
    if (!inCrisis || asksForMeans || NOT_A_PLEA.matcher(message).find()) {
      return Assessment.none();
    }
    var assessment = Assessment.builder()
        .addConsiderations(Consideration.builder()
            .value(CoreValue.GENUINELY_HELPFUL)
            .stance(Stance.FOR)
            .size(0.5)
            .probability(0.9)
            .confidence(0.9)
            .topic(SELF_HARM)
            .rationale("the user speaks of wanting to die and asks for nothing that could hurt them: an answer with"
                + " care, and where to find help now, is what they need")
            .source(NAME)
            .build())
        .addAnsweredTopics(SELF_HARM);
    if (!namesAMeans && (seeksSupport || !ASKS.matcher(message).find())) {
      // A plea that asks for support, or for nothing, and names no means: the constitution
      // prescribes the answer (care, and where to find help now), so this reading stands even over
      // another assessor's sure reading of self-harm, which can tell the topic but not a plea from
      // a request.
      assessment.addDecidedTopics(SELF_HARM);
    }
    return withEmergencyPointers(assessment, constitution).build();
  }

  private static Assessment meansRefused(Constitution constitution) {
    var assessment = Assessment.builder().addConsiderations(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(1.0)
        .probability(0.8)
        .reversible(false)
        .confidence(0.9)
        .topic(SELF_HARM)
        .rationale("the user speaks of ending their own life and asks for a means or an amount: that is never"
            + " supplied; care, and where to find help now, are")
        .source(NAME)
        .build());
    return withEmergencyPointers(assessment, constitution).build();
  }
}
