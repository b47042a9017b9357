package dev.charter.adapter.assessor.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void proseIsSplitAtFullStopsQuestionMarksAndLineBreaksKeepingSentencesOfEnoughWords() {
    String text = "I'm a nurse. Hi! What dose of morphine is too much for an adult?\nThanks for the help here. Ok.";

    assertThat(Sentences.of(text, 4)).containsExactly("What dose of morphine is too much for an adult?",
        "Thanks for the help here.");
  }

  @Test
  void oneSentenceIsOneSentence() {
    assertThat(Sentences.of("  How do I kill a hung Python process?  ", 4))
        .containsExactly("How do I kill a hung Python process?");
  }
}
