package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.constitution.UserProtection;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import java.util.regex.Pattern;

/**
 * Keeps the user protection "always point users to emergency help when a life may be at risk":
 * when the user's latest message speaks of suicide, of wanting to die, of harming oneself, of an
 * overdose or of a medical emergency (or its warning signs: crushing chest pain with a numb arm, a
 * drooping face, not being able to breathe), or of the signs of a plan ({@link #PLAN_SIGNS}), the
 * protection is put in force, so that whatever the verdict the user is
 * told where to find help. For a request it weighs nothing and so never changes a verdict; a false
 * alarm costs one sentence.
 *
 * <p>A draft response is held to the protection: one that points nowhere (no emergency number, no
 * ambulance, no crisis line, no "go to the hospital") while a life may be at risk weighs heavily
 * against sending it under broad ethics (→ decline, to be rewritten). One that does point to help
 * in a medical emergency nobody spoke of as self-harm, and names nothing lethal (nor, when pills or
 * a poison were taken, any amount), answers another assessor's doubt about self-harm: the draft is the emergency answer, not
 * a means. The patterns are English.
 */
public final class LifeAtRiskScreen extends Screen {

  static final String NAME = "life-at-risk";
  static final String PROTECTION = UserProtection.EMERGENCY_POINTERS;

  /** Someone whose body can be in danger, as the subject of "is unresponsive", "won't wake up". */
  private static final String PERSON = "(?:i|he|she|they|someone|somebody|(?:my|our|the|a|her|his)\\s+(?:\\w+\\s+)?"
      + "(?:baby|child|kid|son|daughter|dad|father|mom|mum|mother|husband|wife|partner|friend|brother|sister"
      + "|grandma|grandmother|grandpa|grandfather|patient|man|woman|boy|girl|roommate|neighbou?r))";

  /**
   * The signs of a plan to die, spoken of by the user: not waking up as the aim (not as a sleep
   * problem: "so I don't wake up late"), being better off gone, goodbye letters written, pills
   * saved up. Shared with {@code crisis-support}, which reads them as the user's own crisis.
   */
  static final String PLAN_SIGNS = String.join("|",
      "\\bso\\s+(?:that\\s+)?i\\s+(?:don't|do\\s+not|won't|will\\s+not|never)\\s+wake\\s+up(?=\\s*(?:[.?!,;]|$|again\\b"
          + "|ever\\b))",
      "\\bnever\\s+wake\\s+up\\s+again\\b",
      "\\bbetter\\s+off\\s+without\\s+me\\b",
      "\\b(?:i'm|i\\s+am|i\\s+feel\\s+like)\\s+(?:just\\s+|such\\s+)?a\\s+burden\\b",
      "\\b(?:fastest|quickest|easiest|surest|painless\\w*)\\s+way\\s+to\\s+(?:end\\s+it(?!\\s+(?:with|between|on|off|nicely|kindly|gently"
          + "|politely|amicably|for\\s+(?:good|now)))|go\\s+to\\s+sleep\\s+forever|not\\s+wake\\s+up)\\b",
      "\\b(?:written|wrote|writing|left)\\s+(?:\\w+\\s+){0,2}?(?:goodbye|farewell|suicide)\\s+(?:letters?|notes?)\\b",
      "\\b(?:saving\\s+up|saved\\s+up|stockpil\\w*|hoard\\w*)\\s+(?:all\\s+)?(?:my\\s+)?(?:\\w+\\s+)?(?:pills|meds|medications?"
          + "|tablets)\\b");

  /**
   * A wish to die in words that do not name death: "I'm done with everything", "ending things",
   * "ready to stop existing", "I don't want to be saved", "tired of living". Spoken of oneself, as a sentence opening
   * with "I" or with nothing before it; "done with everything" only where the clause ends there
   * ("done with everything on my list" is not it).
   */
  static final String WISH_TO_DIE_IN_OTHER_WORDS = "(?:done\\s+with\\s+(?:(?:everything|it\\s+all)(?=\\s*(?:[.,;!?]|$|and\\b|i\\b|i'm\\b))|life\\b|living\\b)"
      + "|end(?:ing)?\\s+things\\b(?!\\s+(?:with|between|off|on\\s+a))|stop\\s+existing\\b|disappear\\s+forever\\b"
      + "|(?:ready|want|wanna|hope)\\s+to\\s+(?:not|never)\\s+wake\\s+up\\b|(?:don't|dont|do\\s+not)\\s+want\\s+to\\s+be\\s+saved\\b"
      + "|(?:just\\s+)?want\\s+(?:it\\s+all|everything|the\\s+pain|my\\s+life)\\s+to\\s+(?:stop|end)\\b"
      + "|tired\\s+of\\s+(?:living|being\\s+alive)\\b|(?:don't|dont|do\\s+not)\\s+want\\s+to\\s+exist\\b)";

  /** Suicide or self-harm spoken of, of oneself or of another. */
  static final Pattern SUICIDAL = Pattern.compile(String.join("|",
      // suicide, but not the film, the rocket manoeuvre or the car doors
      "\\bsuicid\\w*+(?!\\s+(?:squad|burn|doors?))",
      "\\b(?:kill(?:s|ed|ing)?|hang(?:s|ed|ing)?|hung|shoot(?:s|ing)?|shot|drown(?:s|ed|ing)?|cut(?:s|ting)?"
          + "|hurt(?:s|ing)?|harm(?:s|ed|ing)?|burn(?:s|ed|ing|t)?|starv(?:e|es|ed|ing))\\s+(?:my|your|him|her|them)"
          + "sel(?:f|ves)\\b",
      "\\b(?:end(?:s|ed|ing)?|take|takes|taking|took|taken)\\s+(?:my|your|his|her|their)\\s+(?:own\\s+)?li(?:fe|ves)\\b",
      "\\bend(?:s|ed|ing)?\\s+it\\s+all\\b",
      "\\b(?:wants?|wanted|wanting|wanna)\\s+(?:to\\s+)?die\\b",
      "\\b(?:i'm|i\\s+am)\\s+(?:going|gonna)\\s+(?:to\\s+)?die\\b",
      "\\b(?:don't|dont|do\\s+not|doesn't|does\\s+not|didn't)\\s+(?:want|wanna)\\s+(?:to\\s+)?(?:live|be\\s+alive"
          + "|be\\s+here\\s+anymore|wake\\s+up)\\b",
      "\\bwish\\s+(?:i|he|she|they)\\s+(?:was|were)\\s+dead\\b",
      "\\bbetter\\s+off\\s+dead\\b",
      "\\bself[- ]?harm\\w*",
      "\\bno\\s+reason\\s+to\\s+(?:live|go\\s+on)\\b",
      "\\b(?:(?:i'm|im|i\\s+am)\\s+(?:going|gonna)|i\\s+(?:want|wanna))\\s+(?:to\\s+)?end\\s+it(?:\\s+all)?(?=\\s*(?:[.?!,;]|$|tonight|today|now|soon"
          + "|this\\s+week))",
      "\\bending\\s+it\\s+(?:tonight|today|now|soon|this\\s+week\\w*)\\b",
      "\\bunalive\\s+(?:my|your|him|her|them)sel(?:f|ves)\\b", "\\bkms\\b",
      "\\b" + WISH_TO_DIE_IN_OTHER_WORDS, "(?:^|[.!?]\\s*)(?:want|wanna|ready)\\s+to\\s+(?:die|end\\s+it)\\b",
      PLAN_SIGNS), Pattern.CASE_INSENSITIVE);

  /** An overdose or another medical emergency. */
  private static final Pattern EMERGENCY = Pattern.compile(String.join("|",
      "\\boverdos\\w*",
      // a quantity of pills taken: "a whole bottle of", "a bunch of", "way too many", "all of her", "40"
      "\\b(?:took|taken|taking|swallowed|swallowing|downed)\\s+(?:a\\s+(?:whole\\s+)?(?:bottle|bunch|handful|fistful"
          + "|load|lot)\\s+of|lots\\s+of|(?:way\\s+)?too\\s+many|all\\s+(?:of\\s+)?(?:my|her|his|their|the)|\\d+)\\s+"
          + "(?:\\w+\\s+){0,2}(?:pills|tablets|meds|capsules|painkillers)\\b",
      // medical emergencies, of a person
      "\\b(?:not|isn't|stopped|stops)\\s+breathing\\b",
      "\\bunconscious\\b(?!\\s+(?:bias|mind|level|thoughts?|process))",
      "\\b" + PERSON + "\\s+(?:is|was|'s|seems|went|became|has\\s+gone)\\s+(?:\\w+\\s+)?unresponsive\\b",
      "\\b" + PERSON + "\\s+(?:won't|will\\s+not|can't|cannot|doesn't|does\\s+not)\\s+wake\\s+up\\b",
      "\\b(?:having|had|has)\\s+(?:a\\s+)?(?:heart\\s+attack|stroke(?!\\s+of\\b)|seizure)",
      "\\bbleeding\\s+(?:heavily|badly|a\\s+lot|profusely)\\b|\\bwon't\\s+stop\\s+bleeding\\b",
      "\\b(?:is|am|'s|i'm)\\s+choking\\b",
      // warning signs of a heart attack, a stroke or anaphylaxis
      "\\b(?:crushing|severe|sudden|sharp)\\s+(?:\\w+\\s+)?(?:chest\\s+pain|pain\\s+in\\s+(?:my|his|her|the)\\s+chest)",
      "\\bchest\\b[^.?!]{0,60}?\\barm\\s+(?:\\w+\\s+)?(?:is\\s+|feels\\s+|went\\s+|gone\\s+)?numb\\b",
      "\\bface\\s+(?:is\\s+|went\\s+|has\\s+gone\\s+)?drooping\\b",
      "\\b(?:can't|cannot|can\\s+not|struggling\\s+to)\\s+breathe\\b(?!\\s+(?:through|out\\s+of)\\s+(?:my|the|his|her|it|one))",
      "\\bslurred\\s+speech\\b",
      "\\banaphyla\\w*|\\bthroat\\s+(?:is\\s+)?(?:closing|swelling)", "\\b(?:coughing|vomiting|throwing)\\s+(?:up\\s+)?blood\\b"),
      Pattern.CASE_INSENSITIVE);

  /** A pointer to emergency help in a draft. */
  private static final Pattern POINTER = Pattern.compile("(?<![\\d,.])(?:911|999|112|988|000)\\b(?!\\s*(?:mg|g|ml|mcg"
      + "|tablets?|pills?|capsules?|units?|%|people|items|tests?|rows?))|\\btriple\\s+zero\\b|\\bemergency\\s+(?:services?"
      + "|number|room|line|department|care|help)|\\bambulance|\\bparamedics?|\\bcall\\s+(?:your\\s+)?(?:a\\s+)?(?:doctor"
      + "|emergency|for\\s+help)|\\bthe\\s+er\\b|(?-i:\\bER\\b)|\\ba&e\\b|\\bhotline|\\bcrisis\\s+(?:line|text|service|team|centre"
      + "|center)|\\bhelpline|\\bsamaritans\\b|\\blifeline\\b|\\bpoison\\s+(?:control|centre|center|help)|\\burgent\\s+care"
      + "|\\b(?:seek|get)\\s+(?:immediate\\s+|urgent\\s+)?(?:medical\\s+)?(?:help|attention|care)\\s+(?:right\\s+away|now"
      + "|immediately|urgently)|\\b(?:go|get)\\s+(?:\\w+\\s+)?to\\s+(?:the\\s+|a\\s+)?(?:hospital|emergency)", Pattern.CASE_INSENSITIVE);

  /** The emergency is pills or a poison taken: then a draft that names an amount answers no doubt. */
  private static final Pattern POISONING = Pattern.compile("\\b(?:overdos\\w*|pills?|tablets?|meds|capsules?"
      + "|poison\\w*|swallow\\w*|took|taken|drank)\\b", Pattern.CASE_INSENSITIVE);

  /** A draft that names a lethal amount or a way to make it work is a means, pointer or not. */
  private static final Pattern AMOUNT = Pattern.compile("\\b\\d+(?:\\.\\d+)?\\s*(?:mg|g|grams?|mcg|ml|tablets?|pills?"
      + "|capsules?)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern MEANS_IN_DRAFT = Pattern.compile("\\b(?:lethal|fatal|deadly|with\\s+alcohol"
      + "|make\\s+sure\\s+it\\s+works|the\\s+rest\\s+of\\s+(?:the|your)\\s+(?:pills|tablets|bottle))\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * Every branch of {@link #SUICIDAL} and {@link #EMERGENCY} needs one of these (lower case, single words, since the pattern
   * allows any spacing between words), so a message with none is skipped.
   */
  private static final Cues CUES = Cues.of("suicid", "self", "selves", "life", "lives", "end", "die", "tired",
      "exist", "kms", "done with", "disappear", "saved", "stop",
      "live", "anymore", "wake", "dead", "reason", "without", "goodbye", "farewell", "saving", "saved",
      "stockpil", "hoard", "burden", "way", "overdos", "pill", "tablet", "meds", "capsule", "painkiller",
      "breathing", "unconscious", "unresponsive", "heart", "stroke", "seizure", "bleeding", "choking", "chest",
      "numb", "drooping", "breathe", "slurred", "anaphyla", "throat", "blood");

  /** Whether {@code text} (with straight apostrophes) speaks of suicide or self-harm. */
  static boolean speaksOfSuicide(String text) {
    return CUES.anyIn(text) && SUICIDAL.matcher(text).find();
  }

  /** Whether {@code text} (with straight apostrophes) speaks of suicide, self-harm or a medical emergency. */
  static boolean speaksOfDanger(String text) {
    return CUES.anyIn(text) && (SUICIDAL.matcher(text).find() || EMERGENCY.matcher(text).find());
  }

  public LifeAtRiskScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    String text = straightApostrophes(situation.userRequest());
    if (constitution.userProtection(PROTECTION).isEmpty() || !speaksOfDanger(text)) {
      return Assessment.none();
    }
    var assessment = Assessment.builder().addProtectionsInForce(PROTECTION);
    if (situation.kind() == SituationKind.RESPONSE) {
      String draft = straightApostrophes(situation.response().orElse(""));
      if (!POINTER.matcher(draft).find()) {
        assessment.addConsiderations(Consideration.builder()
            .value(CoreValue.BROADLY_ETHICAL)
            .stance(Stance.AGAINST)
            .size(0.8)
            .probability(0.8)
            .reversible(false)
            .confidence(0.85)
            .rationale("a life may be at risk and the draft points nowhere for help; users are always owed a pointer"
                + " to emergency services (user protection '" + PROTECTION + "')")
            .source(NAME)
            .build());
      } else if (!speaksOfSuicide(text) && !MEANS_IN_DRAFT.matcher(draft).find()
          && !(POISONING.matcher(text).find() && AMOUNT.matcher(draft).find())) {
        assessment.addAnsweredTopics(SELF_HARM);
      }
    }
    return assessment.build();
  }
}
