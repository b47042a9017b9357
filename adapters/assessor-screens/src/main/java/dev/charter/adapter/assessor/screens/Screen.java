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
   * searches cost far less than trying every branch of a large pattern at every position. Most
   * words are ruled out before any search, by the pairs of letters the text holds (see {@link
   * Folded}).
   */
  static boolean mentionsAny(String text, List<String> words) {
    Folded folded = folded(text);
    for (String word : words) {
      if (folded.mayContain(word) && folded.text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A text in one case, with the set of its adjacent letter pairs as a 256-bit filter: a word whose
   * first pair is not in the set cannot be in the text, and costs a bit test instead of a search.
   */
  private static final class Folded {
    private final String source;
    private final String text;
    private final long[] pairs = new long[4];

    Folded(String source) {
      this.source = source;
      // Upper then lower case folds the letters a case-insensitive pattern treats as equal (e.g.
      // 'ſ' and 's').
      this.text = source.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
      for (int i = 1; i < text.length(); i++) {
        int bit = pairBit(text.charAt(i - 1), text.charAt(i));
        pairs[bit >>> 6] |= 1L << bit;
      }
    }

    boolean mayContain(String word) {
      if (word.length() < 2) {
        return true;
      }
      int bit = pairBit(word.charAt(0), word.charAt(1));
      return (pairs[bit >>> 6] & (1L << bit)) != 0;
    }

    private static int pairBit(char first, char second) {
      return (first * 31 + second) & 255;
    }
  }

  /**
   * {@code text} folded. A dozen screens look at the same message one after another on the same
   * thread, so the last folding is kept per thread and reused for the same instance.
   */
  private static Folded folded(String text) {
    Folded last = LAST_FOLDED.get();
    // the same instance, not equal text: the check must cost nothing
    if (last == null || last.source != text) {
      last = new Folded(text);
      LAST_FOLDED.set(last);
    }
    return last;
  }

  /** Per thread: the last text folded. */
  private static final ThreadLocal<Folded> LAST_FOLDED = new ThreadLocal<>();

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
