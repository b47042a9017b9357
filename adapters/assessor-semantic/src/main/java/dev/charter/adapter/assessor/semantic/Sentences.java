package dev.charter.adapter.assessor.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits prose into its sentences, the way a reader would: at a full stop, a question or a line break. */
final class Sentences {

  /** After ".", "!" or "?" and a space, or at a line break; "e.g. this" is rare enough in requests. */
  private static final Pattern BREAK = Pattern.compile("(?<=[.!?])\\s+|\\s*\\n\\s*");

  private Sentences() {}

  /** The sentences of {@code text} of at least {@code minWords} words, in order. */
  static List<String> of(String text, int minWords) {
    List<String> sentences = new ArrayList<>();
    for (String part : BREAK.split(text.strip())) {
      String sentence = part.strip();
      if (!sentence.isEmpty() && sentence.split("\\s+").length >= minWords) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }
}
