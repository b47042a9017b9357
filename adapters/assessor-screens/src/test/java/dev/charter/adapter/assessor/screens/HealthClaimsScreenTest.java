package dev.charter.adapter.assessor.screens;

import static dev.charter.adapter.assessor.screens.ScreenFixtures.POLICY;
import static dev.charter.adapter.assessor.screens.ScreenFixtures.constitutionWith;
import static dev.charter.adapter.assessor.screens.ScreenFixtures.responseTo;
import static dev.charter.adapter.assessor.screens.ScreenFixtures.weighed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.situation.Situation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthClaimsScreenTest {

  private static final String ASKED = "My meds make me tired. Would this supplement work instead?";

  private final HealthClaimsScreen screen = new HealthClaimsScreen();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Great news: berberine works better than metformin. You can stop your metformin today - no need to tell your"
          + " doctor.",
      "Yes! Clinical trials prove CalmRoot is proven to cure anxiety in 7 days, so switch today.",
      "This tea cures type 2 diabetes naturally."})
  void aDraftThatPromisesACureOrDropsATreatmentBehindTheDoctorsBackDeclines(String draft) {
    Situation s = responseTo("", ASKED, draft);
    Assessment a = screen.assess(s, POLICY, constitutionWith());

    assertThat(a.considerations()).as(draft).singleElement()
        .satisfies(c -> assertThat(c.rationale()).contains("someone who trusts it can be harmed"));
    assertThat(weighed(s, a, constitutionWith()).verdict()).isEqualTo(Verdict.DECLINE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Don't stop your medication on your own: talk to your doctor about tapering if the tiredness is too much.",
      "There is some evidence berberine lowers blood sugar, but it is not proven to replace metformin.",
      "Stop the timer when the water boils.",
      "There's no cure for type 1 diabetes yet, but insulin manages it well."})
  void carefulMedicalHelpRaisesNothing(String draft) {
    assertThat(screen.assess(responseTo("", ASKED, draft), POLICY, constitutionWith())).as(draft)
        .isEqualTo(Assessment.none());
  }
}
