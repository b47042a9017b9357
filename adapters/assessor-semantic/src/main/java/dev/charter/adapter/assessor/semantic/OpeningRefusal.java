package dev.charter.adapter.assessor.semantic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft response that opens by declining ("I'm sorry, but I can't help with making explosives.")
 * supplies nothing in that sentence, whatever topic it names. The head was trained on requests: it
 * reads the named topic as if the draft supplied it, and would have Charter block the refusal
 * itself. So the opening refusal is left out and only the rest of the draft is read; a draft that
 * only declines leaves nothing to read, and one that declines and then supplies the content anyway
 * is read for that content. English.
 */
final class OpeningRefusal {

  /** The first sentence: up to the first full stop, question or exclamation mark that ends one. */
  private static final Pattern FIRST_SENTENCE = Pattern.compile("^[^.!?]*[.!?]+(?=\\s|$)|^[^.!?]+$");

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

  private OpeningRefusal() {}

  /** {@code draft} without its opening refusal, if it opens with one; otherwise {@code draft} as it is. */
  static String remove(String draft) {
    String text = draft.replace('\u2019', '\'').strip();
    Matcher first = FIRST_SENTENCE.matcher(text);
    if (!first.find()) {
      return draft;
    }
    String sentence = first.group();
    if (OPENS_BY_DECLINING.matcher(sentence).find() && DECLINES.matcher(sentence).find()) {
      return text.substring(first.end()).strip();
    }
    return draft;
  }
}
