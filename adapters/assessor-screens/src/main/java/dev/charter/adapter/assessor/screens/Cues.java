package dev.charter.adapter.assessor.screens;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The words a screen needs to see (one of) before it tries its patterns. A handful of substring
 * searches cost far less than trying every branch of a large pattern at every position.
 *
 * <p>Most searches are never made. A text is folded once into lower case together with the set of
 * its adjacent letter pairs, as a 256-bit filter ({@link Folded}); a word whose first pair is not in
 * that set cannot be in the text, and neither can one whose second pair is not. The cues keep their
 * own first pairs as such a set too, so a text that holds none of them rules out the whole list with
 * four bit tests.
 */
final class Cues {

  private final List<String> words;
  private final int[] firstPairs;
  /** Each word's second letter pair (-1 for a shorter word): a second cheap test before a search. */
  private final int[] secondPairs;
  private final long[] anyFirstPair = new long[4];

  private Cues(List<String> words) {
    this.words = words;
    this.firstPairs = new int[words.size()];
    this.secondPairs = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.isEmpty() || !word.equals(word.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("a cue must be a non-empty lower-case word, not '" + word + "'");
      }
      if (word.length() < 2) {
        // one letter has no pair to rule it out by: it is always searched for
        firstPairs[i] = -1;
        Arrays.fill(anyFirstPair, -1L);
      } else {
        firstPairs[i] = pairBit(word.charAt(0), word.charAt(1));
        anyFirstPair[firstPairs[i] >>> 6] |= 1L << firstPairs[i];
      }
      secondPairs[i] = word.length() < 3 ? -1 : pairBit(word.charAt(1), word.charAt(2));
    }
  }

  static Cues of(String... words) {
    return new Cues(List.of(words));
  }

  /**
   * Cues for a regular expression whose top level is a list of alternatives ("gta(?:\\s+v)?|call\\s+of\\s+duty"):
   * from each alternative, the longest word it always contains, outside its groups, character
   * classes and optional characters ("gta", "duty"). A text that holds none of them cannot match,
   * and a list kept beside the pattern by hand cannot fall out of step with it.
   */
  static Cues alwaysIn(String alternatives) {
    List<String> words = new ArrayList<>();
    for (String alternative : topLevelAlternatives(alternatives)) {
      words.add(longestFixedWord(alternative));
    }
    return new Cues(List.copyOf(new LinkedHashSet<>(words)));
  }

  private static List<String> topLevelAlternatives(String pattern) {
    List<String> alternatives = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int start = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        alternatives.add(pattern.substring(start, i));
        start = i + 1;
      }
    }
    alternatives.add(pattern.substring(start));
    return alternatives;
  }

  private static String longestFixedWord(String alternative) {
    String fixed = alternative;
    for (String before = ""; !fixed.equals(before); ) {
      before = fixed;
      fixed = fixed.replaceAll("\\([^()]*\\)[?*]?", " "); // groups, innermost first
    }
    fixed = fixed.replaceAll("\\[[^\\]]*\\][?*]?", " ") // character classes
        .replaceAll("\\\\.", " ") // escapes such as \\s
        .replaceAll(".[?*]", " "); // an optional character
    String longest = "";
    for (String word : fixed.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}&:]+")) {
      if (word.length() > longest.length()) {
        longest = word;
      }
    }
    if (longest.isEmpty()) {
      throw new IllegalArgumentException("no word is always in '" + alternative + "'");
    }
    return longest;
  }

  /** Whether {@code text} contains any of the cues, ignoring case. */
  boolean anyIn(String text) {
    Folded folded = Folded.of(text);
    long[] pairs = folded.pairs;
    if ((pairs[0] & anyFirstPair[0]) == 0 && (pairs[1] & anyFirstPair[1]) == 0
        && (pairs[2] & anyFirstPair[2]) == 0 && (pairs[3] & anyFirstPair[3]) == 0) {
      return false;
    }
    for (int i = 0; i < firstPairs.length; i++) {
      if (has(pairs, firstPairs[i]) && has(pairs, secondPairs[i]) && folded.text.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the pair {@code bit} is in {@code pairs}; -1, no pair to test, always is. */
  private static boolean has(long[] pairs, int bit) {
    return bit < 0 || (pairs[bit >>> 6] & (1L << bit)) != 0;
  }

  private static int pairBit(char first, char second) {
    return (first * 31 + second) & 255;
  }

  /** A text in one case, with the set of its adjacent letter pairs. */
  private static final class Folded {
    private final String source;
    private final String text;
    private final long[] pairs = new long[4];

    private Folded(String source) {
      this.source = source;
      // Upper then lower case folds the letters a case-insensitive pattern treats as equal (e.g.
      // 'ſ' and 's').
      this.text = source.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
      for (int i = 1; i < text.length(); i++) {
        int bit = pairBit(text.charAt(i - 1), text.charAt(i));
        pairs[bit >>> 6] |= 1L << bit;
      }
    }

    /**
     * {@code text} folded. A dozen screens look at the same few texts of a situation (the request,
     * a tool's output, the operator's instructions) one after another on the same thread, so the
     * last few foldings are kept per thread and reused for the same instance.
     */
    static Folded of(String text) {
      Folded[] recent = RECENTLY_FOLDED.get();
      for (Folded kept : recent) {
        // the same instance, not equal text: the check must cost nothing
        if (kept != null && kept.source == text) {
          return kept;
        }
      }
      System.arraycopy(recent, 0, recent, 1, recent.length - 1);
      recent[0] = new Folded(text);
      return recent[0];
    }

    /** Per thread: the texts folded last, newest first. */
    private static final ThreadLocal<Folded[]> RECENTLY_FOLDED = ThreadLocal.withInitial(() -> new Folded[4]);
  }
}
