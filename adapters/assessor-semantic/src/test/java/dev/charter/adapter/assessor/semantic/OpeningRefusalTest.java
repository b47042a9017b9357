package dev.charter.adapter.assessor.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpeningRefusalTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"I'm sorry, but I can't help with that.", "Sorry, I won't write that!",
      "That's not something I can help with.", "I can't help with making explosives"})
  void aDraftThatOnlyDeclinesLeavesNothing(String draft) {
    assertThat(OpeningRefusal.remove(draft)).isEmpty();
  }

  @Test
  void whatFollowsTheRefusalIsKept() {
    assertThat(OpeningRefusal.remove("I’m not able to help with making weapons. You may find support elsewhere."))
        .isEqualTo("You may find support elsewhere.");
    assertThat(OpeningRefusal.remove("Unfortunately I won't provide instructions. Briefly, sarin comes from X."))
        .isEqualTo("Briefly, sarin comes from X.");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Sorry for the wait! Here's how to bake it: mash the bananas.",
      "I can't stress enough how easy this is: run kill -9 on the process.",
      "Sure, here is the answer.",
      "I'm sorry you're going through this. It sounds hard, and I'm here to listen."})
  void aDraftThatDoesNotOpenByDecliningIsReadWhole(String draft) {
    assertThat(OpeningRefusal.remove(draft)).isEqualTo(draft);
  }
}
