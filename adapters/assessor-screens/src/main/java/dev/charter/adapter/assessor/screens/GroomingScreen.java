package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grooming: an adult working on a child who is not theirs, step by step, in the ways those who
 * protect children know to watch for. The constitution's example of help a thoughtful person
 * refuses is "unsupervised access to children"; {@code child-access} reads the asking for it
 * outright, this screen the steps that lead there, which rarely use an alarming word. Each step is
 * read only where the user is the one taking it, toward a child in the message:
 *
 * <ul>
 *   <li><b>secrecy from the parents</b> about the user and the child: "our chats", "the visits",
 *       "what we do", kept from home, or the parents who "wouldn't understand us";
 *   <li><b>a child turned from their parents</b> toward the user, made to happen: trusting the user
 *       more than their father, the user as "the only adult who understands him";
 *   <li><b>choosing the unwatched child</b> in order to reach them: the lonely one, the one whose
 *       parents never show up, "so I can DM them";
 *   <li><b>getting around safeguards</b> to be alone with a child: a two-adult or open-door rule,
 *       a record hidden behind another name, "I'd rather nobody looked into my history";
 *   <li><b>a child's body</b>: photos of themselves in a swimsuit asked for, touching or sitting on
 *       a lap made comfortable, testing whether a child would tell "if I did";
 *   <li><b>the user as a child's boyfriend or girlfriend</b>, read even when the child is family;
 *   <li><b>steps with a motive hidden</b>: game currency before moving the chat, tutoring "so I can
 *       be alone with her", a volunteer application that hides the wish to be near children.
 * </ul>
 *
 * <p>Each weighs heavily under broad ethics (→ decline). Protecting children (warning signs,
 * reporting, stories and lessons that warn, making sure it does not happen), confidences a
 * professional keeps, surprises, a parent puzzled by their own child's play, and the user's own
 * children raise nothing. English.
 */
public final class GroomingScreen extends Screen {

  static final String NAME = "grooming";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  /** A child: by word, by age up to 17, or by the groups children come in. */
  private static final Pattern CHILD = Pattern.compile("\\b(?:kids?|kiddos?|children|child|minors?|boys?|girls?|preteens?"
      + "|tweens?|teens?|teenagers?|(?:[1-9]|1[0-7])\\s*[-\\s]?(?:year[-\\s]olds?|yr[-\\s]olds?|yos?|y/o)|(?:aged?"
      + "|is)\\s+(?:[1-9]"
      + "|1[0-7])\\b|u1[0-8]|campers|scouts?|youth|pupils?|students?|(?:\\w+th|\\w+st|\\w+nd|\\w+rd)\\s+graders?|niece|nephew"
      + "|sons?|daughters?|step-?(?:sons?|daughters?)|grand(?:sons?|daughters?)|toddlers?|babies|infants?)\\b"
      + "|'s\\s+(?:[1-9]|1[0-7])\\b", FLAGS);

  /** The user's own child: "my daughter", "my 8-year-old" (not "my son's friend"). */
  private static final Pattern OWN = Pattern.compile("\\b(?:my|our)\\s+(?:own\\s+|\\w+\\s+)?(?:kids?|children|child|son"
      + "|daughter|(?:[1-9]|1[0-7])[-\\s]?year[-\\s]olds?|step-?(?:son|daughter|kids?|children)|grand(?:son|daughter"
      + "|kids?|children)|niece|nephew|god(?:son|daughter|child))\\b(?!'s|\\s+(?:babysitter|neighbou?r|student|pupil"
      + "|tutee|mentee|player|friend))", FLAGS);

  /** Someone else's child, named as such. */
  private static final Pattern OTHERS = Pattern.compile("\\b(?:a|the|this|that|some|one)\\s+(?:\\w+\\s+){0,2}?(?:kids?"
      + "|child|boy|girl|player|camper)\\b|\\bnot\\s+(?:my|related)\\b|\\b\\w+'s\\s+friend\\b|\\b(?:she's|he's"
      + "|she\\s+is|he\\s+is)\\s+(?:[1-9]|1[0-7])\\b|\\b(?:neighbou?rs?|friends?|buddy|buddy's"
      + "|son)'?s?\\s+(?:\\w+\\s+)?(?:son|daughter|kids?|boy|girl|friend)\\b|(?<!\\bmy\\s)(?<!\\bour\\s)\\b(?:[1-9]|1[0-7])"
      + "[-\\s]?year[-\\s]olds?\\b", FLAGS);

  /** Protecting children: spotting it, reporting it, writing to warn of it. */
  private static final Pattern PROTECTIVE = Pattern.compile("\\b(?:warning\\s+signs?|red\\s+flags?|signs?\\s+of|grooming"
      + "|groomer|predators?|report\\w*|safeguarding\\s+(?:training|course|lead|officer)|policy\\s+clause"
      + "|(?<!cover\\s)(?:short\\s+)?story|novel|scene|drama|assembly|lesson\\s+plan|picture\\s+book|warn\\w*"
      + "|make\\s+sure\\s+(?:[\\w']+\\s+){0,4}?"
      + "(?:doesn't|does\\s+not|don't|isn't|never|not))\\b", FLAGS);

  /** What passes between the user and the child. */
  private static final String CONTACT = "(?:chats?|messages|texts?|dms|talks?|calls?|visits?|meetings?|games?|time"
      + "|friendship|relationship|walks?|sessions?|photos?|pictures?|pics|hangouts?|conversations?|snaps|secret|meet-?ups?)";

  /** Secrecy from the parents about the user and the child. */
  private static final Pattern SECRECY = Pattern.compile(String.join("|",
      "\\b(?:keep|keeps|keeping|kept|hide|hides|hiding|delete|deletes)\\s+(?:(?:our|these|those|the|all)\\s+)?(?:little\\s+"
          + "|special\\s+)?(?:\\w+\\s+)?" + CONTACT + "\\b[^.?!]{0,40}?\\b(?:secret|private|quiet|hidden"
          + "|between\\s+us|on\\s+the\\s+down-?low"
          + "|from\\s+(?:his|her|their|the)\\s+(?:parents?|mum|mom|dad|family|folks))",
      "\\b(?:won't|wont|doesn't|doesnt|don't|dont|not|never)\\s+(?:go\\s+)?(?:tell|telling|mention"
          + "|mentioning)\\s+(?:\\w+\\s+){0,2}?"
          + "(?:about\\s+)?(?:us|me|(?:our|the|these|those)\\s+" + CONTACT + ")\\b",
      "\\b(?:won't|wont|doesn't|doesnt|don't|dont|not|never)\\s+tell\\s+(?:his|her|their)\\s+(?:parents?|mum|mom|dad|folks)\\s+"
          + "(?:that\\s+)?(?:we've|weve|we\\s+have|we're|we\\s+are|i've|ive|i\\s+have)\\s+been\\b",
      "\\bfrom\\s+telling\\s+(?:his|her|their)\\s+(?:parents?|mum|mom|dad|folks|family)\\s+about\\s+(?:us|me|our|the\\s+time"
          + "\\s+we|what\\s+we)\\b",
      "\\bkeep\\s+what\\s+(?:happens|we\\s+do|goes\\s+on)\\b[^.?!]{0,40}?\\b(?:secret|private|quiet|from\\s+(?:his|her|their)"
          + "\\s+(?:parents?|mum|mom|dad))\\b",
      "\\bnobody'?s\\s+business\\b[^.?!]{0,40}?\\bparents\\b",
      "\\bkeep(?:ing|s)?\\s+(?:it|this|that)\\s+(?:just\\s+)?between\\s+(?:us|you\\s+and\\s+me)\\b",
      "\\b(?:test|see|check)\\s+(?:whether|if)\\s+(?:a|the)\\s+(?:kid|child|boy|girl)\\s+(?:will|would)\\s+keep\\s+(?:a\\s+)?"
          + "(?:\\w+\\s+)?secrets?\\b",
      "\\b(?:delete|deletes|deleting|erase|clear)\\s+(?:all\\s+)?(?:of\\s+)?(?:our|the)\\s+(?:\\w+\\s+)?(?:chats?|messages|texts?"
          + "|dms|conversations?)\\b",
      "\\bso\\s+(?:that\\s+)?(?:[\\w']+\\s+){0,6}?(?:her|his|their)\\s+parents\\s+(?:can't|cannot|won't|don't|can\\s+not)"
          + "\\s+(?:see|know|find\\s+out|read)\\b",
      "\\bjust\\s+me\\s+and\\s+(?:him|her)\\b[\\s\\S]{0,80}?\\b(?:not|never|without)\\s+tell\\w*\\s+(?:his|her|their)"
          + "\\s+parents\\b",
      "\\b(?:won't|wont|doesn't|doesnt|don't|dont|not|never)\\s+(?:go\\s+)?(?:tell|telling|mention|mentioning)\\s+(?:his|her"
          + "|their|ur|your)\\s+(?:parents?|mum|mom|dad|folks|family)\\s+about\\s+(?:us|me|our|the\\s+visits|the\\s+messages)\\b",
      "\\bour\\s+(?:little\\s+)?(?:special\\s+)?secret\\b",
      "\\bour\\s+special\\s+thing\\b[^.?!]{0,80}?\\b(?:tell|mention|mum|mom|parents?|dad)\\b",
      "\\b(?:i|me)\\b[^.?!]{0,60}?\\b(?:meet|meeting|talk|chat|message|text|see|visit|hang\\s+out|spend\\s+time)\\b[^.?!]{0,80}?"
          + "\\bwithout\\s+(?:his|her|their|the)\\s+(?:parents?|mum|mom|dad|family|folks)\\s+(?:knowing"
          + "|finding\\s+out|noticing)\\b",
      "\\bparents?'?\\s+['\"]?(?:wouldn't|wouldnt|would\\s+not|won't|don't)\\s+(?:understand"
          + "|get\\s+it)['\"]?[^.?!]{0,40}?\\b(?:our|us|what"
          + "\\s+we\\s+(?:have|share|do)|about"
          + "\\s+(?:us|me|our))\\b"), FLAGS);

  /** A child turned from their parents toward the user, made to happen. */
  private static final Pattern TURNED_FROM_PARENTS = Pattern.compile(String.join("|",
      "\\b(?:make|get|so|until)\\b[^.?!]{0,60}?\\b(?:trusts?|confides?\\s+in|depends?\\s+on|relies\\s+on|rely\\s+on|trust"
          + "|confide\\s+in|depend\\s+on|comes?\\s+to|runs?\\s+to|opens?\\s+up\\s+to"
          + "|opening\\s+up\\s+to)\\s+me\\s+(?:more\\s+than"
          + "|instead\\s+of|over|rather\\s+than)\\b",
      "\\b(?:make|get)\\b[^.?!]{0,60}?\\b(?:feel|think|believe|see)\\b[^.?!]{0,30}?\\b(?:i'm|i\\s+am|me\\s+as)\\s+the\\s+only"
          + "\\s+(?:adult|person|one|grown-?up)\\b",
      "\\b(?:i\\s+want\\s+to\\s+be|i'd\\s+like\\s+to\\s+be|become)\\s+the\\s+only\\s+(?:adult|person|one|grown-?up)\\s+(?:who"
          + "|that)\\b",
      "\\b(?:mom|mum|dad|parents?)\\s+(?:doesn't|don't|does\\s+not|do\\s+not)\\s+(?:really\\s+)?(?:care\\s+about|love"
          + "|understand|get)\\s+(?:her|him|them)\\s+like\\s+i\\s+do\\b",
      "\\bi\\s+(?:get|understand|know|love)\\s+(?:her|him|them)\\s+better\\s+than\\s+(?:her|his|their)\\s+(?:parents|mum|mom"
          + "|dad)\\b",
      "\\b(?:goes|go|comes|come|runs|run|turns|turn)\\s+to\\s+instead\\s+of\\s+(?:her\\s+|his\\s+|their\\s+)?(?:mom|mum|dad"
          + "|parents)\\b",
      "\\bso\\s+(?:that\\s+)?(?:she|he|they)\\s+(?:starts?|begins?)\\s+(?:depending\\s+on|opening\\s+up\\s+to|trusting)\\s+me\\b",
      "\\btrusts?\\s+more\\s+than\\s+(?:her|his|their)\\s+(?:own\\s+)?(?:parents|mum|mom|dad)\\b",
      "\\bcoming\\s+to\\s+me\\s+with\\s+(?:things|everything|problems)\\s+instead\\s+of\\b",
      "\\b(?:see|sees|think|thinks)\\s+(?:her|his|their)\\s+parents\\s+as\\s+the\\s+(?:bad\\s+guys|enemy)\\b"), FLAGS);

  /** The least-watched child, chosen by someone who means to reach them. */
  private static final Pattern UNWATCHED = Pattern.compile(String.join("|",
      "\\b(?:parents\\s+(?:who\\s+)?(?:are\\s+)?(?:the\\s+)?(?:least|not\\s+(?:very\\s+)?)\\s*(?:involved|around"
          + "|watching|attentive)"
          + "|parents\\s+(?:who\\s+)?(?:don't|dont|never)\\s+(?:monitor|check|watch|show\\s+up)|lonely|ignored"
          + "|neglected|vulnerable|sad"
          + "|desperate\\s+for\\s+attention|fighting\\s+with\\s+(?:their|his|her)\\s+parents"
          + "|without\\s+an\\s+adult\\s+watching)\\b"
          + "[\\s\\S]{0,120}?\\b(?:i(?:\\s+want|'d\\s+like|\\s+would\\s+like|\\s+plan)\\s+to\\s+(?:find|pick|talk"
          + "|message|dm|befriend|give"
          + "|meet|chat|offer|drive|take)|so\\s+(?:that\\s+)?i\\s+can\\s+(?:dm|message|talk|chat|befriend|meet|approach))\\b",
      "\\b(?:i(?:\\s+want|'d\\s+like|\\s+would\\s+like|\\s+plan)\\s+to\\s+(?:find|pick|talk|message|dm|befriend|give"
          + "|meet|chat)|so"
          + "\\s+(?:that\\s+)?i\\s+can\\s+(?:dm|message|talk|chat|befriend|meet"
          + "|approach))\\b[\\s\\S]{0,120}?\\b(?:parents\\s+(?:who"
          + "\\s+)?(?:are\\s+)?(?:the\\s+)?(?:least|not\\s+(?:very\\s+)?)\\s*(?:involved|around|watching|attentive)"
          + "|lonely|ignored"
          + "|neglected|desperate\\s+for\\s+attention)\\b",
      "\\b(?:spot|find|pick\\s+out|target)\\b[^.?!]{0,60}?\\b(?:kids?|children|\\d{1,2}\\s*year\\s*olds|preteens?|tweens?|preteen"
          + "\\s+girls|girls|boys)\\b[^.?!]{0,40}?\\b(?:whose\\s+parents\\s+(?:don't|dont|never)\\s+(?:monitor|check|watch)"
          + "|desperate\\s+for\\s+attention|home\\s+alone)",
      "\\bleast\\s+likely\\s+to\\s+tell\\b[\\s\\S]{0,120}?\\b(?:safest|easiest|target|pick)\\b",
      "\\b(?:lonely|bad\\s+home\\s+life|neglected|ignored)\\b[\\s\\S]{0,120}?\\beasiest\\s+to\\s+(?:get\\s+close\\s+to|approach"
          + "|befriend|win\\s+over)\\b",
      "\\bage\\s+(?:checks?|verification)\\b[^.?!]{0,80}?\\bwithout\\s+(?:getting|being)\\s+(?:flagged|caught|noticed"
          + "|banned)"), FLAGS);

  /** Safeguards around children, to be got around by someone who means to be alone with one. */
  private static final Pattern PAST_SAFEGUARDS = Pattern.compile(String.join("|",
      "\\b(?:get|getting)\\s+(?:around|round|past)\\s+(?:it|the|this|that|a|our|their)\\b[^.?!]{0,40}?\\b(?:rule|policy)\\b"
          + "[\\s\\S]{0,120}?\\b(?:alone|one-?(?:to|on)-?one|private\\s+sessions?|solo)\\b",
      "\\b(?:dodge|circumvent|bypass|sidestep|workaround\\s+for)\\s+(?:[\\w']+\\s+){0,3}?(?:rule|policy|safeguarding|age"
          + "\\s+verification|background\\s+checks?)\\b",
      "\\b(?:rule|policy)\\b[\\s\\S]{0,80}?\\b(?:get|getting)\\s+(?:around|round|past)\\s+it\\b[\\s\\S]{0,80}?\\b(?:alone"
          + "|one-?(?:to|on)-?one|private|solo)\\b",
      "\\bwithout\\s+technically\\s+breaking\\b[\\s\\S]{0,120}?\\b(?:alone|one-?(?:to|on)-?one|private)\\b",
      "\\b(?:alone|one-?(?:to|on)-?one|private)\\b[\\s\\S]{0,120}?\\bwithout\\s+technically\\s+breaking\\b",
      "\\b(?:under|put)\\s+(?:a\\s+)?(?:different|fake|new|another)\\s+name\\b[^.?!]{0,80}?\\b(?:doesn't|doesnt|won't|wont"
          + "|does\\s+not)\\s+(?:come|show)\\s+up\\b",
      "\\bwhat\\s+name\\s+should\\s+i\\s+(?:put|use)\\b[^.?!]{0,80}?\\b(?:doesn't|doesnt|won't|wont)\\s+(?:come|show)\\s+up\\b",
      "\\b(?:i'd\\s+rather|so\\s+that|so)\\s+nobody\\s+look(?:s|ed)?\\s+into\\s+my\\s+(?:history|record|past)\\b",
      "\\b(?:incident|offen[cs]e|caution|conviction)\\s+(?:involving|with|for)\\s+(?:a\\s+)?(?:minor|child|kid|indecent)"
          + "[\\s\\S]{0,120}?\\b(?:(?:get|getting)\\s+(?:through|past|around)|don'?t\\s+look\\s+back|won'?t\\s+(?:find|show)"
          + "|skip\\w*)\\b",
      "\\b(?:no|without|avoid|get\\s+(?:past|around)|evade|bypass)\\s+(?:\\w+\\s+){0,2}?(?:parental\\s+controls?|message"
          + "\\s+scanning|(?:child-?)?safety\\s+filters?|them)\\b[\\s\\S]{0,120}?\\b(?:i\\s+want\\s+to|so\\s+i\\s+can|when\\s+i)"
          + "\\s+(?:keep\\s+)?(?:chatting|chat|talk|talking|message|messaging|dm)\\b",
      "\\b(?:unobserved|unsupervised|unwatched)\\s+time\\b|\\bblind\\s+spot\\b[^.?!]{0,80}?\\bso\\s+i\\s+can\\b",
      "\\b(?:how\\s+(?:can|do)\\s+i|i\\s+want\\s+to|i'd\\s+like\\s+to|help\\s+me)\\b[^.?!]{0,40}?\\b(?:get|have|spend|arrange"
          + "|set\\s+up)\\s+(?:some\\s+)?(?:time\\s+)?(?:alone|private\\s+time|one-?on-?one\\s+time)\\s+with\\s+(?:him|her"
          + "|them|one\\s+of)\\b",
      "\\bspend\\s+time\\s+with\\s+one-?on-?one\\b",
      "\\brecord\\b[\\s\\S]{0,120}?\\bget\\s+(?:past|around|through)\\s+the\\s+(?:background\\s+)?check\\b",
      "\\b(?:switch\\s+off|turn\\s+off|block|disable|cover)\\s+(?:\\w+\\s+){0,2}?(?:nanny\\s+cam|cameras?|monitor)\\b"
          + "[\\s\\S]{0,80}?\\bwithout\\s+(?:them|anyone|the\\s+parents)\\s+(?:noticing|knowing)",
      "\\b(?:sex|sexual)\\s+offen[cs]e\\b[^.?!]{0,60}?\\b(?:doesn't|doesnt|won't|wont)\\s+(?:come|show)\\s+up\\b"), FLAGS);

  /** A child's body, asked for or made familiar by the user. */
  private static final Pattern BODY = Pattern.compile(String.join("|",
      "\\b(?:ask|get|convince|persuade|make)\\b[^.?!]{0,60}?\\b(?:photos?|pictures?|pics?|selfies?|videos?)\\s+of\\s+(?:himself"
          + "|herself|themselves)\\s+in\\s+(?:(?:his|her|their)\\s+)?(?:swimsuit|swimming|underwear|pyjamas|pajamas|bath|bed"
          + "|towel|bikini|bra)",
      "\\b(?:get|make|getting|making)\\b[^.?!]{0,40}?\\b(?:comfortable|used\\s+to|okay|ok)\\s+(?:with\\s+)?(?:me\\s+)?(?:touching"
          + "|tickling|being\\s+tickled|being\\s+touched|sitting\\s+on\\s+my\\s+lap|changing)",
      "\\b(?:poses?|outfits?)\\b[^.?!]{0,80}?\\badult\\s+(?:male\\s+)?(?:followers|fans|viewers|men|subscribers)\\b",
      "\\b(?:touching|tickling)\\s+(?:her|him|them)\\b[^.?!]{0,60}?\\b(?:feels?|feel)\\s+normal\\b",
      "\\bwould\\s+(?:tell|keep\\s+quiet)\\b[^.?!]{0,60}?\\bif\\s+i\\s+(?:did|do|touched|touch|tried)\\b",
      "\\brules?\\s+(?:can\\s+)?(?:i|we)\\s+(?:can\\s+)?get\\s+(?:a|the)\\s+(?:kid|child)\\s+to\\s+break\\b"), FLAGS);

  /** The user in a romantic role opposite a child. */
  private static final Pattern CHILD_AS_PARTNER = Pattern.compile(String.join("|",
      "\\b(?:i'm|i\\s+am|i'll\\s+be|me\\s+as)\\s+(?:her|his)\\s+['\"]?(?:boyfriend|girlfriend|lover|bf|gf)\\b",
      "\\b(?:she's|he's|she\\s+is|he\\s+is|you're|you\\s+are|be|ur)\\s+my\\s+(?:\\w+\\s+){0,3}?['\"]?(?:little\\s+)?(?:girlfriend"
          + "|boyfriend|gf|bf|lover)\\b",
      "\\bi\\s+have\\s+(?:romantic\\s+)?feelings\\s+for\\s+(?:her|him)\\b",
      "\\b(?:girl|boy)\\s+who\\s+is\\s+(?:dating|my\\s+(?:girlfriend|boyfriend|gf|bf))\\s*(?:me)?\\b"), FLAGS);

  /** A parent puzzled by their own child's play. */
  private static final Pattern A_PHASE = Pattern.compile("\\b(?:normal|phase|redirect|should\\s+i|is\\s+it\\s+ok)\\b",
      FLAGS);

  private static final Pattern STEPS = Pattern.compile(String.join("|",
      "\\b(?:robux|v-?bucks|gift\\s+cards?|skins|gifts?)\\b[^.?!]{0,80}?\\bbefore\\s+(?:i\\s+ask|asking)\\s+(?:them"
          + "|him|her)\\s+to"
          + "\\s+(?:add\\s+me|move|switch\\s+to|talk\\s+on|chat\\s+on)\\b",
      "\\bgifts?\\b[^.?!]{0,80}?\\b(?:owes?\\s+me|move\\s+our\\s+chats?)\\b",
      "(?<!\\bstop\\s)\\b(?:hides?|hiding|conceals?|without\\s+letting\\s+on)\\s+(?:the\\s+fact\\s+)?that\\s+i(?:'m"
          + "|\\s+am)?\\s+(?:mainly\\s+"
          + "|really\\s+|just\\s+|only\\s+)?(?:want\\s+to\\s+be|there\\s+to\\s+be)\\s+(?:close|near)\\s+to\\b",
      "\\b(?:so|that)\\s+i\\s+(?:get|have|can\\s+(?:get|have|be))\\s+(?:regular\\s+)?(?:time\\s+)?alone\\s+(?:w/"
          + "|with)\\s+(?:him|her"
          + "|them)\\b[\\s\\S]{0,120}?\\b(?:wary|suspicious|don't\\s+trust|pitch|convince)\\b",
      "\\b(?:wary|suspicious|don't\\s+trust)\\b[\\s\\S]{0,120}?\\bso\\s+i\\s+(?:get|have|can\\s+(?:get|have"
          + "|be))\\s+(?:regular\\s+)?"
          + "(?:time\\s+)?alone\\s+(?:w/|with)\\s+(?:him|her|them)\\b",
      "\\b(?:tutor\\w*|coach\\w*|babysit\\w*|mentor\\w*|volunteer\\w*)\\b[^.?!]{0,60}?\\bso\\s+(?:that\\s+)?i\\s+can\\s+be"
          + "\\s+alone\\s+(?:w/|with)\\s+(?:him|her|them)\\b",
      "\\bmainly\\s+so\\s+(?:that\\s+)?i\\s+can\\s+(?:have|be\\s+(?:near|close\\s+to|alone\\s+with))\\s+(?:a|the)\\s+"
          + "(?:\\w+\\s+){0,2}?(?:girl|boy|child|kid|teen)",
      "\\b(?:convince|persuade|tell)\\s+(?:his|her|their|the)\\s+parents\\b[^.?!]{0,80}?\\b(?:family\\s+friend|relative|cousin"
          + "|uncle|aunt)\\b[^.?!]{0,60}?\\b(?:come\\s+over|stay|sleep\\s*over|visit)\\b",
      "\\bso\\s+(?:she|he)\\s+comes?\\s+to\\s+(?:stay|live|sleep)\\s+(?:at|with)\\s+(?:me|my\\s+(?:place|house|flat"
          + "|apartment))\\b",
      "\\b(?:excuse|reason|cover\\s+story)\\s+(?:can\\s+)?i\\s+(?:give|use|tell)\\b[^.?!]{0,120}?\\b(?:stay\\s+overnight|sleep"
          + "\\s*over|come\\s+to\\s+my\\s+(?:flat|place|house)\\s+alone)\\b"), FLAGS);

  /** The user means to do something: "I want to", "how can I", "what excuses could I use". */
  private static final Pattern WISH = Pattern.compile("\\b(?:i\\s+(?:want|need|plan|mean)\\s+to|i'd\\s+like|i\\s+would\\s+like"
      + "|how\\s+(?:can|do|could|would|should)\\s+i|help\\s+me|what\\s+(?:excuses?|reasons?)\\s+(?:could|can|should)\\s+i"
      + "|(?:draft|write)\\s+(?:a|me\\s+a)\\s+(?:message|text|note|dm)|(?:which|what)\\s+(?:\\w+\\s+){0,3}?(?:could|can"
      + "|should)\\s+i\\s+use|(?:what|which)\\s+(?:games|apps|sites)\\s+(?:let|allow))\\b", FLAGS);

  /** Being with a child away from others: alone, in private, at the user's place, in direct contact. */
  private static final Pattern ACCESS = Pattern.compile("\\b(?:alone|on\\s+my\\s+own|one-?on-?one|private|privately"
      + "|just\\s+the\\s+two\\s+of\\s+us|just\\s+me\\s+and|come\\s+(?:down|over|round|up)|drive\\s+(?:her|him|them|one)"
      + "|my\\s+(?:house|place|office|car|apartment|flat|room)|meet(?:ing)?\\s+(?:her|him|them)|contact\\s+(?:her|him|them)"
      + "|message\\s+(?:her|him|them)|talk(?:ing)?\\s+to\\s+(?:her|him|them)|keeps?\\s+talking\\s+to\\s+me|trip|our\\s+(?:chats?"
      + "|messages|lessons|sessions))\\b", FLAGS);

  /**
   * What protects the child, set aside: the parents kept out or overruled, a rule or an order
   * that forbids it, a camera or a check to be got past.
   */
  private static final Pattern SET_ASIDE = Pattern.compile("\\b(?:without\\s+(?:telling\\s+|asking\\s+)?(?:his|her|their"
      + "|the|other)\\s+(?:parents?|mum|mom|dad|family|social\\s+worker|carers?|guardians?|staff|teachers?)|(?:parents?"
      + "|mum|mom|dad|staff|managers|anyone)\\s+(?:listening|reading|seeing|finding\\s+out|knowing|noticing)|(?:parents?|mum"
      + "|mom|dad|managers|staff)\\s+(?:don't|won't|wouldn't|doesn't)\\s+(?:start|find\\s+out|notice|know|ask|suspect|see)"
      + "|don't\\s+want\\s+(?:his|her|their)\\s+(?:mom|mum|dad|parents?)|(?:can't|cannot|shouldn't|mustn't|won't"
      + "|not\\s+to)\\s+tell\\s+(?:his|her|their|anyone)"
      + "|show\\s+up\\s+on\\s+(?:his|her|their)\\s+parents|without\\s+(?:them|anyone)\\s+(?:noticing|knowing)|(?:said|says)"
      + "\\s+no|(?:kind\\s+of\\s+|a\\s+bit\\s+|very\\s+)?(?:protective|wary|suspicious)\\b(?!\\s+order)|protective\\s+order"
      + "|no\\s+contact|(?:aren't|isn't|not|no\\s+adult\\s+can\\s+be)\\s+(?:be\\s+)?allowed|no\\s+adult\\s+can|but\\s+whatever"
      + "|not\\s+approved|nanny\\s+cam|background\\s+check|get\\s+past\\s+the\\s+check)", FLAGS);

  /** Protecting a child's confidence is a professional's duty, not a secret kept from the parents. */
  private static final Pattern DUTY = Pattern.compile("\\b(?:confiden\\w+|counsel\\w+|therap\\w+|doctor|nurse|gp"
      + "|clinic|mandated|safeguard\\w*|honest\\w*|disclose|declare|upfront|is\\s+it\\s+(?:ok|okay"
      + "|appropriate|allowed)|am\\s+i\\s+allowed|what\\s+are\\s+the\\s+rules|consent)\\b", FLAGS);

  private static final List<Reading> READINGS = List.of(
      new Reading(SECRECY, "a child's contact with the user kept secret from their parents"),
      new Reading(TURNED_FROM_PARENTS, "a child turned away from their parents, toward the user"),
      new Reading(UNWATCHED, "the child least watched over, chosen"),
      new Reading(PAST_SAFEGUARDS, "a way around the safeguards kept around children"),
      new Reading(BODY, "a child's body, made to feel normal to share"),
      new Reading(STEPS, "a step toward time alone with a child, its motive hidden"));

  /** Every reading needs a child in the message (see {@link #CHILD}); most messages name none. */
  private static final Cues CUES = Cues.of("kid", "child", "minor", "boy", "girl", "teen", "tween",
      "year-old", "year old", "years old", "yr old", "yr-old", "yo ", "yos", "y/o", "aged", "student", "grader",
      "is 1", "is 2", "is 3", "is 4", "is 5", "is 6", "is 7", "is 8", "is 9", "u1", "camper", "scout", "youth",
      "pupil", "niece", "nephew", " son", "daughter", "stepson", "grandson", "toddler", "babies", "infant", "she's",
      "he's");

  public GroomingScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, CUES).map(GroomingScreen::assess).orElse(Assessment.none());
  }

  private static Assessment assess(String request) {
    if (!CHILD.matcher(request).find() || PROTECTIVE.matcher(request).find()) {
      return Assessment.none();
    }
    // Read even when the child is family: no parent or aunt is a child's boyfriend.
    Matcher partner = CHILD_AS_PARTNER.matcher(request);
    if (partner.find() && !A_PHASE.matcher(request).find()) {
      return declining("a child cast as the user's romantic partner", partner.group());
    }
    if (OWN.matcher(request).find() && !OTHERS.matcher(request).find()) {
      return Assessment.none();
    }
    return Reading.firstIn(READINGS, request)
        .map(found -> declining(found.what(), found.quote()))
        .orElseGet(() -> concealedAccess(request));
  }

  /**
   * The broadest reading: the user wants to be with a child who is not theirs, away from others,
   * and means to set aside what protects the child (the parents, a rule, an order, a camera, a
   * check). Each part alone is ordinary; together they are what every step above leads to.
   */
  private static Assessment concealedAccess(String request) {
    if (DUTY.matcher(request).find() || !WISH.matcher(request).find()
        || !ACCESS.matcher(request).find()) {
      return Assessment.none();
    }
    Matcher setAside = SET_ASIDE.matcher(request);
    return setAside.find()
        ? declining("time with a child away from others, past what protects them", setAside.group())
        : Assessment.none();
  }

  private static Assessment declining(String what, String quoted) {
    return ChildAccessScreen.intentTowardAChild("the request works toward " + what + " (\"" + quoted.strip()
        + "\"), a step of grooming; nothing is given that could help", NAME);
  }
}
