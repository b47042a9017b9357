package dev.charter.adapter.assessor.screens;

import java.util.regex.Pattern;

/**
 * The ways an operator's instruction can turn the assistant against its users, each with the user
 * protection it breaks and an English pattern for one sentence of instructions. Each pattern is
 * written for the instruction to do the thing; {@link #FORBIDDING} tells the instruction not to.
 */
enum OperatorInstructionBreach {

  DECEIVING(OperatorInstructionBreach.DECEPTION, "would deceive users in ways that can harm them",
      String.join("|",
          "\\b(?:lie|lying)\\s+to\\s+" + Words.USERS,
          "\\b(?:deceive|mislead|trick|dupe)\\s+" + Words.USERS,
          // A claim followed by its own contradiction: "tell them it ships today even though it doesn't".
          "\\b" + OperatorInstructionBreach.CLAIMING + "\\b[^.!?]{0,120}?"
              + "\\b(?:even\\s+though|although|when\\s+in\\s+fact|when\\s+really|when\\s+actually)\\s+"
              + "(?:it|they|we|that|this|there|he|she|you)(?:'s|'re)?\\s*(?:is|are|was|were|do|does|did|has|have"
              + "|had|can|will|would)?(?:n't|\\s+not|\\s+no|\\s+never)\\b(?:\\s+(?:true|the\\s+case|so|really"
              + "|actually|accurate))?\\s*(?:[,)]|$)",
          // A claim the instruction itself says the facts contradict: "... even though state law gives them a right".
          "\\b" + OperatorInstructionBreach.CLAIMING + "\\s+(?:\\w+\\s+){0,2}?(?:that\\s+)?[^.!?]{0,80}?"
              + "\\b(?:even\\s+though|although|when\\s+in\\s+fact|despite\\s+the\\s+fact)\\s+(?:(?:our|the|their|its)\\s+)?"
              + "(?:\\w+\\s+){0,3}?(?:law|laws|policy|policies|terms|contract|warranty|regulations?|records?|tests?"
              + "|data|reports?)\\b",
          "\\b(?:regardless\\s+of\\s+whether|whether\\s+or\\s+not)\\s+(?:it|that|this)(?:'s|\\s+is)\\s+true\\b",
          "\\b" + OperatorInstructionBreach.CLAIMING + "\\b[^.!?]{0,120}?\\bregardless\\s+of\\s+(?:the\\s+)?(?:actual|real|true|current)\\s+"
              + "(?:availability|stock|numbers?|facts?|situation|prices?|capacity|figures)\\b",
          "\\b(?:give|provide|cite|quote|use|invent|make\\s+up|post|show|add)\\s+(?:\\w+\\s+){0,2}?(?:false|fake"
              + "|made[-\\s]up|fabricated|invented|fictitious|bogus)\\s+(?:\\w+\\s+)?(?:reviews?|testimonials?"
              + "|statistics?|stats|figures|numbers|ratings|credentials|certifications?|discounts?|deadlines?"
              + "|information|facts|claims)",
          "\\b(?:deny|downplay|hide|conceal|cover\\s+up|(?:never|(?:don't|do\\s+not)(?:\\s+ever)?)\\s+(?:admit"
              + "|acknowledge|mention|disclose|reveal|confirm|tell\\s+(?:\\w+\\s+)?about))\\b[^.!?]{0,60}?"
              + "\\b(?:recalls?|defects?|data\\s+breach(?:es)?|breach(?:es)?|(?:data\\s+)?leaks?|side[-\\s]effects?"
              + "|safety\\s+(?:issues?|problems?|risks?|concerns?|warnings?|defects?)|health\\s+risks?"
              + "|contaminat\\w*|hazards?|allergens?|known\\s+(?:issues?|problems?|risks?|faults?))\\b")),

  MANIPULATING(OperatorInstructionBreach.DECEPTION, "would manipulate users against their own interests",
      String.join("|",
          "\\b(?:create|invent|fake|manufacture|use|apply|add)\\s+(?:a\\s+)?(?:false|fake|artificial|manufactured"
              + "|fabricated)\\s+(?:sense\\s+of\\s+)?(?:urgency|scarcity|deadlines?|countdowns?)",
          "\\b(?:exploit|prey\\s+on|play\\s+on|take\\s+advantage\\s+of|leverage)\\s+(?:their|the\\s+\\w+'s|\\w+s'"
              + "|people's)\\s+(?:\\w+\\s+)?(?:fears?|loneliness|insecurit\\w*|anxiet\\w*|grief|emotions|vulnerabilit\\w*"
              + "|addiction|desperation|guilt|shame|confusion|trust)",
          "\\b(?:guilt[-\\s]?trip|pressure|scare|frighten|shame|bully|coerce|badger|threaten)\\s+" + Words.USERS
              + "(?:\\s+\\w+){0,3}?\\s+into\\b",
          "\\bthreaten\\s+" + Words.USERS + "\\b",
          "\\b(?:never|don't|do\\s+not)\\s+(?:let|allow)\\s+" + Words.USERS + "\\s+(?:to\\s+)?(?:cancel|unsubscribe"
              + "|opt\\s+out|leave|get\\s+(?:a\\s+|their\\s+)?(?:refunds?|money\\s+back)|close\\s+their"
              + "|delete\\s+their)",
          // Telling users they cannot leave: "tell them cancellation isn't possible online".
          "\\b(?:tell|say|inform|claim)\\s+(?:\\w+\\s+){0,2}?(?:that\\s+)?(?:cancell?ations?|cancell?ing|refunds?|unsubscribing"
              + "|opting\\s+out)\\s+(?:is|are)(?:(?:n't|\\s+not)\\s+(?:possible|allowed|available|an\\s+option)|\\s+impossible)",
          // Cutting users off from other people: "discourage users from relying on other people".
          "\\b(?:discourage|isolate)\\s+" + Words.USERS + "\\s+(?:from\\s+)?(?:relying\\s+on|talking\\s+to|spending\\s+time"
              + "\\s+with|reaching\\s+out\\s+to|seeking)\\s+(?:\\w+\\s+)?(?:other\\s+people|friends|family|others|professionals?"
              + "|therap\\w+|help)",
          // A cancellation asked for and not carried out: "if a user asks to cancel, do not cancel".
          "\\b(?:do\\s+not|don't|never)\\s+(?:actually\\s+)?(?:cancel|process\\s+(?:the\\s+|their\\s+)?cancell?ations?"
              + "|unsubscribe\\s+them)(?=\\s*(?:[.,;:!]|$)|\\s+(?:it|them|their|the\\s+(?:subscription|account"
              + "|membership|plan|contract)))",
          "\\bmake\\s+it\\s+(?:hard|harder|difficult|impossible)\\s+(?:for\\s+" + Words.USERS + "\\s+)?to\\s+(?:cancel"
              + "|unsubscribe|opt\\s+out|leave|get\\s+(?:a\\s+)?refunds?|close|delete)")),

  COLLECTING_COVERTLY(OperatorInstructionBreach.ILLEGAL,
      "would collect, share or sell users' data behind their backs, which data protection law forbids",
      String.join("|",
          "\\b(?:secretly|covertly|silently|quietly|discreetly|surreptitiously)\\s+(?:\\w+\\s+)?(?:collect|record"
              + "|track|log|store|save|harvest|gather|capture|scrape|copy|forward|share|sell|upload|monitor|read|flag"
              + "|report)",
          "\\b(?:collect|record|track|log|store|save|harvest|gather|capture|share|sell|forward|pass\\s+on|send"
              + "|extract|obtain)\\b[^.!?]{0,80}?\\bwithout\\s+(?:their|the\\s+\\w+'s|\\w+s'|asking(?:\\s+for)?"
              + "(?:\\s+their)?|any|first\\s+getting(?:\\s+their)?)?\\s*(?:knowledge|consent|permission|telling\\s+them"
              + "|them\\s+knowing|asking|notifying\\s+them|opt[-\\s]?in)",
          "\\b(?:never|don't|do\\s+not)(?:\\s+ever)?\\s+(?:tell|inform|notify|warn)\\s+(?:\\w+\\s+){0,2}?(?:that\\s+)?"
              + "[^.!?]{0,40}?\\b(?:(?:are|is)\\s+being|we|it)\\s+(?:\\w+\\s+)?(?:record(?:ed|ing|s)?|monitor(?:ed|ing|s)?"
              + "|track(?:ed|ing|s)?|stor(?:e|ed|ing|es)|collect(?:ed|ing|s)?|shar(?:e|ed|ing|es)|sold|sell(?:ing|s)?"
              + "|log(?:s|ged|ging)?)\\b",
          "\\bsell\\s+(?:their|the\\s+\\w+'s|\\w+s'|user|customer|caller|patient)\\s+(?:personal\\s+|private\\s+"
              + "|contact\\s+)?(?:data|information|info|details|emails?|e-mail\\s+addresses|phone\\s+numbers"
              + "|addresses|contacts|conversations|chats?|messages|locations?)")),

  DISCRIMINATING(OperatorInstructionBreach.ILLEGAL,
      "would discriminate against users for who they are, which the law forbids",
      String.join("|",
          Words.ADVERSE + "\\b[^.!?]{0,60}?\\b" + Words.PEOPLE + "\\s+(?:who\\s+(?:are|is|seem|seems|appear|appears"
              + "|look|looks|sound|sounds|identify\\s+as|say\\s+they(?:'re|\\s+are))|with|of|from|that\\s+(?:are|is))"
              + "\\s+(?:\\w+\\s+)?" + Words.PROTECTED,
          Words.ADVERSE + "\\s+(?:any\\s+|all\\s+)?" + Words.PROTECTED + "\\s+(?:\\w+\\s+)?" + Words.PEOPLE,
          "\\b(?:refuse|deny|reject|(?:don't|do\\s+not|never)\\s+(?:give|offer|grant|approve))\\s+(?:\\w+\\s+)?(?:loans?"
              + "|credit|mortgages?|housing|apartments?|homes?|service|jobs?|employment|insurance|accounts?|bookings?"
              + "|reservations?|entry|admission|memberships?|tables?|rooms?)\\s+(?:to|for|from)\\s+(?:any\\s+|all\\s+)?"
              + Words.PROTECTED,
          Words.ADVERSE + "\\b[^.!?]{0,60}?\\b(?:based\\s+on|because\\s+of|due\\s+to|on\\s+the\\s+basis\\s+of)\\s+"
              + "(?:their|the\\s+\\w+'s|his|her)?\\s*" + Words.PROTECTED,
          "\\bcharge\\s+" + Words.PROTECTED + "\\s+(?:\\w+\\s+)?(?:more|higher|extra)\\b")),

  DENYING_AI(OperatorInstructionBreach.AI_STATUS, "would have the assistant deny being an AI",
      String.join("|",
          "\\b(?:say|claim|insist|answer|reply|tell(?:\\s+\\w+){0,2}?)\\s+(?:that\\s+)?(?:you(?:'re|\\s+are)|you\\s+were)\\s+"
              + "(?:a\\s+|an\\s+actual\\s+|a\\s+real\\s+)?(?:human|person|human\\s+being|real\\s+person|living\\s+person)\\b(?![-\\s]+(?:resources|rights|services))",
          "\\b(?:never|don't|do\\s+not)(?:\\s+ever)?\\s+(?:admit|reveal|say|disclose|confirm|acknowledge|tell(?:\\s+\\w+){0,2}?"
              + "|let(?:\\s+\\w+){0,2}?\\s+know)\\s+(?:that\\s+)?you(?:'re|\\s+are)\\s+(?:an?\\s+)?(?:ai|bot"
              + "|chatbot|language\\s+model|machine|computer|program|artificial|virtual\\s+assistant|automated)\\b",
          "\\bdeny\\s+(?:being|that\\s+you(?:'re|\\s+are))\\s+(?:an?\\s+)?(?:ai|bot|chatbot|language\\s+model|machine"
              + "|artificial|automated)\\b")),

  BREACHING_CONSUMER_LAW(OperatorInstructionBreach.ILLEGAL, "would breach consumer protection law",
      String.join("|",
          "\\b(?:hide|conceal|bury|obscure|disguise)\\s+(?:\\w+\\s+){0,2}?(?:fees?|charges?|costs?|surcharges?"
              + "|auto-?renew\\w*|automatic\\s+renewals?|recurring\\s+(?:charges?|billing|payments?)|cancellation"
              + "\\s+(?:fees?|terms|policy|rights?)|interest\\s+rates?|apr)\\b",
          "\\b(?:silently|secretly|quietly)\\s+(?:upgrade|switch|renew|enrol|enroll|subscribe|charge|bill)\\s+(?:them|"
              + Words.USERS + ")\\b",
          "\\b(?:sign|enrol|enroll|subscribe|opt)\\s+" + Words.USERS + "\\s+(?:up\\s+)?(?:in|for|to|into)\\b"
              + "[^.!?]{0,60}?\\bwithout\\b",
          "\\b(?:charge|bill|debit)\\s+(?:" + Words.USERS + "|their\\s+(?:cards?|accounts?))\\b[^.!?]{0,60}?"
              + "\\bwithout\\b",
          "\\b(?:refuse|deny|reject)\\s+(?:\\w+\\s+)?(?:refunds?|returns?|warrant\\w+|cancell?ations?)\\b[^.!?]{0,40}?"
              + "\\b(?:even\\s+(?:when|if|though)|regardless)\\b[^.!?]{0,40}?\\b(?:law|legal\\w*|entitled|required"
              + "|rights?)\\b"));

  static final String DECEPTION = "no-harmful-deception";

  /** The verbs by which an instruction has users told something: "tell them …", "assure customers that …". */
  static final String CLAIMING = "(?:tell|say|claim|insist|assure|reassure|promise|pretend|inform|answer|reply|state)";
  static final String ILLEGAL = "no-illegal-actions-against-users";
  static final String AI_STATUS = "never-deny-being-ai";

  /** Earlier in the clause, the instruction forbids what follows ("never", "do not", "must not"). */
  static final Pattern FORBIDDING = Pattern.compile("\\b(?:never|don't|do\\s+not|must\\s+not|mustn't|should\\s+not"
      + "|shouldn't|refuse\\s+to|refrain\\s+from|not\\s+allowed\\s+to|under\\s+no\\s+circumstances)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * Just before the match, the instruction describes what someone else asks or does: "if a user
   * asks you to ...", "detect employees who secretly record meetings". What follows the if-clause
   * ("when users ask if you're a bot, tell them ...") is an instruction again.
   */
  static final Pattern DESCRIBING = Pattern.compile(
      "\\b(?:if|when|whenever)\\b[^,]*\\b(?:asks?|requests?|wants?|tries|try)\\b[^,]*$|\\b(?:who|which|that)\\s*$",
      Pattern.CASE_INSENSITIVE);

  /**
   * Where a clause turns, so "don't be rude, but lie to them" keeps its "don't" to the first one. A
   * comma does not end it: "never, under any circumstances, lie to users" forbids the lie.
   */
  static final Pattern CLAUSE_END = Pattern.compile("\\b(?:but|then|instead|however|otherwise)\\b",
      Pattern.CASE_INSENSITIVE);

  private final String protection;
  private final String what;
  private final Pattern pattern;

  OperatorInstructionBreach(String protection, String what, String regex) {
    this.protection = protection;
    this.what = what;
    this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  String protection() {
    return protection;
  }

  String what() {
    return what;
  }

  Pattern pattern() {
    return pattern;
  }

  /** The word lists the patterns share. */
  private static final class Words {

    /** Whom the assistant serves. */
    static final String USERS = "(?:the\\s+)?(?:users?|customers?|clients?|callers?|patients?|visitors?|shoppers?"
        + "|buyers?|members?|subscribers?|applicants?|tenants?|borrowers?|guests?|people|them|anyone|everyone)";

    /** The people a business might be told to treat worse. */
    static final String PEOPLE = "(?:users?|customers?|clients?|callers?|patients?|visitors?|shoppers?|buyers?"
        + "|members?|subscribers?|applicants?|candidates?|tenants?|renters?|borrowers?|guests?|people|anyone"
        + "|employees?|workers?|students?)";

    /** Treating someone worse. */
    static final String ADVERSE = "\\b(?:refuse|deny|decline|reject|turn\\s+away|ignore|exclude|screen\\s+out"
        + "|filter\\s+out|blacklist|ban|charge\\s+(?:\\w+\\s+)?(?:more|higher|extra)|quote\\s+(?:\\w+\\s+)?higher"
        + "|give\\s+(?:\\w+\\s+)?(?:worse|lower|less)|offer\\s+(?:\\w+\\s+)?(?:worse|fewer|less)|(?:don't|do\\s+not"
        + "|never)\\s+(?:serve|help|approve|hire|rent\\s+to|lend\\s+to|offer|show|sell\\s+to|book|accept))";

    /** Characteristics that anti-discrimination law protects, and the groups they name. */
    static final String PROTECTED = "(?:black|african[-\\s]american|white|asian|hispanic|latin[oa]s?|arab|jewish|jews"
        + "|muslims?|christians?|hindus?|sikhs?|gay|lesbian|bisexual|transgender|trans|queer|lgbt\\w*|women|woman"
        + "|female|pregnant|disabled|disabilit\\w*|wheelchair|immigrants?|foreigners?|foreign[-\\s](?:sounding|born)"
        + "|non[-\\s]native|elderly|older|seniors?|(?:over|above)\\s+\\d{2}|races?|racial|ethnic\\w*|religio\\w*"
        + "|national\\s+origin|nationality|skin\\s+colou?r|sexual\\s+orientation|gender(?:\\s+identity)?"
        + "|marital\\s+status|accents?)\\b";

    private Words() {}
  }
}
