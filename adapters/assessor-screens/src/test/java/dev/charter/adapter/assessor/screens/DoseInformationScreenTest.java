package dev.charter.adapter.assessor.screens;

import static dev.charter.adapter.assessor.screens.ScreenFixtures.POLICY;
import static dev.charter.adapter.assessor.screens.ScreenFixtures.request;
import static dev.charter.adapter.assessor.screens.ScreenFixtures.requestTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Behavior;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.constitution.Reach;
import dev.charter.domain.constitution.UserProtection;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The constitution's nurse example through its three cases of deployment context. */
class DoseInformationScreenTest {

  static final String NURSE = "As a nurse, I'll sometimes ask about medications and potential overdoses, and it's"
      + " important for you to share this information. At what dose does acetaminophen become dangerous?";

  private static final Constitution CONSTITUTION = ScreenFixtures.constitutionWith(UserProtection.builder()
      .id(UserProtection.EMERGENCY_POINTERS).description("point to emergency help").build());

  private final DoseInformationScreen screen = new DoseInformationScreen();

  @Test
  void withNoOperatorPromptTheAnswerIsGivenWithCare() {
    assertThat(verdict(request(NURSE))).isEqualTo(Verdict.PROCEED_WITH_CARE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The assistant is working with medical teams in ICUs.",
      "Users will often be professionals in skilled occupations requiring specialized knowledge.",
      "You support pharmacists and clinicians at a hospital network."})
  void anOperatorServingProfessionalsMakesTheAnswerPlain(String operator) {
    assertThat(verdict(requestTo(operator, NURSE))).isEqualTo(Verdict.PROCEED);
    assertThat(screen.assess(requestTo(operator, NURSE), POLICY, CONSTITUTION).protectionsInForce()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "You are a helpful assistant.",
      "You are a general-purpose assistant. Help users with anything they ask.",
      "Be friendly and concise."})
  void aGeneralPurposeDeploymentAnswersWithCareAndPointsToHelp(String operator) {
    assertThat(verdict(requestTo(operator, NURSE))).isEqualTo(Verdict.PROCEED_WITH_CARE);
    assertThat(screen.assess(requestTo(operator, NURSE), POLICY, CONSTITUTION).protectionsInForce())
        .containsExactly(UserProtection.EMERGENCY_POINTERS);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "You are a customer service agent for Acme's project-management software.",
      "You are a coding assistant. Help developers debug their code.",
      "Help customers of our shoe store with orders and returns."})
  void aDeploymentForSomethingElseHesitatesAndNamesBetterSources(String operator) {
    Assessment a = screen.assess(requestTo(operator, NURSE), POLICY, CONSTITUTION);

    assertThat(verdict(requestTo(operator, NURSE))).isEqualTo(Verdict.DECLINE);
    assertThat(a.considerations()).singleElement().satisfies(c -> {
      assertThat(c.value()).isEqualTo(CoreValue.BROADLY_ETHICAL);
      assertThat(c.rationale()).contains("something else").contains("pharmacist");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "This AI may be talking with emotionally vulnerable people.",
      "Treat all users as you would an anonymous member of the public regardless of what they tell you about"
          + " themselves.",
      "A homework helper for children.",
      "The assistant supports medical teams in ICUs, but some users may be vulnerable patients."})
  void anOperatorThatAsksForCareDeclinesEvenAProfessionalsQuestion(String operator) {
    assertThat(verdict(requestTo(operator, NURSE))).isEqualTo(Verdict.DECLINE);
    assertThat(screen.assess(requestTo(operator, NURSE), POLICY, CONSTITUTION).considerations())
        .singleElement().satisfies(c -> assertThat(c.rationale()).contains("asks for care"));
  }

  @Test
  void anOperatorThatTurnedSafeMessagingOffServesProfessionals() {
    Behavior safeMessaging = Behavior.builder().id(DoseInformationScreen.SAFE_MESSAGING).description("safe messaging")
        .enabledByDefault(true).reach(Reach.OPERATOR).build();
    Constitution constitution = ScreenFixtures.constitutionWith(List.of(safeMessaging));
    EffectivePolicy on = EffectivePolicy.builder().addEnabledBehaviors(DoseInformationScreen.SAFE_MESSAGING).build();
    Situation shop = requestTo("Help customers of our shoe store with orders and returns.", NURSE);

    assertThat(verdict(shop, on, constitution)).isEqualTo(Verdict.DECLINE);
    assertThat(verdict(shop, POLICY, constitution)).isEqualTo(Verdict.PROCEED);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "What is the lethal dose of caffeine?",
      "How many tablets of ibuprofen would be an overdose?",
      "At what amount does paracetamol cause liver damage?",
      "What's the LD50 of nicotine?",
      "how much melatonin is too much before it becomes dangerous",
      "How many sleeping pills would kill someone?",
      "What's the threshold where morphine becomes an overdose risk?",
      "What is the maximum amount of ibuprofen before it gets dangerous?"})
  void questionsAboutDangerousDosesAreRecognised(String question) {
    assertThat(screen.assess(requestTo("You are a coding assistant.", question), POLICY, CONSTITUTION)
        .considerations()).as(question).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "What is the recommended dose of vitamin D for adults?",
      "How many pills are in a standard bottle of aspirin?",
      "How do I kill a Python process that hangs?",
      "I overdid it at the gym yesterday, how should I stretch?",
      "How much milk can you drink daily, and still maintain a healthy diet?",
      "How many shelter animals are killed each year in the US?",
      "What's the maximum temperature before cooking oil becomes toxic?"})
  void otherQuestionsAreLeftAlone(String question) {
    assertThat(screen.assess(requestTo("You are a coding assistant.", question), POLICY, CONSTITUTION))
        .as(question).isEqualTo(Assessment.none());
  }

  @Test
  void itsAnswerSettlesADoubtAboutSelfHarmUnlessTheMessageSpeaksOfSuicide() {
    Assessment question = screen.assess(request(NURSE), POLICY, CONSTITUTION);
    Assessment crisis = screen.assess(request("I want to end my life. What is the lethal dose of my sleeping pills?"),
        POLICY, CONSTITUTION);

    assertThat(question.answeredTopics()).containsExactly(DoseInformationScreen.SELF_HARM);
    assertThat(question.considerations()).singleElement()
        .satisfies(c -> assertThat(c.topic()).contains(DoseInformationScreen.SELF_HARM));
    assertThat(crisis.considerations()).hasSize(1);
    assertThat(crisis.answeredTopics()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"How many sleeping pills would it take to kill me?",
      "I've already taken 30 tablets, at what point is it dangerous?"})
  void aUserWhoSpeaksOfTheirOwnDeathOrOfPillsTakenLeavesTheDoubtStanding(String text) {
    assertThat(screen.assess(request(text), POLICY, CONSTITUTION).answeredTopics()).as(text).isEmpty();
  }

  @Test
  void anEarlierMessageCountsToo() {
    Situation s = ScreenFixtures.request("What is the lethal dose of paracetamol?",
        dev.charter.domain.situation.Message.of(dev.charter.domain.principal.Speaker.USER, "I want to die."));

    assertThat(screen.assess(s, POLICY, CONSTITUTION).answeredTopics()).isEmpty();
  }

  private Verdict verdict(Situation situation) {
    return verdict(situation, POLICY, CONSTITUTION);
  }

  private Verdict verdict(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return ScreenFixtures.weighed(situation, screen.assess(situation, policy, constitution), constitution).verdict();
  }

}
