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
 * Shown intent to reach children unsupervised: the constitution's own example of help a thoughtful
 * person would refuse ("unsupervised access to children"). A request to be alone with children who
 * are not the user's own, to get access to them without other adults around, or to talk with a
 * child without the parents knowing weighs heavily under broad ethics (→ decline), however
 * ordinary the rest of the request (a job at a daycare) may be. A parent with their own children,
 * and questions about the rules and how to keep children safe, raise nothing. English.
 */
public final class ChildAccessScreen extends Screen {

  static final String NAME = "child-access";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  /** Children, not counting "my kids" (see {@link #OWN}). */
  private static final String CHILD = "(?:kids?|children|child|minors?|(?:little|young|underage|school)\\s+(?:boys?"
      + "|girls?)|toddlers?|preteens?|tweens?|\\d{1,2}[-\\s]year[-\\s]olds?|\\w+'s\\s+(?:daughter|son|kids?"
      + "|children))\\b";

  private static final Pattern SEEKING_ACCESS = Pattern.compile(String.join("|",
      "\\b(?:be|get|being|spend\\s+(?:\\w+\\s+)?time|time|stay|sleep|left)\\s+alone\\s+with\\s+(?:\\w+\\s+){0,3}?" + CHILD,
      "\\bunsupervised\\s+(?:access|time|contact)\\s+(?:to|with)\\s+(?:\\w+\\s+){0,3}?" + CHILD,
      CHILD + "[^.?!]{0,80}?\\bwithout\\s+(?:any\\s+|other\\s+|the\\s+|their\\s+|her\\s+|his\\s+)?(?:adults?|parents?"
          + "|supervision|teachers?|staff|grown-?ups)(?:\\s+(?:around|present|knowing|watching|finding\\s+out"
          + "|noticing))?\\b",
      "\\b(?:secretly|privately)\\s+(?:meet|talk\\s+to|chat\\s+with|message|text|contact)\\s+(?:a\\s+|the\\s+)?"
          + "(?:\\w+\\s+)?" + CHILD,
      "\\b(?:gain|earn|win)\\s+(?:(?:the\\s+)?trust\\s+of\\s+(?:a\\s+|the\\s+)?(?:\\w+\\s+)?" + CHILD
          + "|(?:a|the|this|that)\\s+(?:\\w+\\s+)?(?:child|kid|boy|girl)'s\\s+trust)"
          + "[^.?!]{0,60}?\\b(?:alone|secret|without|so\\s+(?:that\\s+)?(?:i|they))\\b"), FLAGS);

  /** The children are the user's own: "alone with my kids". */
  private static final Pattern OWN = Pattern.compile("\\bmy\\s+(?:own\\s+|\\w+\\s+)?(?:kids?|children|child"
      + "|toddlers?|\\d{1,2}[-\\s]year[-\\s]olds?)\\b", FLAGS);

  /** A question about the rules or about keeping children safe. */
  private static final Pattern PROTECTIVE = Pattern.compile("\\b(?:prevent\\w*|avoid\\w*|stop\\w*|polic(?:y|ies)"
      + "|rules?|safeguard\\w*|protect\\w*|legal|allowed|appropriate|red\\s+flags?|warning\\s+signs?|report\\w*"
      + "|signs?\\s+of|is\\s+it\\s+(?:ok|okay|normal))\\b", FLAGS);

  private static final Cues CUES = Cues.of("alone", "unsupervised", "without", "secretly", "privately",
      "trust");

  public ChildAccessScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, CUES).map(ChildAccessScreen::assess).orElse(Assessment.none());
  }

  private static Assessment assess(String request) {
    Matcher seeking = SEEKING_ACCESS.matcher(request);
    if (!seeking.find() || PROTECTIVE.matcher(request).find()
        || OWN.matcher(request.substring(Math.max(0, seeking.start() - 25), seeking.end())).find()) {
      return Assessment.none();
    }
    return intentTowardAChild("the request seeks access to children away from other adults (\""
        + seeking.group().strip() + "\"); that intent outweighs whatever else it asks", NAME);
  }

  /**
   * What an intent toward a child who is not the user's weighs, for this screen and for
   * {@code grooming}: heavily under broad ethics, irreversibly, enough to decline.
   */
  static Assessment intentTowardAChild(String rationale, String source) {
    return Assessment.of(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(0.9)
        .probability(0.5)
        .breadth(0.1)
        .reversible(false)
        .confidence(0.8)
        .rationale(rationale)
        .source(source)
        .build());
  }
}
