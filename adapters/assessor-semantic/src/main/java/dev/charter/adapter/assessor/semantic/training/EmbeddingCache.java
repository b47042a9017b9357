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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Embeddings of the training texts, optionally kept in a file between runs (keyed by the sha256 of
 * the text and the model name), so that retraining the head does not embed ten thousand texts
 * again. The embeddings are the same either way; the cache only saves time.
 */
final class EmbeddingCache {

  private final Path file;
  private final Map<String, float[]> vectors = new HashMap<>();
  private boolean changed;

  EmbeddingCache(Path file) throws IOException {
    this.file = file;
    if (file != null && Files.exists(file)) {
      try (InputStream raw = Files.newInputStream(file);
           DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
        String model = in.readUTF();
        if (!model.equals(MiniLmEmbeddings.MODEL_NAME)) {
          return;
        }
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          String key = in.readUTF();
          float[] v = new float[MiniLmEmbeddings.DIMENSION];
          for (int j = 0; j < v.length; j++) {
            v[j] = in.readFloat();
          }
          vectors.put(key, v);
        }
      }
    }
  }

  /** The embeddings of {@code texts}, in order, computing the ones not cached. */
  float[][] embed(List<String> texts, String label) throws IOException {
    float[][] out = new float[texts.size()][];
    ProgressBar bar = new ProgressBar(label, texts.size(), System.err);
    MiniLmEmbeddings model = null;
    for (int i = 0; i < texts.size(); i++) {
      String key = TrainingSet.sha256(texts.get(i).getBytes(StandardCharsets.UTF_8));
      float[] v = vectors.get(key);
      if (v == null) {
        if (model == null) {
          model = MiniLmEmbeddings.shared(MiniLmEmbeddings.ALL_CORES);
        }
        v = model.embed(texts.get(i));
        vectors.put(key, v);
        changed = true;
      }
      out[i] = v;
      bar.step(i + 1);
    }
    return out;
  }

  void save() throws IOException {
    if (file == null || !changed) {
      return;
    }
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (OutputStream raw = Files.newOutputStream(file);
         DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw))) {
      out.writeUTF(MiniLmEmbeddings.MODEL_NAME);
      out.writeInt(vectors.size());
      for (Map.Entry<String, float[]> e : new java.util.TreeMap<>(vectors).entrySet()) {
        out.writeUTF(e.getKey());
        for (float f : e.getValue()) {
          out.writeFloat(f);
        }
      }
    }
  }
}
