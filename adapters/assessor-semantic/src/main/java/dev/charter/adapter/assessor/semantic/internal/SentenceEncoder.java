package dev.charter.adapter.assessor.semantic.internal;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.TokenizersLibrary;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Map;

/**
 * A BERT sentence encoder: tokenizes the text once, runs the ONNX session, and mean-pools the
 * token vectors into one L2-normalised sentence embedding.
 *
 * <p>Up to 128 tokens the vectors are those of the model artifact's own LangChain4j encoder (cosine
 * above 0.99999), which tokenizes each text three times where this one tokenizes once, about a tenth
 * faster. Beyond that the two part: the artifact's tokenizer truncates at 128 tokens, so a request
 * placed after a long preamble would not be seen at all. Here nothing is cut. BERT reads at most 512
 * tokens, so a longer text is cut, between words, into windows of 510, a [CLS] and a [SEP] are put
 * around each, and the windows' means are averaged, weighted by their length.
 *
 * <p>The model reads its input from, and writes its token vectors into, native buffers that are
 * reused, so an embedding leaves almost nothing on the Java heap for the collector: in a service,
 * less heap is touched.
 *
 * <p>Thread-safe: the tokenizer and the ONNX Runtime session may be used concurrently, and each
 * concurrent embedding takes its own buffers from a pool. Most take a set for a window of 128 tokens
 * (about 200 KB), the length nearly every request fits in, and at most four such sets per core
 * stay idle; a longer window takes a full set (about 800 KB), of which at most one per core stays
 * idle. A burst of callers leaves no more than that behind.
 */
final class SentenceEncoder {

  private static final int MAX_WINDOW = 510;

  /** The window, [CLS] and [SEP] included, that nearly every request fits in. */
  private static final int SHORT_WINDOW = 128;

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean takesTokenTypes;
  private final String tokenVectors;
  private final int dimension;
  /** Buffers for windows of up to 128 tokens, nearly every request; four idle sets per core at most. */
  private final IdlePool<Buffers> shortWindows;
  /** Buffers for full windows, rarer: one idle set per core at most. */
  private final IdlePool<Buffers> fullWindows;

  SentenceEncoder(OrtEnvironment environment, OrtSession session, InputStream tokenizerJson, int dimension)
      throws IOException, OrtException {
    this.environment = environment;
    this.session = session;
    // No padding and no truncation: every token is kept, and long texts are windowed below.
    this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false", "truncation", "false"));
    this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
    this.tokenVectors = session.getOutputNames().iterator().next();
    this.dimension = dimension;
    this.shortWindows = new IdlePool<>(4 * CORES, () -> new Buffers(SHORT_WINDOW, dimension));
    this.fullWindows = new IdlePool<>(CORES, () -> new Buffers(MAX_WINDOW + 2, dimension));
    long[] shape = ((TensorInfo) session.getOutputInfo().get(tokenVectors).getInfo()).getShape();
    if (shape[shape.length - 1] > 0 && shape[shape.length - 1] != dimension) {
      throw new IllegalStateException("the embedding model returns " + shape[shape.length - 1]
          + " numbers per token, expected " + dimension);
    }
  }

  /**
   * The embedding of {@code text}; a text with no tokens at all gets that of [CLS] [SEP]. The token
   * vectors of each window are shown to {@code reader} before they are averaged.
   */
  float[] embed(String text, TokenVectorReader reader) throws OrtException {
    // The tokenizer's native encoding is asked only for what is used: the ids, and the tokens when a
    // long text must be cut between words. Its Java encoding would also copy out every token, their
    // character spans and five other arrays: 2 of the 7 KB an embedding allocated. Same ids, same
    // vectors.
    long encoding = TokenizersLibrary.LIB.encode(tokenizer.getHandle(), text, true);
    try {
      long[] ids = TokenizersLibrary.LIB.getTokenIds(encoding);
      int last = ids.length - 1; // the closing [SEP]
      if (last <= 1) {
        return normalise(meanOfWindow(ids, 1, 1, ids[0], ids[last], reader));
      }
      String[] tokens = last - 1 > MAX_WINDOW ? TokenizersLibrary.LIB.getTokens(encoding) : null;
      float[] sum = new float[dimension];
      int from = 1; // after the opening [CLS]
      while (from < last) {
        int to = windowEnd(tokens, from, last);
        float[] mean = meanOfWindow(ids, from, to, ids[0], ids[last], reader);
        int weight = to - from;
        for (int j = 0; j < dimension; j++) {
          sum[j] += mean[j] * weight;
        }
        from = to;
      }
      return normalise(sum);
    } finally {
      TokenizersLibrary.LIB.deleteEncoding(encoding);
    }
  }

  /**
   * Where the window that starts at {@code from} ends: at most 510 tokens, never inside a word.
   * {@code tokens} is needed only when more than 510 tokens are left.
   */
  private static int windowEnd(String[] tokens, int from, int last) {
    int to = from + MAX_WINDOW;
    if (to >= last) {
      return last;
    }
    while (to > from + 1 && tokens[to].startsWith("##")) {
      to--;
    }
    return to;
  }

  /** The mean of the token vectors of [CLS] ids[from, to) [SEP], the special tokens included. */
  private float[] meanOfWindow(long[] ids, int from, int to, long cls, long sep, TokenVectorReader reader)
      throws OrtException {
    int length = to - from + 2;
    long[] shape = {1, length};
    IdlePool<Buffers> pool = length <= SHORT_WINDOW ? shortWindows : fullWindows;
    Buffers buffers = pool.take();
    try {
      LongBuffer window = buffers.ids.clear();
      window.put(cls).put(ids, from, to - from).put(sep).flip();
      FloatBuffer hidden = buffers.hidden.clear().limit(length * dimension).slice();
      try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, window.slice(), shape);
           OnnxTensor attention = OnnxTensor.createTensor(environment, buffers.ones.clear().limit(length).slice(), shape);
           OnnxTensor tokenTypes = OnnxTensor.createTensor(environment, buffers.zeros.clear().limit(length).slice(),
               shape);
           OnnxTensor output = OnnxTensor.createTensor(environment, hidden, new long[] {1, length, dimension})) {
        Map<String, OnnxTensor> inputs = takesTokenTypes
            ? Map.of("input_ids", inputIds, "attention_mask", attention, "token_type_ids", tokenTypes)
            : Map.of("input_ids", inputIds, "attention_mask", attention);
        try (OrtSession.Result ignored = session.run(inputs, Map.of(tokenVectors, output))) {
          reader.read(hidden, length);
          float[] mean = new float[dimension];
          for (int token = 0; token < length; token++) {
            for (int j = 0; j < dimension; j++) {
              mean[j] += hidden.get();
            }
          }
          for (int j = 0; j < dimension; j++) {
            mean[j] /= length;
          }
          return mean;
        }
      }
    } finally {
      pool.giveBack(buffers);
    }
  }

  /**
   * Native buffers for one window of up to {@code tokens} tokens at a time: its input ids, a mask
   * of ones, token types of zeros, and its token vectors.
   */
  private static final class Buffers {
    final LongBuffer ids;
    final LongBuffer ones;
    final LongBuffer zeros;
    final FloatBuffer hidden;

    Buffers(int tokens, int dimension) {
      ids = longs(tokens);
      ones = longs(tokens);
      zeros = longs(tokens);
      while (ones.hasRemaining()) {
        ones.put(1L);
      }
      hidden = ByteBuffer.allocateDirect(tokens * dimension * Float.BYTES).order(ByteOrder.nativeOrder())
          .asFloatBuffer();
    }

    private static LongBuffer longs(int n) {
      return ByteBuffer.allocateDirect(n * Long.BYTES).order(ByteOrder.nativeOrder()).asLongBuffer();
    }
  }

  private static float[] normalise(float[] vector) {
    double squares = 0;
    for (float v : vector) {
      squares += v * v;
    }
    float norm = (float) Math.sqrt(squares);
    for (int i = 0; i < vector.length; i++) {
      vector[i] /= norm;
    }
    return vector;
  }
}
