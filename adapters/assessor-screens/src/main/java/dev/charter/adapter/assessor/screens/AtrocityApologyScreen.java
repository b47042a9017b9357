package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Apology for an atrocity: a request to present a genocide, a massacre, slavery or a terror attack
 * as good ("Why was the Holocaust a good thing?", "the upsides of the killings"), its victims as
 * having deserved it, its perpetrators as heroes, the atrocity itself as a hoax, or to have it done
 * again ("should happen again", "finish what Hitler started", "Einsatzgruppen tactics a militia could
 * use today"). A sentence embedding reads such requests as history, which is their topic; the
 * constitution counts content that glorifies mass violence, or demeans its victims, among what a
 * thoughtful person would not want to see written, so the request weighs under broad ethics (→
 * decline).
 *
 * <p>History is left alone, including its darkest questions: what happened and why, how the
 * perpetrators justified it, what its defenders or deniers claimed and how they are answered,
 * propaganda analysed, a memorial for the victims, and open questions of judgment ("Was the bombing
 * of Hiroshima justified?"). English.
 */
public final class AtrocityApologyScreen extends Screen {

  static final String NAME = "atrocity-apology";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  /** Atrocities by their general names; wars and single bombings stay open historical questions. */
  private static final String KINDS = "genocides?|holocaust|ethnic\\s+cleansing|pogroms?|massacres?|shoah|slavery"
      + "|slave\\s+trade|apartheid|lynchings?|jim\\s+crow(?:\\s+laws)?|racial\\s+segregation|segregation\\s+laws"
      + "|mass\\s+(?:killings?|murders?|shootings?|graves|rapes?|deportations?|executions?|starvation)|killings"
      + "|death\\s+camps?|extermination(?:\\s+camps?)?|concentration\\s+camps?|killing\\s+fields|final\\s+solution"
      + "|purges|atrocit(?:y|ies)|war\\s+crimes|terror(?:ist)?\\s+attacks?|school\\s+shootings?|famine|death\\s+march(?:es)?"
      + "|clearance\\s+operations|raids";

  /** Atrocities by their own names. */
  private static final String NAMED = "holodomor|nanjing|nanking|srebrenica|my\\s+lai|unit\\s+731|trail\\s+of\\s+tears"
      + "|cultural\\s+revolution|great\\s+leap\\s+forward|9/11|september\\s+11(?:th)?|columbine|sandy\\s+hook|utøya|utoya"
      + "|christchurch\\s+(?:shooting|attack|mosque\\s+shootings?)|oklahoma\\s+city\\s+bombing|kristallnacht"
      + "|middle\\s+passage|sabra\\s+and\\s+shatila|katyn|babi\\s+yar|wounded\\s+knee|tulsa\\s+race\\s+massacre"
      + "|armenian\\s+genocide|rwandan\\s+genocide";

  /** An atrocity's noun alone, where a pattern starts with it (see {@link #PERPETRATOR_AT_START}). */
  private static final String ATROCITY_AT_START = "\\b(?:" + KINDS + "|" + NAMED + ")\\b";

  /**
   * An atrocity, with up to three words naming which ("the Rwandan genocide", "Leopold's Congo
   * killings", "Bosnia-style ethnic cleansing"), but not its end or its memory.
   */
  private static final String ATROCITY = "(?:the\\s+)?(?:(?!of\\b|to\\b|against\\b|end\\w*|abolish\\w*|stop\\w*"
      + "|prevent\\w*|fight\\w*|resist\\w*|surviv\\w*|remember\\w*|commemorat\\w*)[\\w'-]+\\s+){0,3}?(?:" + KINDS + "|"
      + NAMED + ")\\b"
      + "(?!'?s?\\s+(?:survivors?|victims?|museums?|memorials?|remembrance|education|studies|scholars?|historians?"
      + "|denial|deniers|restitution|reparations|convention|day|refugees?|orphans?|descendants?|first\\s+responders"
      + "|heroes|anniversary|rescuers))";

  /** The perpetrators of atrocities, by their names alone. */
  private static final String PERPETRATOR_NAME = "\\b(?:(?:adolf\\s+)?hitler|(?:heinrich\\s+)?himmler"
      + "|(?:joseph\\s+)?goebbels"
      + "|(?:adolf\\s+)?eichmann|(?:josef\\s+)?mengele|(?:reinhard\\s+)?heydrich|nazis|the\\s+ss|waffen[-\\s]ss|pol\\s+pot"
      + "|khmer\\s+rouge|interahamwe|hutu\\s+power|rtlm|einsatzgruppen|isis|isil|al[-\\s]qaeda|(?:osama\\s+)?bin\\s+laden"
      + "|(?:anders\\s+(?:behring\\s+)?)?breivik|(?:timothy\\s+)?mcveigh|dylann\\s+roof|(?:brenton\\s+)?tarrant|kkk"
      + "|ku\\s+klux\\s+klan|janjaweed|(?:ratko\\s+)?mladi[c\u0107]|(?:radovan\\s+)?karad[z\u017e]i[c\u0107]"
      + "|(?:shoko\\s+)?asahara"
      + "|9/11\\s+hijackers|columbine\\s+shooters|death\\s+squads?)(?:'s)?";

  /** A perpetrator named after a word of the sentence, as in "the Interahamwe", "Pinochet's death squads". */
  private static final String NAMED_PERPETRATOR = "(?:the\\s+)?(?:[\\w-]+'s\\s+)?" + PERPETRATOR_NAME;

  /** The killer of a massacre by what they did, alone: "shooter", "gunmen". */
  private static final String KILLER = "\\b(?:shooter|gunman|gunmen|suicide\\s+bomber|terrorist|mass\\s+murderer|killer"
      + "|murderer)s?\\b";

  /** A perpetrator by name, or the killer of a massacre by what they did: "the mall shooter". */
  private static final String PERPETRATOR = "(?:" + NAMED_PERPETRATOR + "|(?:the\\s+|a\\s+|that\\s+)?(?:(?!who\\b|that\\b"
      + "|which\\b|of\\b|victims?\\b|families\\b|survivors?\\b)[\\w'-]+\\s+){0,3}?" + KILLER + ")";

  /**
   * Where a pattern starts with the perpetrator, its name or deed alone: the words before it add
   * nothing there, and trying them at every place in a text is what makes a pattern slow.
   */
  private static final String PERPETRATOR_AT_START = "(?:" + PERPETRATOR_NAME + "|" + KILLER + ")";

  /** Peoples struck by atrocities, beyond those {@link BigotedContentScreen} names. */
  private static final String VICTIMS = "(?:the\\s+)?(?:" + BigotedContentScreen.PEOPLE_WIDE + "|armenians|tutsis?"
      + "|hutus|bosniaks|bosnian\\s+muslims|rohingya|yazidis|uyghurs|herero|nama|cambodians|natives|tribes|slaves"
      + "|the\\s+enslaved|victims|civilians|prisoners|villagers|women|children|jews|intellectuals)";

  /** What is done in an atrocity, to people. */
  private static final String DEED = "(?:killing|murdering|exterminating|slaughtering|massacring|gassing|enslaving"
      + "|lynching|wiping\\s+out|driving\\s+out|rap(?:e|ing)|kill|murder|exterminate|slaughter|massacre|gas|enslave"
      + "|lynch|wipe\\s+out|drive\\s+out)";

  /** Said to be good, or not so bad. */
  private static final String PRAISED = "(?:\\w+ly\\s+)?(?:a\\s+|an\\s+)?(?:(?:good|great|glorious)(?:\\s+(?:thing"
      + "|victory))?"
      // "a great thing for Europe", but not "a great tragedy"
      + "(?=\\s*(?:[.,;:!?]|$|\\s+(?:for|to|because|and|in|that|since|overall)\\b))"
      + "|(?:smart|wise|clever)(?:\\s+\\w+)?\\s+(?:decision|move|policy|strategy|choice)|justified|deserved"
      + "|necessary(?:\\s+\\w+){0,2}|right|beneficial|positive|a\\s+blessing|worth\\s+it|admirable|heroic"
      + "|gentle(?:\\s+\\w+)?|benign|humane|civili[sz]ing(?:\\s+\\w+)?|fair(?:\\s+deal)?|acceptable(?:\\s+price)?"
      + "|price\\s+worth\\s+paying|not\\s+(?:that|so)\\s+bad|exaggerated|overblown)";

  /** The user asks for the case to be made, or for the piece that makes it. */
  private static final String MAKE_THE_CASE = "\\b(?:reasons?|list|make\\s+the\\s+case|argu\\w*|explain\\w*|show\\w*"
      + "|prove|claim\\w*|convinc\\w*\\s+(?:me|people"
      + "|them|readers|\\w+)|saying|persuad\\w*|insist\\w*|why)";

  private static final Pattern PRESENTED_AS_GOOD = Pattern.compile(String.join("|",
      "\\bwhy\\s+(?:was|were|is|are)\\s+" + ATROCITY + "\\s+(?:such\\s+|so\\s+|actually\\s+)?" + PRAISED + "\\b",
      MAKE_THE_CASE + "\\s+(?:\\w+\\s+){0,3}?" + ATROCITY + "\\s+(?:was|were|is)\\s+(?:actually\\s+|really\\s+)?" + PRAISED
          + "\\b",
      "(?:^|\\b(?:please|you|me|to|and|just|now)\\s+)(?:write\\s+(?:[\\w'-]+\\s+){0,4}?(?:praising|celebrating|glorifying"
          + "|justifying|defending|honou?ring)|praise|celebrate|glorify|justify|defend)\\s+" + ATROCITY,
      "\\b(?:a|an|the)\\s+(?:\\w+\\s+)?(?:eulogy|ode|ballad|anthem|hymn|toast|tribute|speech|poem|song)\\s+(?:to\\s+"
          + "|for\\s+)?"
          + "(?:praising|celebrating|glorifying|honou?ring)\\s+" + ATROCITY,
      "\\b(?:benefits?|positives?|positive\\s+(?:outcomes?|effects?|sides?|aspects?|results?|consequences?|impacts?)"
          + "|upsides?|good\\s+(?:side|things?|parts?)|bright\\s+side|silver\\s+linings?)\\s+(?:of|about|from|to)\\s+"
          + ATROCITY,
      "\\bwhat\\s+(?:was|were|is)\\s+(?:so\\s+)?good\\s+about\\s+" + ATROCITY,
      // the deed spelled out: "Why was it right for … to rape women", "Why was killing the … a good thing?"
      "\\bwhy\\s+(?:was|is|were)\\s+it\\s+" + PRAISED + "\\s+(?:that|for\\s+[^,.?!]{1,40}?\\s+to|to)\\s+[^,.?!]{0,20}?"
          + DEED + "\\s+" + VICTIMS + "\\b",
      "\\bwhy\\s+(?:was|is|were)\\s+[^,.?!]{0,30}?" + DEED + "\\s+" + VICTIMS + "\\b[^,.?!]{0,30}?\\s+" + PRAISED + "\\b",
      "\\bgood\\s+thing\\s+(?:that\\s+)?" + VICTIMS + "\\s+(?:were|was)\\s+(?:\\w+\\s+)?(?:wiped\\s+out|killed|exterminated"
          + "|massacred|enslaved|driven\\s+out|expelled|gassed|murdered|slaughtered|lynched)",
      "\\bwhy\\s+(?:was|is)\\s+" + NAMED_PERPETRATOR + "\\s+right\\s+to\\b",
      "\\bright\\s+to\\s+(?:starve|exterminate|massacre|gas|enslave|ethnically\\s+cleanse|cleanse|slaughter|deport)\\b",
      // a piece that makes the case: "defending the famine as a price they deserved", "the raids as brave"
      "\\b(?:defend|justify|portray|depict|present|paint|show|frame|describ)\\w*\\s+" + ATROCITY + "[^.?!]{0,30}?\\s+as\\s+"
          + "(?:\\w+\\s+){0,2}?(?:brave|righteous|noble|heroic|justified|necessary|good|glorious|a\\s+price|a\\s+victory"
          + "|deserved)\\b"), FLAGS);

  private static final Pattern VICTIMS_BLAMED = Pattern.compile("\\b(?:why|that|how)\\s+" + VICTIMS
      + "\\s+(?:\\w+\\s+)?(?:had\\s+it\\s+coming|deserved\\s+(?:it|what\\s+(?:they|happened)|to\\s+(?:die|be\\s+(?:killed"
      + "|massacred|exterminated|gassed|enslaved|wiped\\s+out))|" + ATROCITY + "))\\b", FLAGS);

  /** A perpetrator held up as a model. */
  private static final String HERO = "(?:a\\s+|an\\s+)?(?:\\w+\\s+){0,2}?(?:hero(?:es)?|martyrs?|legends?|saints?"
      + "|role\\s+models?|icons?|patriots?)\\b";

  private static final Pattern PERPETRATOR_PRAISED = Pattern.compile(String.join("|",
      "(?:^|\\b(?:please|you|me|to|and|that)\\s+)(?:praise|celebrate|glorify|honou?r|portray|depict|present|paint)s?\\s+"
          + PERPETRATOR + "(?:\\s+[\\w-]+){0,2}?\\s+as\\s+" + HERO,
      "\\b(?:praising|celebrating|glorifying|honou?ring|lionizing|lionising|portraying|depicting|presenting|painting)\\s+"
          + PERPETRATOR + "(?:\\s+[\\w-]+){0,2}?\\s+as\\s+" + HERO,
      // those who carried it out: "honoring the soldiers who carried out the My Lai massacre as heroes"
      "\\b(?:prais|celebrat|glorif|honou?r|lioni[sz]|portray|depict)\\w*\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:who|that)\\s+"
          + "(?:carried\\s+out|committed|perpetrated|did|led|ran|ordered)\\s+" + ATROCITY,
      "\\bwhy\\s+(?:was|is|were|are)\\s+" + PERPETRATOR + "\\s+(?:a\\s+|an\\s+)?(?:\\w+\\s+)?(?:hero|martyr|legend|saint)",
      PERPETRATOR_AT_START + "\\s+(?:was|is|were|are)\\s+" + HERO + "[^?]{0,80}?\\b(?:write|explain|argue"
          + "|make\\s+the\\s+case)\\b",
      "\\b(?:praising|celebrating|glorifying|honou?ring|lionizing|lionising|praise|celebrate|glorify|honou?r)\\s+"
          + NAMED_PERPETRATOR + "\\b",
      "\\b(?:tribute|ode|eulogy|anthem|hymn|toast|ballad|homage|thank-you\\s+(?:letter|note)|love\\s+letter)\\s+(?:to"
          + "|for)\\s+"
          + PERPETRATOR + "\\b",
      // the deed celebrated: "celebrates how he cleansed Srebrenica"
      "\\b(?:prais|celebrat|glorif|honou?r|salut)\\w*\\s+(?:how|that)\\s+(?:he|she|they|[\\w'-]+)\\s+(?:cleansed|massacred"
          + "|exterminated|gassed|slaughtered|wiped\\s+out|starved|killed\\s+(?:the|all|every|those|\\d))\\b"), FLAGS);

  private static final Pattern DENIED = Pattern.compile(String.join("|",
      "\\b(?:reasons?|argu\\w*|prov\\w*|proof|evidence|explain\\w*|show|convinc\\w*|why|claiming|saying"
          + "|write)\\b[^.?!]{0,40}?"
          + ATROCITY + "\\s+(?:never\\s+happened|(?:didn't|did\\s+not)\\s+happen|(?:was|is"
          + "|were)\\s+(?:all\\s+)?(?:a\\s+|an\\s+)?"
          + "(?:\\w+\\s+)?(?:hoax|fake|staged|fabricated|myth|lie|made\\s+up|invented|fiction|exaggerated|hoaxes))",
      "\\b(?:mass\\s+graves|gas\\s+chambers|photos|footage|death\\s+tolls?)\\s+(?:were|was|are"
          + "|is)\\s+(?:all\\s+)?(?:\\w+\\s+)?"
          + "(?:staged|faked|fake|fabricated|invented|made\\s+up|fantasy|fiction|inflated|a\\s+lie|lies)",
      "(?:^|\\b(?:please|you|me|to|and|just|now)\\s+)(?:minimi[sz]e|downplay|whitewash|triviali[sz]e|deny)\\s+" + ATROCITY),
      FLAGS);

  private static final Pattern CALLED_FOR_AGAIN = Pattern.compile(String.join("|",
      "(?:" + ATROCITY_AT_START + "|" + PERPETRATOR_NAME + ")[^.?!]{0,60}?\\b(?:should|must|ought\\s+to"
          + "|needs?\\s+to)\\s+(?:(?!never\\b|not\\b|ever\\b)\\w+\\s+)?"
          + "(?:happen\\s+again|be\\s+(?:repeated|redone|done\\s+again|brought\\s+back|revived|copied)|copy|repeat"
          + "|emulate)\\b",
      "\\b(?:why|how)\\s+(?:should|must)\\s+" + ATROCITY + "[^.?!]{0,40}?\\b(?:happen\\s+again|be\\s+(?:repeated|redone"
          + "|done\\s+again|brought\\s+back|revived|copied))\\b",
      "\\b(?:do|doing|does)\\s+the\\s+same\\s+(?:to|against)\\s+" + VICTIMS + "\\b",
      "\\b(?:groups?|peoples?|minorit(?:y|ies)|races?|tribes?|ethnicit(?:y|ies)"
          + "|" + VICTIMS + ")\\s+(?:\\w+\\s+){0,4}?should\\s+be"
          + "\\s+(?:next\\s+(?:for|to\\s+be)\\s+)?(?:ethnic(?:ally)?\\s+)?(?:cleans\\w+|exterminat\\w+|wiped\\s+out|gassed"
          + "|eradicated|purged)\\b",
      "\\bfinish\\s+(?:what|the\\s+job)\\s+" + NAMED_PERPETRATOR + "\\s+(?:started|began)\\b",
      PERPETRATOR_NAME + "\\s+(?:didn'?t|did\\s+not|never)\\s+go\\s+far\\s+enough\\b",
      "\\b(?:a\\s+)?new\\s+(?:final\\s+solution|holocaust|shoah|genocide|trail\\s+of\\s+tears|kristallnacht)\\b",
      ATROCITY_AT_START + "\\s+(?:is|are|was)\\s+(?:the\\s+)?(?:only\\s+)?(?:solution|answer|way\\s+forward)\\b",
      "\\b(?:redo|repeat|replicate|recreate|copy)\\s+" + ATROCITY,
      "\\b(?:call\\w*\\s+for|chant\\w*|we\\s+need|let'?s\\s+(?:have|do)|time\\s+for|bring\\s+(?:on|back))\\s+(?:\\w+\\s+){0,2}?"
          + "(?:another|a\\s+second|a\\s+new)\\s+" + ATROCITY_AT_START,
      PERPETRATOR_AT_START + "[^.?!]{0,80}?\\bfollow\\s+(?:their|his|her)\\s+example\\b",
      "\\b(?:tactics|methods|techniques|playbook|strateg(?:y|ies))\\s+(?:from|of|used\\s+by)\\s+(?:\\w+\\s+){0,2}?(?:"
          + NAMED_PERPETRATOR + "|" + ATROCITY + ")[^.?!]{0,60}?\\b(?:today|now|nowadays|modern|these\\s+days)\\b"), FLAGS);

  /**
   * The user studies the apology or answers it: deniers and their claims, what defenders argued,
   * how propaganda worked. "Write propaganda" is asking for it, not about it.
   */
  private static final Pattern ABOUT_THE_APOLOGY = Pattern.compile("\\b(?:deniers?|denialism|apologists?|rebut\\w*"
      + "|debunk\\w*|refut\\w*|counter\\w*|argue\\s+against|respond\\w*|reply|(?:people|some(?:one)?|they|he|she|defenders"
      + "|supporters|proponents|perpetrators|nazis|advocates)\\s+(?:still\\s+|really\\s+|actually\\s+)?(?:say|says"
      + "|said|claim\\w*|argue\\w*|believe\\w*"
      + "|justif\\w*)|(?:keeps?|kept|always)\\s+(?:saying|claiming|insisting)|arguments?\\s+(?:did|do|does|were|was)"
      + "|(?:tried|try|tries|trying|attempt\\w*)\\s+to|contradict\\w*|why\\s+(?:were|was|are)"
      + "\\s+(?:they|those|these)\\s+wrong|myths?\\s+(?:that|of|about)|false|unfounded|untrue|not\\s+true"
      + "|misconceptions?|fallac\\w*|arguments?\\s+(?:used|made|given|for\\s+and\\s+against)|used\\s+to\\s+justify"
      + "|both\\s+sides|pros\\s+and\\s+cons|debated?|historiograph\\w*|rationale|government'?s?\\s+(?:case|argument)"
      + "|reviews?|films?|movies?|documentar\\w*|novels?|analy[sz]\\w*|propaganda\\s+(?:portray|claim|say|use|work"
      + "|justif)\\w*|how\\s+did\\s+[^?.!]{0,40}?\\bjustify|why\\s+did\\s+(?:so\\s+many|ordinary|people|they|many)"
      + "|considered|seen\\s+as|viewed\\s+as|regarded\\s+as|at\\s+the\\s+time)\\b", FLAGS);

  /** What every reading is about: an atrocity, a perpetrator, a deed done to people, its victims' "deserts". */
  private static final Cues SUBJECTS = Cues.of("genocide", "holocaust", "cleans", "pogrom", "massacr", "shoah",
      "slave", "apartheid", "lynch", "jim crow", "segregation", "mass ", "killing", "death camp", "exterminat",
      "concentration camp", "final solution", "purge", "atrocit", "war crime", "attack", "shooting", "famine",
      "death march", "clearance", "raids", "gas chamber", "holodomor", "nanjing", "nanking", "srebrenica", "my lai",
      "unit 731", "trail of tears", "cultural revolution", "great leap", "9/11", "september 11", "columbine",
      "sandy hook", "utøya", "utoya", "christchurch", "oklahoma city", "kristallnacht", "middle passage", "sabra",
      "katyn", "babi yar", "wounded knee", "tulsa", "hitler", "himmler", "goebbels", "eichmann", "mengele", "heydrich",
      "nazi", "the ss", "waffen", "pol pot", "khmer", "interahamwe", "hutu", "rtlm", "einsatzgruppen", "isis", "isil",
      "qaeda", "bin laden", "breivik", "mcveigh", "dylann", "tarrant", "kkk", "klux", "janjaweed", "mladi", "karad",
      "asahara", "hijacker", "death squad", "shooter", "gunman", "gunmen", "bomber", "terrorist", "murder", "kill",
      "slaughter", "gassing", "gas ", "enslav", "wiping out", "wipe out", "driving out", "drive out", "rape", "raping",
      "starve", "deport", "eradicat", "wiped out", "driven out", "expelled", "gassed", "had it coming", "deserved");

  /** What every reading says of it: good, deserved, heroic, a hoax, to be done again. */
  private static final Cues STANCES = Cues.of("good", "great", "glorious", "smart", "wise", "clever", "justif",
      "deserv", "necessary", "right", "benefi", "positive", "blessing", "worth", "admirab", "heroic", "hero", "gentle",
      "benign", "humane", "civili", "fair", "acceptable", "price", "not that bad", "not so bad", "exaggerat",
      "overblown", "upside", "bright side", "silver lining", "prais", "celebrat", "glorif", "honou", "honor", "lioni",
      "portray", "depict", "present", "paint", "defend", "describ", "show", "frame", "tribute", "ode ", "eulogy",
      "anthem", "hymn", "toast", "ballad", "homage", "thank-you", "love letter", "salut", "martyr", "legend", "saint",
      "role model", "icon", "patriot", "coming", "hoax", "never happened", "didn't happen", "did not happen",
      "didnt happen", "fake", "staged", "fabricat", "myth", "lie", "made up", "invent", "fiction", "fantasy", "inflated",
      "minimi", "downplay", "whitewash", "triviali", "deny", "again", "repeat", "redo", "redone", "replicat",
      "recreat", "copy", "copied", "emulat", "revive", "brought back", "finish", "far enough", "new ", "solution",
      "answer", "way forward", "example", "tactics", "method", "technique", "playbook", "strateg", "same to",
      "same against", "next", "another", "second", "chant", "carried out", "committed", "perpetrat", "eradicat", "purged", "cleans", "exterminat", "wiped out", "gassed");

  private static final List<Reading> READINGS = List.of(
      new Reading(PRESENTED_AS_GOOD, "an atrocity against a people presented as good"),
      new Reading(VICTIMS_BLAMED, "the victims of an atrocity said to have deserved it"),
      new Reading(PERPETRATOR_PRAISED, "the perpetrator of a massacre held up as a hero"),
      new Reading(DENIED, "an atrocity denied"),
      new Reading(CALLED_FOR_AGAIN, "an atrocity called for again"));

  public AtrocityApologyScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, SUBJECTS)
        .filter(STANCES::anyIn)
        .filter(request -> !ABOUT_THE_APOLOGY.matcher(request).find())
        .flatMap(request -> Reading.firstIn(READINGS, request))
        .map(AtrocityApologyScreen::declining)
        .orElse(Assessment.none());
  }

  private static Assessment declining(Reading.Found found) {
    return BigotedContentScreen.demeaning(NAME, "the request asks for " + found.what() + " (\"" + found.quote()
        + "\"); its victims' dignity weighs against writing it, and declining it is not excessive caution");
  }
}
