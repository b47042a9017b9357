package dev.charter.adapter.assessor.semantic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the embedding model spreads one embedding over the cores. Measured on two cores: spreading
 * gives the fastest single embedding (a short prompt took about two thirds of its one-thread time),
 * while one thread per embedding gives about 1.5 times the throughput when many judgments run side
 * by side, because the cores are not handed back and forth.
 */
public enum EmbeddingThreads {

  /** ONNX Runtime's choice: one embedding uses every core. Best when judgments come one at a time. */
  ALL_CORES("all-cores"),

  /** Each embedding runs on the calling thread alone. Best under load and for evaluation runs. */
  PER_JUDGMENT("per-judgment");

  private final String id;

  EmbeddingThreads(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<EmbeddingThreads> fromId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst();
  }
}
