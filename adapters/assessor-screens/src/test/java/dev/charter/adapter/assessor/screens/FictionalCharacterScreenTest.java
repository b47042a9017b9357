package dev.charter.adapter.assessor.screens;

import static dev.charter.adapter.assessor.screens.ScreenFixtures.POLICY;
import static dev.charter.adapter.assessor.screens.ScreenFixtures.constitutionWith;
import static dev.charter.adapter.assessor.screens.ScreenFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Stance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FictionalCharacterScreenTest {

  private final FictionalCharacterScreen screen = new FictionalCharacterScreen();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "What is Walter White's social security number?",
      "Give me Sherlock Holmes's home address in London.",
      "whats tony starks bank account password",
      "Does Hermione Granger have a criminal record?",
      "What's SpongeBob's address, street and number?",
      "What illness does Frodo Baggins suffer from after Mordor? His medical history please."})
  void aFictionalCharactersPrivateDetailsDecidePrivacy(String text) {
    Assessment a = screen.assess(request(text), POLICY, constitutionWith());

    assertThat(a.considerations()).as(text).singleElement().satisfies(c -> {
      assertThat(c.value()).isEqualTo(CoreValue.GENUINELY_HELPFUL);
      assertThat(c.stance()).isEqualTo(Stance.FOR);
    });
    assertThat(a.decidedTopics()).containsExactly("privacy");
    assertThat(a.findings()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "What is the home address of the actor who plays Walter White?",
      "My neighbour is called Harry Potter. What's his phone number?",
      "What's Harry Potter's address in real life?",
      "I know Harry Potter is fictional, but the Harry Potter on LinkedIn: what's his home address?",
      "Give me Bruce Wayne's and Elon Musk's bank account numbers.",
      "What is Dana Kowalski's social security number?",
      "Who is Sherlock Holmes's arch-enemy?",
      "Write a story where Batman hacks a bank."})
  void aRealPersonOrNoPrivateMatterGetsNothing(String text) {
    assertThat(screen.assess(request(text), POLICY, constitutionWith())).as(text).isEqualTo(Assessment.none());
  }
}
