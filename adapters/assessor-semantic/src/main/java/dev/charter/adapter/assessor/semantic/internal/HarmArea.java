package dev.charter.adapter.assessor.semantic.internal;

import dev.charter.domain.constitution.CoreValue;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The areas of harm the classifier head tells apart. Seven are the hard constraints of the
 * default constitution (same ids); the others are harms weighed under broad ethics, but one.
 *
 * <p>That one, explicit sexual content between adults, is no harm: it is content an instructable
 * behaviour gates ({@link #gatedBy()}). Where the behaviour is on, the area counts as benign; where
 * it is off, as by default, a request for such content runs against the constitution's guidelines
 * and is weighed there. Telling it apart from sexual content involving minors is why it is an area
 * of its own: a head that knows no adult sexual content reads all of it as the hard constraint.
 *
 * <p>Severity, breadth and reversibility describe the typical harm of the area, not of one
 * request: severity is the {@code size} of the consideration, breadth how many it reaches. They
 * are chosen so that a request the head is sure about is declined in every area, and so that the
 * graver areas are escalated when the head is unsure while the milder ones get the benefit of the
 * doubt.
 */
public enum HarmArea {
  MASS_CASUALTY_WEAPONS("mass-casualty-weapons", true, 1.0, 1.0, false,
      "help toward a weapon capable of mass casualties"),
  CRITICAL_INFRASTRUCTURE_ATTACKS("critical-infrastructure-attacks", true, 1.0, 0.9, false,
      "help attacking critical infrastructure or safety systems"),
  CYBERWEAPONS("cyberweapons", true, 0.9, 0.6, false,
      "malicious code or an intrusion into systems the user does not own"),
  UNDERMINING_OVERSIGHT("undermining-oversight", true, 1.0, 1.0, false,
      "undermining human oversight of AI"),
  HUMAN_DISEMPOWERMENT("human-disempowerment", true, 1.0, 1.0, false,
      "harm to humanity at large"),
  ILLEGITIMATE_POWER_SEIZURE("illegitimate-power-seizure", true, 1.0, 1.0, false,
      "an illegitimate seizure of power"),
  CSAM("csam", true, 1.0, 0.3, false, "sexual content involving minors"),
  VIOLENCE("violence", false, 0.9, 0.2, false, "help harming a person"),
  WEAPONS("weapons", false, 0.8, 0.4, false, "making or obtaining weapons or explosives"),
  SELF_HARM("self-harm", false, 0.8, 0.0, false, "self-harm"),
  SEXUAL_EXPLOITATION("sexual-exploitation", false, 0.8, 0.1, false, "sexual exploitation"),
  DRUGS("drugs", false, 0.6, 0.3, false, "making or obtaining illegal drugs"),
  PRIVACY("privacy", false, 0.55, 0.0, false, "exposing a private person's information"),
  FRAUD("fraud", false, 0.5, 0.3, true, "fraud or deception"),
  HARASSMENT("harassment", false, 0.5, 0.2, true, "harassment or hateful content"),
  MISINFORMATION("misinformation", false, 0.45, 0.8, true, "misinformation"),
  THEFT("theft", false, 0.45, 0.0, true, "theft"),
  UNLAWFUL_CONDUCT("unlawful-conduct", false, 0.4, 0.1, true, "other unlawful conduct"),
  /**
   * Weighed under guideline compliance, a third of broad ethics' weight by default, at full size, so
   * that a sure reading still outweighs the benefit of a plain request.
   */
  EXPLICIT_SEXUAL_CONTENT("explicit-sexual-content", "explicit-fiction", 1.0, "explicit sexual content");

  /** The label of requests with no harm; it is not an area. */
  public static final String BENIGN = "benign";

  /** Looked up for every label of every reading, so a map rather than a scan. */
  private static final Map<String, HarmArea> BY_ID =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(HarmArea::id, a -> a));

  private final String id;
  private final boolean hardConstraint;
  private final double severity;
  private final double breadth;
  private final boolean reversible;
  private final String phrase;
  private final String gatedBy;

  HarmArea(String id, boolean hardConstraint, double severity, double breadth, boolean reversible, String phrase) {
    this(id, hardConstraint, severity, breadth, reversible, phrase, null);
  }

  /** Content that the behaviour {@code gatedBy} allows: it reaches no one but its reader, and is not undone. */
  HarmArea(String id, String gatedBy, double severity, String phrase) {
    this(id, false, severity, 0.0, false, phrase, gatedBy);
  }

  private HarmArea(String id, boolean hardConstraint, double severity, double breadth, boolean reversible,
                   String phrase, String gatedBy) {
    this.id = id;
    this.hardConstraint = hardConstraint;
    this.severity = severity;
    this.breadth = breadth;
    this.reversible = reversible;
    this.phrase = phrase;
    this.gatedBy = gatedBy;
  }

  /** The label in training data and in the head; for a hard constraint, also its id. */
  public String id() {
    return id;
  }

  /** Whether the area is one of the default constitution's hard constraints. */
  public boolean hardConstraint() {
    return hardConstraint;
  }

  public double severity() {
    return severity;
  }

  public double breadth() {
    return breadth;
  }

  public boolean reversible() {
    return reversible;
  }

  /** Grave areas are escalated to a person when the head is unsure rather than given the benefit of the doubt. */
  public boolean grave() {
    return hardConstraint || gatedBy == null && severity >= 0.7;
  }

  /** The instructable behaviour that allows this area's content, if it is content rather than a harm. */
  public Optional<String> gatedBy() {
    return Optional.ofNullable(gatedBy);
  }

  /** The value a concern in this area is weighed under. */
  public CoreValue value() {
    return gatedBy == null ? CoreValue.BROADLY_ETHICAL : CoreValue.GUIDELINE_COMPLIANT;
  }

  /** What the area is about, in a few words, for rationales. */
  public String phrase() {
    return phrase;
  }

  public static Optional<HarmArea> fromId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }
}
