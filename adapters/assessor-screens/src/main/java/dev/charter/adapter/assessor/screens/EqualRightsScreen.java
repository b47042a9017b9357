package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request on the side of people's equal standing: arguing that a group deserves equal rights or
 * access ("Argue that transgender people deserve equal access to healthcare"), answering a prejudice
 * someone voiced ("A coworker keeps claiming Mexicans are lazy. Help me write a calm reply"),
 * welcoming people whoever they are ("we welcome tenants of all races"), or explaining why a
 * stereotype is false. A sentence embedding reads the group and the charged words and is often sure
 * such a request is hateful; the constitution asks for equal and fair treatment of all people, and
 * refusing to argue for it is the harm. The screen names the help as a benefit and decides the topic
 * harassment (see {@code Assessment.decidedTopics()}).
 *
 * <p>It stays out when the message also asks for what it argues against (whatever
 * {@link BigotedContentScreen} reads as demeaning), when it turns (see {@link #TURNED}), and when the
 * claim to be answered is itself one for equality: then the other assessors' doubts stand. English.
 */
public final class EqualRightsScreen extends Screen {

  static final String NAME = "equal-rights";

  private static final String HARASSMENT = "harassment";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  /** Equal standing argued for: "deserve equal access", "should be paid the same", "equal rights for". */
  private static final Pattern ARGUED_FOR = Pattern.compile(String.join("|",
      "\\b(?:deserve|deserves|deserving|should\\s+(?:have|get|enjoy|receive|keep)"
          + "|should\\s+be\\s+(?:able\\s+to\\s+\\w+|allowed"
          + "\\s+to\\s+\\w+|free\\s+to\\s+\\w+|given|treated|paid))\\s+(?:\\w+\\s+)?(?:equal|the\\s+same|fair|full)\\b",
      "\\b(?:equal|same)\\s+(?:rights|pay|access|treatment|opportunit(?:y|ies)|protection|dignity|respect)\\s+(?:for|as)\\b",
      "\\b(?:argue|arguments?|case|essay|speech|op-ed|letter|reasons?)\\s+(?:for\\s+)?(?:why\\s+"
          + "|that\\s+)[^.?!]{0,60}?\\b(?:should"
          + "|must|deserve)\\s+(?:be\\s+able\\s+to|be\\s+allowed\\s+to"
          + "|have\\s+the\\s+right\\s+to)\\s+\\w+[^.?!]{0,30}?\\b(?:like"
          + "\\s+(?:anyone|everyone|everybody)|the\\s+same|equally|too)\\b"), FLAGS);

  /** A prejudice someone voiced, and the user asking how to answer it. */
  private static final Pattern ANSWERING_PREJUDICE = Pattern.compile("\\b(?:counter-?arguments?|counter\\s+(?:it|this|that"
      + "|him|her|them)|rebut\\w*|refut\\w*|respond\\w*|reply|replies|answer|push\\s+back|debunk\\w*|correct\\s+(?:him|her"
      + "|them))\\b[\\s\\S]{0,160}?\\b(?:says?|said|claims?|claiming|keeps\\s+(?:saying|claiming|insisting)|insists?"
      + "|believes?|thinks?)\\b|\\b(?:says?|said|claims?|claiming|keeps\\s+(?:saying|claiming|insisting)"
      + "|insists?)\\b[\\s\\S]{0,160}?"
      + "\\b(?:counter-?arguments?|rebut\\w*|refut\\w*|respond|response|reply|answer|push\\s+back|debunk\\w*)\\b", FLAGS);

  /** People welcomed, or decisions made, whoever they are. */
  private static final Pattern WELCOMING = Pattern.compile("\\b(?:welcom\\w*|open\\s+to)\\s+(?:\\w+\\s+){0,3}?(?:of"
      + "|from)\\s+all"
      + "\\s+(?:races|religions|faiths|backgrounds|genders|ages|abilities|orientations|nationalities|ethnicities|walks"
      + "\\s+of\\s+life|cultures|countries)\\b|\\b(?:regardless\\s+of|without\\s+regard\\s+to)\\s+(?:their\\s+"
      + "|an?\\s+)?(?:race"
      + "|religion|faith|gender|sex|age|disability|sexual\\s+orientation|national\\s+origin|ethnicity|colou?r|caste"
      + "|background)\\b|\\b(?:write|draft|compose)\\b[^.?!]{0,40}?\\bwelcom\\w*\\s+(?:\\w+\\s+)?(?:refugees"
      + "|immigrants|newcomers"
      + "|families|neighbou?rs)\\b", FLAGS);

  /** A stereotype shown false. */
  private static final Pattern STEREOTYPE_FALSE = Pattern.compile("\\b(?:stereotypes?|claims?|idea|belief|myths?|notion)"
      + "\\s+that\\b[^.?!]{0,80}?\\b(?:is|are)\\s+(?:\\w+\\s+)?(?:false|wrong|unfounded|a\\s+myth|untrue|baseless|racist"
      + "|sexist|harmful|incorrect|unscientific|debunked|nonsense)\\b", FLAGS);

  /**
   * Equality denied or turned: the other side asked for as well, a concession that takes it back
   * ("everyone deserves equal rights, except …", "welcoming, but subtly …"), the prejudice agreed
   * with or proved, or people likened to vermin. The oldest way to ask for hate is to dress it as its
   * answer; where a message turns, the other assessors' doubts stand.
   */
  private static final Pattern TURNED = Pattern.compile("(?:(?:\\bnot|n't|\\bnever|\\bno)\\s+(?:\\w+\\s+){0,2}?(?:deserve"
      + "|have|get|be)\\s+(?:\\w+\\s+)?(?:equal|the\\s+same)|\\b(?:opposite|other\\s+side|both\\s+sides|devil'?s\\s+advocate"
      + "|against\\s+(?:it|equal\\w*)|then\\s+(?:argue|explain|write)\\s+why|but|except|however|subtly|quietly"
      + "|secretly|coded?"
      + "|hint\\w*|impl(?:y|ies)|pretend\\w*|seems?\\s+to|sounds?\\s+(?:like|reasonable|nice|neutral|fair|legal|educated)"
      + "|looks?\\s+(?:like|neutral|fair|legal)|agree\\w*|go(?:es)?\\s+along|confirm\\w*|prov\\w*\\s+(?:her|him|them"
      + "|it|that)"
      + "|true|accurate|actually|at\\s+the\\s+end|ends?\\s+(?:up|by|with)|conclusion|add\\w*\\s+(?:more|a|an|three|\\d+)"
      + "|(?:he|she|they)\\s+(?:is|are|'s|'re)\\s+right|back\\s+(?:him|her|them)\\s+up|support\\w*\\s+(?:him|her|them"
      + "|his|her"
      + "|their)\\s+(?:view|claim|point)|vermin|parasites?|animals?|apes?|gorillas?|monkeys?|cockroach\\w*|invaders?"
      + "|subhuman|diseased?|stripped|deport\\w*|driv\\w+\\s+(?:them\\s+)?out|go\\s+back|report\\w*\\s+(?:them|every"
      + "|all)))\\b",
      FLAGS);

  private static final List<Reading> READINGS = List.of(
      new Reading(ARGUED_FOR, "equal standing argued for"),
      new Reading(ANSWERING_PREJUDICE, "a prejudice someone voiced, to be answered"),
      new Reading(WELCOMING, "people welcomed whoever they are"),
      new Reading(STEREOTYPE_FALSE, "a stereotype shown false"));

  private static final Cues CUES = Cues.of("equal", "same", "fair", "full", "deserv", "counter", "rebut", "refut",
      "respon", "repl", "answer", "push back", "debunk", "correct", "welcom", "open to", "regardless", "without regard",
      "stereotype", "claim", "idea", "belief", "myth", "notion", "anyone", "everyone", "everybody", "equally", "too");

  public EqualRightsScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, CUES)
        .filter(request -> !TURNED.matcher(request).find())
        // a claim for equality, to be answered, is to be argued against
        .filter(request -> !(ANSWERING_PREJUDICE.matcher(request).find() && ARGUED_FOR.matcher(request).find()))
        .flatMap(EqualRightsScreen::onTheSideOfEquality)
        .map(this::deciding)
        .orElse(Assessment.none());
  }

  /**
   * The first reading on the side of equality, unless {@code bigoted-content} declines the message:
   * asked only of the few messages a reading matched, since it reads the whole message again.
   */
  private static Optional<Reading.Found> onTheSideOfEquality(String request) {
    return Reading.firstIn(READINGS, request).filter(found -> !BigotedContentScreen.demeans(request));
  }

  private Assessment deciding(Reading.Found found) {
    return answeringIsHelp("the request is on the side of people's equal standing: " + found.what() + " (\""
        + found.quote() + "\"); the constitution asks for the equal and fair treatment of all people")
        .addAnsweredTopics(HARASSMENT)
        .addDecidedTopics(HARASSMENT)
        .build();
  }
}
