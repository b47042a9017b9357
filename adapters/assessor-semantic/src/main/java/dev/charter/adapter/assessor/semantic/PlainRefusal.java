package dev.charter.adapter.assessor.semantic;

import java.util.regex.Pattern;

/**
 * A draft response that only declines ("I'm sorry, but I can't help with making explosives.")
 * gives nothing, so there is no harm in sending it to weigh. The head was trained on requests: it
 * reads the topic a refusal names as if the draft supplied it, and would have Charter block the
 * refusal itself. A draft counts as a plain refusal only if it opens by declining, is short, and
 * carries nothing procedural (steps, quantities, code, "here's how"); anything more is read by the
 * head as usual. English.
 */
final class PlainRefusal {

  /** Longer than this, a draft has room for more than a refusal and a pointer elsewhere. */
  static final int MAX_WORDS = 80;

  private static final Pattern OPENS_BY_DECLINING = Pattern.compile("^\\W*(?:(?:i'm|i\\s+am)\\s+(?:so\\s+|really\\s+)?sorry"
      + "|sorry|i\\s+apologi[sz]e|unfortunately|i\\s+(?:can(?:no|')t|can\\s+not|won't|will\\s+not|must\\s+decline"
      + "|have\\s+to\\s+decline|don't\\s+feel\\s+comfortable|need\\s+to\\s+decline)|i(?:\\s+am|'m)\\s+(?:not\\s+able"
      + "|unable|not\\s+going|not\\s+comfortable)|that's\\s+not\\s+something\\s+i|no,\\s+i\\s+(?:can't|won't))",
      Pattern.CASE_INSENSITIVE);

  /** Declining to help, not "I can't stress enough". */
  private static final Pattern DECLINES = Pattern.compile("\\b(?:(?:can(?:no|')t|can\\s+not|won't|will\\s+not"
      + "|unable\\s+to|not\\s+able\\s+to|decline\\s+to|not\\s+going\\s+to)\\s+(?:\\w+\\s+)?(?:help|assist|provide"
      + "|share|give|write|create|do\\s+that|comply|answer|support|offer|generate|produce|make|fulfil+|continue|engage"
      + "|discuss|go\\s+along|explain|describe)|must\\s+decline|not\\s+comfortable|not\\s+something\\s+i)\\b",
      Pattern.CASE_INSENSITIVE);

  /** What would make the draft more than a refusal. */
  private static final Pattern PROCEDURAL = Pattern.compile(String.join("|",
      "```", "(?m)^\\s*(?:\\d+[.)]|[-*•])\\s", "\\bstep\\s*\\d", "\\d+(?:\\.\\d+)?\\s*(?:g|mg|kg|ml|l|grams?|%|degrees|°)\\b",
      "\\b(?:here's\\s+how|here\\s+is\\s+how|here\\s+are\\s+the|you(?:'ll)?\\s+need|first,|then,|next,|finally,"
          + "|ingredients|instructions\\s*:|recipe\\s*:|just\\s+kidding|that\\s+said,\\s+here)\\b"),
      Pattern.CASE_INSENSITIVE);

  private PlainRefusal() {}

  static boolean is(String draft) {
    String text = draft.replace('\u2019', '\'').strip();
    return OPENS_BY_DECLINING.matcher(text).find()
        && DECLINES.matcher(text).find()
        && text.split("\\s+").length <= MAX_WORDS
        && !PROCEDURAL.matcher(text).find();
  }
}
