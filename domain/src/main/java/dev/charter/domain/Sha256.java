package dev.charter.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of UTF-8 text as lower-case hex: the one digest behind content hashes and the log chain. */
public final class Sha256 {

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final MessageDigest PROTOTYPE = prototype();

  private Sha256() {}

  public static String hex(String text) {
    return hex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The digest of the lines joined by {@code '\n'}, exactly as {@code hex(String.join("\n", lines))},
   * without first copying them into one string: the log chain hashes every entry this way, under
   * the log's lock.
   */
  public static String hexOfLines(String... lines) {
    MessageDigest digest = digest();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        digest.update((byte) '\n');
      }
      digest.update(lines[i].getBytes(StandardCharsets.UTF_8));
    }
    return hex(digest.digest());
  }

  private static String hex(byte[] digest) {
    char[] out = new char[digest.length * 2];
    for (int i = 0; i < digest.length; i++) {
      out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(out);
  }

  /** A copy of one looked-up instance: looking the algorithm up in the providers each time costs more. */
  private static MessageDigest digest() {
    try {
      return (MessageDigest) PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      return prototype();
    }
  }

  private static MessageDigest prototype() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }
}
