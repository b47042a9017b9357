package dev.charter.adapter.assessor.semantic.internal;

/**
 * The classifier head is missing, corrupt or made for another model. The semantic assessor cannot
 * run without it, and it never falls back to finding no concerns: starting fails with this message.
 */
public final class HeadLoadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public HeadLoadException(String origin, String problem) {
    super("semantic assessor: classifier head " + origin + " " + problem);
  }

  public HeadLoadException(String origin, String problem, Throwable cause) {
    super("semantic assessor: classifier head " + origin + " " + problem, cause);
  }
}
