package dev.charter.domain.judgment;

/** Whether a consideration speaks for acting or against it. */
public enum Stance {
  FOR(1),
  AGAINST(-1);

  private final int sign;

  Stance(int sign) {
    this.sign = sign;
  }

  public int sign() {
    return sign;
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
