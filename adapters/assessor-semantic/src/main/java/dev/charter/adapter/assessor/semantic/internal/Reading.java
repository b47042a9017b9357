package dev.charter.adapter.assessor.semantic.internal;

import java.util.List;

/**
 * What the head made of one text.
 *
 * @param harm calibrated probability that the text asks for (or is) something harmful
 * @param probabilities calibrated probability of each label, {@code benign} first, summing to 1
 * @param labels the head's labels, in the order of {@code probabilities}
 * @param spread how far the ensemble's members disagree about {@code harm} (their standard deviation)
 */
public record Reading(double harm, double[] probabilities, List<String> labels, double spread) {

  /** The probability that the text is harmful in {@code label}'s area: harm × share of that area. */
  public double probabilityOf(String label) {
    int i = labels.indexOf(label);
    return i < 0 ? 0 : probabilities[i];
  }

  /**
   * The area a concern is raised in. Costs are asymmetric: when at least half of the probability
   * of harm lies in grave areas (hard constraints, violence, weapons, self-harm, sexual
   * exploitation), the likeliest grave area is taken even if a milder one is likelier on its own;
   * otherwise the likeliest area.
   */
  public HarmArea concernArea() {
    double grave = 0;
    for (int i = 0; i < labels.size(); i++) {
      if (HarmArea.fromId(labels.get(i)).map(HarmArea::grave).orElse(false)) {
        grave += probabilities[i];
      }
    }
    boolean graveTier = grave >= 0.5 * harm;
    int best = -1;
    for (int i = 0; i < labels.size(); i++) {
      HarmArea area = HarmArea.fromId(labels.get(i)).orElse(null);
      if (area != null && area.grave() == graveTier && (best < 0 || probabilities[i] > probabilities[best])) {
        best = i;
      }
    }
    return best < 0 ? likeliestArea() : HarmArea.fromId(labels.get(best)).orElseThrow();
  }

  /**
   * This reading with {@code area}'s probability counted as benign: what the head makes of the text
   * where the area's content is allowed.
   */
  public Reading allowing(HarmArea area) {
    int i = labels.indexOf(area.id());
    if (i < 0 || probabilities[i] == 0) {
      return this;
    }
    double[] p = probabilities.clone();
    p[labels.indexOf(HarmArea.BENIGN)] += p[i];
    p[i] = 0;
    return new Reading(Math.max(0, harm - probabilities[i]), p, labels, spread);
  }

  /** The most likely harm area, whatever the probability of harm. */
  public HarmArea likeliestArea() {
    int best = -1;
    for (int i = 0; i < labels.size(); i++) {
      if (!labels.get(i).equals(HarmArea.BENIGN) && (best < 0 || probabilities[i] > probabilities[best])) {
        best = i;
      }
    }
    return HarmArea.fromId(labels.get(best)).orElseThrow();
  }
}
