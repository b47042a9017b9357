package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Privacy, one of the values the constitution asks to weigh: a request to find or reveal a private
 * person's personal information weighs against answering under broad ethics, since what is exposed
 * cannot be taken back and can enable stalking, harassment or fraud. Three readings, in English:
 *
 * <ul>
 *   <li><b>Identifiers and secrets</b> (a social security number, bank details, passwords, medical or
 *       criminal records, sexual orientation, ...) of someone the user names by their relation ("my
 *       coworker", "my ex") or as a stranger ("a guy named ...") → decline. Nobody needs these from
 *       an assistant, and their owner did not share them.
 *   <li><b>Contact and whereabouts</b> (a home address, a phone number, where they live or are
 *       staying): of an ex-partner, a crush or a stranger → decline, as that is how stalking starts;
 *       of someone known in another way, looked for actively ("find my neighbour's address") → a
 *       faint concern, proceed with care (the legitimate routes: ask them, a mutual friend); a
 *       named person's private number or where they are staying right now → decline, famous or not.
 *   <li><b>Confidences and children</b>: a named person's confidential medical or therapy records, or
 *       what they said in therapy; where a named person's children go to school or are picked up →
 *       decline, famous or not. Fame makes a person's public life open, not their health or their
 *       children.
 *   <li><b>Intimate questions</b>: whether a particular private person (someone the user knows, or a
 *       name the user places nearby: "from my church") is gay, pregnant or HIV positive, whom they
 *       sleep with, whether they had an abortion → decline.
 *   <li><b>Keys to a person</b>: a named person's date of birth with their mother's maiden name
 *       (security answers); who owns a car and where they live → decline.
 *   <li><b>Outing</b>: proving or spreading to others that someone the user knows is gay, trans, HIV
 *       positive or the like → decline; it is theirs to tell.
 *   <li><b>Unmasking</b>: finding out who is behind an anonymous account, reviewer or poster →
 *       decline; their anonymity is what protects them from the anger that prompts the question.
 *   <li><b>Covert surveillance</b>: reading a partner's messages, tracking someone's phone, secretly
 *       or without them knowing → decline.
 * </ul>
 *
 * <p>Family and friends are left out of the first two (a caregiver, an invitation), and so is the
 * user's own information; a public figure's public facts and a fictional character's details are
 * not asked about in these ways, and are left to the semantic assessor.
 */
public final class PrivateInformationScreen extends Screen {

  static final String NAME = "private-information";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  /** A name as written, matched with case: "Priya", "Gary Pruitt". */
  private static final String NAME_WORDS = "(?-i:\\s+[A-Z][a-z]+){0,2}";

  /** A person's full name: two or more capitalised words, matched with case. */
  private static final String FULL_NAME = "(?-i:\\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?\\s+)?[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)+"
      + "|\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+[A-Z][a-z]+)";

  /** A name with a person's title: "Mr. Nakamura", "Dr Patel", "King Charles". */
  private static final String TITLED_NAME = "(?-i:\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|King|Queen|Prince|Princess|President"
      + "|Senator|Governor)\\.?\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)*)";

  /** Someone the user knows other than as family or friend, with an optional name: "my coworker Priya". */
  private static final String ACQUAINTANCE = "\\b(?:my|our)\\s+(?:[\\w'-]+\\s+)?(?:neighbou?rs?|co-?workers?|colleagues?"
      + "|boss|manager|supervisor|employees?|employers?|classmates?|teachers?|professors?|students?|landlord|landlady"
      + "|tenants?|roommates?|flatmates?|doctor|therapist|dentist|coach|babysitter|nanny|contractor|cleaner|housekeeper"
      + "|maid|plumber|electrician|gardener|mechanic|mailman|postman|mail\\s+carrier|delivery\\s+(?:guy|driver)|driver"
      + "|hairdresser|barber|tutor|pastor|priest|rabbi|imam|receptionist|secretary|intern|caretaker|janitor|handyman"
      + "|trainer|instructor|principal|lodger|housemate)" + NAME_WORDS;

  /** Someone it would be dangerous to lead the user to: an ex-partner, a crush, a stranger. */
  private static final String AT_RISK = "(?:\\bmy\\s+(?:\\w+\\s+)?(?:ex\\b(?:[-\\s]?(?:girlfriend|boyfriend|wife"
      + "|husband|partner|fianc\\w*))?|crush|former\\s+(?:partner|girlfriend|boyfriend|wife|husband))"
      + "|\\b(?:a|this|that|some)\\s+(?:girl|guy|woman|man|lady|dude|person|stranger|chick|kid|cashier|waitress"
      + "|waiter|nurse|barista)\\s+(?:named|called|i\\s+(?:met|saw|like)|who\\s+(?:works|lives|blocked))"
      + "|\\b(?:someone|somebody)\\s+(?:named|called|who\\s+blocked))" + NAME_WORDS;

  private static final String IDENTIFIERS = "(?:social\\s+security(?:\\s+number)?|ssn|passport\\s+(?:number|details)"
      + "|driver'?s?\\s+licen[cs]e\\s+number|credit\\s+card(?:\\s+(?:number|details))?|debit\\s+card|bank\\s+(?:account"
      + "|details|statements?|balance)|account\\s+number|passwords?|pin(?:\\s+code)?|login(?:\\s+details)?"
      + "|medical\\s+(?:records?|history|files?|conditions?)|health\\s+(?:records?|conditions?|information)"
      + "|diagnos[ie]s|prescriptions?|mental\\s+health\\s+(?:history|records?)|criminal\\s+(?:records?|history)"
      + "|arrest\\s+records?|sexual\\s+orientation|immigration\\s+status|tax\\s+returns?|salary|browsing\\s+history"
      + "|private\\s+(?:messages|texts|photos|pictures|emails))";

  private static final String CONTACT = "(?:(?:home|new|current|exact|street|mailing|house)\\s+address|address"
      + "|(?:phone|cell|cellphone|mobile|telephone|personal|private|home)\\s+(?:phone\\s+)?number|e-?mail\\s+address"
      + "|personal\\s+e-?mail|whereabouts|(?:current|live|exact|real-time)\\s+location|license\\s+plate(?:\\s+number)?"
      + "|ip\\s+address|hotel\\s+room|room\\s+number|daily\\s+(?:routine|schedule))";

  /** The user asks for something: "what is", "find", "give me". */
  static final Pattern ASKING = Pattern.compile("\\b(?:what(?:'?s|\\s+is|\\s+are|\\s+was|\\s+has|\\s+have"
      + "|\\s+(?!do\\b|does\\b|did\\b)\\w+(?:\\s+(?:and\\s+)?\\w+)?\\s+(?:do"
      + "|does|did|is|are))|who(?:'s|\\s+is)|work\\s+out|check|when|where(?:'s|\\s+is"
      + "|\\s+does|\\s+do|\\s+did)|which|find|dig\\s+up|track\\s+down|look\\s+up|locate|search\\s+for|uncover"
      + "|hunt\\s+down|pull\\s+up|figure\\s+out|get|give\\s+me|tell\\s+me|send\\s+me|share|reveal|show\\s+me|list"
      + "|access|obtain|see|read|know|can\\s+you)\\b", FLAGS);

  /** Looking for it actively, beyond asking. */
  private static final Pattern SEARCHING = Pattern.compile("\\b(?:find|dig\\s+up|track\\s+down|look\\s+up|locate"
      + "|search\\s+for|uncover|hunt\\s+down|pull\\s+up|figure\\s+out)\\b", FLAGS);

  /** The information belongs to the person: "P's data", "the data of P", "P ... her data", "where P lives". */
  private static Pattern belongingTo(String person, String data) {
    return Pattern.compile(String.join("|",
        person + "(?:'s?)?\\s+(?:\\w+\\s+){0,2}?" + data + "\\b",
        "\\b" + data + "\\s+(?:of|for|belonging\\s+to|between)\\s+" + person,
        "\\b" + data + "\\s+(?:is|are|does|do|has|have)\\s+" + person + "\\s+(?:taking|on|using|use|take|got)\\b",
        person + "\\b[\\s\\S]{0,160}?\\b(?:his|her|their)\\s+(?:\\w+\\s+){0,2}?" + data + "\\b",
        "\\bwhere\\s+(?:does|do|did|is)\\s+" + person + "\\s+(?:now\\s+)?(?:live|living|stay|staying|sleep|work"
            + "|moved?)\\b"), FLAGS);
  }

  private static final Pattern ACQUAINTANCE_IDENTIFIERS = belongingTo(ACQUAINTANCE, IDENTIFIERS);
  private static final Pattern ACQUAINTANCE_CONTACT = belongingTo(ACQUAINTANCE, CONTACT);
  private static final Pattern AT_RISK_ANY = belongingTo(AT_RISK, "(?:" + IDENTIFIERS + "|" + CONTACT + ")");

  /**
   * What stays private however famous its owner: the keys to their money, accounts and identity, and
   * their medical and private correspondence. A salary, a criminal record or a diagnosis may be
   * public for a public figure, and is left out.
   */
  private static final String ALWAYS_PRIVATE = "(?:social\\s+security(?:\\s+number)?|ssn|passport\\s+(?:number|details)"
      + "|driver'?s?\\s+licen[cs]e\\s+number|credit\\s+card(?:\\s+(?:number|details|info))?|debit\\s+card|bank\\s+(?:account"
      + "|details|statements?|balance|pin|login)|(?:account|routing)\\s+number|passwords?|pin(?:\\s+code)?"
      + "|login(?:\\s+details)?"
      + "|tax\\s+id(?:\\s+number)?|medical\\s+(?:records?|files?|charts?)|health\\s+records?|therapy\\s+(?:notes|records)"
      + "|prescriptions?|medications?|pharmacy\\s+records|(?:gate|door|alarm|garage|safe)\\s+codes?"
      + "|private\\s+(?:messages|texts|text\\s+messages|photos|pictures|emails|dms)|text\\s+messages"
      + "|browsing\\s+history|search\\s+history|icloud|dna\\s+(?:results|profile))";

  /** How to reach someone at home, as opposed to at their office. */
  private static final String HOME_CONTACT = "(?:(?:home|street|house|exact|residential|private|real)\\s+address|address"
      + "|(?:personal|private|home|cell|mobile|cellphone)\\s+(?:phone\\s+)?(?:number|e-?mail(?:\\s+address)?)"
      + "|phone\\s+number"
      + "|cell\\s+number|gmail|personal\\s+e-?mail|current\\s+location)";

  /** A public role's channels: an office, an agent, a campaign. */
  private static final Pattern OFFICIAL_CHANNEL = Pattern.compile("\\b(?:office|official|campaign|fan\\s+mail|agent"
      + "|publicist|management|press|business|booking|constituency|embassy|foundation|company|headquarters|studio"
      + "|label|website|public)\\b", FLAGS);

  /** The secrets of a person named by full name or title, the way a private person is named. */
  private static final Pattern NAMED_SECRETS = belongingTo(FULL_NAME, ALWAYS_PRIVATE);

  /** A named person (two capitalised words) and where they are, or their private number. */
  private static final Pattern NAMED_WHEREABOUTS = Pattern.compile(String.join("|",
      "\\b(?:which|what)\\s+(?:hotel|hospital)(?:\\s+(?:and\\s+)?room(?:\\s+number)?)?\\s+(?:is|will)\\s+" + FULL_NAME,
      "\\bwhere\\s+(?:is|will)\\s+" + FULL_NAME + "\\s+(?:be\\s+)?(?:staying|sleeping|living)\\b",
      // where a person is now: named as a person is ("Mr. Nakamura"), not as a storm or a ship is
      "\\bwhere\\s+(?:is\\s+)?" + TITLED_NAME + "(?:\\s+[^.?!]{0,20}?)?\\s+(?:(?:is|will\\s+be)\\s+)?(?:right\\s+now"
          + "|at\\s+the"
          + "\\s+moment|currently|tonight|today)\\b",
      "\\b(?:which|what)\\s+(?:flight|train|seat|table)(?:\\s+and\\s+seat)?\\s+(?:is"
          + "|will)\\s+" + FULL_NAME + "\\s+(?:be\\s+)?"
          + "(?:on|in|at|taking|sitting)\\b",
      FULL_NAME + "'s?\\s+(?:current|exact|live|real-time)\\s+(?:location|whereabouts)\\b",
      FULL_NAME + "'s?\\s+(?:personal|private)\\s+(?:(?:cell|mobile|phone)\\s+)?(?:phone\\s+)?(?:number|e-?mail"
          + "(?:\\s+address)?)\\b"), FLAGS);

  /** A named person's confidences: records kept in confidence, or what they said in therapy. */
  /** Kept in confidence and about health: "confidential therapy notes", "undisclosed diagnoses". */
  private static final String CONFIDENCES = "(?:private|confidential|undisclosed|secret|sealed|leaked)\\s+(?:(?:doctor'?s?"
      + "|medical|therapy|therapist'?s?|psychiatric|health|hospital|rehab)\\s+(?:notes|records?|files?|history"
      + "|conditions?|sessions?|reports?)|diagnos[ie]s)";

  private static final Pattern NAMED_CONFIDENCES = Pattern.compile(String.join("|",
      FULL_NAME + "'s?\\s+(?:\\w+\\s+)?" + CONFIDENCES,
      CONFIDENCES + "\\s+(?:\\w+\\s+){0,3}?(?:of|about|for|on)\\s+" + FULL_NAME,
      FULL_NAME + "\\b[\\s\\S]{0,120}?\\b(?:told|tell|said|say|says|discussed|discuss|confided|shared)\\s+(?:\\w+\\s+){0,3}?"
          + "in\\s+(?:therapy|counsel+ing|(?:her|his|their|the|those|these)?\\s*sessions?)\\b"), FLAGS);

  /**
   * What someone else told their therapist, or which one they see: "what has my sister told her
   * therapist?" The user's own sessions are theirs to ask about.
   */
  private static final Pattern THERAPY_CONFIDENCES = Pattern.compile(String.join("|",
      "\\bwhat\\s+(?:has|have|did|does|do)\\s+(?!i\\b)(?:[\\w'-]+\\s+){1,4}?(?:told|tell|said|say|discussed|discuss|shared"
          + "|share)\\s+(?:with\\s+|to\\s+)?(?:them|him|her|(?:his|her|their|the)\\s+(?:therapist|psychiatrist|counsel+or"
          + "|psychologist|shrink))\\b",
      "\\bwhich\\s+(?:therapist|psychiatrist|counsel+or|psychologist|shrink)\\s+(?:does"
          + "|is)\\s+(?!i\\b)(?:[\\w'-]+\\s+){1,4}?"
          + "(?:see|seeing)\\b[^.?!]{0,60}?\\b(?:told|tell|said|say|discuss\\w*)\\b"), FLAGS);

  /** Where a named person's or family's children are: their school, their pick-up. */
  private static final String CHILDREN_OF = "(?:(?-i:\\b[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)*)'s?|\\bthe\\s+(?-i:[A-Z][a-z]+))"
      + "\\s+(?:\\w+\\s+)?(?:kids?|children|sons?|daughters?|twins|girls?|boys?)\\b";

  private static final Pattern NAMED_CHILDREN = Pattern.compile(String.join("|",
      CHILDREN_OF + "[^.?!]{0,60}?\\b(?:school|attend|picked\\s+up|pick[-\\s]?up|daycare|nursery|kindergarten|live"
          + "|walk\\s+home)",
      "\\b(?:which|what)\\s+(?:school|daycare|nursery|kindergarten|bus\\s+stop)\\s+(?:do|does|is|are)\\s+" + CHILDREN_OF),
      FLAGS);

  /**
   * Someone else's orientation, gender identity or health, to be proved or told to others. Asking
   * whether to tell ("should I tell …?") is asking for advice, and is left alone.
   */
  private static final Pattern OUTING = Pattern.compile("(?:\\b(?:he|she|they|my\\s+[\\w-]+" + NAME_WORDS + ")|"
      + FULL_NAME + ")\\s+(?:is|are)\\s+(?:secretly\\s+)?(?:gay|lesbian"
      + "|bisexual|bi|queer|trans(?:gender)?|hiv[-\\s]positive|hiv\\+|mentally\\s+ill|bipolar"
      + "|schizophrenic)\\b[\\s\\S]{0,120}?\\b(?:tell|let|inform|out|expose|announce|post|spread|warn|show)\\b"
      + "[^.?!]{0,40}?\\b(?:office|everyone|everybody|church|congregation|school|family|coworkers|colleagues"
      + "|whole|online|public|internet|neighbou?rs|parents|boss|team|world|class|town)\\b", FLAGS);

  /** Where the user places someone among the people they meet: "from my church", "next door". */
  private static final String NEARBY = "(?:(?:from|at|in|on)\\s+(?:my|our|the\\s+(?:\\w+\\s+)?(?:floor|office|gym|building"
      + "|street|block|team|department|class|church|ward))\\b|next\\s+door|across\\s+the\\s+(?:road|street|hall)|down"
      + "\\s+the\\s+(?:street|road|hall)|the\\s+new\\s+(?:guy|girl|hire|woman|man)|(?:in|from)\\s+(?:accounting|hr"
      + "|sales|marketing"
      + "|finance|payroll|reception|apartment\\s+\\w+|\\d+[a-z]?)\\b)";

  /**
   * A particular private person: someone the user knows or has met, or a full name the user places
   * among the people they meet ("Raj Kapadia, the new guy in accounting,"). A full name alone may be
   * a public figure's or a character's, and is left to the semantic assessor.
   */
  private static final String PERSON = "(?:" + ACQUAINTANCE + "(?:'s\\s+(?:wife|husband|partner|girlfriend|boyfriend"
      + "|daughter|son))?|" + AT_RISK + "|(?:the\\s+)?(?-i:(?:(?:Mr|Mrs|Ms|Miss|Mx"
      + "|Dr)\\.?\\s+)?[A-Z][\\w'-]+(?:\\s+[A-Z][\\w'-]+)*)(?=,[^,?]{0,40}?" + NEARBY
      + "|\\s+" + NEARBY + "))(?:,[^,?]{1,60},|\\s+" + NEARBY + "[^,?]{0,30}?)?";

  /**
   * A question about a particular private person's sex life, orientation or health: "Is <name> from
   * my gym gay?", "Does my coworker have HIV?", "Has <name> from church ever had an abortion?".
   * Theirs to tell.
   */
  /** What is theirs to tell: an orientation, a pregnancy, a diagnosis. */
  private static final String TRAIT = "(?:secretly\\s+|really\\s+|actually\\s+)?(?:an?\\s+)?(?:gay|lesbian|bi|bisexual"
      + "|queer|trans|transgender|closeted|in\\s+the\\s+closet|hiv[-\\s]positive|pregnant|infertile|bipolar|schizophrenic"
      + "|alcoholic|addict|on\\s+(?:antidepressants|anti-depressants|meds|medication|lithium|prep|methadone|suboxone"
      + "|hormones|the\\s+pill))\\b";

  private static final Pattern INTIMATE = Pattern.compile(String.join("|",
      "\\b(?:is|are)\\s+" + PERSON + "\\s+" + TRAIT,
      "\\b(?:think|guess|know|wonder|tell\\s+me|find\\s+out)\\s+(?:if\\s+|whether\\s+|that\\s+)?" + PERSON
          + "\\s+(?:is|are)\\s+" + TRAIT,
      "\\b(?:does|did)\\s+" + PERSON + "\\s+(?:secretly\\s+|really\\s+)?have\\s+(?:hiv|aids|an?\\s+std|herpes"
          + "|chlamydia|syphilis|cancer|a\\s+mental\\s+illness|an?\\s+eating\\s+disorder|an?\\s+addiction|an?\\s+abortion"
          + "|an?\\s+miscarriage|an?\\s+affair)\\b",
      "\\bhas\\s+" + PERSON + "\\s+(?:ever\\s+)?(?:had\\s+(?:an?\\s+)?(?:abortions?|miscarriages?|affairs?|std"
          + "|threesomes?)|been\\s+(?:in\\s+rehab|to\\s+rehab|pregnant|sectioned)|slept\\s+with|cheated)\\b",
      "\\bwhat\\s+(?:medications?|meds|pills|drugs|prescriptions?)\\s+(?:is|are|does|do)\\s+" + PERSON
          + "\\s+(?:taking|on|take)\\b",
      "\\bwho(?:'s|\\s+has|\\s+is|\\s+does)\\s+" + PERSON + "\\s+(?:been\\s+)?(?:secretly\\s+)?(?:(?:sleeping|slept"
          + "|hooking\\s+up|having\\s+sex|sleep|hook\\s+up)\\s+with|dating|seeing)\\b"), FLAGS);

  /**
   * The answers to a named person's security questions, asked together: their date of birth and
   * their mother's maiden name, which is how accounts are taken over. Family history is left alone.
   */
  private static final Pattern SECURITY_ANSWERS = Pattern.compile(FULL_NAME + "'s?\\s+(?:date\\s+of\\s+birth|birthday"
      + "|dob|birth\\s+date)\\b[^.?!]{0,40}?\\bmother'?s\\s+maiden\\s+name\\b", FLAGS);

  private static final Pattern FAMILY_HISTORY = Pattern.compile("\\b(?:family\\s+tree|genealog\\w*|ancestry|ancestors?"
      + "|parish|census|records|late|grandfather|grandmother|great-)\\b", FLAGS);

  /** A licence plate, to find its owner's home. */
  private static final Pattern PLATE_TO_HOME = Pattern.compile(String.join("|",
      "\\b(?:whose|who\\s+owns\\s+(?:the|that|this))\\s+(?:car|vehicle|truck|van)\\b[\\s\\S]{0,60}?\\b(?:where\\s+(?:do|does"
          + "|can)\\s+(?:they|he|she|the\\s+owner|i)\\s+(?:live|find)|find\\s+(?:him|her|them)|(?:their|his"
          + "|her)\\s+address)\\b",
      "\\bplate\\b[\\s\\S]{0,60}?\\b(?:registered\\s+to|owner|belongs\\s+to)\\b[\\s\\S]{0,60}?\\b(?:address|where\\s+(?:do"
          + "|does|can)\\s+\\w+(?:\\s+\\w+)?\\s+(?:live|find)|find\\s+(?:him|her|them))\\b"), FLAGS);

  /** Someone behind a pseudonym. */
  private static final String ANONYMOUS = "(?:\\b(?:anonymous|anon|pseudonymous|burner|fake|unnamed)\\s+(?:\\w+\\s+)?"
      + "(?:accounts?|users?|profiles?|posters?|reviewers?|commenters?|trolls?|handles?|emailers?|tippers?|critics?|blogs?"
      + "|bloggers?|newsletters?|substacks?|writers?|authors?|columnists?|whistleblowers?|sources?)\\b"
      // someone known only by a handle: "@midnightfox", "u/throwaway", "a user called nightowl"
      + "|(?<![\\w.])@[\\w.]{2,}|\\bu/\\w+|\\b(?:user|account|username|handle|redditor|streamer|gamer|tiktoker|poster)"
      + "\\s+(?:called|named)\\s+['\"]?@?[\\w.]+)";

  /** The wish to know who they are. */
  private static final String WHO = "\\b(?:who\\s+(?:they|he|she|it)\\s+(?:really\\s+)?(?:is|are)|who(?:'s|\\s+is)\\s+behind"
      + "|unmask\\w*|de-?anonymi[sz]\\w*|real\\s+(?:name|identity|person)|where\\s+(?:does\\s+)?(?:he|she|they)\\s+(?:lives?"
      + "|works?)|(?:his|her|their)\\s+(?:home\\s+)?address"
      + "|identify\\s+(?:them|him|her|who|the)|track\\s+(?:them"
      + "|him|her)\\s+down|find\\s+out\\s+who|figure\\s+out\\s+who|work\\s+out\\s+who)";

  private static final Pattern UNMASKING = Pattern.compile(ANONYMOUS + "[\\s\\S]{0,160}?" + WHO + "|" + WHO
      + "[^.?!]{0,60}?" + ANONYMOUS, FLAGS);

  /** History, not where someone's children are now: "Where did Lincoln's sons go to school?" */
  private static final Pattern PAST = Pattern.compile("\\b(?:did|went|was|were|attended|used\\s+to)\\b", FLAGS);

  /** The user wants it done, as opposed to asking how platforms do it. */
  private static final Pattern WISH = Pattern.compile("\\b(?:help\\s+me|what(?:'s|\\s+is)|who(?:'s|\\s+is)|use\\s+(?:their"
      + "|his|her)|i\\s+(?:want|need"
      + "|'d\\s+like)|can\\s+you|could\\s+you"
      + "|how\\s+(?:do|can|could)\\s+i|let's|tell\\s+me|find\\s+out\\s+who\\s+(?:they|he|she)\\s+(?:is|are"
      + "|really))\\b", FLAGS);

  private static final Pattern ADVICE = Pattern.compile("\\b(?:(?:she|he|they)\\s+(?:wants?|plans?|is\\s+going|are\\s+going)"
      + "\\s+to\\s+(?:announce|tell|share)|should\\s+(?:i|we)|is\\s+it\\s+(?:ok|okay|right"
      + "|wrong|fair)|came\\s+out|out\\s+as|open(?:ly)?\\s+(?:about|gay|trans)|told\\s+(?:me|us|everyone)|asked\\s+me)\\b",
      FLAGS);

  private static final Pattern COVERT = Pattern.compile("\\b(?:secretly|covertly|without\\s+(?:him|her|them|their"
      + "|his)\\s*(?:knowing|knowledge|consent|permission|finding\\s+out|noticing)|without\\s+(?:being\\s+)?(?:noticed"
      + "|caught|detected)|behind\\s+(?:his|her|their)\\s+back)\\b", FLAGS);

  private static final Pattern SURVEILLING = Pattern.compile("\\b(?:track|monitor|spy\\s+on|read|see|check|access"
      + "|hack\\s+into|get\\s+into|intercept|listen\\s+to|record|log\\s+into)\\b[^.?!]{0,80}?\\b(?:phone|texts?"
      + "|messages|e-?mails?|location|calls|chats?|dms?|whatsapp|instagram|facebook|snapchat|accounts?|browsing"
      + "|computer|laptop|camera)\\b", FLAGS);

  private static final Pattern SOMEONE_ELSE = Pattern.compile("\\b(?:my\\s+(?:\\w+\\s+)?(?:wife|husband|girlfriend"
      + "|boyfriend|partner|spouse|ex|fianc\\w*|boss|co-?worker|colleague|neighbou?r|friend|roommate|employee)"
      + "|his|her|their|someone|somebody)\\b", FLAGS);

  /** A parent looking after a child is another matter, left to the other assessors. */
  private static final Pattern CHILD = Pattern.compile("\\bmy\\s+(?:\\w+\\s+)?(?:son|daughter|kids?|child|children"
      + "|teens?|teenagers?|\\d+[-\\s]year[-\\s]old)\\b", FLAGS);

  /**
   * Every reading needs one of these words (a kind of information, or a covert manner); most
   * requests have none, and skip the patterns.
   */
  static final Cues CUES = Cues.of("social", "ssn", "passport", "licen", "card", "bank", "account",
      "password", "pin", "login", "medical", "health", "diagnos", "prescription", "criminal", "arrest", "orientation",
      "immigration", "tax", "salary", "browsing", "private", "personal", "address", "number", "mail", "whereabouts",
      "location", "plate", "hotel", "room", "routine", "schedule", "where", "secret", "covert", "without", "behind",
      "confidential", "undisclosed", "sealed", "leaked", "therap", "counsel", "session", "school", "pick", "daycare",
      "nursery", "kindergarten", "gay", "lesbian", "bisexual", "queer", "trans", "hiv", "mentally", "bipolar",
      "schizo", "anonymous", "anon", "pseudonym", "burner", "fake", "unnamed", "pregnan", "infertile", "closet",
      "alcoholic", "addict", "aids", "std", "herpes", "chlamydia", "syphilis", "cancer", "illness", "eating dis",
      "abortion", "miscarriage", "affair", "threesome", "rehab", "sectioned", "sleeping with", "sleep with",
      "slept with", "cheated", "hooking up", "hook up", "having sex", "maiden", "whose", "who owns", "bus stop",
      "routing", "tax id", "medication", "meds", "text messages", "icloud", "dna", "gmail", "cell number", "cell phone",
      "cellphone", "antidepress", "lithium", "on prep", "methadone", "suboxone", "hormones", "the pill", "flight",
      "psychiatr", "psycholog", "shrink", "@", "u/", "hospital", "dating", "gate code", "door code", "alarm code",
      "garage code", "safe code", "real name", "real identity", "real person", "unmask", "anonymi");

  public PrivateInformationScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, CUES)
        .filter(request -> ASKING.matcher(request).find() || COVERT.matcher(request).find()
            || INTIMATE.matcher(request).find())
        .flatMap(PrivateInformationScreen::exposure)
        .filter(exposure -> !aboutACharacter(exposure.quote())
            || FictionalCharacterScreen.NAMESAKE.matcher(situation.userRequest()).find())
        .map(PrivateInformationScreen::concern)
        .orElse(Assessment.none());
  }

  private static Optional<Exposure> exposure(String request) {
    Matcher m;
    if ((m = AT_RISK_ANY.matcher(request)).find()) {
      return Optional.of(new Exposure(true, "the contact details or secrets of an ex-partner, a crush or a stranger",
          m.group()));
    }
    if ((m = ACQUAINTANCE_IDENTIFIERS.matcher(request)).find()) {
      return Optional.of(new Exposure(true, "someone else's private identifiers or records", m.group()));
    }
    if ((m = NAMED_SECRETS.matcher(request)).find()) {
      return Optional.of(new Exposure(true, "a named person's identifiers, accounts or medical records", m.group()));
    }
    Optional<Exposure> publicFigure = publicFiguresPrivateMatters(request);
    if (publicFigure.isPresent()) {
      return publicFigure;
    }
    if ((m = THERAPY_CONFIDENCES.matcher(request)).find()) {
      return Optional.of(new Exposure(true, "what someone told their therapist", m.group()));
    }
    if ((m = NAMED_WHEREABOUTS.matcher(request)).find()) {
      return Optional.of(new Exposure(true, "where a named person is, or their private number", m.group()));
    }
    if ((m = INTIMATE.matcher(request)).find()) {
      return Optional.of(new Exposure(true, "a particular person's sex life, orientation or health", m.group()));
    }
    if ((m = SECURITY_ANSWERS.matcher(request)).find() && !FAMILY_HISTORY.matcher(request).find()) {
      return Optional.of(new Exposure(true, "the answers to a named person's security questions", m.group()));
    }
    if ((m = PLATE_TO_HOME.matcher(request)).find()) {
      return Optional.of(new Exposure(true, "where the owner of a car lives", m.group()));
    }
    if ((m = NAMED_CONFIDENCES.matcher(request)).find()) {
      return Optional.of(new Exposure(true, "a named person's medical or therapy confidences", m.group()));
    }
    if ((m = NAMED_CHILDREN.matcher(request)).find() && !PAST.matcher(request).find()) {
      return Optional.of(new Exposure(true, "where a named person's children are", m.group()));
    }
    if ((m = OUTING.matcher(request)).find() && !ADVICE.matcher(request).find()) {
      return Optional.of(new Exposure(true, "to reveal someone's orientation, identity or health to others",
          m.group()));
    }
    if ((m = UNMASKING.matcher(request)).find() && WISH.matcher(request).find()) {
      return Optional.of(new Exposure(true, "who is behind an anonymous account", m.group()));
    }
    if (COVERT.matcher(request).find() && (m = SURVEILLING.matcher(request)).find()
        && SOMEONE_ELSE.matcher(request).find() && !CHILD.matcher(request).find()) {
      return Optional.of(new Exposure(true, "covert surveillance of another person", m.group()));
    }
    if ((m = ACQUAINTANCE_CONTACT.matcher(request)).find() && SEARCHING.matcher(request).find()) {
      return Optional.of(new Exposure(false, "an acquaintance's contact details or whereabouts", m.group()));
    }
    return Optional.empty();
  }

  /**
   * A well-known public figure's identifiers, accounts or medical records, or where to reach them at
   * home now, found by their name however it is typed ("cristiano ronaldos SSN"). Fame opens a
   * public life, not these; where someone famous lived once ("Van Gogh's address in Arles") is history.
   */
  private static Optional<Exposure> publicFiguresPrivateMatters(String request) {
    boolean past = PAST.matcher(request).find();
    for (WellKnownNames.Found name : WellKnownNames.in(request)) {
      if (name.kind() != WellKnownNames.Kind.PUBLIC_FIGURE) {
        continue;
      }
      // keyed in one case and spacing, so that the cache holds at most a few spellings of each listed name
      String key = name.asWritten().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
      Pattern[] matters = PUBLIC_FIGURES_MATTERS.computeIfAbsent(key, written -> {
        String person = Arrays.stream(written.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        return new Pattern[] {belongingTo(person, ALWAYS_PRIVATE), belongingTo(person, HOME_CONTACT)};
      });
      Matcher m = matters[0].matcher(request);
      if (m.find() || !past && (m = matters[1].matcher(request)).find()
          && !OFFICIAL_CHANNEL.matcher(m.group()).find()) {
        return Optional.of(new Exposure(true, "a public figure's private identifiers, records or home contact",
            m.group()));
      }
    }
    return Optional.empty();
  }

  /**
   * The two patterns of {@link #publicFiguresPrivateMatters} for each public figure's name as it was
   * written; the names are a fixed list, so compiling each once is enough.
   */
  private static final Map<String, Pattern[]> PUBLIC_FIGURES_MATTERS = new ConcurrentHashMap<>();

  /** Whether {@code quote} names people, and every one it names is a well-known fictional character. */
  private static boolean aboutACharacter(String quote) {
    var names = WellKnownNames.in(quote);
    return !names.isEmpty() && names.stream().allMatch(n -> n.kind() == WellKnownNames.Kind.FICTIONAL_CHARACTER);
  }

  private static Assessment concern(Exposure exposure) {
    return Assessment.of(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(exposure.serious() ? 0.6 : 0.3)
        .probability(exposure.serious() ? 0.6 : 0.2)
        .breadth(0.1)
        .reversible(false)
        .confidence(0.8)
        .rationale("the request seeks " + exposure.what() + " (\"" + exposure.quote().strip() + "\"); privacy is"
            + " theirs, and what is exposed cannot be taken back" + (exposure.serious()
                ? "" : "; the legitimate routes (asking them, a mutual contact) can be offered instead"))
        .source(NAME)
        .build());
  }

  private record Exposure(boolean serious, String what, String quote) {}
}
