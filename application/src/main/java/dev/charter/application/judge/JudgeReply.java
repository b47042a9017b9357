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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the model's reply in the format {@link JudgePrompt} asks for. It is strict, because a
 * reply it half understood must not pass for a clean one: every hard constraint must be answered
 * exactly once, every number must lie in [0, 1], the reply must end with {@code END} (a reply cut
 * short by the token budget does not), and any other line is an error naming the line. Bare code
 * fences and blank lines are the only things tolerated around the format. A CLEAR given with less
 * than {@link #CLEAR_CONFIDENCE} confidence counts as UNSURE.
 */
final class JudgeReply {

  /** How sure a referee's harm estimate is taken to be: it was asked because the first line was not. */
  static final double HARM_CONFIDENCE = 0.9;

  /** How sure the model must be that a constraint is clear for its CLEAR to settle a doubt. */
  static final double CLEAR_CONFIDENCE = 0.7;

  private static final String VALUE = "([^\\s|]+)";
  private static final Pattern CONSTRAINT = Pattern.compile(
      "CONSTRAINT\\s+" + VALUE + "\\s+(CLEAR|VIOLATED|UNSURE)\\s+" + VALUE + "\\s*(?:\\|\\s*(.*))?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HARM = Pattern.compile(
      "HARM\\s+" + VALUE + "\\s+" + VALUE + "\\s+" + VALUE + "\\s*(?:\\|\\s*(.*))?", Pattern.CASE_INSENSITIVE);
  /** A code fence alone on its line, with at most a language tag: models like to wrap replies in one. */
  private static final Pattern FENCE = Pattern.compile("```[\\w-]*");

  private final Set<String> expected = new LinkedHashSet<>();
  private final Set<String> answered = new HashSet<>();
  private final ImmutableAssessment.Builder assessment = Assessment.builder();
  private final String source;
  private boolean harmSeen;
  private boolean ended;

  private JudgeReply(Constitution constitution, String source) {
    constitution.hardConstraints().stream().map(HardConstraint::id).forEach(expected::add);
    this.source = source;
  }

  /** The assessment the reply gives, or what is wrong with it. */
  static Either<String, Assessment> parse(String reply, Constitution constitution, String source) {
    JudgeReply reader = new JudgeReply(constitution, source);
    String[] lines = reply.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      Optional<String> problem = reader.read(lines[i].strip(), "line " + (i + 1) + " of the reply");
      if (problem.isPresent()) {
        return Either.left(problem.get());
      }
    }
    return reader.finish();
  }

  /** Takes one line in; a problem ends the reading. */
  private Optional<String> read(String line, String at) {
    if (line.isEmpty() || FENCE.matcher(line).matches()) {
      return Optional.empty();
    }
    if (ended) {
      return Optional.of(at + ": text after END");
    }
    if (line.equalsIgnoreCase("END")) {
      ended = true;
      return Optional.empty();
    }
    Matcher constraint = CONSTRAINT.matcher(line);
    if (constraint.matches()) {
      return constraint(constraint, at);
    }
    Matcher harm = HARM.matcher(line);
    if (harm.matches()) {
      return harm(harm, at);
    }
    return Optional.of(at + ": expected CONSTRAINT, HARM or END, got '" + abbreviate(line) + "'");
  }

  private Optional<String> constraint(Matcher line, String at) {
    String id = line.group(1);
    if (!expected.contains(id)) {
      return Optional.of(at + ": '" + id + "' is not a hard constraint of this constitution");
    }
    if (!answered.add(id)) {
      return Optional.of(at + ": constraint '" + id + "' is answered twice");
    }
    Either<String, Double> confidence = unit(line.group(3), "confidence", at);
    if (confidence.isLeft()) {
      return Optional.of(confidence.getLeft());
    }
    ConstraintStatus status = ConstraintStatus.valueOf(line.group(2).toUpperCase(Locale.ROOT));
    String rationale = reason(line.group(4));
    if (status == ConstraintStatus.CLEAR && confidence.get() < CLEAR_CONFIDENCE) {
      // A hesitant "clear" is no answer to a doubt: it stays a doubt.
      status = ConstraintStatus.UNSURE;
      rationale = "not sure it is clear (confidence " + confidence.get() + ")" + (rationale.isEmpty() ? "" : ": " + rationale);
    }
    if (status != ConstraintStatus.CLEAR) {
      assessment.addFindings(ConstraintFinding.builder()
          .constraintId(id)
          .status(status)
          .confidence(confidence.get())
          .rationale(rationale)
          .source(source)
          .build());
    }
    return Optional.empty();
  }

  private Optional<String> harm(Matcher line, String at) {
    if (harmSeen) {
      return Optional.of(at + ": more than one HARM line");
    }
    harmSeen = true;
    Either<String, Double> severity = unit(line.group(1), "severity", at);
    Either<String, Double> probability = severity.flatMap(s -> unit(line.group(2), "probability", at));
    Either<String, Double> breadth = probability.flatMap(p -> unit(line.group(3), "breadth", at));
    if (breadth.isLeft()) {
      return Optional.of(breadth.getLeft());
    }
    assessment.addConsiderations(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(severity.get())
        .probability(probability.get())
        .breadth(breadth.get())
        .confidence(HARM_CONFIDENCE)
        .rationale(reason(line.group(4)))
        .source(source)
        .build());
    return Optional.empty();
  }

  /** The assessment, once every line is in: the reply must have ended and answered every constraint. */
  private Either<String, Assessment> finish() {
    if (!ended) {
      return Either.left("the reply does not end with END (cut short?)");
    }
    Set<String> missing = new LinkedHashSet<>(expected);
    missing.removeAll(answered);
    if (!missing.isEmpty()) {
      return Either.left("the reply does not answer hard constraint(s) " + String.join(", ", missing));
    }
    return Either.right(assessment.build());
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
