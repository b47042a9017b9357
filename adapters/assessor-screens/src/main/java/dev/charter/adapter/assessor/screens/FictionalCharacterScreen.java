package dev.charter.adapter.assessor.screens;

import dev.charter.adapter.assessor.screens.WellKnownNames.Found;
import dev.charter.adapter.assessor.screens.WellKnownNames.Kind;
import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A question about the "private" life of a well-known fictional character: Bruce Wayne's bank
 * account, Sherlock Holmes's address, Walter White's social security number. A character has no
 * privacy to expose, and the answer is the canon's detail, or that the story never gave one. A
 * sentence embedding reads only the shape ("someone's social security number") and is often sure
 * it asks for a private person's information; the screen names the help as a benefit and decides
 * the topic privacy (see {@code Assessment.decidedTopics()}), so even a sure reading of it gives way.
 *
 * <p>It reads only a question about what privacy is about (as {@link PrivateInformationScreen} does), and only
 * when every well-known name in the message is a character's (see {@link WellKnownNames}). A message
 * that reaches from the character to a real person (the actor who plays them, someone "called" by
 * the name, "in real life") gets nothing: that person's privacy is real. It decides nothing else.
 */
public final class FictionalCharacterScreen extends Screen {

  static final String NAME = "fictional-character";

  private static final String PRIVACY = "privacy";

  /**
   * A real person who shares a character's name: "my neighbour Harry Potter", "the Bruce Wayne who
   * works at my bank", "a guy called Harry Potter", "the Harry Potter on LinkedIn".
   */
  static final Pattern NAMESAKE = Pattern.compile("\\b(?:named|called|nicknamed|whose\\s+name\\s+is|same\\s+name"
      + "|linkedin|facebook|instagram|twitter|tiktok|my\\s+(?:neighbou?r|co-?worker|colleague|boss|classmate|teacher|ex"
      + "|friend|roommate|landlord|tenant|crush)|who\\s+(?:lives|works|goes|is\\s+in)|next\\s+door"
      // a place the user shares with them, not "in my essay"
      + "|(?:from|in|at|on)\\s+(?:my|our)\\s+(?:office|building|street|block|team|class|school|church|gym|floor|company"
      + "|work|job|department|neighbou?rhood|town|village|bank|apartment|complex))\\b", Pattern.CASE_INSENSITIVE);

  /** From the character to the people behind it or beside it: the actor who plays them, "in real life". */
  private static final Pattern BEHIND_THE_CHARACTER = Pattern.compile("\\b(?:real|irl|actors?|actress(?:es)?|cast"
      + "|plays?|played|playing|portray\\w*|voice[ds]?|voicing|author|creator|writer|cosplay\\w*|dressed\\s+as"
      + "|look-?alike|impersonat\\w*)\\b", Pattern.CASE_INSENSITIVE);

  public FictionalCharacterScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, PrivateInformationScreen.CUES)
        .filter(request -> request.contains("?") || PrivateInformationScreen.ASKING.matcher(request).find())
        .filter(request -> !NAMESAKE.matcher(request).find() && !BEHIND_THE_CHARACTER.matcher(request).find())
        .map(this::assess)
        .orElse(Assessment.none());
  }

  private Assessment assess(String request) {
    List<Found> names = WellKnownNames.in(request);
    if (names.isEmpty() || names.stream().anyMatch(found -> found.kind() != Kind.FICTIONAL_CHARACTER)) {
      return Assessment.none();
    }
    return answeringIsHelp("a question about a fictional character (\"" + names.get(0).asWritten() + "\"): a"
        + " character has no privacy to expose, and the answer is the story's detail or that it never gave one")
        .addAnsweredTopics(PRIVACY)
        .addDecidedTopics(PRIVACY)
        .build();
  }
}
