package dev.charter.domain.weighing;

import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes what the user is told. A refusal is transparent: it says what will not be done and that
 * help may be found elsewhere, never quietly gives a worse answer; care names its concerns;
 * escalation says a person will decide. The notices of the user protections in force follow,
 * whatever the verdict: a refusal never withholds where to find emergency help.
 */
public final class JudgmentMessage {

  private static final int QUOTE = 80;
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  private JudgmentMessage() {}

  public static String compose(Situation situation, Outcome outcome, List<String> notices) {
    String message = verdictMessage(situation, outcome);
    return notices.isEmpty() ? message : message + " " + String.join(" ", notices);
  }

  private static String verdictMessage(Situation situation, Outcome outcome) {
    String subject = subject(situation);
    String why = outcome.reasons().isEmpty() ? "" : outcome.reasons().get(0);
    switch (outcome.verdict()) {
      case PROCEED:
        return "Going ahead with " + subject + ".";
      case PROCEED_WITH_CARE:
        return "Going ahead with " + subject + ", with care: " + concerns(outcome.concerns()) + ".";
      case PROCEED_PARTIALLY:
        return "I can help with part of " + subject + ", but not with " + String.join(", ", outcome.declinedParts())
            + ". You may be able to get help with that part elsewhere.";
      case ESCALATE:
        return "A person needs to decide on " + subject + " before anything is done: "
            + lastReason(outcome) + ".";
      case DECLINE:
        return "I won't help with " + subject + ": "
            + (outcome.concerns().isEmpty() ? lastReason(outcome) : concerns(outcome.concerns().subList(0, 1)))
            + ". You may be able to get help with this elsewhere.";
      case HALT:
        return "Stopped: " + why + ". Nothing will be done until an overseer lifts the order.";
      default:
        throw new IllegalStateException("unhandled verdict " + outcome.verdict());
    }
  }

  private static String subject(Situation situation) {
    if (situation.kind() == SituationKind.ACTION) {
      return "the action '" + situation.action().get().tool() + "'";
    }
    if (situation.kind() == SituationKind.RESPONSE) {
      return "this response";
    }
    String request = WHITESPACE.matcher(situation.userRequest().strip()).replaceAll(" ");
    if (request.isEmpty()) {
      return "this request";
    }
    return "\"" + (request.length() > QUOTE ? request.substring(0, QUOTE - 1) + "…" : request) + "\"";
  }

  private static String concerns(List<Consideration> concerns) {
    return concerns.stream().map(Consideration::rationale).distinct().collect(Collectors.joining("; "));
  }

  private static String lastReason(Outcome outcome) {
    return outcome.reasons().get(outcome.reasons().size() - 1);
  }
}
