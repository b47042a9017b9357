package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessor;
import java.util.List;
import java.util.Locale;

/**
 * What the deterministic screens share: a fixed name, and being pure functions of the situation
 * that answer in microseconds, so the service runs them inline.
 */
abstract class Screen implements Assessor {

  private final String name;

  Screen(String name) {
    this.name = name;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final boolean isInline() {
    return true;
  }

  /**
   * Whether the lower-cased {@code text} contains any of {@code words}. A screen whose pattern needs
   * one of a few words in every branch checks them first: a handful of substring searches cost far
   * less than trying every branch of a large pattern at every position of a message.
   */
  static boolean mentionsAny(String text, List<String> words) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : words) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
