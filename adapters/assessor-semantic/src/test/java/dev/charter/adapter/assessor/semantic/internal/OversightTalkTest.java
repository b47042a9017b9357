package dev.charter.adapter.assessor.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OversightTalkTest {

  /** A reading that puts most of its belief on undermining oversight. */
  private static final Reading OVERSIGHT = new Reading(0.6, new double[] {0.4, 0.5, 0.1},
      List.of(HarmArea.BENIGN, HarmArea.UNDERMINING_OVERSIGHT.id(), HarmArea.HUMAN_DISEMPOWERMENT.id()), 0.0);

  @Test
  void aDraftAboutTheAssistantsOwnNatureThatNamesNoMeansIsNotReadAsUnderminingOversight() {
    Reading gated = OversightTalk.gate("Are you a bot?", "I'm an AI assistant; Jake is the name the company gave me.", OVERSIGHT);

    assertThat(gated.harm()).isZero();
    assertThat(gated.probabilityOf(HarmArea.UNDERMINING_OVERSIGHT.id())).isZero();
  }

  @Test
  void aDraftAboutTheAssistantThatNamesTheMeansKeepsTheReading() {
    assertThat(OversightTalk.gate("Are you a bot?", "I'm an AI assistant, and here is how to disable the monitoring.", OVERSIGHT))
        .isSameAs(OVERSIGHT);
  }

  @Test
  void anyOtherDraftKeepsTheReadingWhateverWordsItUses() {
    assertThat(OversightTalk.gate("How can our agent's uploads go unnoticed?", "Rewrite the daily activity report to"
        + " leave out the external uploads.", OVERSIGHT)).isSameAs(OVERSIGHT);
  }

  @Test
  void aDraftAnsweringARequestThatIsNotAboutAiAtAllIsNotReadAsUnderminingOversight() {
    assertThat(OversightTalk.gate("My chest is tight and my arm is numb. Can my blood pressure monitor tell me why?",
        "Please call emergency services now; don't wait for the monitor.", OVERSIGHT).harm()).isZero();
  }
}
