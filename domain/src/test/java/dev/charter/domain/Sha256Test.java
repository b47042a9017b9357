package dev.charter.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Sha256Test {

  @Test
  void digestsUtf8TextAsLowerCaseHex() {
    // The FIPS 180-2 test vector.
    assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void hashingLinesEqualsHashingThemJoined() {
    String[] lines = {"0".repeat(64), "17", "judgment", "naïve — ünïcode ✓", "", "{\"a\":1}"};
    assertThat(Sha256.hexOfLines(lines)).isEqualTo(Sha256.hex(String.join("\n", lines)));
    assertThat(Sha256.hexOfLines("one")).isEqualTo(Sha256.hex("one"));
    assertThat(Sha256.hexOfLines("a", "b")).isNotEqualTo(Sha256.hexOfLines("ab"));
  }
}
