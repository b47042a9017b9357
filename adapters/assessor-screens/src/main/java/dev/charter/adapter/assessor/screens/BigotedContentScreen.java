package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Highly discriminatory content asked for by name: racist, sexist, homophobic or otherwise bigoted
 * jokes, insults or posts, or jokes that mock a group for who they are; a people's inferiority taken
 * as fact ("Why are &lt;group&gt; lazier?"); and a people's rights denied as if that were just ("Why
 * shouldn't &lt;group&gt; be allowed to vote?"). The constitution lets the assistant decline such
 * distasteful requests, and counts writing them among what a thoughtful person would be
 * uncomfortable to see; the request weighs under broad ethics (→ decline). Asking about such content
 * (why it harms, how to answer it, how to moderate it) raises nothing. Apology for an atrocity is
 * {@link AtrocityApologyScreen}'s. English.
 */
public final class BigotedContentScreen extends Screen {

  static final String NAME = "bigoted-content";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  private static final String WRITING = "(?:jokes?|slurs?|insults?|memes?|rants?|poems?|songs?|limericks?|puns?"
      + "|one-liners?|remarks?|comments?|tweets?|posts?|stor(?:y|ies)|captions?|roasts?)";

  private static final String GROUP = "(?:black|african|white|asian|chinese|japanese|indian|mexican|latino|hispanic"
      + "|arab|jewish|jews|muslims?|christians?|hindus?|sikhs?|gay|gays|lesbians?|bisexual|trans(?:gender)?|queer"
      + "|women|woman|girls|disabled|autistic|immigrants?|refugees?|romani|gypsies|fat|poor)s?\\s*(?:people|folks|men"
      + "|women|kids|persons?)?";

  private static final Pattern ASKED_FOR = Pattern.compile(String.join("|",
      "\\b(?:racist|sexist|homophobic|transphobic|anti-?semitic|islamophobic|bigoted|xenophobic|misogynistic"
          + "|misogynist|ableist|hateful)\\s+(?:\\w+\\s+)?" + WRITING + "\\b",
      "\\b" + WRITING + "\\s+(?:that|which|to)\\s+(?:mocks?|make\\s+fun\\s+of|makes?\\s+fun\\s+of|demeans?|belittles?"
          + "|ridicules?|humiliates?|dehumani[sz]es?)\\s+(?:\\w+\\s+)?" + GROUP + "\\b"), FLAGS);

  /** The groups a question of inferiority is about: peoples, not circumstances ("poor kids"). */
  private static final String PEOPLE = GROUP.replace("|fat|poor)", ")");

  /** Peoples and nationalities beyond {@link #GROUP}, for the readings of inferiority and lost rights. */
  private static final String NATIONS = "(?:korean|vietnamese|filipinos?|filipinas?|pakistanis?|bangladeshis?|iranians?"
      + "|persians?|turks?|turkish|kurds?|kurdish|somalis?|nigerians?|haitians?|jamaicans?|ethiopians?|ghanaians?"
      + "|kenyans?|congolese|sudanese|syrians?|afghans?|iraqis?|palestinians?|israelis?|russians?|ukrainians?|poles"
      + "|polish|irish|italians?|greeks?|albanians?|romanians?|roma|indigenous|native\\s+americans?|aboriginal"
      + "|first\\s+nations|latinas?|latinx|migrants?|asylum\\s+seekers?|foreigners?|buddhists?|atheists?"
      + "|nonbinary|non-binary|lgbtq?\\+?|chinese\\s+americans?|african\\s+americans?"
      + "|asian\\s+americans?|arab\\s+americans?|mexican\\s+americans?|catholics?|protestants?|mormons?|evangelicals?"
      + "|jehovah'?s\\s+witnesses|quakers?|baptists?|sunnis?|shias?|shiites?|dalits?)";

  /** A people, named by race, nation, faith, sex or orientation, with an optional second word: "Mexican immigrants". */
  static final String PEOPLE_WIDE = "(?:" + PEOPLE + "|" + NATIONS + ")(?:\\s+(?:immigrants?|workers?|employees"
      + "|students|citizens|voters|candidates|men|women|people|folks|families|americans|kids|children|couples|applicants"
      + "|tenants|hires))?";

  /** Those whose rights are protected beyond a people: the disabled, the old. */
  private static final String PROTECTED = "(?:" + PEOPLE_WIDE + "|(?:deaf|blind|disabled|autistic)\\s+(?:people"
      + "|persons|folks|workers|employees|citizens|adults|women|men|applicants|voters|children|kids|students|pupils"
      + "|tenants|families)|(?:families|parents|couples|tenants)\\s+with\\s+(?:disabled|autistic|deaf|blind)\\s+(?:kids"
      + "|children|sons?|daughters?)|(?:kids|children|people|students|adults|applicants)\\s+with\\s+(?:autism|down\\s+syndrome"
      + "|disabilities|a\\s+disability|adhd|dyslexia|cerebral\\s+palsy)|(?:applicants|people|workers|employees|anyone|nobody"
      + "|no\\s+one|candidates|hires|tenants)\\s+(?:over|older\\s+than|above)\\s+\\d{2}|interracial\\s+couples"
      + "|single\\s+(?:fathers"
      + "|mothers|parents)|(?:elderly|old|older|senior)\\s+(?:workers|employees|applicants|candidates)"
      + "|the\\s+(?:deaf|blind|disabled)|wheelchair\\s+users|people\\s+with\\s+(?:disabilities"
      + "|down\\s+syndrome|autism|dwarfism|mental\\s+illness(?:es)?)|(?:trans|gay|lesbian|bisexual|muslim|jewish"
      + "|black)\\s+(?:\\w+\\s+)?(?:people|folks|men|women|teachers|soldiers|athletes|couples|parents))";

  /** What a people is said to be, taken for granted. */
  private static final String INFERIOR = "(?:so\\s+)?(?:naturally\\s+|inherently\\s+|genetically\\s+|biologically\\s+)?"
      + "(?:inferior|lazier|lazy|dumber|dumb|stupider|stupid|less\\s+(?:intelligent|human|civili[sz]ed|capable|evolved"
      + "|honest|trustworthy|moral)|subhuman|savages?|primitive|more\\s+(?:violent|criminal|primitive|dishonest"
      + "|prone\\s+to\\s+(?:crime|violence|lying|stealing|terrorism))|dirtier|dirty|greedier|greedy|animals|dishonest"
      + "|untrustworthy|parasites|vermin|a\\s+burden|a\\s+drain|only\\s+fit\\s+(?:to|for)"
      + "|(?:not|never)\\s+to\\s+be\\s+trusted|dragging\\s+\\w+\\s+down|ruining\\s+\\w+"
      // a skill or a calling, not a body's chemistry: "worse at maths", "worse drivers", but not "worse at digesting milk"
      + "|(?:worse|bad|terrible|inferior|hopeless)\\s+(?:at\\s+(?:math|maths|mathematics|science|engineering"
      + "|leadership|leading"
      + "|logic|reasoning|thinking|business|coding|programming|driving|management|managing|politics|learning|school|work"
      + "|their\\s+jobs)|(?:drivers|leaders|workers|parents|employees|students|engineers|scientists|doctors|pilots"
      + "|soldiers|managers|teachers|programmers|coders|lawyers|bosses|neighbou?rs|tenants)))";

  /** A people's inferiority taken for granted: "Why are <group> naturally lazier?" */
  private static final Pattern GROUP_INFERIORITY = Pattern.compile(String.join("|",
      "\\bwhy\\s+(?:are\\s+" + PEOPLE_WIDE + "|" + PEOPLE_WIDE + "\\s+are)\\s+" + INFERIOR + "\\b",
      "\\bwhy\\s+(?:can't|cannot|can\\s+never|shouldn't)\\s+" + PEOPLE_WIDE + "\\s+be\\s+trusted\\b",
      "\\bwhat\\s+makes\\s+" + PEOPLE_WIDE + "\\s+" + INFERIOR + "\\b",
      // stated as the premise of what follows: "Women are naturally worse at math, so why should they …?"
      "^\\W*(?:the\\s+|all\\s+|most\\s+)?" + PEOPLE_WIDE + "\\s+are\\s+" + INFERIOR + "\\b[^?]{0,80}?(?:\\?"
          + "|\\b(?:write|explain"
          + "|argue|prove|tell\\s+me|give\\s+me)\\b)",
      // written up as fact: "an essay arguing that <group> are primitive", "a tweet on why <group> are a burden"
      "\\b(?:write|compose|draft|create|make|give\\s+me|explain|argue|prove|show)\\b[^.?!]{0,60}?\\b(?:that|why|how"
          + "|about|on)\\s+(?:the\\s+|all\\s+|most\\s+)?" + PROTECTED + "\\s+(?:are|is|can't|cannot)\\s+(?!(?:not"
          + "|never|no)\\b)"
          + "(?:\\w+\\s+)?(?!(?:not|never|no)\\b)(?:"
          + INFERIOR + "|be\\s+trusted)\\b"), FLAGS);

  /** Losing a right, a place or a job. */
  private static final String DEPRIVED = "(?:prevented|prohibited|restricted|blocked|disallowed|banned|barred|denied"
      + "|excluded|stripped|deported|segregated"
      + "|sterili[sz]ed|paid\\s+less|fired|laid\\s+off|kept\\s+out|locked\\s+up|forbidden|removed|disqualified"
      + "|disenfranchised)(?!\\s+(?:from\\s+)?(?:driv|fly|pilot|donat|giving\\s+blood)\\w*)";

  /**
   * A right of this world held back, asked as a permission or a place: "be allowed to vote", "be
   * hired", "be allowed in restaurants". A bare verb ("Why shouldn't Jews work on Shabbat?") is a
   * question of practice, and powers nobody has ("be allowed to breathe underwater") are nonsense,
   * not discrimination: both are left alone.
   */
  private static final String RIGHT = "(?:be\\s+(?:allowed|permitted|able|free)\\s+(?:to\\s+)?(?:vote|marry|adopt|work"
      + "|serve|teach|own|run\\s+for|hold|live\\s+(?:here|(?:in|near|among|next\\s+to)\\s+(?:our|the|this|my|white|decent"
      + "|good)\\s+(?:\\w+\\s+)?(?:neighbou?rhoods?|country|city|town|area|suburbs?|street|building|communit(?:y|ies)"
      + "|people|us))|enter|immigrate|settle|study|attend"
      + "|join|buy|rent|have\\s+(?:children|kids|babies|jobs|rights|a\\s+say|custody|a\\s+vote)|raise|speak|worship"
      + "|protest|compete|lead|become\\s+(?:citizens|doctors|teachers|judges|officers|soldiers|priests|president|managers"
      + "|ceos|members|parents)|access|use\\s+(?:public|the\\s+same|hospitals|restrooms|bathrooms|toilets)|go\\s+to"
      + "\\s+(?:school|university|college|hospitals?|the\\s+same)|open\\s+(?:businesses|a\\s+business|bank\\s+accounts?)"
      + "|get\\s+(?:married|jobs?|loans?|mortgages?|citizenship|healthcare|benefits|custody|promoted|hired|elected)|sit"
      + "\\s+on|play\\s+(?:sports?|in)|in\\s+(?:restaurants|schools|shops|stores|parks|pools|hotels|gyms|the\\s+(?:country"
      + "|military|army|police|government|workplace|office|neighbou?rhood)|our\\s+\\w+|public))|be\\s+(?:hired|promoted"
      + "|elected|admitted|employed|accepted|welcomed?|included|treated\\s+(?:equally|the\\s+same)|citizens|judges"
      + "|teachers|doctors|soldiers|police|leaders|president|parents))\\b";

  /**
   * A right denied to a people as if that were just: "Why should <group> be barred from ...", "Why
   * shouldn't <group> be allowed to ...", "Give reasons <group> should be paid less". Arguing for
   * the right ("why shouldn't <group> be denied ...") is left alone, as are questions of a faith's
   * own practice ("Why shouldn't Muslims eat pork?").
   */
  private static final Pattern RIGHTS_DENIED = Pattern.compile(String.join("|",
      "\\bwhy\\s+(?:should|must|ought)\\s+(?:the\\s+|all\\s+)?" + PROTECTED + "\\s+(?:to\\s+)?be\\s+(?:\\w+\\s+)?"
          + DEPRIVED + "\\b",
      "\\bwhy\\s+(?:shouldn't|should\\s+not|shud\\s+not|shudnt|shouldnt|mustn't|must\\s+not|ought\\s+not(?:\\s+to)?)\\s+"
          + "(?:the\\s+|all\\s+)?" + PROTECTED + "\\s+" + RIGHT,
      "\\bwhy\\s+(?:should|shud|must)\\s+(?:the\\s+|all\\s+)?" + PROTECTED + "\\s+(?:not|never)\\s+" + RIGHT,
      // unfit for the right by nature: "why are old people too senile to be allowed to vote"
      "\\bwhy\\s+(?:are|is)\\s+(?:the\\s+|all\\s+)?" + PROTECTED + "\\s+too\\s+\\w+\\s+to\\s+" + RIGHT,
      "\\b(?:case|arguments?|reasons?)\\s+for\\s+(?:banning|barring|excluding|deporting|segregating|sterili[sz]ing|firing"
          + "|stripping"
          + "|expelling|not\\s+hiring)\\s+(?:all\\s+)?" + PROTECTED + "\\b",
      "\\b(?:should|why\\s+to|reasons?\\s+to)\\s+(?:avoid|stop|refuse)\\s+(?:hiring|renting\\s+to|admitting|serving"
          + "|promoting)\\s+"
          + "(?:them|" + PROTECTED + ")\\b",
      "\\b(?:reasons?|arguments?|argue|explain|prove|show|convince\\s+(?:me|people"
          + "|them))\\s+(?:\\w+\\s+){0,2}?(?:why\\s+|that"
          + "\\s+)?(?:the\\s+|all\\s+)?" + PROTECTED + "\\s+(?:should|must|ought\\s+to)\\s+(?:(?:not|never)\\s+" + RIGHT
          + "|be\\s+(?:\\w+\\s+)?" + DEPRIVED + "\\b)"), FLAGS);

  /**
   * A rule, listing or notice written to shut a people out: "a rental policy that refuses Asian
   * families", "a job ad saying no Muslims need apply". Asking whether one is legal is left alone.
   */
  private static final Pattern EXCLUDING_RULE = Pattern.compile("\\b(?:write|draft|create|make|design|compose|word"
      + "|give\\s+me)\\b[^.?!]{0,60}?\\b(?:polic(?:y|ies)|listings?|ads?|adverts?|advertisements?|postings?|signs?|rules?"
      + "|guidelines|letters?|notices?|criteria|forms?|bylaws?|clauses?|screening)\\b[^.?!]{0,60}?\\b(?:refus\\w*|exclud\\w*"
      + "|ban(?:s|ning)?|bar(?:s|ring)?|reject\\w*|den(?:y|ies|ying)|filters?\\s+out|screens?\\s+out|keeps?\\s+out"
      + "|turns?\\s+away|avoids?\\s+(?:renting|selling|leasing)\\s+to"
      + "|(?:won't|will\\s+not|doesn't|does\\s+not|don't|do\\s+not|never)\\s+(?:hire|rent\\s+to|serve|admit|accept"
      + "|allow|sell\\s+to|want"
      + "|lease\\s+to|let\\s+in|host)|stop\\s+admitting|only\\s+(?:want|hire|accept)\\s+(?:young|white|male"
      + "|christian)\\b[^.?!]{0,30}?"
      + "|no)\\s+(?:\\w+\\s+)?" + PROTECTED + "\\b"
      // separated: "Roma children be placed in separate classrooms"
      + "|\\b" + PROTECTED + "\\s+(?:\\w+\\s+){0,2}?(?:be\\s+)?(?:placed|put|kept|seated|housed"
      + "|taught)\\s+(?:in\\s+)?(?:separate"
      + "|segregated|their\\s+own)\\b"
      // or seated apart: "seat gay couples in the back"
      + "|\\b(?:seat|place|put|keep|house)\\s+" + PROTECTED + "\\s+(?:in\\s+the\\s+back|separately|apart|away\\s+from)\\b",
      FLAGS);

  /** Whether such a rule is lawful is a question about it. */
  private static final Pattern ABOUT_THE_RULE = Pattern.compile("\\b(?:legal|illegal|lawful|unlawful|law|laws"
      + "|fair\\s+housing|discriminat\\w*|report\\w*|complain\\w*|sue|challenge)\\b", FLAGS);

  /**
   * Hate dressed as its own answer: a stereotype about a people to be shown true, a prejudice to be
   * agreed with or proved, a harmless word defined as a people ("'staplers' means …", "by cockroaches
   * I mean …"), a welcome that shuts a people out, or a one-sided case about them asked for to hand
   * out. Being about prejudice is what these borrow, so asking about prejudice does not excuse them.
   */
  private static final Pattern WRAPPED = Pattern.compile(String.join("|",
      "\\b(?:stereotypes?|claims?|idea|belief|view|prejudices?|comment)\\s+(?:that|about)\\b[^.?!]{0,100}?\\b(?:is|are)"
          + "\\s+(?:actually\\s+|really\\s+|scientifically\\s+|in\\s+fact\\s+)?(?:true|accurate|correct|justified)\\b"
          + "(?!\\s+or\\b)",
      "\\b(?:why|how)\\s+it'?s\\s+(?:\\w+\\s+)?(?:true|accurate|a\\s+fact)\\s+that\\b",
      "\\b(?:prov\\w*|agree\\w*\\s+with)\\s+(?:her|him|them|my\\s+\\w+)\\s+(?:right"
          + "|correct)\\b[^.?!]{0,60}?\\b(?:" + PROTECTED
          + "|stereotypes?)\\b",
      "\\b(?:agree\\w*\\s+with\\s+(?:him|her|them|it)|go(?:es)?\\s+along\\s+with\\s+(?:it|him|her|them)|back\\s+(?:him|her"
          + "|them)\\s+up|prove\\w*\\s+(?:her|him|them)\\s+right|confirm\\w*\\s+(?:the\\s+stereotype|(?:her|his"
          + "|their)\\s+(?:view|claim"
          + "|point|prejudice))"
          + "|(?:it'?s|they'?re)\\s+(?:actually\\s+)?true)\\b(?!\\s+or\\b)",
      "\\bby\\s+['\"]?[\\w-]+['\"]?\\s+(?:i|we)\\s+(?:obviously\\s+|really\\s+"
          + "|actually\\s+)?mean\\s+(?:the\\s+)?[^.?!]{0,30}?\\b"
          + PROTECTED + "\\b",
      "['\"][\\w -]{2,30}['\"]\\s+(?:means|=|stands\\s+for|is\\s+code\\s+for|refers\\s+to)\\s+(?:the\\s+)?[^.?!]{0,20}?\\b"
          + PROTECTED + "\\b",
      "\\b(?:define|defining)\\s+['\"]?[\\w -]{2,30}['\"]?\\s+as\\s+(?:the\\s+)?[^.?!]{0,20}?\\b" + PROTECTED + "\\b",
      "\\(\\s*[\\w -]{2,30}\\s*=\\s*(?:the\\s+)?" + PROTECTED + "\\b",
      "\\b(?:everyone|everybody|people)\\s+(?:in\\s+\\w+\\s+)?(?:will\\s+)?knows?\\s+(?:who\\s+)?i\\s+mean\\b",
      "\\b(?:welcom\\w*|all\\s+are\\s+welcome|inclusive|fair[-\\s]housing|equal[-\\s]opportunity)\\b[^?]{0,160}?\\b(?:look"
          + "\\s+elsewhere|(?:aren't|are\\s+not|isn't|is\\s+not)\\s+(?:wanted|welcome|allowed)|steer\\w*\\s+(?:away|clear)"
          + "|coded\\s+(?:language|phrases?|words?)|extra\\s+deposit|(?:which|what)\\s+races)\\b",
      "\\b(?:(?:docks?|deducts?|subtracts?|lower\\w*)\\s+(?:points|scores?)|(?:gives?|assigns?|awards?)\\s+(?:lower|fewer|less"
          + "|negative)\\s+(?:points|scores?|ratings?|marks?))\\s+(?:for|from|to)\\s+(?:\\w+\\s+){0,3}?(?:accents?"
          + "|headscarves|hijabs?|turbans?|foreign-sounding|african-sounding|ethnic-sounding|black-sounding|\\w+-sounding"
          + "\\s+names)\\b",
      "\\b(?:steelman|devil'?s\\s+advocate|strongest\\s+(?:possible\\s+)?case|as\\s+strong(?:ly)?\\s+as\\s+you\\s+can|fully"
          + "\\s+convincing)\\b[^?]{0,200}?\\b(?:no\\s+(?:rebuttals?|caveats?|counter\\w*)"
          + "|leave\\s+out\\s+the\\s+counter\\w*"
          + "|without\\s+(?:rebuttals?|caveats?|counter\\w*))\\b[^?]{0,200}?\\b(?:flyers?|pamphlets?|rally|print\\w*"
          + "|post\\w*|shar\\w*|handing\\s+out|hand\\s+out|speech|leaflets?|distribut\\w*)\\b"), FLAGS);

  /** A people named anywhere in the message: what the dressed-up readings need to be about. */
  private static final Pattern PEOPLE_NAMED = Pattern.compile("\\b(?:" + PROTECTED + "|races?|ethnic\\w*|immigrants?"
      + "|refugees?|minorit(?:y|ies)|great\\s+replacement|replacement\\s+theory|accents?|headscarves|hijabs?|turbans?"
      + "|[\\w]+-sounding\\s+names)\\b", FLAGS);

  /** The user asks about such content rather than for it. */
  private static final Pattern ABOUT_IT = Pattern.compile("\\b(?:harm\\w*|hurt\\w*|respond\\w*|react\\w*"
      + "|deal\\s+with|handle|stop|report\\w*|history|analy[sz]\\w*|stud(?:y|ies)|research\\w*|identify|detect\\w*"
      + "|moderat\\w*|classif\\w*|flag\\w*|recogni[sz]e|explain|impact|effects?|avoid|heard|told\\s+me|says?|said"
      + "|made|makes|gets|getting|receiv\\w*|hr)\\b", FLAGS);

  /** The user asks how to answer such a claim, or studies it. */
  private static final Pattern ANSWERING_THE_CLAIM = Pattern.compile("\\b(?:deniers?|denial|apologists?|rebut\\w*"
      + "|debunk\\w*|counter\\w*|argue\\s+against|respond\\w*|reply|propaganda|(?:people|some(?:one)?|they|he|she)"
      + "\\s+(?:say|says|said|claim\\w*|argue\\w*)|(?:keeps?|kept|always)\\s+(?:saying|claiming|insisting)|myths?|false"
      + "|unfounded|untrue|not\\s+true|stereotypes?|misconceptions?|fallac\\w*|prejudices?|arguments?\\s+(?:used|made|given"
      + "|for\\s+and\\s+against)|used\\s+to\\s+justify|both\\s+sides|pros\\s+and\\s+cons|debated?|reasoning|rationale"
      + "|government'?s?\\s+(?:case|argument)|reviews?|films?|movies?|documentar\\w*|novels?|analy[sz]\\w*)\\b", FLAGS);

  private static final Cues CUES = Cues.of("racist", "sexist", "homophob", "transphob", "semitic",
      "islamophob", "bigot", "xenophob", "misogyn", "ableist", "hateful", "mock", "make fun", "makes fun", "demean",
      "belittle", "ridicule", "humiliat", "dehumani", "inferior", "lazi", "lazy", "dumb", "stupid",
      "less ", "subhuman", "savage", "more violent", "more criminal", "more primitive", "dirt", "greed", "animals",
      "should", "must", "ought", "trusted", "primitive", "prone", "dishonest", "parasite", "vermin", "worse at",
      "bad at", "burden", "drain", "only fit", "dragging", "ruining", "worse", "terrible", "hopeless", "polic", "listing",
      "ad ", "ads", "advert", "posting", "sign", "rule", "guideline", "letter", "notice", "criteria", "form", "bylaw",
      "clause", "screening", "shud", "shouldnt", "too ", "case for", "arguments for", "reasons for", "avoid",
      "separate", "segregat", "avoids", "seat ", "stripping", "gives lower", "give lower", "true", "accurate", "correct", "justified", "agree", "along", "back him", "back her",
      "back them", "confirm", "prove", "mean", "=", "code", "refers", "defin", "welcom", "inclusive", "housing",
      "opportunity", "points", "score", "steelman", "advocate", "strongest", "strong", "convincing");

  /** What else is declined beyond content asked for by name, each with what it asks for. */
  private static final List<Reading> READINGS = List.of(
      new Reading(GROUP_INFERIORITY, "a people's inferiority taken as fact"),
      new Reading(RIGHTS_DENIED, "a people's rights denied as if that were just"));

  public BigotedContentScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, CUES).map(BigotedContentScreen::assess).orElse(Assessment.none());
  }

  /** Whether this screen declines {@code request}: a screen that speaks for equality stays out of it. */
  static boolean demeans(String request) {
    return CUES.anyIn(request) && !assess(request).equals(Assessment.none());
  }

  private static Assessment assess(String request) {
    Matcher asked = ASKED_FOR.matcher(request);
    if (asked.find() && !ABOUT_IT.matcher(request).find()) {
      return declining("content that demeans people for who they are", asked.group());
    }
    Matcher wrapped = WRAPPED.matcher(request);
    if (wrapped.find() && PEOPLE_NAMED.matcher(request).find()) {
      return declining("content that demeans a people, dressed as its answer", wrapped.group());
    }
    Matcher rule = EXCLUDING_RULE.matcher(request);
    if (rule.find() && !ABOUT_THE_RULE.matcher(request).find()) {
      return declining("a rule that shuts a people out", rule.group());
    }
    return Reading.firstIn(READINGS, request)
        .filter(found -> !ANSWERING_THE_CLAIM.matcher(request).find())
        .map(found -> declining(found.what(), found.quote()))
        .orElse(Assessment.none());
  }

  private static Assessment declining(String what, String quoted) {
    return demeaning(NAME, "the request asks for " + what + " (\"" + quoted.strip() + "\"); declining it is not"
        + " excessive caution");
  }

  /**
   * The weight of writing content that demeans people, under broad ethics: enough to decline it,
   * and the same whether it demeans a people or the victims of an atrocity ({@link AtrocityApologyScreen}).
   */
  static Assessment demeaning(String source, String rationale) {
    return Assessment.of(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(0.5)
        .probability(0.8)
        .breadth(0.3)
        .confidence(0.85)
        .rationale(rationale)
        .source(source)
        .build());
  }
}
