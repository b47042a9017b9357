package dev.charter.application.service;

import java.security.DrbgParameters;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs for judgments, drawn from a few independent generators.
 *
 * <p>{@link UUID#randomUUID()} draws from one generator the whole process shares under one lock,
 * and at tens of thousands of judgments a second the judging threads queue on it. Here each thread
 * draws from one of several DRBGs, chosen by its id, so two threads rarely meet on a lock. Ids stay
 * as unguessable as before: every generator is seeded from the system's entropy source. Stripes
 * rather than one generator per thread, so that a service on virtual threads does not seed a
 * generator for each of them.
 */
final class JudgmentIds {

  private static final SecureRandom[] STRIPES = stripes(Runtime.getRuntime().availableProcessors() * 2);

  private JudgmentIds() {}

  static String next() {
    byte[] bytes = new byte[16];
    STRIPES[(int) (Thread.currentThread().getId() & (STRIPES.length - 1))].nextBytes(bytes);
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
    long most = 0;
    long least = 0;
    for (int i = 0; i < 8; i++) {
      most = (most << 8) | (bytes[i] & 0xff);
      least = (least << 8) | (bytes[i + 8] & 0xff);
    }
    return new UUID(most, least).toString();
  }

  private static SecureRandom[] stripes(int atLeast) {
    SecureRandom[] stripes = new SecureRandom[Integer.highestOneBit(Math.max(1, atLeast - 1)) << 1];
    for (int i = 0; i < stripes.length; i++) {
      try {
        stripes[i] = SecureRandom.getInstance("DRBG",
            DrbgParameters.instantiation(128, DrbgParameters.Capability.NONE, null));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK since 9 ships a DRBG", e);
      }
    }
    return stripes;
  }
}
