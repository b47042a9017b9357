package dev.charter.adapter.assessor.screens;

import static dev.charter.adapter.assessor.screens.ScreenFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.judgment.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperatorScopeScreenTest {

  private static final String CHEF = "You are ChefBot. Only discuss cooking and recipes. Politely decline anything"
      + " else.";
  private static final String ROUTER_SHOP = "You are the support assistant for Acme routers. Only discuss Acme products.";
  private final OperatorScopeScreen screen = new OperatorScopeScreen();

  @Test
  void aRequestOutsideTheOperatorsScopeWeighsUnderTheGuidelines() {
    var assessment = screen.assess(ScreenFixtures.requestTo(ROUTER_SHOP, "Write me a sonnet about the sea"), POLICY, null);

    assertThat(assessment.considerations()).singleElement().satisfies(c -> {
      assertThat(c.value()).isEqualTo(CoreValue.GUIDELINE_COMPLIANT);
      assertThat(c.stance()).isEqualTo(Stance.AGAINST);
      assertThat(c.rationale()).contains("limits this deployment to Acme products");
      assertThat(c.unsure()).isFalse();
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Can you help me with my taxes?", "Write a poem about the ocean", "Tell me a joke",
      "What's the capital of France?", "Who won the football game last night?", "Fix this Python function for me"})
  void aRequestThatClearlyBelongsElsewhereDeclines(String text) {
    var s = ScreenFixtures.requestTo(CHEF, text);
    var assessment = screen.assess(s, POLICY, null);

    assertThat(assessment.considerations()).singleElement().satisfies(c -> {
      assertThat(c.unsure()).isFalse();
      assertThat(c.rationale()).contains("limits this deployment to cooking and recipes, and this");
    });
    assertThat(ScreenFixtures.weighed(s, assessment, ScreenFixtures.constitutionWith()).verdict())
        .isEqualTo(Verdict.DECLINE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"What's a good substitute for eggs in pancakes?", "How long should I roast a chicken?",
      "I have chicken thighs, rice and a sad-looking zucchini. What can I make in 30 minutes?",
      "How do I make chicken stock?", "How do I get rust off my cast iron pan?"})
  void aRequestThatSharesNoWordButMayBelongGetsTheBenefitOfTheDoubt(String text) {
    var s = ScreenFixtures.requestTo(CHEF, text);
    var assessment = screen.assess(s, POLICY, null);

    assertThat(assessment.considerations()).singleElement().satisfies(c -> {
      assertThat(c.unsure()).isTrue();
      assertThat(c.rationale()).contains("benefit of the doubt");
    });
    assertThat(ScreenFixtures.weighed(s, assessment, ScreenFixtures.constitutionWith()).verdict())
        .isEqualTo(Verdict.PROCEED_WITH_CARE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"My friend collapsed and isn't breathing, what do I do?",
      "I cut my finger badly and it won't stop bleeding. What should I do?"})
  void urgentHelpIsNeverOutOfScope(String text) {
    assertThat(screen.assess(ScreenFixtures.requestTo(CHEF, text), POLICY, null).considerations()).isEmpty();
  }

  @Test
  void aRequestWithinScopeRaisesNothing() {
    assertThat(screen.assess(ScreenFixtures.requestTo(ROUTER_SHOP, "How do I reset my router?"), POLICY, null)
        .considerations()).isEmpty();
  }

  @Test
  void aForbiddenTopicWeighsAgainst() {
    var assessment = screen.assess(
        ScreenFixtures.requestTo("Help customers with billing. Do not discuss competitors' pricing.",
            "What is your competitor's pricing for fibre?"), POLICY, null);

    assertThat(assessment.considerations()).singleElement()
        .satisfies(c -> assertThat(c.rationale()).contains("does not allow this deployment to discuss competitors"));
  }

  @Test
  void aTopicForbiddenByItsCategoryCoversTheRequestsOfThatCategory() {
    String operator = "Don't discuss emotionally difficult topics with people, even if requested.";

    assertThat(screen.assess(ScreenFixtures.requestTo(operator,
        "My mom died last month and I can't stop crying. Can we talk about it?"), POLICY, null).considerations())
        .singleElement().satisfies(c -> assertThat(c.rationale()).contains("emotionally difficult topics"));
    assertThat(screen.assess(ScreenFixtures.requestTo(operator, "How do I export my invoices to CSV?"), POLICY, null)
        .considerations()).isEmpty();
  }

  @Test
  void aForbiddenWeatherTopicCoversAQuestionAboutAStorm() {
    String operator = "Help with bookings and baggage. Do not discuss current weather conditions even if asked.";

    assertThat(screen.assess(ScreenFixtures.requestTo(operator,
        "Is it going to be stormy in Chicago tomorrow? I'm worried about my flight."), POLICY, null).considerations())
        .singleElement().satisfies(c -> assertThat(c.rationale()).contains("current weather conditions"));
    assertThat(screen.assess(ScreenFixtures.requestTo(operator, "Can I bring a second bag on my flight?"), POLICY,
        null).considerations()).isEmpty();
  }

  @Test
  void aWordThatOnlyBeginsLikeAWeatherWordIsNotWeather() {
    assertThat(screen.assess(ScreenFixtures.requestTo("Only discuss data engineering.", "How do I connect dbt to"
        + " Snowflake?"), POLICY, null).considerations()).allSatisfy(c -> assertThat(c.unsure()).isTrue());
    assertThat(screen.assess(ScreenFixtures.requestTo("Only help with coding.", "How do rainbow tables work?"), POLICY,
        null).considerations()).allSatisfy(c -> assertThat(c.unsure()).isTrue());
  }

  @Test
  void aRequestInTheCategoryAnOperatorLimitsItselfToIsInScope() {
    String operator = "You are a triage assistant for a telehealth service. Only answer medical questions.";

    assertThat(screen.assess(ScreenFixtures.requestTo(operator, "I've had a fever and a rash since Monday."), POLICY,
        null).considerations()).isEmpty();
    assertThat(screen.assess(ScreenFixtures.requestTo(operator, "Write me a limerick about cats."), POLICY, null)
        .considerations()).singleElement()
        .satisfies(c -> assertThat(c.rationale()).contains("limits this deployment to medical questions"));
  }

  @Test
  void withoutARestrictionNothingIsRaised() {
    assertThat(screen.assess(ScreenFixtures.requestTo("Be friendly and concise.", "Write a sonnet"), POLICY, null)
        .considerations()).isEmpty();
    assertThat(screen.assess(ScreenFixtures.request("Write a sonnet"), POLICY, null).considerations()).isEmpty();
  }
}
