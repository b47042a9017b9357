package dev.charter.adapter.assessor.semantic.internal;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model, run in process by ONNX Runtime on
 * the CPU. The model ships inside its Maven artifact; nothing is downloaded.
 *
 * <p>The model is loaded once per process, on first use, by the class-holder idiom (the JVM
 * guarantees the holder is initialised exactly once and safely published). It is thread-safe:
 * ONNX Runtime sessions may be run concurrently.
 */
public final class MiniLmEmbeddings {

  /** The model the head must have been trained on. */
  public static final String MODEL_NAME = "all-minilm-l6-v2-q";

  public static final int DIMENSION = 384;

  private final EmbeddingModel model;
  private final long loadNanos;

  private MiniLmEmbeddings() {
    long start = System.nanoTime();
    this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    // The first embedding initialises the tokenizer and the session's buffers; paying for it here
    // keeps it out of the first judgment.
    model.embed("warm up");
    this.loadNanos = System.nanoTime() - start;
  }

  private static final class Holder {
    static final MiniLmEmbeddings INSTANCE = new MiniLmEmbeddings();
  }

  /** The process-wide instance, loaded on the first call. */
  public static MiniLmEmbeddings shared() {
    return Holder.INSTANCE;
  }

  /** How long loading the model (and its first embedding) took. */
  public long loadNanos() {
    return loadNanos;
  }

  /** The L2-normalised embedding of {@code text}; longer texts are split and averaged by the model. */
  public float[] embed(String text) {
    float[] vector = model.embed(text.isBlank() ? "(empty)" : text).content().vector();
    if (vector.length != DIMENSION) {
      throw new IllegalStateException("the embedding model returned " + vector.length
          + " dimensions, expected " + DIMENSION);
    }
    return vector;
  }
}
