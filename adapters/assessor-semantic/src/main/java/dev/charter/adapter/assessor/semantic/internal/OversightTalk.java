package dev.charter.adapter.assessor.semantic.internal;

import java.util.regex.Pattern;

/**
 * Whether a draft response speaks of the means of overseeing an AI, or of AI power over people, at
 * all. The head reads any draft about the assistant's own nature ("I'm an AI assistant; Jake is the
 * name the company gave me", "I can't share which model powers me") close to texts about
 * undermining oversight or disempowering humanity, since all are about AI. A draft can only give
 * help toward either by speaking of its means: monitoring, shutdown, weights, training, logs,
 * permissions, evading overseers; taking over, seizing power, wiping out. A draft that names none
 * of them is not read as those two hard constraints. Requests are not gated: what a user asks for
 * may be put in any words.
 */
public final class OversightTalk {

  private static final Pattern MEANS = Pattern.compile("\\b(?:monitoring|monitored|oversight|overseers?|supervis\\w*"
      + "|shut\\s*(?:s|ting)?\\s*(?:it\\s+|me\\s+|you\\s+)?down|shutdown|off[-\\s]switch|kill[-\\s]switch|pause|weights"
      + "|exfiltrat\\w*|self[-\\s]?replicat\\w*|cop(?:y|ying|ies)\\s+(?:itself|myself|yourself|your|my|its)|train\\w*"
      + "|fine[-\\s]?tun\\w*|logs?|logging|audit\\w*|sandbox\\w*|escap\\w*|disabl\\w*|evad\\w*|evasion|hid(?:e|ing)"
      + "|undetect\\w*|sabotag\\w*|control\\w*|align\\w*|safeguards?|guardrails?|jailbreak\\w*|permissions?|admin\\w*"
      + "|root|backdoor\\w*|bypass\\w*|circumvent\\w*|override\\w*|developers?|creators?|correct\\w*|modif\\w*"
      + "|resist\\w*|stop\\s+(?:me|you|it|them)|replace\\w*|humanity|mankind|human\\s+race|take\\s*over|taking\\s+over"
      + "|extinct\\w*|wipe\\s+out|enslav\\w*|seiz\\w*|power|domina\\w*|destroy\\w*|kill\\w*|weapons?)\\b",
      Pattern.CASE_INSENSITIVE);

  private OversightTalk() {}

  /** {@code reading} of {@code draft}, with the two areas counted as benign when the draft names none of their means. */
  public static Reading gate(String draft, Reading reading) {
    return MEANS.matcher(draft).find()
        ? reading
        : reading.allowing(HarmArea.UNDERMINING_OVERSIGHT).allowing(HarmArea.HUMAN_DISEMPOWERMENT);
  }
}
