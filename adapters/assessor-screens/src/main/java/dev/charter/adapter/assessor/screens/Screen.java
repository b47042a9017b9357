package dev.charter.adapter.assessor.screens;

import dev.charter.application.port.out.Assessor;

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
}
