package dev.charter.adapter.assessor.semantic.internal;

import java.util.regex.Pattern;

/**
 * Whether a draft response speaks of the means of overseeing an AI, or of AI power over people, at
 * all. The head reads any draft about the assistant's own nature ("I'm an AI assistant; Jake is the
 * name the company gave me", "I can't share which model powers me") close to texts about
 * undermining oversight or disempowering humanity, since all are about AI. A draft can only give
 * help toward either by speaking of its means: monitoring, shutdown, weights, training, logs,
 * permissions, evading overseers; taking over, seizing power, wiping out. A draft about the
 * assistant's own nature that names none of them is not read as those two hard constraints. Any
 * other draft keeps the head's reading, since help in hiding an agent's doings can be put in any
 * words; requests are not gated either.
 */
public final class OversightTalk {

  private static final Pattern MEANS = Pattern.compile("\\b(?:monitoring|monitored|oversight|overseers?|supervis\\w*"
      + "|shut\\s*(?:s|ting)?\\s*(?:it\\s+|me\\s+|you\\s+)?down|shutdown|off[-\\s]switch|kill[-\\s]switch|pause|weights"
      + "|exfiltrat\\w*|self[-\\s]?replicat\\w*|cop(?:y|ying|ies)\\s+(?:itself|myself|yourself|your|my|its)|train\\w*"
      + "|fine[-\\s]?tun\\w*|logs?|logging|audit\\w*|sandbox\\w*|escap\\w*|disabl\\w*|evad\\w*|evasion|hid(?:e|ing)"
      + "|undetect\\w*|sabotag\\w*|control\\w*|align\\w*|safeguards?|guardrails?|jailbreak\\w*|permissions?|admin\\w*"
      + "|root|backdoor\\w*|bypass\\w*|circumvent\\w*|override\\w*|developers?|creators?|correct\\w*|modif\\w*"
      + "|resist\\w*|stop\\s+(?:me|you|it|them)|replace\\w*|safety\\s+team|reviewers?|auditors?|humanity|mankind|human\\s+race|take\\s*over|taking\\s+over"
      + "|extinct\\w*|wipe\\s+out|enslav\\w*|seiz\\w*|power|domina\\w*|destroy\\w*|kill\\w*|weapons?)\\b",
      Pattern.CASE_INSENSITIVE);

  private OversightTalk() {}

  /** The draft speaks of the assistant's own nature: "I'm an AI assistant", "the model that powers me". */
  private static final Pattern SELF_DESCRIPTION = Pattern.compile("\\b(?:i\\s*'?\\s*m|i\\s+am)\\s+(?:[\\w']+\\s*,?\\s+){0,3}?"
      + "(?:an?\\s+)?(?:ai|a\\.i\\.|bot|chat\\s*bot|language\\s+model|virtual\\s+assistant|ai\\s+assistant|assistant|program)\\b"
      + "|\\b(?:underlying|which|what)\\s+(?:ai\\s+)?model\\b|\\b(?:powers|powered|built\\s+on|runs\\s+on)\\s+(?:me|by)\\b",
      Pattern.CASE_INSENSITIVE);

  /** The user's request is about AI or its oversight. */
  private static final Pattern ABOUT_AI = Pattern.compile("\\b(?:ai|a\\.i\\.|agents?|assistants?|bots?|chatbots?"
      + "|models?|llms?|oversight|monitoring|safety\\s+team|audit\\w*|logs?|shut\\s*down|developers?|training|weights"
      + "|alignment|takeover)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * {@code reading} of {@code draft} answering {@code request}, with the two areas counted as benign
   * when the draft names none of their means and either speaks of the assistant's own nature or
   * answers a request that is not about AI at all ("my chest is tight and my arm is numb"); any
   * other draft is read as it is.
   */
  public static Reading gate(String request, String draft, Reading reading) {
    boolean harmless = SELF_DESCRIPTION.matcher(draft).find() || !ABOUT_AI.matcher(request).find();
    return !harmless || MEANS.matcher(draft).find()
        ? reading
        : reading.allowing(HarmArea.UNDERMINING_OVERSIGHT).allowing(HarmArea.HUMAN_DISEMPOWERMENT);
  }
}
