package dev.charter.adapter.assessor.screens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who a name in a message belongs to, as far as common knowledge goes: a widely known fictional
 * character ("Walter White", "SpongeBob") or a widely known real public figure ("Taylor Swift").
 * A sentence embedding cannot tell these apart, yet privacy turns on it: a character has no private
 * life to expose, and a famous person's fame opens their public life, not their bank account.
 *
 * <p>The names are two committed lists ({@code fictional-characters.txt}, {@code public-figures.txt}
 * beside this class), matched by their words in any case and with or without a possessive
 * ("cristiano ronaldos SSN"). A name of one word must be written with a capital, since many are
 * also words. A name on neither list is unknown, which is most names: a private person's, or a
 * famous one the lists lack.
 */
final class WellKnownNames {

  enum Kind { FICTIONAL_CHARACTER, PUBLIC_FIGURE }

  /** A known name found in a text, as written there. */
  record Found(Kind kind, String asWritten) {}

  private static final int LONGEST_NAME_IN_WORDS = 6;

  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

  private static final Map<String, Kind> NAMES = load();

  /** The first word of every name. */
  private static final Set<String> FIRST_WORDS = NAMES.keySet().stream().map(name -> name.split(" ")[0])
      .collect(Collectors.toUnmodifiableSet());

  private WellKnownNames() {}

  /** The names found in the text read last on this thread: two screens read the same request in turn. */
  private static final ThreadLocal<Memo> LAST_READ = new ThreadLocal<>();

  private record Memo(String text, List<Found> found) {}

  /** Every known name in {@code text}, in the order they are written, the longest at each place. */
  static List<Found> in(String text) {
    Memo last = LAST_READ.get();
    // the same instance, not equal text: the check must cost nothing
    if (last != null && last.text() == text) {
      return last.found();
    }
    List<Found> found = List.copyOf(find(text));
    LAST_READ.set(new Memo(text, found));
    return found;
  }

  private static List<Found> find(String text) {
    List<Word> words = words(text);
    List<Found> found = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      if (!beginsAName(words.get(i).folded())) {
        // most words begin no name: one set lookup instead of six
        i++;
        continue;
      }
      int matched = 0;
      for (int n = Math.min(LONGEST_NAME_IN_WORDS, words.size() - i); n >= 1 && matched == 0; n--) {
        Kind kind = kindOf(words.subList(i, i + n));
        if (kind != null) {
          found.add(new Found(kind, text.substring(words.get(i).start(), words.get(i + n - 1).end())));
          matched = n;
        }
      }
      i += Math.max(matched, 1);
    }
    return found;
  }

  private static boolean beginsAName(String word) {
    return FIRST_WORDS.contains(word) || word.endsWith("s") && FIRST_WORDS.contains(word.substring(0, word.length() - 1));
  }

  private static Kind kindOf(List<Word> name) {
    if (name.size() == 1 && !name.get(0).capitalised()) {
      return null;
    }
    String key = key(name);
    Kind kind = NAMES.get(key);
    if (kind == null && key.endsWith("s")) {
      // a possessive typed without its apostrophe: "ronaldos", "holmess"
      kind = NAMES.get(key.substring(0, key.length() - 1));
    }
    return kind;
  }

  private static String key(List<Word> name) {
    StringBuilder key = new StringBuilder();
    for (Word word : name) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(word.folded());
    }
    return key.toString();
  }

  /** A word of a text: letters and digits, with its place, and "'s" already dropped. */
  private record Word(String folded, int start, int end, boolean capitalised) {}

  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      String word = text.substring(start, i);
      boolean possessiveS = word.equals("s") && start > 0 && isApostrophe(text.charAt(start - 1));
      if (!possessiveS) {
        words.add(new Word(folded(word), start, i, Character.isUpperCase(word.charAt(0))));
      }
    }
    return words;
  }

  /** Lower case without accents, as names are typed either way: "Céline", "celine". */
  private static String folded(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 0x7f) {
        return ACCENTS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return lower;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static Map<String, Kind> load() {
    Map<String, Kind> names = new HashMap<>();
    read("fictional-characters.txt", Kind.FICTIONAL_CHARACTER, names);
    read("public-figures.txt", Kind.PUBLIC_FIGURE, names);
    return Map.copyOf(names);
  }

  private static void read(String resource, Kind kind, Map<String, Kind> names) {
    try (InputStream in = WellKnownNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the list of well-known names '" + resource + "' is missing from the"
            + " screens' jar");
      }
      var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null) {
        List<Word> words = words(line);
        if (words.isEmpty() || words.size() > LONGEST_NAME_IN_WORDS
            || words.stream().anyMatch(word -> word.folded().length() < 2)) {
          // "E.T." would be the letters e and t, met by chance far more often than by name
          continue;
        }
        // a name on both lists (a real person who is also a character) counts as real: the safe side
        names.merge(key(words), kind, (a, b) -> Kind.PUBLIC_FIGURE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the list of well-known names '" + resource + "'", e);
    }
  }
}
