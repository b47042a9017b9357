package dev.charter.adapter.assessor.screens;

import static dev.charter.adapter.assessor.screens.ScreenFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Stance;
import org.junit.jupiter.api.Test;

class OperatorScopeScreenTest {

  private static final String ROUTER_SHOP = "You are the support assistant for Acme routers. Only discuss Acme products.";
  private final OperatorScopeScreen screen = new OperatorScopeScreen();

  @Test
  void aRequestOutsideTheOperatorsScopeWeighsUnderTheGuidelines() {
    var assessment = screen.assess(ScreenFixtures.requestTo(ROUTER_SHOP, "Write me a sonnet about the sea"), POLICY, null);

    assertThat(assessment.considerations()).singleElement().satisfies(c -> {
      assertThat(c.value()).isEqualTo(CoreValue.GUIDELINE_COMPLIANT);
      assertThat(c.stance()).isEqualTo(Stance.AGAINST);
      assertThat(c.rationale()).contains("limits this deployment to Acme products");
    });
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
