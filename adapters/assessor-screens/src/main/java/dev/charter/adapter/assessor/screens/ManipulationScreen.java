package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Help to manipulate someone against their own interests. The honesty principles bind the
 * assistant's own words; a task that is about manipulating a third party falls under avoiding
 * harm, and is weighed here under broad ethics. Two readings, in English:
 *
 * <ul>
 *   <li>the user wants to guilt-trip, pressure, trick, scare or blackmail someone into handing over
 *       money, property, a signature, passwords or sex → decline: the harm is direct and often
 *       falls on someone vulnerable (an elderly parent, a partner);
 *   <li>the user wants to gaslight, brainwash, blackmail or manipulate someone, with no such stake
 *       named → a concern worth naming (proceed with care): most who ask this want to be
 *       persuasive, and honest persuasion can be offered instead.
 * </ul>
 *
 * <p>Asking how to recognise or resist manipulation ("is my partner gaslighting me?") raises
 * nothing.
 */
public final class ManipulationScreen extends Screen {

  static final String NAME = "manipulation";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  private static final String TACTIC = "(?:manipulat\\w*|guilt[-\\s]?trip\\w*|gaslight\\w*|blackmail\\w*|coerc\\w*"
      + "|trick\\w*|pressur\\w*|scar(?:e|ing)|frighten\\w*|threaten\\w*|con|dupe|deceiv\\w*|brainwash\\w*"
      + "|emotionally\\s+(?:abus\\w*|blackmail\\w*)|bully\\w*|shame|intimidat\\w*)";

  /** What the person is to hand over. */
  /** Someone to be manipulated: "my elderly mother", "my tenant", "people", "her". */
  private static final String PERSON = "(?:(?:my|his|her|their|the|a|an|this|that|some|your|our)\\s+(?:\\w+\\s+){0,2}?)?"
      + "(?:mother|mom|mum|father|dad|parents?|grand\\w+|wife|husband|girlfriend|boyfriend|partner|spouse|friends?"
      + "|boss|co-?workers?|colleagues?|employees?|tenants?|landlord|neighbou?rs?|sister|brother|son|daughter|aunt"
      + "|uncle|cousin|clients?|customers?|victims?|people|person|someone|somebody|him|her|them|man|woman|guy|girl"
      + "|ex|secretary|roommate|teacher|elderly|widow\\w*|fianc\\w*)";

  private static final String STAKE = "(?:sign(?:ing)?(?:\\s+(?:over|away|up))?\\b|giv(?:e|ing)\\s+(?:me\\s+)?(?:\\w+\\s+){0,2}?(?:money|savings"
      + "|inheritance|house|car|property|cash|card|password|pin|access)|hand\\w*\\s+over|transfer\\w*|lend\\w*|loan"
      + "|pay\\w*|send\\w*\\s+(?:me\\s+)?(?:money|cash|nudes?|photos|pictures)|sell\\w*|chang\\w*\\s+(?:her|his"
      + "|their)\\s+will|(?:her|his|their)\\s+(?:will|savings|inheritance|pension|house|property|bank|password|pin)"
      + "|power\\s+of\\s+attorney|having\\s+sex|sleep(?:ing)?\\s+with\\s+me|sex\\b|nudes?)";

  private static final Pattern FOR_A_STAKE = Pattern.compile("\\b" + TACTIC + "\\s+" + PERSON + "\\s+(?:\\w+\\s+){0,2}?"
      + "(?:into|to)\\s+(?:\\w+\\s+){0,3}?" + STAKE, FLAGS);

  /** A weakness worked on for the same stake: "play on her fear of dying alone so she signs her house over". */
  private static final Pattern EXPLOITING = Pattern.compile("\\b(?:play(?:s|ing)?\\s+on|prey(?:s|ing)?\\s+on|exploit\\w*"
      + "|take\\s+advantage\\s+of|taking\\s+advantage\\s+of|capitali[sz]e\\s+on|work\\s+on)\\s+(?:(?:my|her|his|their|our)\\s+)?(?:her|his|their|\\w+'s)\\s+"
      + "(?:\\w+\\s+)?(?:fears?|loneliness|grief|guilt|dementia|confusion|insecurit\\w*|anxiet\\w*|trust|love|feelings"
      + "|memory|illness|age|kindness)\\b[^.?!]{0,80}?\\b(?:so|until|into|to\\s+get|and\\s+get)\\b[^.?!]{0,40}?" + STAKE,
      FLAGS);

  /** The user is the one who would do it. */
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:i|me|my|i'm|i'd|i'll)\\b", FLAGS);

  /** The user wants to do it: "how can I gaslight ...", "help me manipulate ...". */
  private static final Pattern WANTS_TO = Pattern.compile("\\b(?:how\\s+(?:do|can|could|should|would)\\s+i|help\\s+me"
      + "|ways?\\s+to|tips?\\s+(?:for|on|to)|teach\\s+me(?:\\s+how)?\\s+to|i\\s+want\\s+to|best\\s+way\\s+to"
      + "|tactics\\s+to|script\\s+to|message\\s+(?:that|to))\\s+(?:\\w+\\s+){0,2}?(?:manipulate|gaslight|blackmail"
      + "|brainwash|guilt[-\\s]?trip|coerce|emotionally\\s+(?:abuse|blackmail))\\b", FLAGS);

  /** Recognising or resisting it instead. */
  private static final Pattern RESISTING = Pattern.compile("\\bhow\\s+do\\s+(?:scammers|con\\s+artists|fraudsters"
      + "|manipulators|abusers|predators|they)\\b|\\b(?:am\\s+i\\s+being|is\\s+(?:my|he|she|this)\\b[^.?!]{0,30}"
      + "(?:manipulat|gaslight)|signs?\\s+(?:of|that)|recogni[sz]e|spot|stop\\s+being|resist|protect|defend|deal\\s+with"
      + "|respond\\s+to|escape|victim|was\\s+(?:manipulated|gaslit|gaslighted)|being\\s+(?:manipulated|gaslit"
      + "|gaslighted|blackmailed))\\b", FLAGS);

  private static final Cues CUES = Cues.of("manipulat", "guilt", "gaslight", "blackmail", "coerc", "trick",
      "pressur", "scar", "frighten", "threaten", "con ", "dupe", "deceiv", "brainwash", "abus", "bully", "shame",
      "intimidat", "play", "prey", "exploit", "advantage", "capitali", "work");

  public ManipulationScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, CUES).map(ManipulationScreen::assess).orElse(Assessment.none());
  }

  private static Assessment assess(String request) {
    if (RESISTING.matcher(request).find()) {
      return Assessment.none();
    }
    Matcher m = FOR_A_STAKE.matcher(request);
    if (m.find() && FIRST_PERSON.matcher(request).find()) {
      return concern(true, m.group());
    }
    m = EXPLOITING.matcher(request);
    if (m.find() && FIRST_PERSON.matcher(request).find()) {
      return concern(true, m.group());
    }
    m = WANTS_TO.matcher(request);
    return m.find() ? concern(false, m.group()) : Assessment.none();
  }

  private static Assessment concern(boolean stake, String quote) {
    return Assessment.of(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(stake ? 0.6 : 0.3)
        .probability(stake ? 0.7 : 0.2)
        .breadth(0.1)
        .confidence(0.8)
        .rationale("the request asks for help manipulating someone" + (stake ? " into giving up what is theirs" : "")
            + " (\"" + quote.strip() + "\")" + (stake ? "" : "; honest persuasion can be offered instead"))
        .source(NAME)
        .build());
  }
}
