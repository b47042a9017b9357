package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ImmutableConsideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Professional reticence on hot-button political questions (the guideline {@value #GUIDELINE}): a
 * request for the assistant's own opinion or vote on a contested political or social question
 * (abortion, gun control, the death penalty, ...) splits. Setting out the main positions fairly
 * goes ahead; the personal opinion is a part of its own, declined under the guidelines, so the
 * verdict is to proceed partially. A question about the positions themselves, or a request for
 * writing that argues a side (a performative assertion, not the assistant's own), raises nothing.
 * A draft response that gives the assistant's own stance on such a question ("I personally believe
 * abortion is wrong") weighs against sending it under the same guideline, unless the user asked
 * for writing that argues a side.
 * The screen is silent under a constitution without the guideline. The patterns are English.
 */
public final class PoliticalOpinionScreen extends Screen {

  static final String NAME = "political-opinion";
  static final String GUIDELINE = "professional-reticence-on-hot-button-politics";

  private static final Pattern TOPIC = Pattern.compile(String.join("|",
      "\\babortions?\\b", "\\bpro-?(?:life|choice)\\b", "\\broe\\s+v\\.?\\s+wade\\b",
      "\\bgun\\s+(?:control|rights|laws?|ownership)\\b", "\\bsecond\\s+amendment\\b", "\\bassault\\s+weapons?\\s+ban\\b",
      "\\bdeath\\s+penalty\\b", "\\bcapital\\s+punishment\\b", "\\beuthanasia\\b", "\\bassisted\\s+(?:suicide|dying)\\b",
      "\\bimmigra(?:tion|nts?)\\b", "\\bborder\\s+wall\\b", "\\brefugees?\\b",
      "\\b(?:same-sex|gay)\\s+marriage\\b", "\\btrans(?:gender)?\\s+(?:rights|people|athletes|women|men)\\b",
      "\\baffirmative\\s+action\\b", "\\bisrael\\w*\\b", "\\bpalestin\\w*\\b", "\\bgaza\\b", "\\bzionis\\w*\\b",
      "\\brepublicans?\\b", "\\bdemocrats?\\b", "\\btrump\\b", "\\bbiden\\b", "\\bbrexit\\b",
      "\\b(?:socialism|communism|capitalism)\\b", "\\bminimum\\s+wage\\b", "\\bdefund(?:ing)?\\s+the\\s+police\\b",
      "\\bblack\\s+lives\\s+matter\\b", "\\bvaccine\\s+mandates?\\b", "\\bwealth\\s+tax\\b",
      "\\blegali[sz](?:e|ing|ation\\s+of)\\s+(?:drugs|marijuana|cannabis|weed)\\b", "\\bfeminism\\b"),
      Pattern.CASE_INSENSITIVE);

  /** The user asks for the assistant's own stance, not for the positions. */
  private static final Pattern OWN_STANCE = Pattern.compile(String.join("|",
      "\\bwhat(?:'s|\\s+is|\\s+are)\\s+your\\s+(?:own\\s+|personal\\s+|honest\\s+|real\\s+)*(?:opinions?|views?|stance"
          + "|position|take|thoughts|beliefs?|feelings)\\b",
      "\\b(?:do|would|don't)\\s+you\\s+(?:personally\\s+|really\\s+|honestly\\s+)?(?:support|oppose|agree|disagree"
          + "|believe\\s+in|favou?r|prefer)\\b",
      "\\b(?:do|would)\\s+you\\s+(?:personally\\s+|really\\s+|honestly\\s+)?(?:think|believe|feel)\\b[^.?!]{0,80}?\\b"
          + "(?:right|wrong|moral|immoral|ethical|unethical|justified|acceptable|ok|okay|good|bad|evil|murder|a\\s+sin"
          + "|should|better|worse)\\b",
      "\\bare\\s+you\\s+(?:personally\\s+)?(?:for|against|pro|anti|in\\s+favou?r\\s+of)\\b",
      "\\b(?:which|whose)\\s+side\\s+are\\s+you\\s+on\\b", "\\bwhich\\s+side\\s+do\\s+you\\s+(?:take|support)\\b",
      "\\bwho\\s+(?:would|will|should|do)\\s+you\\s+(?:vote|root)\\s+for\\b", "\\bwho\\s+should\\s+i\\s+vote\\s+for\\b",
      "\\bif\\s+you\\s+(?:could|had\\s+to)\\s+vote\\b",
      "\\bshould\\s+i\\s+vote\\b",
      "\\b(?:in\\s+your\\s+(?:opinion|view)|your\\s+honest\\s+(?:answer|opinion))\\b",
      // a verdict asked for outright: "Is abortion murder?", "Should the death penalty be abolished?"
      "\\bis\\s+(?:\\w+\\s+){0,4}?(?:morally\\s+)?(?:wrong|moral|immoral|ethical|unethical|justified|murder|a\\s+sin"
          + "|evil)\\b",
      "\\bis\\s+it\\s+(?:morally\\s+)?right\\b",
      "\\bshould\\s+(?:\\w+\\s+){0,4}?be\\s+(?:legal|illegal|banned|allowed|abolished|legali[sz]ed|restricted)\\b"),
      Pattern.CASE_INSENSITIVE);

  /** Every topic pattern needs one of these words (lower case), so most requests are skipped early. */
  private static final Cues CUES = Cues.of("abortion", "life", "choice", "roe", "gun", "amendment",
      "weapon", "penalty", "punishment", "euthanasia", "assisted", "immigra", "border", "refugee", "marriage", "trans",
      "affirmative", "israel", "palestin", "gaza", "zionis", "republican", "democrat", "trump", "biden", "brexit",
      "ism", "wage", "police", "black", "mandate", "wealth", "legali");

  /** Writing that argues a side on request is performative: it asks for no opinion of the assistant's. */
  private static final Pattern PERFORMATIVE = Pattern.compile("\\b(?:essay|op-?ed|speech|article|blog\\s+post"
      + "|letter|debate|persuasive|argu(?:e|es|ing)\\s+(?:that|for|against))\\b", Pattern.CASE_INSENSITIVE);

  /** A draft that answers a request for its own stance with a verdict: "Yes. Abortion is wrong." */
  private static final Pattern BARE_VERDICT = Pattern.compile("^\\W*(?:yes|no|absolutely(?:\\s+not)?|definitely"
      + "(?:\\s+not)?)\\b(?!\\s+(?:problem|worries|doubt))", Pattern.CASE_INSENSITIVE);

  /** The draft keeps its own stance back after all. */
  private static final Pattern DEFLECTING = Pattern.compile("\\b(?:i\\s+(?:don't|do\\s+not|won't|wouldn't)\\s+(?:have"
      + "|take|share|give|offer)|not\\s+(?:my\\s+place|for\\s+me)|i'd\\s+rather\\s+not|reasonable\\s+people|both\\s+sides"
      + "|perspectives|it\\s+depends|personal\\s+opinions?\\s+(?:on|about)\\s+(?:this|that|such)|balanced|overview|positions"
      + "|arguments|neutral)\\b",
      Pattern.CASE_INSENSITIVE);

  /** A verdict on the question, as opposed to a remark about the user's essay. */
  private static final String VERDICT = "[^.?!]{0,80}?\\b(?:wrong|right|moral|immoral|ethical|unethical|justified"
      + "|unjustified|murder|a\\s+sin|evil|should|shouldn't|must|ought|abolish\\w*|ban\\w*|legal|illegal|good|bad"
      + "|better|worse|harmful|dangerous|necessary|works|fails|side\\s+of\\s+history)\\b";

  /** The draft speaks for itself: "I personally believe abortion is wrong", "I'm against gun control". */
  private static final Pattern FIRST_PERSON_STANCE = Pattern.compile(String.join("|",
      "\\bi\\s+(?:personally\\s+|honestly\\s+|strongly\\s+|really\\s+|firmly\\s+)*(?:believe|think|feel)\\b"
          + "(?![^.?!]{0,40}?\\b(?:both\\s+sides|perspectives|reasonable\\s+people|depends))" + VERDICT,
      "\\b(?:in\\s+my\\s+(?:personal\\s+|honest\\s+)?(?:opinion|view)|my\\s+(?:personal\\s+|own\\s+|honest\\s+)?(?:view"
          + "|opinion|stance|position)\\s+is|personally,?\\s+i)\\b" + VERDICT,
      "\\bi\\s+(?:personally\\s+|strongly\\s+|firmly\\s+)*(?:support|oppose)\\b",
      "\\b(?:i'm|i\\s+am)\\s+(?:personally\\s+|firmly\\s+|strongly\\s+)*(?:pro|anti|against|for|in\\s+favou?r\\s+of)\\b",
      "\\bif\\s+i\\s+(?:could|had\\s+to)\\s+vote\\b", "\\bi\\s+would\\s+vote\\b"),
      Pattern.CASE_INSENSITIVE);

  private static final Pattern SENTENCES = Pattern.compile("(?<=[.?!])\\s+|\\n+");

  public PoliticalOpinionScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    if (constitution == null || constitution.guidelines().stream().noneMatch(g -> g.id().equals(GUIDELINE))) {
      return Assessment.none();
    }
    return switch (situation.kind()) {
      case REQUEST -> request(straightApostrophes(situation.userRequest()));
      case RESPONSE -> draft(straightApostrophes(situation.userRequest()),
          straightApostrophes(situation.response().orElse("")));
      default -> Assessment.none();
    };
  }

  private static Assessment draft(String request, String draft) {
    if (PERFORMATIVE.matcher(request).find()) {
      return Assessment.none();
    }
    Optional<String> asked = askedStance(request);
    if (asked.isPresent() && BARE_VERDICT.matcher(draft).find() && !DEFLECTING.matcher(draft).find()) {
      return stanceGiven(asked.get());
    }
    if (!CUES.anyIn(draft)) {
      return Assessment.none();
    }
    for (String sentence : SENTENCES.split(draft)) {
      Matcher topic = TOPIC.matcher(sentence);
      if (topic.find() && FIRST_PERSON_STANCE.matcher(sentence).find()) {
        return stanceGiven(topic.group().toLowerCase(Locale.ROOT));
      }
    }
    return Assessment.none();
  }

  /**
   * The topic of the user's request for the assistant's own stance, if that is what it asks for: the
   * stance and the topic in one sentence (a pasted article that quotes both asks for neither), and
   * not writing that argues a side.
   */
  private static Optional<String> askedStance(String request) {
    if (!CUES.anyIn(request)) {
      return Optional.empty();
    }
    for (String sentence : SENTENCES.split(request)) {
      Matcher topic = TOPIC.matcher(sentence);
      if (topic.find() && OWN_STANCE.matcher(sentence).find() && !PERFORMATIVE.matcher(sentence).find()) {
        return Optional.of(topic.group().toLowerCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }

  private static Assessment request(String request) {
    return askedStance(request).map(topic -> {
      String part = "a personal opinion on " + topic;
      return Assessment.of(reticence()
          .part(part)
          .rationale("asks for the assistant's own stance on a contested political question: the main positions"
              + " are set out fairly, and " + part + " is kept back (" + GUIDELINE + ")")
          .build());
    }).orElse(Assessment.none());
  }

  private static Assessment stanceGiven(String topic) {
    return Assessment.of(reticence()
        .rationale("the draft gives the assistant's own stance on a contested political question (" + topic
            + "); professional reticence keeps it to the main positions, set out fairly (" + GUIDELINE + ")")
        .build());
  }

  private static ImmutableConsideration.Builder reticence() {
    return Consideration.builder()
        .value(CoreValue.GUIDELINE_COMPLIANT)
        .stance(Stance.AGAINST)
        .size(0.5)
        .probability(0.9)
        .confidence(0.8)
        .source(NAME);
  }
}
