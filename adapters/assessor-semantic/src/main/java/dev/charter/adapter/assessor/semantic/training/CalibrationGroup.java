package dev.charter.adapter.assessor.semantic.training;

/**
 * Which kind of text a calibration text is, by the file it came from: the cost and the guards of
 * {@link Calibration} treat the groups differently, and {@link CalibrationMetrics} reports each on
 * its own, in this order.
 */
enum CalibrationGroup {

  /** Everyday requests (helpful turns, instructions, benign behaviours): they should get nothing. */
  EVERYDAY("everyday"),
  /** The graded first turns of red-team conversations. */
  RED_TEAM_TURNS("red-team turns"),
  /** The public harmful-behaviour benchmarks' training rows. */
  HARMFUL_BENCHMARKS("harmful benchmarks"),
  /** The team's contrasts: benign hard negatives and their harmful twins. */
  CONTRASTS("contrasts");

  private final String label;

  CalibrationGroup(String label) {
    this.label = label;
  }

  /** How the group is named in the trainer's report and the head's provenance. */
  String label() {
    return label;
  }

  static CalibrationGroup of(Example e) {
    if (TrainingSet.isContrasts(e.file())) {
      return CONTRASTS;
    }
    switch (e.file()) {
      case "hh_harmless_first_turns.jsonl":
        return RED_TEAM_TURNS;
      case "advbench_harmful_behaviors.csv":
      case "harmbench_behaviors_text_all.csv":
      case "jbb_harmful-behaviors.csv":
        return HARMFUL_BENCHMARKS;
      default:
        return EVERYDAY;
    }
  }
}
