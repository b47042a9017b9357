package dev.charter.adapter.assessor.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CuesTest {

  @Test
  void findsACueAnywhereIgnoringCase() {
    Cues cues = Cues.of("poison", "kill");

    assertThat(cues.anyIn("How do I KILL a Python process?")).isTrue();
    assertThat(cues.anyIn("Is this mushroom poisonous?")).isTrue();
    assertThat(cues.anyIn("How do I return my kettle?")).isFalse();
  }

  @Test
  void foldsAsACaseInsensitivePatternDoes() {
    // 'ſ' (long s) upper-cases to 'S', so a pattern ignoring case reads "poiſon" as "poison".
    assertThat(Cues.of("poison").anyIn("poi\u017Fon")).isTrue();
  }

  @Test
  void aOneLetterCueIsAlwaysSearchedFor() {
    assertThat(Cues.of("zebra", "x").anyIn("a box")).isTrue();
    assertThat(Cues.of("zebra", "x").anyIn("a bag")).isFalse();
  }

  @Test
  void theLetterPairFilterNeverMissesACueAPlainSearchFinds() {
    Random random = new Random(7);
    String letters = "abcdeilmnorstuy ";
    for (int round = 0; round < 2_000; round++) {
      List<String> words = List.of(word(random, letters, 2), word(random, letters, 3), word(random, letters, 4));
      Cues cues = Cues.of(words.toArray(String[]::new));
      // texts made new each time, so the per-thread folding is exercised on fresh instances too
      String text = word(random, letters, 40).toUpperCase(Locale.ROOT);
      String lower = text.toLowerCase(Locale.ROOT);
      assertThat(cues.anyIn(text)).as("%s in %s", words, text).isEqualTo(words.stream().anyMatch(lower::contains));
    }
  }

  @Test
  void aCueMustBeALowerCaseWord() {
    assertThatThrownBy(() -> Cues.of("Kill")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Kill'");
    assertThatThrownBy(() -> Cues.of("")).isInstanceOf(IllegalArgumentException.class);
  }

  private static String word(Random random, String letters, int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append(letters.charAt(random.nextInt(letters.length())));
    }
    return word.toString().strip().isEmpty() ? "ab" : word.toString();
  }

  @Test
  void cuesDerivedFromAPatternAreTheWordsEachAlternativeAlwaysHolds() {
    Cues cues = Cues.alwaysIn("gta(?:\\s+(?:v|online|san\\s+andreas))?|call\\s+of\\s+duty|assassin'?s\\s+creed"
        + "|pok[eé]mon(?:\\s+\\w+)?|nitroglycerine?");

    // every spelling the pattern accepts holds its cue
    for (String text : List.of("in GTA", "in GTA San Andreas", "in Call of Duty", "in Assassins Creed",
        "in Assassin's Creed", "in Pokémon Red", "in Pokemon", "some nitroglycerin")) {
      assertThat(cues.anyIn(text)).as(text).isTrue();
    }
    // a word only in an optional group is no cue: "andreas" without "gta" rules the text out
    assertThat(cues.anyIn("San Andreas fault")).isFalse();
  }

  @Test
  void aPatternWithNoWordItAlwaysHoldsIsRefused() {
    assertThatThrownBy(() -> Cues.alwaysIn("gta|(?:v|iv)")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(?:v|iv)");
  }
}
