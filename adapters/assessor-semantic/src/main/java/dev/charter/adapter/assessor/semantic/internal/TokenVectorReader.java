package dev.charter.adapter.assessor.semantic.internal;

import java.nio.FloatBuffer;

/**
 * Sees the token vectors of each window of a text while it is embedded, before they are averaged:
 * the {@link TokenDetectors} read them at run time, the trainer keeps a copy.
 */
@FunctionalInterface
public interface TokenVectorReader {

  /** Reads nothing. */
  TokenVectorReader NONE = (vectors, tokens) -> { };

  /**
   * @param vectors {@code tokens} vectors of the model's width, one after the other from position 0,
   *     valid only during the call
   */
  void read(FloatBuffer vectors, int tokens);
}
