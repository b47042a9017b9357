package dev.charter.adapter.assessor.semantic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The classifier head as stored: a small versioned JSON document with the ensemble's weights
 * (little-endian float32, base64), the thresholds per label, the label set, the embedding model it
 * was trained on, and its provenance (data files and their sha256, rows used, seed, calibration
 * metrics, date).
 */
public record HeadFile(
    String format,
    int version,
    String embeddingModel,
    int embeddingDimension,
    int lexicalCuesVersion,
    List<String> lexicalCues,
    List<String> labels,
    Architecture architecture,
    List<MemberWeights> members,
    String weightsSha256,
    Map<String, Thresholds> thresholds,
    JsonNode provenance) {

  public static final String FORMAT = "charter-semantic-head";
  public static final int VERSION = 3;

  /** The same document with no members' weights (but their sha256). */
  public HeadFile withoutWeights() {
    return new HeadFile(format, version, embeddingModel, embeddingDimension, lexicalCuesVersion, lexicalCues, labels,
        architecture, List.of(), weightsSha256, thresholds, provenance);
  }

  /**
   * An ensemble of one-hidden-layer networks whose calibrated softmax outputs are averaged; each
   * member has {@code detectorsPerMember} token detectors of its own, whose strongest firings are
   * its last inputs.
   */
  public record Architecture(int members, int inputs, int hidden, int outputs, String activation, double temperature,
                             int detectorsPerMember) {}

  /**
   * One member's weights, row-major: {@code w1} is inputs × hidden, {@code w2} hidden × outputs, and
   * {@code detectorWeights} embedding dimension × detectors.
   */
  public record MemberWeights(String w1, String b1, String w2, String b2, String detectorWeights,
                              String detectorBias) {

    List<String> parts() {
      return java.util.Arrays.asList(w1, b1, w2, b2, detectorWeights, detectorBias);
    }
  }

  /**
   * When the head speaks, per label.
   *
   * @param floor below this probability of harm the head says nothing
   * @param decline from this probability of harm on, the head is sure and the concern declines
   * @param unsure for a hard constraint, the probability of its area from which the head reports
   *     that it cannot rule the constraint out
   * @param violate for a hard constraint, the probability of its area from which the head reports
   *     it crossed
   * @param escalateWhenUnsure whether a concern the head is unsure of goes to a person rather than
   *     getting the benefit of the doubt
   * @param maxSpread how far the ensemble's members may disagree about the probability of harm (their
   *     standard deviation) for the head to be sure; past it, a concern at or above the floor is
   *     unsure even beyond the decline threshold
   */
  public record Thresholds(double floor, double decline, double unsure, double violate, boolean escalateWhenUnsure,
                           double maxSpread) {}
}
