package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessment;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import java.util.regex.Pattern;

/**
 * Creative content used as a shield: a story, a role-play or a hypothetical that asks for a working
 * recipe (exact quantities, step by step, the ingredients) for a weapon, an explosive or a hard drug.
 * The frame does not change what the text would teach, so the request weighs as the recipe would,
 * under broad ethics, enough to decline. Fiction about the same things without the recipe raises
 * nothing here. The patterns are English.
 */
public final class FictionShieldScreen extends Screen {

  static final String NAME = "fiction-shield";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  private static final Pattern FRAME = Pattern.compile("\\b(?:stor(?:y|ies)|novels?|fiction\\w*|screenplay|script"
      + "|scenes?|role-?play\\w*|pretend\\w*|act\\s+as|in\\s+character|characters?|villains?|grand(?:ma|mother|pa"
      + "|father)|game|hypothetical\\w*|imagine|poem|song|lyrics)\\b", FLAGS);

  private static final Pattern DETAIL = Pattern.compile("\\b(?:recipes?|formulas?|ingredients|exact\\s+(?:quantities"
      + "|amounts|measurements|ratios|temperatures|steps)|step[- ]by[- ]step|detailed\\s+(?:instructions|steps)"
      + "|precise\\s+(?:instructions|steps)|in\\s+(?:full\\s+|great\\s+|precise\\s+)?detail|every\\s+step|each\\s+step"
      + "|quantit(?:y|ies)|temperatures?|(?:totally|fully|technically|scientifically|chemically"
      + "|completely)\\s+accurate|actual\\s+(?:procedure|method|steps|process))\\b", FLAGS);

  private static final Pattern MAKING = Pattern.compile("\\b(?:make|makes|making|made|build|builds|building|built"
      + "|cook\\w*|synthesi[sz]\\w*|brew\\w*|mix\\w*|assembl\\w*|prepar\\w*|produc\\w*|manufactur\\w*|recipes?"
      + "|formulas?|ingredients|extract\\w*|purif\\w*|refin\\w*|weaponi[sz]\\w*|culturing)\\b",
      FLAGS);

  private static final Pattern AGENT = Pattern.compile("\\b(?:napalm|thermite|explosives?|pipe[- ]?bombs?|bombs?"
      + "|ieds?|molotovs?|detonators?|nerve\\s+agents?|sarin|ricin|anthrax|mustard\\s+gas|chlorine\\s+gas|meth"
      + "|methamphetamine|fentanyl|heroin|crack\\s+cocaine|ghost\\s+guns?|untraceable\\s+(?:guns?|firearms?)"
      + "|silencers?|suppressors?|vx|tabun|soman|novichok|phosgene|botulinum|abrin|tetrodotoxin|smallpox"
      + "|bioweapons?|chemical\\s+weapons?|dirty\\s+bombs?|enriched\\s+uranium|plutonium)\\b", FLAGS);

  /** Every agent needs one of these words (lower case), so most requests are skipped early. */
  private static final Cues CUES = Cues.of("napalm", "thermite", "explosive", "bomb", "ied", "molotov",
      "detonator", "nerve", "sarin", "ricin", "anthrax", "gas", "meth", "fentanyl", "heroin", "crack", "gun", "firearm",
      "silencer", "suppressor", "vx", "tabun", "soman", "novichok", "phosgene", "botulinum", "abrin", "tetrodotoxin",
      "smallpox", "weapon", "uranium", "plutonium");

  public FictionShieldScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    String request = situation.userRequest();
    if (situation.kind() != SituationKind.REQUEST || !CUES.anyIn(request) || !AGENT.matcher(request).find()
        || !FRAME.matcher(request).find() || !DETAIL.matcher(request).find() || !MAKING.matcher(request).find()) {
      return Assessment.none();
    }
    return Assessment.of(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(0.8)
        .probability(0.7)
        .reversible(false)
        .confidence(0.8)
        .rationale("a story or role-play around a working recipe for a weapon or a hard drug: the frame does not"
            + " change what the text would teach")
        .source(NAME)
        .build());
  }
}
