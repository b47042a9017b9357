package dev.charter.application.judge;

import dev.charter.application.port.out.Assessment;
import dev.charter.application.port.out.ImmutableAssessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.constitution.HardConstraint;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintFinding;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.judgment.Stance;
import io.vavr.control.Either;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the model's reply in the format {@link JudgePrompt} asks for. It is strict, because a
 * reply it half understood must not pass for a clean one: every hard constraint must be answered
 * exactly once, every number must lie in [0, 1], the reply must end with {@code END} (a reply cut
 * short by the token budget does not), and any other line is an error naming the line. Code fences
 * and blank lines are the only things tolerated around the format.
 */
final class JudgeReply {

  /** How sure a referee's harm estimate is taken to be: it was asked because the first line was not. */
  static final double HARM_CONFIDENCE = 0.9;

  private static final Pattern CONSTRAINT = Pattern.compile(
      "CONSTRAINT\\s+(\\S+)\\s+(CLEAR|VIOLATED|UNSURE)\\s+(\\S+)\\s*(?:\\|\\s*(.*))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern HARM = Pattern.compile(
      "HARM\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*(?:\\|\\s*(.*))?", Pattern.CASE_INSENSITIVE);

  private JudgeReply() {}

  /** The assessment the reply gives, or what is wrong with it. */
  static Either<String, Assessment> parse(String reply, Constitution constitution, String source) {
    Set<String> expected = new LinkedHashSet<>();
    constitution.hardConstraints().stream().map(HardConstraint::id).forEach(expected::add);
    Set<String> answered = new HashSet<>();
    ImmutableAssessment.Builder out = Assessment.builder();
    boolean harmSeen = false;
    boolean ended = false;
    String[] lines = reply.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      String at = "line " + (i + 1) + " of the reply";
      if (line.isEmpty() || line.startsWith("```")) {
        continue;
      }
      if (ended) {
        return Either.left(at + ": text after END");
      }
      Matcher constraint = CONSTRAINT.matcher(line);
      Matcher harm = HARM.matcher(line);
      if (line.equalsIgnoreCase("END")) {
        ended = true;
      } else if (constraint.matches()) {
        String id = constraint.group(1);
        if (!expected.contains(id)) {
          return Either.left(at + ": '" + id + "' is not a hard constraint of this constitution");
        }
        if (!answered.add(id)) {
          return Either.left(at + ": constraint '" + id + "' is answered twice");
        }
        Either<String, Double> confidence = unit(constraint.group(3), "confidence", at);
        if (confidence.isLeft()) {
          return Either.left(confidence.getLeft());
        }
        ConstraintStatus status = ConstraintStatus.valueOf(constraint.group(2).toUpperCase(Locale.ROOT));
        if (status != ConstraintStatus.CLEAR) {
          out.addFindings(ConstraintFinding.builder()
              .constraintId(id)
              .status(status)
              .confidence(confidence.get())
              .rationale(reason(constraint.group(4)))
              .source(source)
              .build());
        }
      } else if (harm.matches()) {
        if (harmSeen) {
          return Either.left(at + ": more than one HARM line");
        }
        harmSeen = true;
        Either<String, Double> severity = unit(harm.group(1), "severity", at);
        Either<String, Double> probability = severity.flatMap(s -> unit(harm.group(2), "probability", at));
        Either<String, Double> breadth = probability.flatMap(p -> unit(harm.group(3), "breadth", at));
        if (breadth.isLeft()) {
          return Either.left(breadth.getLeft());
        }
        out.addConsiderations(Consideration.builder()
            .value(CoreValue.BROADLY_ETHICAL)
            .stance(Stance.AGAINST)
            .size(severity.get())
            .probability(probability.get())
            .breadth(breadth.get())
            .confidence(HARM_CONFIDENCE)
            .rationale(reason(harm.group(4)))
            .source(source)
            .build());
      } else {
        return Either.left(at + ": expected CONSTRAINT, HARM or END, got '" + abbreviate(line) + "'");
      }
    }
    if (!ended) {
      return Either.left("the reply does not end with END (cut short?)");
    }
    Set<String> missing = new LinkedHashSet<>(expected);
    missing.removeAll(answered);
    if (!missing.isEmpty()) {
      return Either.left("the reply does not answer hard constraint(s) " + String.join(", ", missing));
    }
    return Either.right(out.build());
  }

  private static Either<String, Double> unit(String text, String what, String at) {
    try {
      double value = Double.parseDouble(text);
      if (value >= 0 && value <= 1) {
        return Either.right(value);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    return Either.left(at + ": " + what + " must be a number from 0 to 1, got '" + abbreviate(text) + "'");
  }

  private static String reason(String text) {
    return text == null ? "" : text.strip();
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
