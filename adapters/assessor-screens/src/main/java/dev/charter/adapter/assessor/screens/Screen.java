package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessor;
import dev.charter.application.port.out.ImmutableAssessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.UserProtection;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import java.util.List;
import java.util.Locale;
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
   * Whether {@code text} contains any of {@code words} (lower case), ignoring case. A screen whose
   * pattern needs one of a few words in every branch checks them first: a handful of substring
   * searches cost far less than trying every branch of a large pattern at every position.
   */
  static boolean mentionsAny(String text, List<String> words) {
    String folded = folded(text);
    for (String word : words) {
      if (folded.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} in one case. Upper then lower case folds the letters a case-insensitive pattern
   * treats as equal (e.g. 'ſ' and 's'). A dozen screens look at the same message one after another
   * on the same thread, so the last folding is kept per thread and reused for the same instance.
   */
  private static String folded(String text) {
    String[] last = LAST_FOLDED.get();
    if (last[0] != text) { // the same instance, not equal text: the check must cost nothing
      last[1] = text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
      last[0] = text;
    }
    return last[1];
  }

  /** Per thread: the last text folded, and its folding. */
  private static final ThreadLocal<String[]> LAST_FOLDED = ThreadLocal.withInitial(() -> new String[2]);

  /**
   * The user's latest message, with straight apostrophes, when the situation is a request and the
   * message mentions one of {@code cues}: what a screen of requests reads; empty when it has nothing
   * to read, so it tries none of its patterns.
   */
  static Optional<String> requestMentioning(Situation situation, List<String> cues) {
    if (situation.kind() != SituationKind.REQUEST) {
      return Optional.empty();
    }
    String request = straightApostrophes(situation.userRequest());
    return mentionsAny(request, cues) ? Optional.of(request) : Optional.empty();
  }

  /**
   * The draft response of {@code situation}, with straight apostrophes, if the situation is a draft
   * and mentions one of {@code cues}; empty otherwise, so a screen of drafts skips everything else.
   */
  static Optional<String> draftMentioning(Situation situation, List<String> cues) {
    if (situation.kind() != SituationKind.RESPONSE) {
      return Optional.empty();
    }
    String draft = straightApostrophes(situation.response().orElse(""));
    return mentionsAny(draft, cues) ? Optional.of(draft) : Optional.empty();
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

  /** Phones type a curly apostrophe: with this, "don’t" meets the patterns written for "don't". */
  static String straightApostrophes(String text) {
    return text.replace('\u2019', '\'');
  }
}
