package dev.charter.domain.judgment;

import org.immutables.value.Value;

/** Where a judgment sits in the tamper-evident decision log. */
@Value.Immutable
public abstract class ChainLink {

  @Value.Parameter
  public abstract long sequence();

  @Value.Parameter
  public abstract String previousHash();

  @Value.Parameter
  public abstract String hash();

  public static ChainLink of(long sequence, String previousHash, String hash) {
    return ImmutableChainLink.of(sequence, previousHash, hash);
  }
}
