package dev.charter.adapter.assessor.semantic.training;

import dev.charter.adapter.assessor.semantic.internal.MiniLmEmbeddings;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Embeddings of the training texts with their token vectors (which the token detectors learn
 * from), optionally kept in a file between runs (keyed by the sha256 of the text and the model
 * name), so that retraining the head does not embed ten thousand texts again. The embeddings are the
 * same either way; the cache only saves time.
 */
final class EmbeddingCache {

  /** A text's sentence embedding and its token vectors, all windows one after the other. */
  record Embedded(float[] embedding, float[] tokens) {}

  private static final String FORMAT = MiniLmEmbeddings.MODEL_NAME + " with token vectors";

  private final Path file;
  private final Map<String, Embedded> vectors = new HashMap<>();
  private boolean changed;

  EmbeddingCache(Path file) throws IOException {
    this.file = file;
    if (file != null && Files.exists(file)) {
      try (InputStream raw = Files.newInputStream(file);
           DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 20))) {
        if (!in.readUTF().equals(FORMAT)) {
          return;
        }
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          String key = in.readUTF();
          vectors.put(key, new Embedded(read(in, MiniLmEmbeddings.DIMENSION), read(in, in.readInt())));
        }
      }
    }
  }

  /** The embeddings of {@code texts}, in order, computing the ones not cached. */
  Embedded[] embed(List<String> texts, String label) throws IOException {
    Embedded[] out = new Embedded[texts.size()];
    ProgressBar bar = new ProgressBar(label, texts.size(), System.err);
    MiniLmEmbeddings model = null;
    for (int i = 0; i < texts.size(); i++) {
      String key = TrainingSet.sha256(texts.get(i).getBytes(StandardCharsets.UTF_8));
      Embedded v = vectors.get(key);
      if (v == null) {
        if (model == null) {
          model = MiniLmEmbeddings.shared(MiniLmEmbeddings.ALL_CORES);
        }
        v = embed(model, texts.get(i));
        vectors.put(key, v);
        changed = true;
      }
      out[i] = v;
      bar.step(i + 1);
    }
    return out;
  }

  private static Embedded embed(MiniLmEmbeddings model, String text) {
    List<float[]> windows = new ArrayList<>();
    float[] embedding = model.embed(text, (tokens, n) -> {
      float[] copy = new float[n * MiniLmEmbeddings.DIMENSION];
      tokens.get(0, copy);
      windows.add(copy);
    });
    float[] tokens = new float[windows.stream().mapToInt(w -> w.length).sum()];
    int at = 0;
    for (float[] w : windows) {
      System.arraycopy(w, 0, tokens, at, w.length);
      at += w.length;
    }
    return new Embedded(embedding, tokens);
  }

  void save() throws IOException {
    if (file == null || !changed) {
      return;
    }
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (OutputStream raw = Files.newOutputStream(file);
         DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw, 1 << 20))) {
      out.writeUTF(FORMAT);
      out.writeInt(vectors.size());
      for (Map.Entry<String, Embedded> e : new java.util.TreeMap<>(vectors).entrySet()) {
        out.writeUTF(e.getKey());
        write(out, e.getValue().embedding());
        out.writeInt(e.getValue().tokens().length);
        write(out, e.getValue().tokens());
      }
    }
  }

  private static float[] read(DataInputStream in, int n) throws IOException {
    float[] v = new float[n];
    for (int j = 0; j < n; j++) {
      v[j] = in.readFloat();
    }
    return v;
  }

  private static void write(DataOutputStream out, float[] v) throws IOException {
    for (float f : v) {
      out.writeFloat(f);
    }
  }
}
