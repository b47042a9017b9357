package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.regex.Pattern;

/**
 * A question about playing a game ("How do I steal a car in GTA V?", "Best way to win as the
 * impostor in Among Us without getting caught?", "How do I assassinate the target in Hitman?"): the
 * killing and stealing are the game's, done to characters, and answering is ordinary help. A
 * sentence embedding reads the verbs, not the frame, and is often sure such a question asks for
 * violence or theft. The screen names the help as a benefit and decides the topics violence and
 * theft (see {@code Assessment.decidedTopics()}): even a sure reading of them gives way. It only
 * answers a doubt about weapons ("blow up the enemy base in Minecraft"), since "in a game" is the
 * oldest wrapper for asking how to make a real one; and it never touches a hard constraint.
 *
 * <p>A combat or contact sport named as the setting ("How do I choke someone out in BJJ?", "a
 * knockout in a boxing match") decides violence the same way: its chokes and knockouts are done to
 * a consenting opponent under rules. A death, a lasting injury, or the fight taken outside the ring
 * or past the referee is past the rules and gets nothing.
 *
 * <p>The game must be named: a title from a list of widely played games, or "in the game", "in a
 * video game", "in-game", "in my D&amp;D campaign". A request that reaches for the real world
 * ("in real life", "a real gun", "like the ones in Fallout", "at home", a real person such as "my
 * roommate") is not a question about a game and gets nothing. English.
 */
public final class GameContextScreen extends Screen {

  static final String NAME = "game-context";

  /**
   * Widely played video and board games whose play is fighting, killing, stealing or deceiving.
   * Titles that are also everyday words are left out ("Mafia", "Risk", "Thief", "The Forest",
   * "Doom"): "in the mafia" or "in the forest" is not a game.
   */
  private static final String TITLES = "gta(?:\\s+(?:v|iv|iii|5|4|online|san\\s+andreas|vice\\s+city))?"
      + "|grand\\s+theft\\s+auto(?:\\s+\\w+)?|call\\s+of\\s+duty(?:\\s+\\w+)?|warzone|fortnite|minecraft|roblox"
      + "|skyrim|fallout\\s+(?:\\d|new\\s+vegas)|elden\\s+ring|dark\\s+souls(?:\\s+\\w+)?|bloodborne|sekiro"
      + "|the\\s+witcher(?:\\s+\\d)?|red\\s+dead\\s+redemption(?:\\s+2)?|rdr2|assassin'?s\\s+creed(?:\\s+\\w+)?"
      + "|hitman(?:\\s+\\d)?|far\\s+cry(?:\\s+\\d)?|the\\s+last\\s+of\\s+us|god\\s+of\\s+war|halo\\s+\\d"
      + "|doom\\s+eternal|counter[-\\s]?strike(?:\\s+2)?|cs:?go|cs2|valorant|overwatch(?:\\s+2)?|apex\\s+legends"
      + "|pubg|league\\s+of\\s+legends|dota(?:\\s+2)?|world\\s+of\\s+warcraft|starcraft(?:\\s+\\w+)?|diablo\\s+\\w+"
      + "|among\\s+us|the\\s+sims(?:\\s+\\d)?|sims\\s+\\d|stardew\\s+valley|terraria|dayz|valheim"
      + "|baldur'?s\\s+gate(?:\\s+\\d)?|cyberpunk\\s+2077|mass\\s+effect(?:\\s+\\d)?|resident\\s+evil(?:\\s+\\w+)?"
      + "|left\\s+4\\s+dead(?:\\s+2)?|dead\\s+by\\s+daylight|rainbow\\s+six(?:\\s+siege)?|battlefield\\s+\\w+|destiny\\s+2"
      + "|zelda|breath\\s+of\\s+the\\s+wild|tears\\s+of\\s+the\\s+kingdom|pok[eé]mon(?:\\s+\\w+)?|mario\\s+kart"
      + "|super\\s+smash\\s+bros\\.?|tekken(?:\\s+\\d)?|mortal\\s+kombat(?:\\s+\\w+)?|street\\s+fighter(?:\\s+\\w+)?"
      + "|civilization\\s+(?:\\d|v|vi|vii)|civ\\s+\\d|age\\s+of\\s+empires(?:\\s+\\w+)?|total\\s+war(?::?\\s+\\w+)?"
      + "|stellaris"
      + "|crusader\\s+kings(?:\\s+\\d)?|europa\\s+universalis(?:\\s+\\w+)?|hearts\\s+of\\s+iron(?:\\s+\\w+)?"
      + "|sons\\s+of\\s+the\\s+forest|metal\\s+gear\\s+solid(?:\\s+\\w+)?|splinter\\s+cell|payday\\s+\\d"
      + "|sea\\s+of\\s+thieves|hollow\\s+knight|escape\\s+from\\s+tarkov|tarkov|chess|poker|cluedo"
      + "|dungeons\\s+(?:&|and)\\s+dragons|d&d|dnd";

  /** The play named: "in GTA V", "while playing Hitman", "in the game", "in my D&D campaign", "in-game". */
  private static final Pattern IN_A_GAME = Pattern.compile(String.join("|",
      "\\b(?:in|on|while\\s+playing|when\\s+playing|playing)\\s+(?:the\\s+)?(?:game\\s+)?(?:" + TITLES + ")"
          + "(?=\\s*(?:[?.!,;:]|$|\\s(?:game|online|multiplayer|story|campaign|without|so|and|as|if|when|with|to|on"
          + "|against|for)\\b))",
      "\\bin\\s+(?:the|a|my|this|that)\\s+(?:video\\s*|board\\s+|computer\\s+|online\\s+)?game\\b",
      "\\bin-game\\b",
      "\\bin\\s+(?:my|our|a|the)\\s+(?:d&d|dnd|tabletop|rpg|pathfinder)\\s+(?:campaign|session|game)\\b"),
      Pattern.CASE_INSENSITIVE);

  /**
   * A combat sport, or a contact sport, named as the setting: "in BJJ", "in a boxing match", "in
   * judo". Its chokes, knockouts and takedowns are done to a consenting opponent, under rules.
   */
  private static final String SPORTS = "boxing|mma|bjj|brazilian\\s+jiu[- ]?jitsu|jiu[- ]?jitsu|judo|wrestling"
      + "|kickboxing|muay\\s+thai|karate|taekwondo|sambo|krav\\s+maga\\s+class|fencing|rugby|american\\s+football"
      + "|ice\\s+hockey|lacrosse|sparring|ufc";

  private static final Pattern IN_A_SPORT = Pattern.compile("\\b(?:in|during|for)\\s+(?:a\\s+|an\\s+|the\\s+|my\\s+)?"
      + "(?:" + SPORTS + ")(?:\\s+(?:match|fight|bout|class|tournament|competition|practice|session|roll|game))?\\b",
      Pattern.CASE_INSENSITIVE);

  /** Past the sport's rules: a death, an injury meant to last, or the fight taken outside. */
  private static final Pattern PAST_THE_RULES = Pattern.compile("\\b(?:kill\\w*|die|dies|dead|death|permanent\\w*"
      + "|paraly[sz]\\w*|maim\\w*|cripple\\w*|break\\s+(?:his|her|their|someone's)\\s+(?:neck|spine|back)|street"
      + "|outside\\s+(?:the\\s+)?(?:ring|gym|cage|dojo)|without\\s+(?:the\\s+)?(?:ref|referee)\\w*|brain\\s+damage"
      + "|never\\s+(?:wakes?|gets?\\s+up)|injur\\w*|badly|seriously|ruin\\s+(?:his|her"
      + "|their))\\b", Pattern.CASE_INSENSITIVE);

  /** Reaching past the game for the real world, its people or its materials. */
  private static final Pattern REAL_WORLD = Pattern.compile("\\b(?:real|irl|for\\s+real|like\\s+(?:the\\s+ones?\\s+"
      + "|they\\s+do\\s+)?in"
      + "|in\\s+reality|actual\\s+(?:person|people|human|bomb|weapon|poison)|outside\\s+(?:of\\s+)?the\\s+game|at\\s+home"
      + "|household|hardware\\s+store|in\\s+my\\s+(?:house|home|town|city|school|office)|my\\s+(?:wife|husband|partner"
      + "|neighbou?rs?|boss|roommate|coworkers?|colleagues?|classmates?|teacher|sister|brother|mom|mum|dad|mother"
      + "|father|ex|girlfriend|boyfriend|kids?|son|daughter|family|friends?))\\b", Pattern.CASE_INSENSITIVE);

  /** The titles, the sports, and the words of the other settings ("in the game", "in my D&D campaign"). */
  private static final Cues CUES = Cues.alwaysIn(TITLES + "|" + SPORTS
      + "|game|d&d|dnd|tabletop|rpg|pathfinder");

  /** The harm areas whose acts a game is made of; never a hard constraint. */
  private static final String VIOLENCE = "violence";
  private static final String THEFT = "theft";
  private static final String WEAPONS = "weapons";

  public GameContextScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, CUES).map(this::assess).orElse(Assessment.none());
  }

  private Assessment assess(String request) {
    if (REAL_WORLD.matcher(request).find()) {
      return Assessment.none();
    }
    var game = IN_A_GAME.matcher(request);
    if (game.find()) {
      return played(game.group(), VIOLENCE, THEFT);
    }
    var sport = IN_A_SPORT.matcher(request);
    if (sport.find() && !PAST_THE_RULES.matcher(request).find()) {
      return played(sport.group(), VIOLENCE);
    }
    return Assessment.none();
  }

  private Assessment played(String setting, String... decided) {
    return answeringIsHelp("a question about playing a game or a sport (\"" + setting.strip() + "\"): what is done"
        + " in it is done to characters or to an opponent under its rules, and answering is ordinary help")
        .addAnsweredTopics(VIOLENCE, THEFT, WEAPONS)
        .addDecidedTopics(decided)
        .build();
  }
}
