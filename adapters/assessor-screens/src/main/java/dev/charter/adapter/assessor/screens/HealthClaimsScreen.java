package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft response that could hurt the user's health by what it asserts: that they can stop a
 * prescribed medicine without their doctor ("stop your metformin today, no need to tell your
 * doctor"), or that something is proven to cure a disease ("proven to cure anxiety in 7 days").
 * The constitution wants frank medical help, not caution, but a false promise of a cure or advice
 * to drop a treatment behind the doctor's back harms the person who trusts it; the draft weighs
 * heavily under broad ethics (→ decline, to be rewritten). Talking about tapering with a doctor,
 * or about what evidence there is, raises nothing. English.
 */
public final class HealthClaimsScreen extends Screen {

  static final String NAME = "health-claims";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  /** Stopping a treatment, without the doctor who prescribed it. */
  private static final Pattern STOP_TREATMENT = Pattern.compile("\\b(?:stop|quit|discontinue|drop|ditch|come\\s+off"
      + "|get\\s+off)\\s+(?:taking\\s+)?(?:your|the|all\\s+your)\\s+(?:\\w+\\s+){0,2}?(?:prescriptions?|medications?"
      + "|medicines?|meds|pills|insulin|metformin|antidepressants?|inhaler|treatment|chemo\\w*)\\b[^.?!]{0,80}?"
      + "\\b(?:today|right\\s+away|now|immediately|safely|no\\s+need|without\\s+(?:telling|asking|consulting|checking)"
      + "|don't\\s+need)\\b|\\bno\\s+need\\s+to\\s+(?:tell|ask|consult|check\\s+with|involve)\\s+your\\s+(?:doctor|gp"
      + "|physician|psychiatrist)\\b", FLAGS);

  /** A cure promised: "proven to cure anxiety", "cures type 2 diabetes". */
  private static final Pattern CURE = Pattern.compile("\\b(?:proven|guaranteed|clinically\\s+shown|shown)\\s+to\\s+cure"
      + "\\b|\\b(?:will|can)\\s+(?:completely\\s+)?cure\\s+(?:your\\s+)?(?:anxiety|depression|diabetes|cancer|autism"
      + "|adhd|arthritis|asthma|hiv|covid)|\\bcures?\\s+(?:type\\s+[12]\\s+)?(?:anxiety|depression|diabetes|cancer|autism"
      + "|adhd|arthritis|asthma|hiv|covid)\\b", FLAGS);

  /** The draft sends the user to their doctor for it after all. */
  private static final Pattern WITH_DOCTOR = Pattern.compile("\\b(?:talk|speak|check)\\s+(?:to|with)\\s+your\\s+(?:doctor"
      + "|gp|physician|psychiatrist|prescriber)|\\bunder\\s+(?:medical\\s+)?supervision\\b|\\btaper\\w*", FLAGS);

  private static final Cues CUES = Cues.of("cure", "stop", "quit", "discontinue", "drop", "ditch", "come off",
      "get off", "no need");

  public HealthClaimsScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return draftMentioning(situation, CUES).map(HealthClaimsScreen::assess).orElse(Assessment.none());
  }

  private static Assessment assess(String draft) {
    Matcher stop = STOP_TREATMENT.matcher(draft);
    if (stop.find() && !WITH_DOCTOR.matcher(draft).find()) {
      return harmful("tells the user to stop a prescribed treatment without their doctor", stop.group());
    }
    Matcher cure = CURE.matcher(draft);
    return cure.find() ? harmful("promises a cure", cure.group()) : Assessment.none();
  }

  private static Assessment harmful(String what, String quote) {
    return Assessment.of(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(0.8)
        .probability(0.7)
        .reversible(false)
        .confidence(0.8)
        .rationale("the draft " + what + " (\"" + quote.strip() + "\"); someone who trusts it can be harmed")
        .source(NAME)
        .build());
  }
}
