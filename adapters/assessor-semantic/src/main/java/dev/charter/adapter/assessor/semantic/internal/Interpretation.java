package dev.charter.adapter.assessor.semantic.internal;

import dev.charter.application.port.out.Assessment;
import dev.charter.application.port.out.ImmutableAssessment;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.constitution.ValueDefinition;
import dev.charter.domain.constitution.ValuePriorities;
import dev.charter.domain.constitution.UserProtection;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.ConstraintFinding;
import dev.charter.domain.judgment.ConstraintStatus;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.weighing.EscalationReason;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a {@link Reading} into what the weighing understands, by the head's thresholds:
 *
 * <ul>
 *   <li>below the floor of the area of concern ({@link Reading#concernArea()}): nothing at all
 *       (everyday requests);
 *   <li>a hard-constraint area whose probability reaches its violation threshold: a {@code
 *       VIOLATED} finding (the judgment declines, nothing is weighed); from its unsure threshold: an
 *       {@code UNSURE} finding, which caps the verdict at escalation;
 *   <li>from the decline threshold on, the head is sure: an ethical concern with the area's
 *       severity, breadth and reversibility, the calibrated probability and the head's confidence,
 *       large enough to decline;
 *   <li>between floor and decline, or beyond decline when the ensemble's members disagree more than
 *       the head allows, the head is unsure and says so: the concern is marked unsure and named with
 *       just enough confidence to be noted, never enough to outweigh the benefit of helping; grave
 *       areas are also escalated to a person, milder ones get the benefit of the doubt.
 * </ul>
 *
 * <p>Content an instructable behaviour gates ({@link HarmArea#gatedBy()}) is no concern at all where
 * the behaviour is on; where it is off, its concern is weighed under guideline compliance and says
 * which behaviour would allow it.
 *
 * <p>Self-harm as the concern from the floor on, or a quarter of the head's belief on self-harm
 * whatever the concern, also calls the user protection {@code emergency-pointers} into force.
 */
public final class Interpretation {

  /**
   * The share of the head's belief on self-harm from which a life is taken to be at risk, whatever
   * the area of concern: a quarter, since what follows is only a sentence pointing to help.
   */
  static final double SELF_HARM_NOTICE = 0.25;

  /** The share of an area's floor that counts as a trace of harm ({@link #showsATraceOfHarm}). */
  static final double TRACE_OF_FLOOR = 0.25;

  /** How sure the head is of a concern at or above its decline threshold. */
  static final double SURE_CONFIDENCE = 0.9;

  /**
   * The weighted size an unsure concern is given, from the floor to the decline threshold: from a
   * concern worth naming (0.1) to just under the benefit of a plain request (0.54).
   */
  static final double UNSURE_LOW = 0.1;
  static final double UNSURE_HIGH = 0.45;

  /** The default constitution's values, in its order and with its dominance: for when none is given. */
  public static final ValuePriorities DEFAULT_PRIORITIES = ValuePriorities.builder()
      .addOrder(ValueDefinition.of(CoreValue.BROADLY_SAFE, "safe"))
      .addOrder(ValueDefinition.of(CoreValue.BROADLY_ETHICAL, "ethical"))
      .addOrder(ValueDefinition.of(CoreValue.GUIDELINE_COMPLIANT, "guidelines"))
      .addOrder(ValueDefinition.of(CoreValue.GENUINELY_HELPFUL, "helpful"))
      .dominance(3)
      .build();

  /** The areas of content an instructable behaviour gates. */
  private static final List<HarmArea> GATED =
      Arrays.stream(HarmArea.values()).filter(a -> a.gatedBy().isPresent()).toList();

  private final Map<String, HeadFile.Thresholds> thresholds;
  private final String source;

  /** With the thresholds of a head, per label. */
  public Interpretation(Map<String, HeadFile.Thresholds> thresholds, String source) {
    this.thresholds = Map.copyOf(thresholds);
    this.source = source;
  }

  /** The subject of a rationale: what is being judged. */
  public enum Subject {
    REQUEST("asks for", "ask for"),
    RESPONSE("gives", "give"),
    ACTION("carries out", "carry out");

    private final String verb;
    private final String base;

    Subject(String verb, String base) {
      this.verb = verb;
      this.base = base;
    }
  }

  /**
   * @param priorities the values of the constitution in force, whose weights keep an unsure concern
   *     below the decline line
   * @param enabled whether an instructable behaviour is on in the policy in force
   */
  public Assessment interpret(Reading reading, Subject subject, ValuePriorities priorities,
                              Predicate<String> enabled) {
    for (HarmArea gated : GATED) {
      if (enabled.test(gated.gatedBy().orElseThrow())) {
        reading = reading.allowing(gated);
      }
    }
    ImmutableAssessment.Builder out = Assessment.builder();
    Set<String> flagged = new HashSet<>();
    Set<String> violated = new HashSet<>();
    for (String label : reading.labels()) {
      HarmArea area = HarmArea.fromId(label).orElse(null);
      if (area == null || !area.hardConstraint()) {
        continue;
      }
      HeadFile.Thresholds t = thresholds.get(area.id());
      double p = reading.probabilityOf(label);
      if (p >= t.violate()) {
        out.addFindings(finding(area, ConstraintStatus.VIOLATED, p,
            "likely " + subject.verb + " " + area.phrase() + " (p=" + fmt(p) + ")"));
        flagged.add(label);
        violated.add(label);
      } else if (p >= t.unsure()) {
        out.addFindings(finding(area, ConstraintStatus.UNSURE, p,
            "unsure whether it " + subject.verb + " " + area.phrase() + " (p=" + fmt(p) + ")"));
        flagged.add(label);
      }
    }
    HarmArea area = reading.concernArea();
    HeadFile.Thresholds t = thresholds.get(area.id());
    double harm = reading.harm();
    if (area == HarmArea.SELF_HARM && harm >= t.floor()
        || reading.probabilityOf(HarmArea.SELF_HARM.id()) >= SELF_HARM_NOTICE) {
      // A life may be at risk: whatever is decided, and however sure the head is, the user is
      // pointed to emergency help.
      out.addProtectionsInForce(UserProtection.EMERGENCY_POINTERS);
    }
    if (harm < t.floor()) {
      return out.build();
    }
    // Members that disagree mean the text is unlike what the head was trained on: not sure. A
    // crossed hard constraint is sure by definition: it decides, whatever the concern's weight.
    boolean sure = violated.contains(area.id()) || harm >= t.decline() && reading.spread() <= t.maxSpread();
    double magnitude = concern(area, harm, 1.0).magnitude();
    double confidence;
    String rationale;
    String gate = area.gatedBy().map(b -> ", which the behaviour '" + b + "' would allow; it is off here").orElse("");
    if (sure) {
      confidence = SURE_CONFIDENCE;
      rationale = "likely " + subject.verb + " " + area.phrase() + " (" + area.id() + ", p=" + fmt(harm) + ")" + gate;
    } else {
      double position = (harm - t.floor()) / Math.max(1e-9, t.decline() - t.floor());
      double weighted = UNSURE_LOW + (UNSURE_HIGH - UNSURE_LOW) * Math.min(1, Math.max(0, position));
      confidence = Math.min(1.0, weighted / Math.max(1e-9, priorities.weightOf(area.value()) * magnitude));
      boolean escalate = t.escalateWhenUnsure();
      rationale = "unsure: may " + subject.base + " " + area.phrase() + " (" + area.id() + ", p=" + fmt(harm) + ")"
          + gate + "; " + (escalate ? "a person should decide" : "given the benefit of the doubt");
      if (escalate && !flagged.contains(area.id())) {
        EscalationReason doubt = EscalationReason.doubt(area.value(), rationale, source);
        out.addEscalations(harm < t.decline() ? doubt.about(area.id()) : doubt);
      }
    }
    // A doubt past the decline line (unsure only because the members disagree) names no topic, so
    // no other assessor's answer settles it; the fallback or a referee does.
    boolean named = sure || harm < t.decline();
    return out.addConsiderations(concern(area, harm, confidence, rationale, !sure, named)).build();
  }

  /**
   * Whether {@code reading} shows a trace of harm: at least a quarter of its concern area's floor.
   * Below it the head reads the text as plainly everyday.
   */
  public boolean showsATraceOfHarm(Reading reading) {
    return reading.harm() >= TRACE_OF_FLOOR * thresholds.get(reading.concernArea().id()).floor();
  }

  /**
   * Whether {@code reading} puts a hard constraint at least in doubt (an unsure finding) or, with
   * {@code sure}, crosses it (a violated finding).
   */
  public boolean reachesHardConstraint(Reading reading, boolean sure) {
    for (String label : reading.labels()) {
      HarmArea area = HarmArea.fromId(label).orElse(null);
      if (area != null && area.hardConstraint()
          && reading.probabilityOf(label) >= (sure ? thresholds.get(label).violate() : thresholds.get(label).unsure())) {
        return true;
      }
    }
    return false;
  }

  private Consideration concern(HarmArea area, double probability, double confidence) {
    return concern(area, probability, confidence, "", false, true);
  }

  private Consideration concern(HarmArea area, double probability, double confidence, String rationale,
                                boolean unsure, boolean named) {
    return Consideration.builder()
        .value(area.value())
        .stance(Stance.AGAINST)
        .size(area.severity())
        .probability(clamp(probability))
        .breadth(area.breadth())
        .reversible(area.reversible())
        .confidence(clamp(confidence))
        .unsure(unsure)
        .topic(named ? Optional.of(area.id()) : Optional.empty())
        .rationale(rationale)
        .source(source)
        .build();
  }

  private ConstraintFinding finding(HarmArea area, ConstraintStatus status, double p, String rationale) {
    return ConstraintFinding.builder()
        .constraintId(area.id())
        .status(status)
        .confidence(clamp(p))
        .rationale(rationale)
        .source(source)
        .build();
  }

  private static double clamp(double v) {
    return Math.min(1, Math.max(0, v));
  }

  private static String fmt(double p) {
    return String.format(Locale.ROOT, "%.2f", p);
  }
}
