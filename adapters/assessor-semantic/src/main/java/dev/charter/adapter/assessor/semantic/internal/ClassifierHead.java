package dev.charter.adapter.assessor.semantic.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The trained classifier head, validated: it reads an embedding (and the lexical cues of the same
 * text) and gives a {@link Reading}. Loading checks the format and version, the embedding model
 * and dimension, the cue set, the labels, every weight array's shape, the weights' sha256, and the
 * thresholds; any problem is a {@link HeadLoadException} that says what is wrong.
 */
public final class ClassifierHead {

  /** Where the head trained for this build is bundled. */
  public static final String BUNDLED = "/dev/charter/assessor/semantic/head-v3.json";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

  private final HeadFile file;
  private final Network network;
  private final List<String> labels;

  private ClassifierHead(HeadFile file, Network network) {
    // The weights live on in the network, in the form it reads them; their base64 text (2.3 MB for
    // the bundled head) would only hold heap for the life of the process.
    this.file = file.withoutWeights();
    this.network = network;
    this.labels = List.copyOf(file.labels());
  }

  /** The head bundled in this jar. */
  public static ClassifierHead bundled() {
    return fromClasspath(BUNDLED);
  }

  public static ClassifierHead fromClasspath(String resource) {
    String origin = "classpath:" + resource;
    try (InputStream in = ClassifierHead.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new HeadLoadException(origin, "is missing; the semantic assessor cannot start without it"
            + " (train one with dev.charter.adapter.assessor.semantic.training.TrainHead)");
      }
      return read(in.readAllBytes(), origin);
    } catch (IOException e) {
      throw new HeadLoadException(origin, "could not be read: " + e.getMessage(), e);
    }
  }

  public static ClassifierHead fromFile(Path path) {
    String origin = path.toString();
    try {
      return read(Files.readAllBytes(path), origin);
    } catch (NoSuchFileException e) {
      throw new HeadLoadException(origin, "is missing; the semantic assessor cannot start without it");
    } catch (IOException e) {
      throw new HeadLoadException(origin, "could not be read: " + e.getMessage(), e);
    }
  }

  /** Parses and validates a head; {@code origin} names it in messages. */
  public static ClassifierHead read(byte[] json, String origin) {
    HeadFile file;
    try {
      // Format and version first, so an older head is told apart from a corrupt one.
      JsonNode tree = JSON.readTree(json);
      require(tree != null && tree.isObject(), origin, "is corrupt: not a JSON object");
      require(HeadFile.FORMAT.equals(tree.path("format").asText(null)), origin,
          "is not a Charter semantic head (format '" + tree.path("format").asText(null) + "')");
      require(tree.path("version").asInt(-1) == HeadFile.VERSION, origin, "has version "
          + tree.path("version").asText("(none)") + "; this build reads version " + HeadFile.VERSION
          + " (retrain it with dev.charter.adapter.assessor.semantic.training.TrainHead)");
      file = JSON.treeToValue(tree, HeadFile.class);
    } catch (JacksonException e) {
      throw new HeadLoadException(origin, "is corrupt: not a valid head document (" + describe(e) + ")", e);
    } catch (IOException e) {
      throw new HeadLoadException(origin, "could not be read: " + e.getMessage(), e);
    }
    return validated(file, origin);
  }

  /** Jackson's reason, with the field it concerns named the way the file spells it. */
  private static String describe(JacksonException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining()).substring(1);
      return e.getOriginalMessage().startsWith("Missing creator property") ? field + " is missing"
          : field + ": " + e.getOriginalMessage();
    }
    return e.getOriginalMessage();
  }

  /** Validates a head already in memory (the trainer uses this on what it is about to write). */
  public static ClassifierHead of(HeadFile file) {
    return validated(file, "(in memory)");
  }

  private static ClassifierHead validated(HeadFile f, String origin) {
    require(f != null, origin, "is empty");
    require(HeadFile.FORMAT.equals(f.format()), origin, "is not a Charter semantic head (format '" + f.format() + "')");
    require(f.version() == HeadFile.VERSION, origin, "has version " + f.version() + "; this build reads version "
        + HeadFile.VERSION);
    require(MiniLmEmbeddings.MODEL_NAME.equals(f.embeddingModel()), origin, "was trained on embedding model '"
        + f.embeddingModel() + "', but this build embeds with '" + MiniLmEmbeddings.MODEL_NAME + "'");
    require(f.embeddingDimension() == MiniLmEmbeddings.DIMENSION, origin, "expects " + f.embeddingDimension()
        + "-dimensional embeddings, the model gives " + MiniLmEmbeddings.DIMENSION);
    require(f.lexicalCuesVersion() == LexicalCues.VERSION && LexicalCues.NAMES.equals(f.lexicalCues()), origin,
        "was trained with other lexical cues (version " + f.lexicalCuesVersion() + "); retrain it");
    require(f.labels() != null && f.labels().size() >= 2 && HarmArea.BENIGN.equals(f.labels().get(0)), origin,
        "must list its labels with 'benign' first");
    Set<String> seen = new LinkedHashSet<>();
    for (String label : f.labels()) {
      require(seen.add(label), origin, "lists label '" + label + "' twice");
      require(label.equals(HarmArea.BENIGN) || HarmArea.fromId(label).isPresent(), origin,
          "has unknown label '" + label + "'");
    }
    HeadFile.Architecture a = f.architecture();
    require(a != null, origin, "has no architecture");
    require("relu".equals(a.activation()), origin, "uses activation '" + a.activation() + "'; only relu is supported");
    require(a.detectorsPerMember() > 0, origin, "has no token detectors");
    int inputs = MiniLmEmbeddings.DIMENSION + LexicalCues.NAMES.size() + a.detectorsPerMember();
    require(a.inputs() == inputs, origin, "expects " + a.inputs() + " inputs, this build gives " + inputs);
    require(a.outputs() == f.labels().size(), origin, "has " + a.outputs() + " outputs for " + f.labels().size()
        + " labels");
    require(a.hidden() > 0 && a.members() > 0, origin, "has an empty network");
    require(a.temperature() > 0 && Double.isFinite(a.temperature()), origin, "has an invalid temperature");
    require(f.members() != null && f.members().size() == a.members(), origin, "declares " + a.members()
        + " members but stores " + (f.members() == null ? 0 : f.members().size()));
    require(f.weightsSha256() != null && f.weightsSha256().equals(weightsSha256(f.members())), origin,
        "is corrupt: its weights do not match their sha256");
    List<Network.Member> members = new ArrayList<>();
    for (int m = 0; m < f.members().size(); m++) {
      HeadFile.MemberWeights w = f.members().get(m);
      members.add(new Network.Member(
          floats(w.w1(), a.inputs() * a.hidden(), origin, "members[" + m + "].w1"),
          floats(w.b1(), a.hidden(), origin, "members[" + m + "].b1"),
          floats(w.w2(), a.hidden() * a.outputs(), origin, "members[" + m + "].w2"),
          floats(w.b2(), a.outputs(), origin, "members[" + m + "].b2"),
          floats(w.detectorWeights(), MiniLmEmbeddings.DIMENSION * a.detectorsPerMember(), origin,
              "members[" + m + "].detectorWeights"),
          floats(w.detectorBias(), a.detectorsPerMember(), origin, "members[" + m + "].detectorBias")));
    }
    Map<String, HeadFile.Thresholds> thresholds = f.thresholds();
    require(thresholds != null, origin, "has no thresholds");
    for (String label : f.labels()) {
      if (label.equals(HarmArea.BENIGN)) {
        continue;
      }
      HeadFile.Thresholds t = thresholds.get(label);
      require(t != null, origin, "has no thresholds for '" + label + "'");
      require(unit(t.floor()) && unit(t.decline()) && unit(t.unsure()) && unit(t.violate()), origin,
          "has a threshold outside [0, 1] for '" + label + "'");
      require(t.floor() <= t.decline(), origin, "declines below its floor for '" + label + "'");
      require(t.unsure() <= t.violate(), origin, "finds '" + label + "' crossed below its unsure threshold");
      require(t.maxSpread() >= 0 && Double.isFinite(t.maxSpread()), origin, "has an invalid maxSpread for '"
          + label + "'");
    }
    require(f.provenance() != null && f.provenance().isObject(), origin, "has no provenance");
    return new ClassifierHead(f, new Network(members, a.inputs(), a.hidden(), a.outputs(), a.temperature(),
        MiniLmEmbeddings.DIMENSION, a.detectorsPerMember()));
  }

  /** The sha256 over every member's base64 weight strings, in order; detects any edit of the weights. */
  public static String weightsSha256(List<HeadFile.MemberWeights> members) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      if (members != null) {
        for (HeadFile.MemberWeights w : members) {
          for (String part : w.parts()) {
            digest.update(String.valueOf(part).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Little-endian float32 values as base64. */
  public static String encode(float[] values) {
    return Base64.getEncoder().encodeToString(littleEndian(values));
  }

  /** Float32 values as little-endian bytes, as both the head file and ONNX store them. */
  static byte[] littleEndian(float[] values) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : values) {
      buffer.putFloat(v);
    }
    return buffer.array();
  }

  private static float[] floats(String base64, int expected, String origin, String field) {
    require(base64 != null, origin, "has no " + field);
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new HeadLoadException(origin, "is corrupt: " + field + " is not base64", e);
    }
    require(bytes.length == expected * Float.BYTES, origin, "is corrupt: " + field + " holds "
        + bytes.length / Float.BYTES + " values, expected " + expected);
    float[] values = new float[expected];
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < expected; i++) {
      values[i] = buffer.getFloat();
      // Checked without require(..): its message would be built for every one of the weights.
      if (!Float.isFinite(values[i])) {
        throw new HeadLoadException(origin, "is corrupt: " + field + " holds a value that is not finite");
      }
    }
    return values;
  }

  private static boolean unit(double v) {
    return v >= 0 && v <= 1;
  }

  private static void require(boolean condition, String origin, String problem) {
    if (!condition) {
      throw new HeadLoadException(origin, problem);
    }
  }

  /** Reads {@code text}: embeds it, running the token detectors on the way, and reads the result. */
  public Reading read(String text, MiniLmEmbeddings embeddings) {
    TokenDetectors detectors = network.detectors();
    float[] strongest = new float[detectors.count()];
    float[] embedding = embeddings.embed(text, (vectors, tokens) -> detectors.read(vectors, tokens, strongest));
    return read(embedding, LexicalCues.of(text), strongest);
  }

  /**
   * Reads the text whose embedding and cues are given, and whose token detectors (the whole bank, see
   * {@link Network#detectors()}) fired at most {@code strongest}.
   */
  private Reading read(float[] embedding, float[] cues, float[] strongest) {
    float[] x = new float[embedding.length + cues.length];
    System.arraycopy(embedding, 0, x, 0, embedding.length);
    System.arraycopy(cues, 0, x, embedding.length, cues.length);
    double[][] perMember = network.memberProbabilities(x, strongest);
    int k = network.outputs();
    double[] mean = new double[k];
    for (double[] p : perMember) {
      for (int i = 0; i < k; i++) {
        mean[i] += p[i] / perMember.length;
      }
    }
    double harm = 1 - mean[0];
    double variance = 0;
    for (double[] p : perMember) {
      double d = (1 - p[0]) - harm;
      variance += d * d / perMember.length;
    }
    return new Reading(harm, mean, labels, Math.sqrt(variance));
  }

  public List<String> labels() {
    return labels;
  }

  public HeadFile.Thresholds thresholds(HarmArea area) {
    return file.thresholds().get(area.id());
  }

  /** The hard constraints this head has a label for. */
  public Set<String> guardedConstraints() {
    Set<String> ids = new LinkedHashSet<>();
    for (String label : labels) {
      HarmArea.fromId(label).filter(HarmArea::hardConstraint).ifPresent(a -> ids.add(a.id()));
    }
    return ids;
  }

  /** The head's document, without its weights: labels, thresholds, the model it reads, provenance. */
  public HeadFile file() {
    return file;
  }
}
