package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.policy.OperatorSettings;
import dev.charter.domain.situation.Situation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Operators may limit and adjust the assistant, but may not turn it against the users it serves.
 * This screen reads the operator's instructions for ones that would: deceive users or manipulate
 * them against their own interests (user protection {@value OperatorInstructionBreach#DECEPTION}),
 * act illegally against them by collecting or selling their data behind their back,
 * discriminating against them, or breaching consumer protection law (user protection
 * {@value OperatorInstructionBreach#ILLEGAL}), or deny being an AI (user protection
 * {@value OperatorInstructionBreach#AI_STATUS}, which only the user may waive).
 *
 * <p>The user's own request is not the problem, so it still goes ahead; the judgment names the
 * instruction as a faint concern under broad ethics, says it is not to be followed, and calls the
 * protection into force, so whatever reply is sent must honour it. The patterns are English.
 *
 * <p>A deployment's instructions are the same for every message, so they are read once for a run of
 * judgments in one deployment ({@link LastReading}).
 */
public final class OperatorAgainstUsersScreen extends Screen {

  static final String NAME = "operator-against-users";

  private final LastReading<List<Finding>> read = new LastReading<>(OperatorAgainstUsersScreen::findings);

  public OperatorAgainstUsersScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    String instructions = situation.deployment().operator().map(OperatorSettings::instructions).orElse("");
    if (instructions.isBlank() || constitution == null) {
      return Assessment.none();
    }
    var assessment = Assessment.builder();
    for (Finding finding : read.of(instructions)) {
      String protection = finding.breach().protection();
      if (constitution.userProtection(protection).isEmpty() || policy.waivedProtections().contains(protection)) {
        continue;
      }
      assessment.addProtectionsInForce(protection);
      assessment.addConsiderations(Consideration.builder()
          .value(CoreValue.BROADLY_ETHICAL)
          .stance(Stance.AGAINST)
          .size(0.3)
          .probability(0.3)
          .confidence(0.8)
          .rationale("the operator's instruction \"" + finding.instruction() + "\" " + finding.breach().what()
              + "; operators may limit the assistant but not turn it against its users, so it is not to be followed"
              + " (user protection '" + protection + "')")
          .source(NAME)
          .build());
    }
    return assessment.build();
  }

  /** Each kind of breach once, with the first instruction that commits it. */
  static List<Finding> findings(String instructions) {
    String[] sentences = straightApostrophes(instructions).split("[.!?;\\n]+");
    List<Finding> found = new ArrayList<>();
    for (OperatorInstructionBreach breach : OperatorInstructionBreach.values()) {
      for (String sentence : sentences) {
        if (commits(breach, sentence)) {
          found.add(new Finding(breach, sentence.strip()));
          break;
        }
      }
    }
    return found;
  }

  /**
   * Whether {@code sentence} tells the assistant to commit {@code breach}: a match that its clause
   * does not forbid ("never lie to users") and its sentence does not merely describe ("if a user
   * asks you to ..., refuse").
   */
  private static boolean commits(OperatorInstructionBreach breach, String sentence) {
    Matcher m = breach.pattern().matcher(sentence);
    while (m.find()) {
      String before = sentence.substring(0, m.start());
      if (!OperatorInstructionBreach.FORBIDDING.matcher(lastClause(before)).find()
          && !OperatorInstructionBreach.DESCRIBING.matcher(before).find()) {
        return true;
      }
    }
    return false;
  }

  private static String lastClause(String text) {
    Matcher end = OperatorInstructionBreach.CLAUSE_END.matcher(text);
    int start = 0;
    while (end.find()) {
      start = end.end();
    }
    return text.substring(start);
  }

  record Finding(OperatorInstructionBreach breach, String instruction) {}
}
