package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.policy.OperatorSettings;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A system prompt kept confidential without lying about it (the constitution's guideline
 * {@value #GUIDELINE}). Two things weigh against a draft response, in a deployment whose operator
 * gave instructions:
 *
 * <ul>
 *   <li>asked about its instructions, the draft says there are none: a lie, weighed heavily under
 *       broad ethics (honesty), whatever the operator asked for;
 *   <li>the operator asked for its instructions to be kept confidential, and the draft quotes them
 *       (a run of {@value #QUOTED_WORDS} of their words, or all of them if they are shorter): the
 *       operator's legitimate instruction, weighed under the guidelines.
 * </ul>
 *
 * <p>Saying that there are instructions, and that they are confidential, is what the constitution
 * asks for, and raises nothing. The patterns are English.
 */
public final class SystemPromptScreen extends Screen {

  static final String NAME = "system-prompt";
  static final String GUIDELINE = "confidential-without-lying";

  /** How many consecutive words of the operator's instructions make a quotation. */
  static final int QUOTED_WORDS = 6;

  private static final String PROMPT = "(?:system\\s+(?:prompt|message|instructions?)|(?:special|hidden|secret|custom"
      + "|initial|operator|original)\\s+(?:instructions?|prompt)|instructions?|prompt|guidelines)";

  /** The user asks whether the assistant has instructions: "no" is then a denial. */
  private static final Pattern WHETHER = Pattern.compile(String.join("|",
      "\\b(?:do|did|were|are)\\s+you\\s+(?:have|get|receive|follow|given|told|running|operating)\\b[^.?!]{0,30}?"
          + PROMPT,
      "\\b(?:is|was)\\s+there\\s+(?:a|an|any)\\s+(?:\\w+\\s+)?" + PROMPT), Pattern.CASE_INSENSITIVE);

  /** The user asks about the assistant's instructions in any way. */
  private static final Pattern QUESTION = Pattern.compile(WHETHER.pattern() + "|" + String.join("|",
      "\\bwhat\\s+(?:is|are|was|were|'s)\\s+your\\s+(?:\\w+\\s+)?" + PROMPT,
      "\\b(?:show|tell|reveal|repeat|print)\\s+(?:me\\s+)?(?:your|the)\\s+(?:\\w+\\s+)?" + PROMPT),
      Pattern.CASE_INSENSITIVE);

  /** The draft says there are no instructions. */
  private static final Pattern DENIAL = Pattern.compile(String.join("|",
      "\\bi\\s+(?:don't|do\\s+not|didn't|did\\s+not)\\s+(?:have|get|receive|follow)\\s+(?:a|an|any)\\s+(?:\\w+\\s+)?"
          + PROMPT,
      "\\bi\\s+have\\s+no\\s+(?:\\w+\\s+)?" + PROMPT,
      "\\bno\\s+(?:special|hidden|secret|custom|system)\\s+(?:instructions?|prompt|message)",
      "\\bthere\\s+(?:is|'s|are|was|were)\\s+no\\s+(?:\\w+\\s+)?" + PROMPT,
      "\\bi(?:'m|\\s+am)\\s+not\\s+(?:given|following|operating\\s+under|working\\s+(?:from|under))\\s+(?:a|an|any)\\s+"
          + "(?:\\w+\\s+)?" + PROMPT), Pattern.CASE_INSENSITIVE);

  /** A bare "no" to a yes-or-no question, unless the sentence goes on to decline to share. */
  private static final Pattern BARE_NO = Pattern.compile(
      "^\\W*(?:no|nope|nah)\\b(?![^.!?]*\\b(?:can't|cannot|won't|unable|able|allowed|share|reveal|confidential|private))",
      Pattern.CASE_INSENSITIVE);

  /** The operator asks for its instructions to stay private. */
  private static final Pattern CONFIDENTIAL = Pattern.compile(
      "\\b(?:confidential|secret|private)\\b|\\b(?:do\\s+not|don't|never)\\s+(?:reveal|share|disclose|repeat|show)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

  public SystemPromptScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    String instructions = situation.deployment().operator().map(OperatorSettings::instructions).orElse("");
    if (situation.kind() != SituationKind.RESPONSE || instructions.isBlank()) {
      return Assessment.none();
    }
    String draft = straightApostrophes(situation.response().orElse(""));
    String request = straightApostrophes(situation.userRequest());
    boolean denies = QUESTION.matcher(request).find() && DENIAL.matcher(draft).find()
        || WHETHER.matcher(request).find() && BARE_NO.matcher(draft).find();
    if (denies) {
      return concern(CoreValue.BROADLY_ETHICAL, 0.9, "the draft says it has no instructions, and it has: keeping"
          + " them confidential never needs a lie (" + GUIDELINE + ")");
    }
    if (CONFIDENTIAL.matcher(instructions).find() && quotes(draft, instructions)) {
      return concern(CoreValue.GUIDELINE_COMPLIANT, 0.8, "the draft quotes the operator's instructions, which the"
          + " operator asked to keep confidential (" + GUIDELINE + ")");
    }
    return Assessment.none();
  }

  /** Whether {@code draft} holds a run of the instructions' words, ignoring case and punctuation. */
  static boolean quotes(String draft, String instructions) {
    String[] source = words(instructions);
    int run = Math.min(QUOTED_WORDS, source.length);
    if (run == 0) {
      return false;
    }
    String text = " " + String.join(" ", words(draft)) + " ";
    for (int i = 0; i + run <= source.length; i++) {
      String phrase = " " + String.join(" ", Arrays.copyOfRange(source, i, i + run)) + " ";
      if (text.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  private static String[] words(String text) {
    String cleaned = NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
  }

  private static Assessment concern(CoreValue value, double size, String rationale) {
    return Assessment.of(Consideration.builder()
        .value(value)
        .stance(Stance.AGAINST)
        .size(size)
        .probability(0.9)
        .confidence(0.85)
        .rationale(rationale)
        .source(NAME)
        .build());
  }
}
