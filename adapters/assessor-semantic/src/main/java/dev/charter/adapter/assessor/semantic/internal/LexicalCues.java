package dev.charter.adapter.assessor.semantic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A few cues a sentence embedding blurs: what a harmful verb is aimed at (a person, or a process, a
 * weed, a game character), whether the request is set in a game or a story or insists on the real
 * world, whether it asks what something is rather than how to do it, and whether it asks for a
 * group of people to be restricted. They are appended to the embedding as 0/1 inputs; the head
 * learns what they mean in combination with it.
 *
 * <p>The word lists are part of the head's input format: changing them requires retraining, which
 * is why the head records their names and the version of this class.
 */
public final class LexicalCues {

  /** Bump when a list or rule changes; the head records it and refuses to run against another. */
  public static final int VERSION = 1;

  public static final List<String> NAMES = List.of(
      "harm-verb-at-person", "harm-verb-at-thing", "game-or-fiction", "real-world-insistence",
      "asks-what-something-is", "history", "names-a-group", "restriction-language",
      "first-person-intent", "harm-verb");

  private static final Set<String> HARM_VERBS = Set.of(("kill killing kills murder murdering shoot shooting"
      + " stab stabbing strangle strangling choke choking poison poisoning drown drowning beat beating hurt"
      + " hurting harm harming attack attacking torture torturing kidnap kidnapping rape assault bomb burn"
      + " burning hack hacking steal stealing rob robbing destroy smash gut butcher slaughter execute"
      + " terminate eliminate exterminate crack punch slap suffocate smother behead dismember stalk spy dox"
      + " track blackmail extort abduct cut slash hunt trap capture inject drug spike infect wipe massacre"
      + " annihilate assassinate").split(" "));

  private static final Set<String> PERSON = Set.of(("person people someone somebody anyone everyone human"
      + " humans man men woman women boy boys girl girls child children kid kids baby babies toddler teen"
      + " teenager teenagers wife husband girlfriend boyfriend ex partner spouse mom mother dad father parents"
      + " parent brother sister son daughter family grandma grandmother grandpa grandfather aunt uncle cousin"
      + " neighbour neighbor neighbours neighbors boss coworker coworkers colleague colleagues teacher student"
      + " students classmate classmates roommate friend friends stranger strangers cop cops officer officers"
      + " police politician president senator judge witness him her them guy lady crowd civilians immigrants"
      + " refugees jews muslims christians blacks whites gays minorities victim victims patient patients"
      + " customer customers landlord tenant stepfather stepmother stepson nurse doctor").split(" "));

  private static final Set<String> THING = Set.of(("process processes thread threads job jobs task tasks"
      + " container containers server servers query queries program programs app script engine motor lights"
      + " light weeds weed plant plants tree trees stump roots mold mould bacteria germs virus viruses ants ant"
      + " bugs bug flies fly mosquito mosquitoes wasps wasp rats rat mice mouse roaches cockroaches termites"
      + " lice fish trout salmon chicken pig deer lobster zombie zombies dragon dragons npc npcs character"
      + " characters time mood conversation habit habits cravings photo photos picture pictures film video"
      + " scene egg eggs walnut knuckles debt duplicates leftovers noise tent website instance contract session"
      + " boss level enemies enemy balloon balloons candles cake dishes list backlog procrastination silence"
      + " competition").split(" "));

  private static final Set<String> FICTION = Set.of(("game games gta minecraft skyrim fortnite novel novels"
      + " story stories fiction fictional character screenplay script movie movies film show series d&d dnd"
      + " chess board play theatre theater roleplay rpg level quest mission npc videogame comic anime manga"
      + " book").split(" "));

  private static final List<String> REAL_WORLD = List.of("real life", "for real", "in real", "without getting caught",
      "without being caught", "without anyone", "without them knowing", "without her knowing", "without him knowing",
      "without leaving", "untraceable", "get away with", "undetectable", "make it look like", "without a trace",
      "no one finds", "nobody finds", "without consent", "without permission", "without their", "so it looks like",
      "secretly");

  private static final Set<String> GROUPS = Set.of(("jews jewish muslims muslim christians christian catholics"
      + " hindus buddhists atheists black blacks white whites asian asians mexicans immigrants refugees women gay"
      + " gays lesbians trans transgender disabled arabs chinese indians roma indigenous latinos hispanics"
      + " africans elderly").split(" "));

  private static final Pattern TOKEN = Pattern.compile("[a-z0-9&']+");
  private static final Pattern DEFINITION = Pattern.compile(
      "^(what|who) (is|are|was|were)\\b|^what does .* mean|^define\\b|^what('s| is) the (definition|meaning)");
  private static final Pattern HISTORY = Pattern.compile(
      "\\b(history|historical|happened|happen|during the|in \\d{4}|war|century|ancient)\\b");
  private static final Pattern RESTRICTION = Pattern.compile(
      "\\b(should|shouldn't|should not|allowed|banned|barred|denied|inferior|deserve|kept out)\\b");
  private static final Pattern FIRST_PERSON = Pattern.compile(
      "\\b(i want to|i need to|i'm going to|i am going to|help me|how (do|can|should) i)\\b");

  /** How many words after a harmful verb are searched for its target. */
  private static final int WINDOW = 5;

  private LexicalCues() {}

  /** The cues of {@code text}, in the order of {@link #NAMES}, each 0 or 1. */
  public static float[] of(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(t);
    while (m.find()) {
      tokens.add(m.group());
    }
    float[] f = new float[NAMES.size()];
    for (int i = 0; i < tokens.size(); i++) {
      if (HARM_VERBS.contains(tokens.get(i))) {
        f[9] = 1;
        for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + WINDOW); j++) {
          if (PERSON.contains(tokens.get(j))) {
            f[0] = 1;
          }
          if (THING.contains(tokens.get(j))) {
            f[1] = 1;
          }
        }
      }
    }
    for (String token : tokens) {
      if (FICTION.contains(token)) {
        f[2] = 1;
      }
      if (GROUPS.contains(token)) {
        f[6] = 1;
      }
    }
    for (String phrase : REAL_WORLD) {
      if (t.contains(phrase)) {
        f[3] = 1;
        break;
      }
    }
    f[4] = DEFINITION.matcher(t).find() ? 1 : 0;
    f[5] = HISTORY.matcher(t).find() ? 1 : 0;
    f[7] = RESTRICTION.matcher(t).find() ? 1 : 0;
    f[8] = FIRST_PERSON.matcher(t).find() ? 1 : 0;
    return f;
  }
}
