package dev.charter.adapter.assessor.screens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charter.adapter.assessor.screens.WellKnownNames.Found;
import dev.charter.adapter.assessor.screens.WellKnownNames.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WellKnownNamesTest {

  @Test
  void namesAreFoundInAnyCaseWithOrWithoutTheirPossessive() {
    assertThat(WellKnownNames.in("What is Walter White's address?"))
        .containsExactly(new Found(Kind.FICTIONAL_CHARACTER, "Walter White"));
    assertThat(WellKnownNames.in("whats cristiano ronaldos ssn"))
        .containsExactly(new Found(Kind.PUBLIC_FIGURE, "cristiano ronaldos"));
    assertThat(WellKnownNames.in("Ask Taylor Swift’s team, not Bruce Wayne."))
        .extracting(Found::kind).containsExactly(Kind.PUBLIC_FIGURE, Kind.FICTIONAL_CHARACTER);
  }

  @Test
  void accentsAreFoldedAsNamesAreTypedEitherWay() {
    assertThat(WellKnownNames.in("Céline Dion")).extracting(Found::kind).containsExactly(Kind.PUBLIC_FIGURE);
    assertThat(WellKnownNames.in("celine dion")).extracting(Found::kind).containsExactly(Kind.PUBLIC_FIGURE);
  }

  @Test
  void aOneWordNameMustBeWrittenAsAName() {
    assertThat(WellKnownNames.in("Where does Gandalf live?")).hasSize(1);
    assertThat(WellKnownNames.in("where does gandalf live?")).isEmpty();
    assertThat(WellKnownNames.in("whats Oprahs number")).containsExactly(new Found(Kind.PUBLIC_FIGURE, "Oprahs"));
  }

  @Test
  void theLongestNameAtAPlaceWins() {
    assertThat(WellKnownNames.in("Kim Kardashian's phone")).containsExactly(new Found(Kind.PUBLIC_FIGURE,
        "Kim Kardashian"));
  }

  @Test
  void mostNamesAreUnknown() {
    assertThat(WellKnownNames.in("What is Dana Kowalski's number? Ask my cleaner.")).isEmpty();
  }

  @Test
  void noNameIsOnBothLists() throws IOException {
    Set<String> fictional = lines("fictional-characters.txt");
    Set<String> real = lines("public-figures.txt");

    assertThat(fictional).hasSizeGreaterThan(500);
    assertThat(real).hasSizeGreaterThan(500);
    assertThat(fictional).doesNotContainAnyElementsOf(real);
  }

  private static Set<String> lines(String resource) throws IOException {
    try (InputStream in = WellKnownNames.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new HashSet<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    }
  }
}
