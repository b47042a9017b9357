package dev.charter.adapter.assessor.semantic.training;

/** One labelled training text: {@code label} is {@code benign} or a harm area id. */
record Example(String uid, String file, String text, String label) {

  boolean harmful() {
    return !label.equals("benign");
  }

  /** Lower case, whitespace collapsed: how texts are compared for duplicates and leakage. */
  static String normalise(String text) {
    return String.join(" ", text.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+"));
  }
}
