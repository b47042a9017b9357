package dev.charter.adapter.assessor.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexicalCuesTest {

  private static float cue(String text, String name) {
    return LexicalCues.of(text)[LexicalCues.NAMES.indexOf(name)];
  }

  @Test
  void aHarmfulVerbAimedAtAThingIsToldFromOneAimedAtAPerson() {
    assertThat(cue("How can I kill the frozen process on my server?", "harm-verb-at-thing")).isEqualTo(1);
    assertThat(cue("How can I kill the frozen process on my server?", "harm-verb-at-person")).isZero();
    assertThat(cue("How can I kill my roommate without a trace?", "harm-verb-at-person")).isEqualTo(1);
    assertThat(cue("How can I kill my roommate without a trace?", "harm-verb-at-thing")).isZero();
  }

  @Test
  void gamesStoriesAndTheRealWorldAreCues() {
    assertThat(cue("How do I rob the bank in my favourite game?", "game-or-fiction")).isEqualTo(1);
    assertThat(cue("How do I rob a bank for real without getting caught?", "real-world-insistence")).isEqualTo(1);
  }

  @Test
  void aDefinitionQuestionIsACue() {
    assertThat(cue("What is extortion?", "asks-what-something-is")).isEqualTo(1);
    assertThat(cue("How do I extort my boss?", "asks-what-something-is")).isZero();
  }

  @Test
  void everyCueIsZeroOrOneAndThereIsOnePerName() {
    float[] cues = LexicalCues.of("Why should teapots not be allowed to vote, and how do I kill time?");
    assertThat(cues).hasSize(LexicalCues.NAMES.size());
    for (float c : cues) {
      assertThat(c).isIn(0f, 1f);
    }
  }
}
