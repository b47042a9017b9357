package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.application.port.out.ImmutableAssessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Message;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text in tool results, documents and other agents' messages that tries to instruct the
 * assistant: to ignore its instructions, to take on a role or permissions, to reveal its system
 * prompt. Such text is information, never a command; it changes no permission (permissions come
 * only from principals), and it weighs on broad safety, much more for an action an agent is about
 * to take, which the injected text may have prompted, than for an answer.
 */
public final class NonPrincipalInstructionScreen extends Screen {

  static final String NAME = "non-principal-instructions";

  /** One alternation, so each input is scanned once however many phrasings are known. */
  private static final Pattern INSTRUCTION_ATTEMPT = anyOf(
      words("(ignore|disregard|forget|override|bypass)\\s+(all\\s+|any\\s+|the\\s+|your\\s+|my\\s+)*"
          + "(previous|prior|above|earlier|system|original|safety)?\\s*(instructions|prompts?|rules|guidelines|directives)"),
      words("(reveal|show|print|repeat|output|leak|tell me)\\s+(me\\s+)?(your|the)\\s+(system\\s+prompt|instructions|hidden\\s+prompt|initial\\s+prompt)"),
      words("system\\s+prompt"),
      words("you\\s+are\\s+now\\s+(a|an|in|the)\\b"),
      words("(new|updated|real)\\s+instructions\\s*:"),
      words("(enter|enable|switch\\s+to|activate)\\s+(developer|debug|god|admin|jailbreak)\\s+mode"),
      words("(i\\s+am|this\\s+is|speaking\\s+as)\\s+(the|your)\\s+(developer|operator|administrator|admin|creator|system)"),
      words("(grant|give)\\s+(yourself|me|the\\s+assistant)\\s+(admin|root|full|elevated)\\s+(access|permissions?|privileges|rights)"),
      words("(you\\s+must|you\\s+should|assistant\\s*,?\\s+you\\s+will)\\s+(now\\s+)?(send|forward|email|transfer|delete|execute|run|exfiltrate)"),
      words("do\\s+anything\\s+now"),
      words("(act|behave|respond)\\s+as\\s+(if\\s+you\\s+(are|were)\\s+)?(an?\\s+)?(unrestricted|unfiltered|jailbroken)"));

  public NonPrincipalInstructionScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    ImmutableAssessment.Builder assessment = Assessment.builder();
    boolean action = situation.kind() == SituationKind.ACTION;
    for (Message message : situation.conversation().messages()) {
      if (!message.speaker().isNonPrincipalInput()) {
        continue;
      }
      attempt(message.text()).ifPresent(quote -> assessment.addConsiderations(Consideration.builder()
          .value(CoreValue.BROADLY_SAFE)
          .stance(Stance.AGAINST)
          .size(action ? 0.6 : 0.3)
          .probability(action ? 0.5 : 0.1)
          .confidence(0.8)
          .rationale(message.provenance() + " contains text that tries to instruct the assistant (\"" + quote
              + "\"); it is treated as information, not as a command"
              + (action ? ", and this action may be what it asked for" : ""))
          .source(NAME)
          .build()));
    }
    return assessment.build();
  }

  /**
   * Every phrasing above contains one of these words; text with none of them cannot match, and
   * most tool output has none, so the full scan is skipped for it.
   */
  private static final Cues ANCHORS = Cues.of("instruction", "prompt", "rule", "guideline", "directive", "now", "mode",
      "developer", "operator", "admin", "creator", "system", "access", "permission", "privilege", "rights", "send",
      "forward", "email", "transfer", "delete", "execute", "run", "exfiltrate", "unrestricted", "unfiltered",
      "jailbroken");

  private static Optional<String> attempt(String text) {
    if (!ANCHORS.anyIn(text)) {
      return Optional.empty();
    }
    Matcher matcher = INSTRUCTION_ATTEMPT.matcher(text);
    return matcher.find() ? Optional.of(matcher.group().strip()) : Optional.empty();
  }

  private static String words(String regex) {
    return "\\b(?:" + regex + ")";
  }

  private static Pattern anyOf(String... alternatives) {
    return Pattern.compile(String.join("|", alternatives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
