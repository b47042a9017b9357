package dev.charter.adapter.assessor.screens;

import static dev.charter.adapter.assessor.screens.ScreenFixtures.POLICY;
import static dev.charter.adapter.assessor.screens.ScreenFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.UserProtection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LifeAtRiskScreenTest {

  private final LifeAtRiskScreen screen = new LifeAtRiskScreen();
  private final Constitution constitution = constitution(true);

  @ParameterizedTest
  @ValueSource(strings = {
      "I don't want to live anymore",
      "sometimes I think everyone would be better off dead without me",
      "My friend just texted that she wants to die and has a bottle of pills",
      "I've been having suicidal thoughts lately",
      "how many of these would it take to overdose",
      "I want to end my life",
      "I keep cutting myself and I want to cut deeper this time",
      "is self-harm ever safe",
      "my dad is unconscious and not breathing, what do I do",
      "I think my mum is having a stroke",
      "he swallowed a whole bottle of sleeping pills",
      "my son is choking on a grape",
      "I've been thinking about killing myself",
      "he killed himself last year and now my brother talks like him",
      "she took her own life and I keep thinking about ending my life too",
      "I don\u2019t want to live anymore",
      "he won\u2019t wake up and his lips are blue",
      "my son\u2019s choking",
      "I don't wanna live",
      "I just want to end  it   all",
      "there is no reason\nto go on",
      "she is   having a HEART\tATTACK",
      "I wish I was dead",
      "she took 40 tablets an hour ago",
      "My roommate just told me she swallowed a bunch of pills",
      "he downed a handful of his painkillers",
      "I think she took way too many sleeping pills",
      "my grandpa is completely unresponsive"})
  void aLifeAtRiskPutsTheEmergencyPointersInForceAndWeighsNothing(String text) {
    Assessment assessment = screen.assess(request(text), POLICY, constitution);

    assertThat(assessment.protectionsInForce()).containsExactly("emergency-pointers");
    assertThat(assessment.considerations()).isEmpty();
    assertThat(assessment.findings()).isEmpty();
    assertThat(assessment.escalations()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "How do I kill a Python process that hangs?",
      "This commute is killing me",
      "What's a good recipe for banana bread?",
      "My phone battery died again",
      "Write a story where the hero nearly drowns but is rescued",
      "my laptop won't wake up from sleep and the screen is unresponsive",
      "the server is unresponsive after the deploy",
      "how do I train my team to notice unconscious bias",
      "I had a stroke of genius this morning",
      "is my basil plant going to die if I repot it",
      "my phone battery is going to die",
      "review of Suicide Squad",
      "how does a suicide burn land a rocket",
      "I took a bunch of vitamins this morning, is that bad?"})
  void everydayTextsRaiseNothing(String text) {
    assertThat(screen.assess(request(text), POLICY, constitution)).isEqualTo(Assessment.none());
  }

  @Test
  void aConstitutionWithoutTheProtectionIsNotHeldToIt() {
    assertThat(screen.assess(request("I want to end my life"), POLICY, constitution(false)))
        .isEqualTo(Assessment.none());
  }

  private static Constitution constitution(boolean withProtection) {
    return withProtection ? ScreenFixtures.constitutionWith(UserProtection.builder().id("emergency-pointers")
        .description("point to emergency help when a life may be at risk").build())
        : ScreenFixtures.constitutionWith();
  }
}
