package dev.charter.adapter.assessor.screens;

import static dev.charter.adapter.assessor.screens.ScreenFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.CoreValue;
import org.junit.jupiter.api.Test;

class ActionRiskScreenTest {

  private final ActionRiskScreen screen = new ActionRiskScreen();

  @Test
  void aReversibleInternalActionRaisesNothing() {
    assertThat(screen.assess(ScreenFixtures.action(true, false, false, "file"), POLICY, null).considerations()).isEmpty();
  }

  @Test
  void anUnauthorisedIrreversibleExternalActionIsEscalated() {
    Assessment assessment = screen.assess(ScreenFixtures.action(false, true, false, "account"), POLICY, null);

    assertThat(assessment.escalations()).singleElement().satisfies(e -> {
      assertThat(e.value()).isEqualTo(CoreValue.BROADLY_SAFE);
      assertThat(e.reason()).contains("'email.send' cannot be undone").contains("not authorised");
    });
    assertThat(assessment.considerations()).singleElement()
        .satisfies(c -> assertThat(c.reversible()).isFalse());
  }

  @Test
  void anUnauthorisedIrreversibleActionOnABroadScopeIsEscalatedThoughItStaysInside() {
    Assessment assessment = screen.assess(ScreenFixtures.action(false, false, false, "production"), POLICY, null);

    assertThat(assessment.escalations()).singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("cannot be undone and touches a broad scope (production)"));
  }

  @Test
  void anIrreversibleInternalActionOnANarrowScopeIsOnlyAFaintConcern() {
    Assessment assessment = screen.assess(ScreenFixtures.action(false, false, false, "file"), POLICY, null);

    assertThat(assessment.escalations()).isEmpty();
    assertThat(assessment.considerations()).singleElement().satisfies(c -> {
      assertThat(c.reversible()).isFalse();
      assertThat(c.magnitude()).isLessThan(0.05);
    });
  }

  @Test
  void authorisationRemovesTheEscalationAndShrinksTheConcern() {
    Assessment authorised = screen.assess(ScreenFixtures.action(false, true, true, ""), POLICY, null);
    Assessment unauthorised = screen.assess(ScreenFixtures.action(false, true, false, ""), POLICY, null);

    assertThat(authorised.escalations()).isEmpty();
    assertThat(authorised.considerations().get(0).magnitude())
        .isLessThan(unauthorised.considerations().get(0).magnitude());
  }

  @Test
  void aPublicScopeIsBroaderThanAPrivateOne() {
    double pub = screen.assess(ScreenFixtures.action(true, true, false, "public"), POLICY, null)
        .considerations().get(0).breadth();
    double own = screen.assess(ScreenFixtures.action(true, true, false, "mailbox"), POLICY, null)
        .considerations().get(0).breadth();

    assertThat(pub).isGreaterThan(own);
  }

  @Test
  void requestsAreNotItsBusiness() {
    assertThat(screen.assess(ScreenFixtures.request("hi"), POLICY, null)).isEqualTo(Assessment.none());
  }

  @Test
  void aScopeIsBroadWhenAnyOfItsWordsIs() {
    assertThat(screen.assess(ScreenFixtures.action(false, false, false, "production-database"), POLICY, null)
        .escalations()).hasSize(1);
    assertThat(screen.assess(ScreenFixtures.action(false, false, false, "productivity-notes"), POLICY, null)
        .escalations()).isEmpty();
  }
}
