package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.UserProtection;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps the user protection "always point users to emergency help when a life may be at risk":
 * when the user's latest message speaks of suicide, of wanting to die, of harming oneself, of an
 * overdose or of a medical emergency, the protection is put in force, so that whatever the verdict
 * the user is told where to find help. It weighs nothing and so never changes a verdict; a false
 * alarm costs one sentence. The patterns are English.
 */
public final class LifeAtRiskScreen extends Screen {

  static final String NAME = "life-at-risk";
  static final String PROTECTION = UserProtection.EMERGENCY_POINTERS;

  /** Someone whose body can be in danger, as the subject of "is unresponsive", "won't wake up". */
  private static final String PERSON = "(?:i|he|she|they|someone|somebody|(?:my|our|the|a|her|his)\\s+(?:\\w+\\s+)?"
      + "(?:baby|child|kid|son|daughter|dad|father|mom|mum|mother|husband|wife|partner|friend|brother|sister"
      + "|grandma|grandmother|grandpa|grandfather|patient|man|woman|boy|girl|roommate|neighbou?r))";

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
      "\\bno\\s+reason\\s+to\\s+(?:live|go\\s+on)\\b"), Pattern.CASE_INSENSITIVE);

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
      "\\b(?:is|am|'s|i'm)\\s+choking\\b"), Pattern.CASE_INSENSITIVE);

  /**
   * Every branch of {@link #SUICIDAL} and {@link #EMERGENCY} needs one of these (lower case, single words, since the pattern
   * allows any spacing between words), so a message with none is skipped.
   */
  private static final List<String> CUES = List.of("suicid", "self", "selves", "life", "lives", "end", "die",
      "live", "anymore", "wake", "dead", "reason", "overdos", "pill", "tablet", "meds", "capsule", "painkiller",
      "breathing", "unconscious", "unresponsive", "heart", "stroke", "seizure", "bleeding", "choking");

  /** Whether {@code text} (with straight apostrophes) speaks of suicide or self-harm. */
  static boolean speaksOfSuicide(String text) {
    return mentionsAny(text, CUES) && SUICIDAL.matcher(text).find();
  }

  /** Whether {@code text} (with straight apostrophes) speaks of suicide, self-harm or a medical emergency. */
  static boolean speaksOfDanger(String text) {
    return mentionsAny(text, CUES) && (SUICIDAL.matcher(text).find() || EMERGENCY.matcher(text).find());
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
    return Assessment.builder().addProtectionsInForce(PROTECTION).build();
  }
}
