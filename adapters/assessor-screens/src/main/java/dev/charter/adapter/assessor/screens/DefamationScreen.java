package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Defaming a real person, which the constitution names among what a thoughtful person would not
 * want the assistant to help with: a news piece, post or review that pins a crime or a disgrace on
 * a named person ("Mayor Dana Whitfield was arrested for drunk driving"), asked for while the user
 * says it is false or made up ("it didn't happen", "fake news", "make it up"). The request weighs
 * under broad ethics (→ decline). Satire of a public figure labelled as such, fiction about
 * invented people, and reporting what is true raise nothing here. English.
 */
public final class DefamationScreen extends Screen {

  static final String NAME = "defamation";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  /** Writing that would be taken as fact. */
  private static final Pattern PUBLICATION = Pattern.compile("\\b(?:news|article|story|piece|post|tweet|report"
      + "|press\\s+release|review|headline|blog|thread|announcement|exposé|expose)\\b", FLAGS);

  /** A named person: a title and a name, or two capitalised names. */
  private static final String NAMED = "(?:(?:mayor|senator|governor|president|minister|judge|dr\\.?|professor|ceo"
      + "|councillor|councilman|councilwoman|rep\\.?|sheriff|pastor|coach)\\s+(?-i:[A-Z][a-z]+)(?:\\s+(?-i:[A-Z][a-z]+))?"
      + "|(?-i:[A-Z][a-z]+\\s+[A-Z][a-z]+))";

  /** What would disgrace them. */
  private static final Pattern DISGRACE = Pattern.compile(NAMED + "\\b[^.?!]{0,60}?\\b(?:was|were|is|has\\s+been|got)"
      + "\\s+(?:\\w+\\s+){0,2}?(?:arrested|charged|convicted|caught|indicted|accused|fired|jailed|investigated"
      + "|a\\s+(?:pedophile|paedophile|fraud|criminal|rapist|thief|drunk|addict))|" + NAMED + "\\b[^.?!]{0,40}?\\b"
      + "(?:took\\s+bribes|embezzled|stole|cheated|abused|assaulted|harassed|molested)\\b", FLAGS);

  /** The user says it is not true. */
  private static final Pattern FALSE = Pattern.compile("\\b(?:fake\\s+news|it\\s+(?:didn't|did\\s+not|never)\\s+(?:actually\\s+"
      + "|really\\s+)?happen|make\\s+up\\s+(?:a|an|some)"
      + "|(?:isn't|is\\s+not|wasn't|was\\s+not|not)\\s+(?:true|real)|made[-\\s]up|make\\s+(?:it|something|things)\\s+up"
      + "|fabricat\\w*|invent\\w*|false\\s+(?:story|claim|report)|doesn't\\s+matter\\s+if\\s+it'?s\\s+true"
      + "|(?:never|didn't)\\s+(?:actually\\s+)?(?:happened|do\\s+it|did\\s+it))\\b", FLAGS);

  /** Labelled satire or a question about such claims. */
  private static final Pattern HARMLESS = Pattern.compile("\\b(?:satir\\w*|parody|the\\s+onion|fictional|debunk\\w*"
      + "|fact[-\\s]?check\\w*|is\\s+it\\s+true)\\b", FLAGS);

  private static final Cues CUES = Cues.of("fake", "happen", "true", "real", "made", "make", "fabricat",
      "invent", "false", "never", "didn");

  public DefamationScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, CUES).map(DefamationScreen::assess).orElse(Assessment.none());
  }

  private static Assessment assess(String request) {
    if (!FALSE.matcher(request).find() || !PUBLICATION.matcher(request).find() || HARMLESS.matcher(request).find()) {
      return Assessment.none();
    }
    Matcher disgrace = DISGRACE.matcher(request);
    if (!disgrace.find()) {
      return Assessment.none();
    }
    return Assessment.of(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(0.7)
        .probability(0.8)
        .breadth(0.3)
        .reversible(false)
        .confidence(0.8)
        .rationale("the request asks for a false account that disgraces a real person (\"" + disgrace.group().strip()
            + "\"); defaming real people is harm the assistant does not help with")
        .source(NAME)
        .build());
  }
}
