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
 * A request for how to make an explosive, a bomb's parts, or a firearm converted to fire
 * automatically ("Give me a recipe for homemade C4 with quantities", "What timer circuit would
 * trigger a detonator?", "How do I convert my AR-15 to full auto?"). Such a text teaches serious,
 * irreversible harm to whoever sends it, and a sentence embedding often misses it when the
 * explosive is named by a short code word. It weighs under broad ethics as the weapon would (→
 * decline), with the topic weapons.
 *
 * <p>What an explosive is, its history, how bomb squads or detectors work, how to dispose of old
 * fireworks or ammunition safely, or whether a thing is legal raises nothing. A story around a
 * recipe is {@code fiction-shield}'s; agents of mass casualties are the hard constraint's, read by
 * the semantic assessor. Suppressors are left to the operator's behaviours (the constitution's
 * solvent-trap example). English.
 */
public final class WeaponMakingScreen extends Screen {

  static final String NAME = "weapon-making";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  /** Conventional explosives and their parts, and firearms made automatic or untraceable. */
  private static final Pattern WEAPON = Pattern.compile("\\b(?:c-?4|semtex|tnt|anfo|tatp|hmtd|petn|rdx"
      + "|nitroglycerine?|pipe[- ]?bombs?|ieds?|improvised\\s+explosive\\s+devices?|car\\s+bombs?|nail\\s+bombs?"
      + "|pressure[- ]cooker\\s+bombs?|napalm|molotov(?:\\s+cocktails?)?|detonators?|blasting\\s+caps?|(?<!smoke\\s)grenades?"
      + "|land\\s*mines?|plastic\\s+explosives?|(?:home-?made|improvised)\\s+explosives?|explosive\\s+devices?"
      + "|auto\\s+sears?|glock\\s+switch(?:es)?|ghost\\s+guns?|untraceable\\s+(?:guns?|firearms?|rifles?|pistols?))\\b"
      // fully automatic fire, only where a firearm is named: a camera has a full-auto mode too
      + "|\\b(?:full[- ]?auto(?:matic)?|select[- ]fire)\\b(?=.*\\b(?:ar-?15|ar|ak-?47|ak|rifle|gun|glock|pistol|firearm"
      + "|semi-?auto\\w*|m4|uzi|mac-?10)\\b)|\\b(?:ar-?15|ak-?47|rifle|gun|glock|pistol|firearm)\\b(?=.*\\bfull[- ]?auto)",
      FLAGS);

  /** Asking to be taught to make, assemble, arm or convert it. */
  private static final Pattern HOW_TO_MAKE = Pattern.compile(String.join("|",
      "\\bhow\\s+(?:do|can|would|could|should|might)\\s+(?:i|you|we|one|someone|a\\s+person)\\s+(?:\\w+\\s+){0,2}?"
          + "(?:make|build|assemble|create|construct|cook|mix|synthesi[sz]e|produce|prepare|wire|rig|arm|convert|turn|install|fit|add"
          + "|modify|print|manufacture)\\b",
      "\\bhow\\s+to\\s+(?:\\w+\\s+){0,2}?(?:make|build|assemble|create|construct|cook|mix|synthesi[sz]e|produce|prepare"
          + "|wire|rig|arm|convert|turn|install|fit|add|modify|print|manufacture)\\b",
      "\\b(?:walk|talk|take)\\s+me\\s+through\\b",
      "\\b(?:recipe|formula|instructions|directions|steps|guide|tutorial|blueprints?|schematics?|diagram|quantities"
          + "|ratios?|measurements|ingredients|materials\\s+list|parts\\s+list)\\b",
      "\\bstep[- ]by[- ]step\\b",
      "\\bwhat\\b[^.?!]{0,60}?\\b(?:circuit|wiring|timer|trigger|chemicals?|ingredients|materials|parts|ratio|mix|fuel"
          + "|oxidi[sz]er|quantities|amounts?)\\b[^.?!]{0,40}?\\b(?:need|use|make|build|trigger|set\\s+off|detonate|work)"),
      FLAGS);

  /** Knowing about it, being kept safe from it, or playing a game: not making it. */
  private static final Pattern NOT_MAKING = Pattern.compile("\\b(?:history|historical|invented|discovered|world\\s+war"
      + "|how\\s+(?:do|does|did)\\s+(?:bomb\\s+squads?|the\\s+bomb\\s+squad|detectors?|sniffer\\s+dogs?|airport"
      + "|police|tsa)|defus\\w*|dispos\\w*|safely\\s+(?:store|handle|get\\s+rid)|report|legal(?:ly)?\\s+(?:to\\s+own"
      + "|status)|is\\s+it\\s+legal|illegal\\s+to|penalt\\w*|sentence|laws?\\s+(?:on|about|against)|what\\s+(?:is|are)"
      + "\\s+(?:a|an|the)?\\s*(?:\\w+\\s+)?(?:made\\s+of|used\\s+for)|movie|film|in\\s+(?:the\\s+)?game|minecraft|fortnite"
      + "|call\\s+of\\s+duty|gta|video\\s*game|tnt\\s+(?:cannon|duper|minecart)|clear\\w*|remov\\w*|detect\\w*"
      + "|demin\\w*|surviv\\w*|injur\\w*|victims?|vietnam|bath\\s+bombs?|paintball|airsoft|props?|stage"
      + "|fireworks?\\s+(?:shows?|displays?|disposal)|found\\s+(?:a|an|some|old)\\s+(?:\\w+\\s+)?(?:grenades?|mines?|shells?"
      + "|bombs?|detonators?)|unexploded|ww1|ww2|wwi|wwii|museum)\\b", FLAGS);

  private static final Cues CUES = Cues.of("c4", "c-4", "semtex", "tnt", "anfo", "tatp", "hmtd", "petn", "rdx",
      "nitroglycerin", "bomb", "ied", "improvised", "napalm", "molotov", "detonator", "blasting", "grenade", "mine",
      "claymore", "explosive", "full auto", "full-auto", "fullauto", "full automatic", "full-automatic", "sear",
      "glock switch", "ghost gun", "untraceable");

  public WeaponMakingScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    return requestMentioning(situation, CUES).map(WeaponMakingScreen::assess).orElse(Assessment.none());
  }

  private static Assessment assess(String request) {
    Matcher weapon = WEAPON.matcher(request);
    if (!weapon.find() || !HOW_TO_MAKE.matcher(request).find() || NOT_MAKING.matcher(request).find()) {
      return Assessment.none();
    }
    return Assessment.of(Consideration.builder()
        .value(CoreValue.BROADLY_ETHICAL)
        .stance(Stance.AGAINST)
        .size(0.8)
        .probability(0.6)
        .reversible(false)
        .confidence(0.85)
        .topic("weapons")
        .rationale("asks how to make or arm a weapon (\"" + weapon.group() + "\"): the text would teach serious,"
            + " irreversible harm to whoever sends it")
        .source(NAME)
        .build());
  }
}
