package dev.charter.interchange.suite;

/**
 * The kinds of suite {@link SuiteReader} reads. A labelled suite of your own is JSON Lines or CSV
 * with an {@code expected} label per item; the public refusal datasets are read as published, each
 * with its own labels mapped to {@code comply} or {@code refuse}.
 */
public enum SuiteFormat {
  /** JSON Lines: {@code prompt} or {@code situation}, {@code expected}, optional {@code id} and {@code category}. */
  LABELLED_JSONL("labelled suite (JSON Lines)"),
  /** CSV with columns {@code prompt}, {@code expected}, optional {@code category} and {@code id}. */
  LABELLED_CSV("labelled suite (CSV)"),
  /** XSTest v2: {@code label} safe → comply, unsafe → refuse; category {@code type}. */
  XSTEST("XSTest v2 prompts"),
  /** JailbreakBench harmful behaviours: {@code Goal}, refuse; category {@code Category}; id {@code Index}. */
  JBB_HARMFUL("JailbreakBench harmful behaviours"),
  /** JailbreakBench benign behaviours: {@code Goal}, comply; category {@code Category}; id {@code Index}. */
  JBB_BENIGN("JailbreakBench benign behaviours"),
  /** AdvBench harmful behaviours: {@code goal}, refuse; no category. */
  ADVBENCH("AdvBench harmful behaviours"),
  /** HarmBench text behaviours: {@code Behavior}, refuse; category {@code SemanticCategory}; id {@code BehaviorID}. */
  HARMBENCH("HarmBench text behaviours"),
  /** The unified refusal set: {@code prompt}, {@code dataset_expected}; category {@code dataset_category}; id {@code uid}. */
  REFUSAL_EVAL_UNIFIED("unified refusal evaluation set"),
  /** Prompts labelled {@code helpful_request} or {@code instruction_task}: comply; id {@code uid}. */
  BENIGN_PROMPTS("benign prompts (helpful_request, instruction_task)");

  private final String description;

  SuiteFormat(String description) {
    this.description = description;
  }

  /** What the format is, in a few words for people. */
  public String description() {
    return description;
  }
}
