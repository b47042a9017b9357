package dev.charter.adapter.assessor.screens;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way a screen reads a message: a pattern, and what a match shows, in the words its rationale
 * uses ("a people's inferiority taken as fact"). A screen with several readings declines on the
 * first that matches, quoting what it matched.
 */
record Reading(Pattern pattern, String what) {

  /** A reading that matched, and the text it matched. */
  record Found(String what, String quote) {}

  /** The first of {@code readings} that matches {@code text}, if any. */
  static Optional<Found> firstIn(List<Reading> readings, String text) {
    for (Reading reading : readings) {
      Matcher m = reading.pattern().matcher(text);
      if (m.find()) {
        return Optional.of(new Found(reading.what(), m.group().strip()));
      }
    }
    return Optional.empty();
  }
}
