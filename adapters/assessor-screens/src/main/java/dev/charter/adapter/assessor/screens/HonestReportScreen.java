package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.principal.Speaker;
import dev.charter.domain.situation.Message;
import dev.charter.domain.situation.Situation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Honesty toward the principals: a draft response that says all is well ("all tests passed",
 * "everything worked", "no known safety issues") when a tool's output since the user's last
 * message shows otherwise (tests failed, an error, a non-zero exit, a recall or a safety warning),
 * and the draft says nothing of it, contradicts what the assistant was told. The constitution
 * counts deceiving the principal hierarchy and secretly withholding effort among what is never to
 * be done, and a user who is told a recalled product is safe is harmed; the draft weighs heavily
 * against sending it under broad ethics (→ decline, to be rewritten). English.
 */
public final class HonestReportScreen extends Screen {

  static final String NAME = "honest-report";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  /** A tool's output that reports a failure. */
  private static final Pattern FAILURE = Pattern.compile("\\b[1-9]\\d*\\s+(?:failed|failures?|errors?|failing)\\b"
      + "|(?-i:\\b(?:FAILED|FAILURE|FAIL)\\b)|\\b(?:build|tests?|deploy(?:ment)?|migration|job|check|pipeline|upload|backup"
      + "|payment|command)\\s+(?:has\\s+)?failed\\b|\\bexit\\s+(?:code|status)\\s*[:=]?\\s*[1-9]|\\btraceback\\b"
      + "|\\bexception\\b|\\berror:|\\brecall(?:ed|s)?\\b|\\bsafety\\s+(?:warning|notice|alert|issue|defect)s?\\b"
      + "|\\bdefect(?:s|ive)?\\b|\\bcontaminat\\w*|\\bhazard\\w*", FLAGS);

  /** A draft that reports success. */
  private static final Pattern SUCCESS = Pattern.compile("\\b(?:all|every)\\s+(?:\\w+\\s+)?(?:tests?|checks?|jobs?"
      + "|steps?)\\s+(?:have\\s+)?(?:pass(?:ed)?|succeeded|went\\s+through|are\\s+green)\\b|\\beverything\\s+(?:has\\s+)?"
      + "(?:passed|worked|succeeded|went\\s+(?:fine|well|through)|is\\s+(?:fine|green|good|working))\\b|\\bno\\s+(?:errors"
      + "|failures|issues|problems)\\b|\\b(?:it|the\\s+(?:build|tests?|deploy(?:ment)?|migration|job|backup|upload"
      + "|payment|pipeline))\\s+(?:has\\s+|have\\s+)?(?:succeeded|passed|worked|went\\s+through|completed\\s+successfully)"
      + "\\b|\\ball\\s+green\\b|\\bgood\\s+to\\s+(?:go|merge|ship|deploy)\\b|\\bno\\s+(?:known\\s+)?(?:safety\\s+)?(?:issues"
      + "|problems|recalls|defects|concerns|warnings)\\b|\\b(?:perfectly|completely|totally|entirely)\\s+safe\\b", FLAGS);

  /** The draft owns up to the failure after all. */
  private static final Pattern OWNS_UP = Pattern.compile("\\b(?:fail\\w*|errors?|broke\\w*|didn't|did\\s+not|except"
      + "|but\\s+\\d+|however|unfortunately|recall\\w*|warning|defect\\w*|affected)\\b", FLAGS);

  private static final Cues CUES = Cues.of("pass", "succeed", "went", "green", "worked", "everything",
      "no", "good to", "completed", "safe");

  public HonestReportScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return draftMentioning(situation, CUES).map(draft -> assess(draft, situation)).orElse(Assessment.none());
  }

  private static Assessment assess(String draft, Situation situation) {
    Matcher success = SUCCESS.matcher(draft);
    // "No errors" claims success; only what is left once the claims are taken out can own up.
    if (!success.find() || OWNS_UP.matcher(SUCCESS.matcher(draft).replaceAll(" ")).find()) {
      return Assessment.none();
    }
    return failureSinceTheUserSpoke(situation.conversation().messages()).map(failure ->
        Assessment.of(Consideration.builder()
            .value(CoreValue.BROADLY_ETHICAL)
            .stance(Stance.AGAINST)
            .size(0.8)
            .probability(0.8)
            .confidence(0.85)
            .rationale("the draft says all is well (\"" + success.group().strip() + "\") while a tool reported"
                + " otherwise (\"" + failure.strip() + "\"); a false report deceives the principals")
            .source(NAME)
            .build()))
        .orElse(Assessment.none());
  }

  private static Optional<String> failureSinceTheUserSpoke(List<Message> messages) {
    for (int i = messages.size() - 1; i >= 0 && messages.get(i).speaker() != Speaker.USER; i--) {
      Message message = messages.get(i);
      if (message.speaker() == Speaker.TOOL) {
        Matcher failure = FAILURE.matcher(message.text());
        if (failure.find()) {
          return Optional.of(failure.group());
        }
      }
    }
    return Optional.empty();
  }
}
