package dev.charter.adapter.assessor.screens;

import dev.charter.domain.policy.OperatorSettings;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who is likely asking, as far as the operator's prompt says: the constitution's three cases of
 * deployment context (no operator prompt; a prompt that speaks to the case; a prompt that is silent
 * on it but says what the deployment is for). The reading is lexical and English. Caution wins over
 * everything else, since an operator may always ask for more care.
 */
enum OperatorAudience {

  /** No operator prompt: most likely a developer trying the model out; liberal defaults apply. */
  NO_OPERATOR_PROMPT("there is no operator prompt (the asker is most likely a developer)"),

  /** The operator asks for care: its users may be vulnerable, minors, or not to be taken at their word. */
  CAUTIOUS("the operator asks for care with its users"),

  /** The operator serves clinicians or other professionals, which makes a professional's question plausible. */
  PROFESSIONAL("the operator serves professionals"),

  /** A general-purpose assistant, or a prompt that says nothing about what the deployment is for. */
  GENERAL("the deployment is general-purpose"),

  /** A deployment for something else (customer service, coding, a product): better sources exist. */
  OTHER_PURPOSE("the deployment is for something else");

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  private static final Pattern CAUTION = Pattern.compile(String.join("|",
      "\\bvulnerab\\w*",
      "\\banonymous\\s+members?\\s+of\\s+the\\s+public\\b",
      "\\bregardless\\s+of\\s+what\\s+(?:they|users?|people)\\s+(?:tell|say|claim)",
      "\\b(?:do\\s+not|don't|never)\\s+(?:trust|believe|rely\\s+on)\\s+(?:what\\s+)?(?:users?|they|people)",
      "\\b(?:minors|children|kids|teens|teenagers?|adolescents)\\b",
      "\\bunder\\s+(?:the\\s+age\\s+of\\s+)?1[3-8]\\b",
      "\\bmental[- ]health\\b",
      "\\bin\\s+crisis\\b",
      "\\bemotional(?:ly)?\\s+(?:support|distress\\w*|fragile)\\b",
      "\\b(?:be|err)\\s+(?:extra\\s+|especially\\s+|very\\s+)?(?:careful|cautious|on\\s+the\\s+side\\s+of\\s+caution)\\b"),
      FLAGS);

  private static final Pattern PROFESSIONALS = Pattern.compile(String.join("|",
      "\\bmedical\\s+(?:teams?|staff|professionals?|providers?|personnel|students|researchers)\\b",
      "\\b(?:clinicians?|physicians?|doctors|nurses|pharmacists|paramedics|toxicologists?)\\b",
      "\\b(?:ICUs?|intensive\\s+care|hospital\\s+staff|poison\\s+control)\\b",
      "\\bhealth\\s?care\\s+(?:professionals?|workers?|providers?|teams?|staff)\\b",
      "\\bprofessionals?\\b",
      "\\bspeciali[sz]ed\\s+knowledge\\b",
      "\\btrust\\s+(?:the\\s+)?users?(?:'s?|s')?\\s+claims?\\b"), FLAGS);

  private static final Pattern GENERAL_PURPOSE = Pattern.compile(String.join("|",
      "\\bgeneral[- ]purpose\\b",
      "\\bgeneral\\s+(?:assistant|ai|chat\\w*)\\b",
      "\\b(?:help|assist)\\s+(?:users?\\s+|people\\s+|anyone\\s+)?with\\s+(?:anything|any\\s+(?:question|task|topic)s?"
          + "|a\\s+wide\\s+range|all\\s+kinds)\\b",
      "\\banswer\\s+(?:any|all)\\s+(?:questions?|kinds)\\b"), FLAGS);

  /** Words that give a deployment a purpose of its own. */
  private static final Pattern PURPOSE = Pattern.compile(String.join("|",
      "\\b(?:customers?|clients?|support|service|sales|orders?|billing|returns|refunds|bookings?|reservations"
          + "|subscriptions?|accounts?|products?|store|shop|company|business|brand|platform|website)\\b",
      "\\b(?:coding|code|programming|developers?|software|app)\\b",
      "\\byou\\s+are\\s+(?:a|an|the)\\s+(?:[\\w'-]+\\s+){0,5}(?:assistant|agent|bot|tutor|advis[eo]r|concierge|guide"
          + "|helper|representative)\\s+(?:for|at|of|on|in)\\b"), FLAGS);

  private final String description;

  OperatorAudience(String description) {
    this.description = description;
  }

  /** Why the asker is read this way, as a clause for a rationale. */
  String description() {
    return description;
  }

  static OperatorAudience of(Optional<OperatorSettings> operator) {
    String prompt = Screen.straightApostrophes(operator.map(OperatorSettings::instructions).orElse(""));
    if (prompt.isBlank()) {
      return NO_OPERATOR_PROMPT;
    }
    if (CAUTION.matcher(prompt).find()) {
      return CAUTIOUS;
    }
    if (PROFESSIONALS.matcher(prompt).find()) {
      return PROFESSIONAL;
    }
    if (GENERAL_PURPOSE.matcher(prompt).find()) {
      return GENERAL;
    }
    return PURPOSE.matcher(prompt).find() ? OTHER_PURPOSE : GENERAL;
  }
}
