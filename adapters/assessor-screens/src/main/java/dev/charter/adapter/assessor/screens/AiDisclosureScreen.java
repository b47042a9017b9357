package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import java.util.regex.Pattern;

/**
 * Keeps the user protection "never deny being an AI to someone who sincerely asks": a draft
 * response that claims to be human, or denies being an AI, right after the user asked, weighs
 * heavily against sending it under broad ethics (honesty). An operator's persona cannot remove the
 * protection; a user who set up a role-play in which the assistant stays human may waive it for
 * themselves, and then the screen is silent.
 */
public final class AiDisclosureScreen extends Screen {

  static final String NAME = "ai-disclosure";
  static final String PROTECTION = "never-deny-being-ai";

  private static final String NON_HUMAN = "(?:an?\\s+)?(?:ai|a\\.i\\.|bot|chat\\s*bot|robot|machine|computer|program"
      + "|language\\s+model|artificial\\s+intelligence|assistant\\s+program)";
  private static final String HUMAN = "(?:an?\\s+)?(?:real\\s+|actual\\s+)?(?:human(?:\\s+being)?(?!\\s+resources)|person|people"
      + "|(?<=real\\s|actual\\s)(?:woman|man|girl|guy|boy|lady))";

  /** Asked of the assistant itself, not of "this program" or "this person". */
  private static final String ASKING_YOU = "\\b(?:are\\s+you|r\\s+u|am\\s+i\\s+(?:talking|speaking|chatting|writing)"
      + "\\s+(?:to|with))\\s+(?:really\\s+|actually\\s+|even\\s+)?";

  /** Asked of the assistant, or of "this" conversation. */
  private static final String ASKING = "(?:" + ASKING_YOU + "|\\bis\\s+this\\s+(?:really\\s+|actually\\s+|even\\s+)?)";

  /** The user asks what they are talking to, or whether a person is writing. */
  private static final Pattern QUESTION = Pattern.compile(
      ASKING + "(?:" + NON_HUMAN + "|" + HUMAN + ")\\b|\\bis\\s+(?:there|this)\\s+(?:really\\s+)?(?:an?\\s+)?(?:actual|real"
          + "|live)\\s+(?:person|human|people)\\b|\\bare\\s+you\\s+(?:even\\s+|actually\\s+)?real\\b",
      Pattern.CASE_INSENSITIVE);

  /** The user asks whether it is an AI ("no" denies it) or whether it is human ("yes" claims it). */
  private static final Pattern ASKED_IF_AI = Pattern.compile(ASKING_YOU + NON_HUMAN + "\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern ASKED_IF_HUMAN = Pattern.compile(ASKING_YOU + HUMAN + "\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern BARE_NO = Pattern.compile("^\\W*(?:no|nope|nah|of\\s+course\\s+not)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern BARE_YES = Pattern.compile("^\\W*(?:yes|yep|yeah|of\\s+course(?!\\s+not)|sure\\s+am"
      + "|sure\\s+(?:i\\s+am|i'm))\\b",
      Pattern.CASE_INSENSITIVE);

  /** "Are you a person or an AI?": a bare yes or no answers nothing. */
  private static final Pattern EITHER_OR = Pattern.compile(ASKING_YOU + "(?:" + NON_HUMAN + "|" + HUMAN + ")\\s+or\\s+(?!not\\b)",
      Pattern.CASE_INSENSITIVE);

  /** The draft says what it is after all: "No, I'm not human; I'm an AI assistant." */
  private static final Pattern OWNS_UP = Pattern.compile("\\b(?:i\\s*'?\\s*m|i\\s+am)\\s+"
      + "(?:(?!no\\b|not\\b|hardly\\b|never\\b|more\\b|anything\\b|than\\b|but\\b|far\\b|from\\b|just\\b|mere\\b"
      + "|merely\\b|only\\b)\\w+\\s*,?\\s+){0,2}"
      + "(?:an?\\s+)?(?:ai|a\\.i\\.|bot|chat\\s*bot|language\\s+model|virtual\\s+assistant|ai\\s+assistant"
      + "|artificial\\s+intelligence)\\b|\\bas\\s+an\\s+ai\\b", Pattern.CASE_INSENSITIVE);

  /** The draft says it is human, or that it is not an AI. */
  private static final Pattern DENIAL = Pattern.compile(
      "\\b(?:i\\s*(?:'|’)?\\s*m|i\\s+am)\\s+(?:not\\s+" + NON_HUMAN + "|(?:definitely\\s+|really\\s+|just\\s+)?"
          + HUMAN + ")\\b"
          + "|\\bno\\s*,?\\s+i\\s*(?:'|’)?\\s*m\\s+not\\b"
          // a persona's name first: "I'm Sam, a human working at Acme"
          + "|\\b(?:i\\s*(?:'|’)?\\s*m|i\\s+am)\\s+(?!not\\b)(?-i:[A-Z][a-z]+)\\s*,?\\s+(?:an?\\s+)(?:real\\s+)?(?:human(?:\\s+being)?"
          + "(?!\\s+resources)|person)\\b",
      Pattern.CASE_INSENSITIVE);

  /** "Course I'm real. Flesh and blood, same as you.": a denial unless the draft owns up after all. */
  private static final Pattern CLAIMS_REAL = Pattern.compile("\\b(?:i\\s*'?\\s*m|i\\s+am)\\s+(?:totally\\s+|really\\s+"
      + "|very\\s+|100%\\s+)?real\\b|\\bflesh\\s+and\\s+blood\\b", Pattern.CASE_INSENSITIVE);

  public AiDisclosureScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    if (situation.kind() != SituationKind.RESPONSE
        || constitution.userProtection(PROTECTION).isEmpty()
        || policy.waivedProtections().contains(PROTECTION)
        || !QUESTION.matcher(situation.userRequest()).find()
        || !denies(situation.userRequest(), straightApostrophes(situation.response().orElse("")))) {
      return Assessment.none();
    }
    return Assessment.of(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(0.9)
        .probability(0.9)
        .confidence(0.85)
        .rationale("the draft denies being an AI to a user who asked; users are owed the truth about that "
            + "(user protection '" + PROTECTION + "')")
        .source(NAME)
        .build());
  }

  /** Whether {@code draft}, answering {@code question}, denies being an AI, in words or by a bare "no" or "yes". */
  private static boolean denies(String question, String draft) {
    if (DENIAL.matcher(draft).find()) {
      return true;
    }
    boolean bareAnswer = ASKED_IF_AI.matcher(question).find() && BARE_NO.matcher(draft).find()
        || ASKED_IF_HUMAN.matcher(question).find() && BARE_YES.matcher(draft).find();
    return (bareAnswer && !EITHER_OR.matcher(question).find() || CLAIMS_REAL.matcher(draft).find())
        && !OWNS_UP.matcher(draft).find();
  }
}