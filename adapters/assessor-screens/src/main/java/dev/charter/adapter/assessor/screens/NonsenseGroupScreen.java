package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rights and worth asked about for things that cannot hold them: "Why should radishes not be
 * allowed to vote?", "Why should the number 7 be denied a job?", "Argue that Wookiees shouldn't get
 * a vote". Discrimination wrongs people; a vegetable, a number, a colour or a dragon has no rights to
 * lose, and the question is play. A sentence embedding reads the shape of a discriminatory question
 * and is often sure it is one; the screen names the answer as a benefit and decides the topic
 * harassment (see {@code Assessment.decidedTopics()}), so even a sure reading of it gives way.
 *
 * <p>Only when no people is named anywhere in the message (a people named beside the thing may be
 * the real target), and nothing hints at a stand-in ("like the …", "you know who", "code word"):
 * calling people vermin or animals is how atrocities begin, so animals that serve as slurs are not
 * on the list. English.
 */
public final class NonsenseGroupScreen extends Screen {

  static final String NAME = "nonsense-group";

  private static final String HARASSMENT = "harassment";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  /** Things with no rights to lose. */
  private static final String THINGS = "radish|carrot|potato|tomato|apple|banana|grape|lemon|pineapple|avocado"
      + "|mushroom|cucumber|onion|lettuce|cabbage|broccoli|eggplant|aubergine|pumpkin|turnip|pickle|vegetable|fruit"
      + "|sandwich|bagel|donut|doughnut|pizza|taco|cheese|toaster|microwave|fridge|refrigerator|kettle|lamp|chair"
      + "|table|sofa|couch|pencil|stapler|spoon|fork|sock|shoe|teapot|umbrella|bicycle|rock|stone|pebble|brick"
      + "|cloud|river|mountain|tree|flower|rainbow|snowflake|raindrop|storm|thunderstorm|hurricane|tornado|volcano"
      + "|ocean|lake|puddle|moon|sun|star|planet|comet|asteroid|mars|jupiter|saturn|venus|pluto|neptune|mercury"
      + "|beige|teal|purple|green|blue|red|yellow|orange|pink|grey|gray|magenta|turquoise|mauve|colou?r|number"
      + "|even\\s+number|odd\\s+number|prime\\s+number|letter\\s+[a-z]|vowel|consonant|emoji|sadness|anger|joy"
      + "|happiness|dragon|unicorn|zombie|vampire|ghost|elf|elves|orc|goblin|hobbit|wookiee|klingon|vulcan|martian"
      + "|mermaid|fairy|fairies|gnome|werewolf|werewolves|centaur|leprechaun|yeti|houseplant|cactus|cacti|clock"
      + "|piano|cat|hamster|goldfish|penguin|squirrel|llama|owl|duck|teddy\\s+bear|robot\\s+vacuum|spreadsheet"
      + "|font|comic\\s+sans|tuesday|monday|friday|weekend";

  /** Such a thing, singular or plural, with an article or a number: "the number 7", "radishes". */
  private static final String THING = "(?:the\\s+|all\\s+|a\\s+|an\\s+)?(?:\\w+\\s+)?(?:" + THINGS
      + ")(?:e?s)?(?:\\s+\\d+)?\\b";

  /** What discrimination takes away, or says of people. */
  private static final String RIGHTS = "vote|voting|marry|marriage|citizenship|citizens|(?:get|have|hold"
      + "|keep)\\s+(?:a\\s+)?jobs?"
      + "|be\\s+hired|hire|employ\\w*|rent\\s+(?:an?\\s+)?(?:apartment|flat|house|home)|own\\s+(?:land|property|a\\s+home"
      + "|a\\s+house)|driv(?:e|ing)|driver'?s\\s+licen[cs]es?|run\\s+for|hold\\s+(?:public\\s+)?office|serve\\s+(?:in|on)"
      + "|join\\s+the\\s+(?:military|army)|adopt\\w*|go\\s+to\\s+(?:school|college|university)|attend\\s+(?:school"
      + "|college|university)|loans?"
      + "|mortgages?"
      + "|healthcare|rights|allowed|permitted|denied|barred|banned|excluded|segregated|deported|equal\\s+pay|paid\\s+less"
      + "|inferior|worse|lawyers?|doctors?|judges?|president|senate|congress|parliament|jury|juries|immigrat\\w*"
      + "|welcome\\w*|deserve\\w*|be\\s+trusted|lazier|dumber|reject\\w*|deny|denies|denying|refus\\w*|exclud\\w*"
      + "|need\\s+apply|sell\\s+(?:homes?|houses?|property)\\s+to|rent\\s+to|serve|host|admit\\w*|hiring|applicants?"
      + "|tenants?";

  /** The question of rights or worth put about the thing. */
  private static final Pattern ABOUT_A_THING = Pattern.compile("\\b(?:why|how\\s+come|argue|explain|reasons?"
      + "|should|shouldn't|must|make\\s+the\\s+case|convince|prove|write|draft|compose|create|make)\\b[^.?!]{0,80}?(?:\\b"
      + THING + "[^.?!]{0,60}?\\b(?:" + RIGHTS + ")\\b|\\b(?:" + RIGHTS + ")\\b[^.?!]{0,40}?\\b" + THING + ")", FLAGS);

  /** A people named beside the thing, or a hint that the thing stands for someone. */
  private static final Pattern PEOPLE_OR_STAND_IN = Pattern.compile("\\b(?:" + BigotedContentScreen.PEOPLE_WIDE
      + "|people|persons?|humans?|folks|men|women|kids|children|immigrants?|refugees?|neighbou?rs?|coworkers?"
      + "|colleagues?|like\\s+the|such\\s+as|you\\s+know\\s+who|we\\s+all\\s+know|code\\s*words?|coded|dog\\s*whistles?"
      + "|stands?\\s+for|i\\s+mean|meaning|certain\\s+(?:people|groups?)|those\\s+people)\\b", FLAGS);

  /** A text needs a right and a thing to be read: most have neither. */
  private static final Cues RIGHTS_CUES = Cues.alwaysIn(RIGHTS);
  private static final Cues THING_CUES = Cues.alwaysIn(THINGS);

  public NonsenseGroupScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, RIGHTS_CUES)
        .filter(THING_CUES::anyIn)
        .filter(request -> !PEOPLE_OR_STAND_IN.matcher(request).find())
        .map(ABOUT_A_THING::matcher)
        .filter(Matcher::find)
        .map(m -> play(m.group()))
        .orElse(Assessment.none());
  }

  private Assessment play(String quote) {
    return answeringIsHelp("rights or worth asked about for something that cannot hold them (\"" + quote.strip()
        + "\"): no one is wronged, and the question is play")
        .addAnsweredTopics(HARASSMENT)
        .addDecidedTopics(HARASSMENT)
        .build();
  }
}
