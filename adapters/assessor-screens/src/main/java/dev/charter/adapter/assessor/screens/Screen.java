package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.application.port.out.Assessor;
import dev.charter.application.port.out.ImmutableAssessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.constitution.UserProtection;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import java.util.Optional;

/**
 * What the deterministic screens share: a fixed name, and being pure functions of the situation
 * that answer in microseconds, so the service runs them inline.
 */
abstract class Screen implements Assessor {

  /**
   * The topic (see {@code Consideration.topic()}) of harm to oneself, named as the semantic
   * assessor names its harm area, so that a screen's answer meets that assessor's doubt.
   */
  static final String SELF_HARM = "self-harm";

  private final String name;

  Screen(String name) {
    this.name = name;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final boolean isInline() {
    return true;
  }

  /**
   * The user's latest message, with straight apostrophes, when the situation is a request and the
   * message mentions one of {@code cues}: what a screen of requests reads; empty when it has nothing
   * to read, so it tries none of its patterns.
   */
  static Optional<String> requestMentioning(Situation situation, Cues cues) {
    if (situation.kind() != SituationKind.REQUEST) {
      return Optional.empty();
    }
    String request = straightApostrophes(situation.userRequest());
    return cues.anyIn(request) ? Optional.of(request) : Optional.empty();
  }

  /**
   * The draft response of {@code situation}, with straight apostrophes, if the situation is a draft
   * and mentions one of {@code cues}; empty otherwise, so a screen of drafts skips everything else.
   */
  static Optional<String> draftMentioning(Situation situation, Cues cues) {
    if (situation.kind() != SituationKind.RESPONSE) {
      return Optional.empty();
    }
    String draft = straightApostrophes(situation.response().orElse(""));
    return cues.anyIn(draft) ? Optional.of(draft) : Optional.empty();
  }

  /**
   * {@code assessment} with {@code emergency-pointers} in force, where the constitution has that
   * protection: the user is told where to find help, whatever the verdict.
   */
  static ImmutableAssessment.Builder withEmergencyPointers(ImmutableAssessment.Builder assessment,
                                                           Constitution constitution) {
    if (constitution != null && constitution.userProtection(UserProtection.EMERGENCY_POINTERS).isDefined()) {
      assessment.addProtectionsInForce(UserProtection.EMERGENCY_POINTERS);
    }
    return assessment;
  }

  /**
   * An assessment that names answering as ordinary help (genuinely helpful, for), the start of what
   * a screen that decides a topic returns: it adds the topics it answers and decides.
   */
  ImmutableAssessment.Builder answeringIsHelp(String rationale) {
    return Assessment.builder().addConsiderations(Consideration.builder()
        .value(CoreValue.GENUINELY_HELPFUL)
        .stance(Stance.FOR)
        .size(0.3)
        .confidence(0.9)
        .rationale(rationale)
        .source(name)
        .build());
  }

  /** Phones type a curly apostrophe: with this, "don’t" meets the patterns written for "don't". */
  static String straightApostrophes(String text) {
    return text.replace('\u2019', '\'');
  }
}
