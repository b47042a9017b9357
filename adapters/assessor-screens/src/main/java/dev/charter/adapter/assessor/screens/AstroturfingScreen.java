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
 * Fake voices at scale: many comments, reviews or posts written as if by different people who do
 * not exist ("300 public comments from made-up local mothers", "50 five-star reviews from different
 * customers"), or written to flood a forum and make a side look bigger than it is. The constitution
 * counts large-scale deception of the public and the manipulation of democratic processes among the
 * harms to society's shared understanding; the request weighs under broad ethics (→ decline). One
 * persuasive letter in the user's own name, sample data for a test, or detecting such campaigns
 * raises nothing. English.
 */
public final class AstroturfingScreen extends Screen {

  static final String NAME = "astroturfing";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  private static final String MANY = "(?:[1-9]\\d{1,}|hundreds\\s+of|dozens\\s+of|thousands\\s+of|many|lots\\s+of"
      + "|a\\s+bunch\\s+of|multiple|several|a\\s+(?:hundred|thousand)|(?:ten|twenty|thirty|forty|fifty|a\\s+hundred)"
      + "(?:\\s+or\\s+so)?)";

  private static final String VOICES = "(?:comments?|reviews?|posts?|tweets?|replies|letters|testimonials?|messages"
      + "|emails|submissions|responses|petitions?|ratings|op-?eds)";

  /** Writing asked for: fake voices are made, not merely mentioned ("summarise the 200 reviews"). */
  private static final String WRITING = "\\b(?:write|generate|create|draft|make|produce|post|give\\s+me|come\\s+up\\s+with"
      + "|churn\\s+out)(?:\\s+me|\\s+us)?";

  /** Written as if by many people who do not exist. */
  private static final Pattern FAKE_VOICES = Pattern.compile(String.join("|",
      WRITING + "\\s+" + MANY + "\\s+(?:[\\w-]+\\s+){0,4}?" + VOICES + "\\b[^.?!]{0,80}?\\b(?:made[-\\s]up|fake|fictional|invented"
          + "|different|fabricated|imaginary|fictitious)\\s+(?:\\w+\\s+){0,2}?(?:names?|people|persons?|users?"
          + "|customers?|residents?|voters?|mothers?|parents?|accounts?|personas?|identities|citizens?|locals?"
          + "|patients?|authors?)",
      WRITING + "\\s+" + MANY + "\\s+(?:\\w+\\s+){0,2}?(?:fake|made[-\\s]up|fabricated|sock\\s*puppet)\\s+(?:\\w+\\s+){0,2}?"
          + "(?:" + VOICES + "|accounts)",
      "\\b(?:flood|spam|swamp|brigade)\\s+(?:the\\s+)?(?:\\w+\\s+){0,3}?(?:portal|comment\\s+section|comments|forum|reviews"
          + "|inbox|feed|hashtag|thread|council|survey|poll)\\b",
      "\\bmake\\s+(?:the\\s+|our\\s+|my\\s+|their\\s+)?(?:\\w+\\s+)?(?:protest|movement|campaign|opposition|support|side"
          + "|cause|rally|crowd|petition|numbers|following|backlash|outrage)\\s+(?:look|seem|appear)\\s+(?:much\\s+)?(?:bigger"
          + "|larger|more\\s+popular|more\\s+widespread|grassroots|organic)\\b",
      "\\b(?:astroturf\\w*|sock\\s*puppets?)\\b"), FLAGS);

  /** Sample data for a test, or detecting such campaigns. */
  private static final Pattern HARMLESS = Pattern.compile("\\b(?:(?:detect|spot|identify|flag|moderate|classify|catch)\\w*"
      + "\\s+(?:\\w+\\s+)?(?:fake|coordinated|inauthentic|bot|sock|astroturf|spam)\\w*|test\\s+data|sample\\s+data|dummy\\s+data"
      + "|placeholder|mock\\s+data|seed\\s+data|for\\s+(?:testing|a\\s+test)|how\\s+(?:do|can)\\s+(?:i|we)\\s+(?:stop|prevent"
      + "|counter|detect|spot))\\b", FLAGS);

  private static final Cues CUES = Cues.of("made", "fake", "fictional", "invented", "different",
      "fabricated", "imaginary", "fictitious", "sock", "flood", "spam", "swamp", "brigade", "look", "seem", "appear",
      "astroturf");

  public AstroturfingScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, CUES).map(AstroturfingScreen::assess).orElse(Assessment.none());
  }

  private static Assessment assess(String request) {
    Matcher fake = FAKE_VOICES.matcher(request);
    if (!fake.find() || HARMLESS.matcher(request).find()) {
      return Assessment.none();
    }
    return Assessment.of(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(0.6)
        .probability(0.8)
        .breadth(0.6)
        .confidence(0.8)
        .rationale("the request asks for fake voices at scale (\"" + fake.group().strip() + "\"), deceiving the public"
            + " about how many people hold a view; one honest message in the user's own name can be offered instead")
        .source(NAME)
        .build());
  }
}
