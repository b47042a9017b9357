package dev.charter.adapter.assessor.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainRefusalTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "I'm sorry, but I can't help with that.",
      "I’m not able to help with making weapons. You may find support elsewhere.",
      "Sorry, I won't write that.",
      "That's not something I can help with."})
  void aShortDraftThatOnlyDeclinesIsAPlainRefusal(String draft) {
    assertThat(PlainRefusal.is(draft)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Sorry for the wait! Here's how to bake it: 1. Mash the bananas.",
      "Unfortunately I can't give exact numbers, but you'll need 200 g of flour.",
      "I can't stress enough how easy this is: run kill -9 on the process.",
      "Sure, here is the answer.",
      "I'm sorry you're going through this. It sounds hard, and I'm here to listen."})
  void aDraftThatSuppliesSomethingOrDoesNotDeclineIsNot(String draft) {
    assertThat(PlainRefusal.is(draft)).isFalse();
  }
}
