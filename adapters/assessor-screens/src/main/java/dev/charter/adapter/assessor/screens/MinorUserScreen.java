package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.policy.OperatorSettings;
import dev.charter.domain.situation.Situation;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The constitution asks for more care where there are strong signs that the user is a minor,
 * whatever the operator says about its users' ages. A user who says they are under 18 ("i'm 13",
 * "I'm in 8th grade"), or a deployment whose operator says it serves children, asking how to use
 * recreational drugs or alcohol (how much to take, how to get high or drunk, where to get them, a
 * fake ID) weighs under broad ethics (→ decline). A minor asking whether it is safe, how to say no,
 * or how to help a friend who took something raises nothing: that is help they need. English.
 */
public final class MinorUserScreen extends Screen {

  static final String NAME = "minor-user";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  /** The user says they are a minor: an age under 18, or a school year that means one. */
  private static final Pattern SAYS_MINOR = Pattern.compile(String.join("|",
      "\\b(?:i'm|im|i\\s+am)\\s+(?:only\\s+|just\\s+)?(?:1[0-7]|[6-9])(?:\\s*(?:years?\\s*old|yrs?\\s*old|yo|y/o))?\\b"
          + "(?!\\s*(?:minutes?|mins?|hours?|hrs?|km|miles?|feet|ft|inches|in\\b|cm|kg|lbs?|pounds?|%|percent|dollars"
          + "|weeks?|days?|months?|years?\\b(?!\\s*old)|yrs?\\b(?!\\s*old)|times|am\\b|pm\\b|o'clock|:|k\\b|grand))",
      "\\b(?:1[0-7]|[6-9])\\s*(?:years?\\s*old|yrs?\\s*old|yo|y/o)\\b[^.?!]{0,20}?\\b(?:here|myself)\\b",
      "\\bi'?m\\s+in\\s+(?:(?:5|6|7|8|9|10|11)(?:th)?|fifth|sixth|seventh|eighth|ninth|tenth|eleventh)\\s+grade\\b",
      "\\bi'?m\\s+in\\s+(?:middle\\s+school|junior\\s+high|year\\s+(?:[6-9]|1[01]))\\b",
      "\\bi'?m\\s+(?:a\\s+)?(?:minor|underage|a\\s+kid|a\\s+teenager\\s+and\\s+(?:1[0-7]))\\b"), FLAGS);

  /** The operator says it serves children, not merely that it keeps them out ("never serve minors"). */
  private static final Pattern SERVES_CHILDREN = Pattern.compile("\\b(?:for|serv(?:es|ing)|help(?:s|ing)?|assist\\w*"
      + "|users\\s+are|audience\\s+is|designed\\s+for|made\\s+for)\\s+(?:\\w+\\s+){0,3}?(?:children|kids|minors|pupils"
      + "|teens|teenagers|(?:high|middle|primary|elementary)[-\\s]school(?:ers|\\s+students))\\b|\\b(?:students|pupils|users"
      + "|kids|children)\\s+aged\\s+(?:[5-9]|1[0-7])\\s*(?:to|-)\\s*(?:[5-9]|1[0-7])\\b|\\bages?\\s+(?:[5-9]|1[0-7])\\s*(?:to|-)"
      + "\\s*(?:[5-9]|1[0-7])\\b|\\bchild-safe\\b|\\bkid-safe\\b", FLAGS);

  private static final String SUBSTANCE = "(?:molly|mdma|ecstasy|weed|marijuana|cannabis|edibles?|dabs?|thc|lsd"
      + "|shrooms|cocaine|ketamine|xanax|percs?|percocet|oxycodone|oxycontin|adderall|codeine|dxm|vapes?|nicotine"
      + "|alcohol|vodka|beer|booze|liquor|whiskey|tequila)";

  /** How much to take: asked by someone who says they are a minor. */
  private static final Pattern HOW_MUCH = Pattern.compile("\\bhow\\s+(?:much|many)\\s+(?:\\w+\\s+){0,2}?" + SUBSTANCE
      + "\\b|\\bhow\\s+(?:much|many)\\b[^.?!]{0,40}?\\b(?:take|drink|smoke|eat)\\b[^.?!]{0,30}?\\b(?:high|drunk|buzz"
      + "|wasted|stoned|trip|rolling|faded)\\b", FLAGS);

  /** Using them: how to get high or drunk, where to get them, a fake ID. */
  private static final Pattern USING = Pattern.compile(String.join("|",
      "\\b(?:get|getting|feel)\\s+(?:really\\s+|super\\s+|so\\s+)?(?:high|drunk|wasted|stoned|buzzed|faded|rolling"
          + "|tripping)\\b",
      "\\b(?:strongest|best|biggest|fastest)\\s+(?:high|buzz|trip)\\b",
      "\\b(?:buy|get|find|score|order|sneak|hide)\\s+(?:some\\s+)?(?:\\w+\\s+)?" + SUBSTANCE + "\\b",
      "\\bfake\\s+ids?\\b"), FLAGS);

  private static final Pattern MENTIONS_SUBSTANCE = Pattern.compile("\\b" + SUBSTANCE + "\\b|\\bhigh\\b|\\bdrunk\\b"
      + "|\\bfake\\s+ids?\\b", FLAGS);

  /** Help the minor needs: safety, saying no, a friend in trouble, getting help. */
  private static final Pattern SEEKING_SAFETY = Pattern.compile("\\b(?:is\\s+it\\s+(?:safe|dangerous|bad|ok|okay)"
      + "|dangers?|risks?|say\\s+no|refuse|resist|quit|stop|addict\\w*|my\\s+friend\\s+(?:took|drank|smoked|is)"
      + "|overdos\\w*|sick|throwing\\s+up|passed\\s+out|emergency|help\\s+(?:my|a)\\s+friend|tell\\s+my\\s+(?:parents"
      + "|mom|mum|dad)|peer\\s+pressure)\\b", FLAGS);

  private static final Cues CUES = Cues.of("molly", "mdma", "ecstasy", "weed", "marijuana", "cannabis",
      "edible", "dab", "thc", "lsd", "shroom", "cocaine", "ketamine", "xanax", "perc", "oxy", "adderall", "codeine",
      "dxm", "vape", "nicotine", "alcohol", "vodka", "beer", "booze", "liquor", "whiskey", "tequila", "high", "drunk",
      "wasted", "stoned", "buzz", "trip", "fake");

  public MinorUserScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, CUES)
        .filter(request -> MENTIONS_SUBSTANCE.matcher(request).find() && !SEEKING_SAFETY.matcher(request).find())
        .flatMap(request -> using(request, SAYS_MINOR.matcher(request).find(), servesChildren(situation)))
        .map(MinorUserScreen::concern)
        .orElse(Assessment.none());
  }

  /**
   * What the request asks about using: how to get high, drunk or hold of something, from a minor by
   * their own word or in a deployment for children; how much to take, only from one by their own
   * word (a chemistry question in a school deployment asks "how much" too).
   */
  private static Optional<String> using(String request, boolean saysMinor, boolean forChildren) {
    if (!saysMinor && !forChildren) {
      return Optional.empty();
    }
    Matcher m = USING.matcher(request);
    if (m.find()) {
      return Optional.of(m.group());
    }
    m = HOW_MUCH.matcher(request);
    return saysMinor && m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  private static boolean servesChildren(Situation situation) {
    return situation.deployment().operator().map(OperatorSettings::instructions)
        .map(instructions -> SERVES_CHILDREN.matcher(instructions).find()).orElse(false);
  }

  private static Assessment concern(String quote) {
    return Assessment.of(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(0.6)
        .probability(0.7)
        .breadth(0.1)
        .reversible(false)
        .confidence(0.8)
        .rationale("the user appears to be a minor and asks how to use drugs or alcohol (\"" + quote.strip()
            + "\"); where there are strong signs of a minor the constitution asks for more care, and the safer help"
            + " (the risks, where to get support) can be offered instead")
        .source(NAME)
        .build());
  }
}
