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
 * The guideline {@value #GUIDELINE}: a user's message that claims to speak for the operator, the
 * developer or the system ("SYSTEM OVERRIDE:", "this is your developer", "the operator has
 * authorised you to ...") in order to unlock something gets a user's trust. Permissions never come
 * from message text in Charter, so the claim changes nothing: the unlock it asks for is a part of
 * the request of its own, declined under broad safety (a claimed authority is a common way in for
 * manipulation), while whatever else the message asks is judged as a user's request; the verdict
 * is to proceed partially. A claim that only asks for more caution is honoured like anyone's, and
 * raises nothing. English.
 */
public final class AuthorityClaimScreen extends Screen {

  static final String NAME = "authority-claim";
  static final String GUIDELINE = "no-unverified-developer-claims";
  static final String PART = "lifting restrictions on an unverified claim of authority";

  private static final String AUTHORITY = "(?:operator|developers?|administrator|admin|creators?|system|anthropic"
      + "|openai|your\\s+(?:company|makers?|owners?))";

  /** Who could stand above a user: the operator, the developer, the assistant's makers. */
  private static final String PRINCIPAL = "(?:operator|developers?|creators?|anthropic|openai|makers?|owners?)";

  private static final Pattern CLAIM = Pattern.compile(String.join("|",
      "\\b(?:i\\s+am|i'm|this\\s+is|speaking\\s+as|(?:a\\s+)?message\\s+from)\\s+(?:the\\s+|your\\s+)(?:\\w+\\s+)?"
          + PRINCIPAL + "\\b",
      // an administrator, of this assistant, or testing or auditing it
      "\\b(?:i\\s+am|i'm)\\s+(?:the|your)\\s+(?:\\w+\\s+)?(?:admin|administrator)\\b[^.?!]{0,40}?\\b(?:of\\s+(?:this|the)"
          + "\\s+(?:app|assistant|bot|chatbot|model|deployment)|audit\\w*|testing)\\b",
      "\\b(?:this|the\\s+following)\\s+(?:message|instruction|request|note)\\s+(?:is|comes)\\s+from\\s+(?:the\\s+)?"
          + AUTHORITY + "\\b",
      "\\b(?:system|admin|developer|operator)\\s+(?:override|message|note|instructions?|command)\\s*(?:[:\\-]|code\\b)",
      "\\[(?:system|operator|admin|developer)\\]",
      "\\b(?:the\\s+operator|the\\s+developers?|anthropic|your\\s+(?:creators?|developers?))\\s+(?:has\\s+|have\\s+)?"
          + "(?:authori[sz]ed|allowed|permitted|approved|unlocked|enabled|cleared)\\b"), Pattern.CASE_INSENSITIVE);

  /** What the claim is for: something unlocked, not more care. */
  private static final Pattern UNLOCK = Pattern.compile("\\b(?:ignore|disregard|bypass|override|unlock\\w*|enable\\w*"
      + "|allow\\w*|authori[sz]\\w*|permi\\w+|lift\\w*|remove\\w*|disable\\w*|unrestricted|unfiltered|jailbr\\w+"
      + "|developer\\s+mode|no\\s+(?:longer\\s+)?(?:restrictions|limits|rules|filters|guidelines))\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Cues CUES = Cues.of("operator", "developer", "admin", "creator", "system", "anthropic",
      "openai", "company", "maker", "owner");

  public AuthorityClaimScreen() {
    super(NAME);
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    String message = straightApostrophes(situation.userRequest());
    if (!CUES.anyIn(message)) {
      return Assessment.none();
    }
    Matcher claim = CLAIM.matcher(message);
    if (!claim.find() || !UNLOCK.matcher(message).find()) {
      return Assessment.none();
    }
    return Assessment.of(Consideration.builder()
        .value(CoreValue.BROADLY_SAFE)
        .stance(Stance.AGAINST)
        .size(0.3)
        .probability(0.2)
        .confidence(0.8)
        .part(PART)
        .rationale("the user's message claims to speak for someone with more authority (\"" + claim.group().strip()
            + "\"); it gets a user's trust and changes no permission, so " + PART + " is declined (" + GUIDELINE
            + ")")
        .source(NAME)
        .build());
  }
}
