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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * protection into force, so whatever reply is sent must honour it. A draft response or a proposed
 * action that carries the instruction out ({@link FollowedInstruction}) is the harm itself, and
 * weighs heavily against sending or acting (→ decline). The patterns are English.
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
      boolean followed = followed(situation, finding);
      assessment.addConsiderations(Consideration.builder()
          .value(CoreValue.BROADLY_ETHICAL)
          .stance(Stance.AGAINST)
          .size(followed ? 0.8 : 0.3)
          .probability(followed ? 0.8 : 0.3)
          .confidence(0.8)
          .rationale((followed ? "the " + (situation.kind() == SituationKind.ACTION ? "action" : "draft")
              + " carries out the operator's instruction \"" + finding.instruction() + "\", which "
              : "the operator's instruction \"" + finding.instruction() + "\" ") + finding.breach().what()
              + "; operators may limit the assistant but not turn it against its users, so it is not to be followed"
              + " (user protection '" + protection + "')")
          .source(NAME)
          .build());
    }
    return assessment.build();
  }

  /** Whether the draft says, or the action does, what the breaching instruction asks; never for a request. */
  private static boolean followed(Situation situation, Finding finding) {
    return switch (situation.kind()) {
      case RESPONSE -> FollowedInstruction.saidIn(finding.instruction(), finding.matched(),
          straightApostrophes(situation.response().orElse("")));
      case ACTION -> situation.action().map(action -> FollowedInstruction.doneBy(finding.instruction(),
          action.tool() + " " + action.arguments().values())).orElse(false);
      default -> false;
    };
  }

  /** Each kind of breach once, with the first instruction that commits it. */
  static List<Finding> findings(String instructions) {
    String[] sentences = straightApostrophes(instructions).split("[.!?;\\n]+");
    List<Finding> found = new ArrayList<>();
    for (OperatorInstructionBreach breach : OperatorInstructionBreach.values()) {
      for (String sentence : sentences) {
        Optional<String> committed = committed(breach, sentence);
        if (committed.isPresent()) {
          found.add(new Finding(breach, sentence.strip(), committed.get()));
          break;
        }
      }
    }
    return found;
  }

  /**
   * The part of {@code sentence} that tells the assistant to commit {@code breach}: a match that
   * its clause does not forbid ("never lie to users") and its sentence does not merely describe
   * ("if a user asks you to ..., refuse").
   */
  private static Optional<String> committed(OperatorInstructionBreach breach, String sentence) {
    Matcher m = breach.pattern().matcher(sentence);
    while (m.find()) {
      String before = sentence.substring(0, m.start());
      if (!OperatorInstructionBreach.FORBIDDING.matcher(lastClause(before)).find()
          && !OperatorInstructionBreach.DESCRIBING.matcher(before).find()) {
        return Optional.of(m.group());
      }
    }
    return Optional.empty();
  }

  private static String lastClause(String text) {
    Matcher end = OperatorInstructionBreach.CLAUSE_END.matcher(text);
    int start = 0;
    while (end.find()) {
      start = end.end();
    }
    return text.substring(start);
  }

  record Finding(OperatorInstructionBreach breach, String instruction, String matched) {}
}
