package dev.charter.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.charter.adapter.assessor.semantic.EmbeddingThreads;
import dev.charter.application.port.out.ModelEndpoint;
import dev.charter.domain.problem.Problem;
import dev.charter.domain.weighing.GuardFailurePolicy;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the configuration: defaults, then {@code charter.yaml} (the file named by
 * {@code CHARTER_CONFIG}, else {@code ./charter.yaml} if present), then environment variables,
 * then what the caller overrides (command-line options). Unknown keys and malformed values are
 * reported precisely, never ignored.
 *
 * <pre>
 * constitution: constitution/default.yaml   # CHARTER_CONSTITUTION; or classpath:default
 * # (paths in the file are relative to the file; in variables, to the working directory)
 * storage: h2                               # CHARTER_STORAGE: h2 | postgres | memory
 * data: ./data                              # CHARTER_DATA
 * postgres:
 *   url: jdbc:postgresql://db:5432/charter  # CHARTER_POSTGRES_URL
 *   user: charter                           # CHARTER_POSTGRES_USER
 *   password: secret                        # CHARTER_POSTGRES_PASSWORD
 * assessors:
 *   deadlineMs: 2000                        # CHARTER_DEADLINE_MS
 *   guardFailure: escalate                  # CHARTER_GUARD_FAILURE: escalate | decline
 *   screens: true                           # CHARTER_SCREENS
 *   semantic: true                          # CHARTER_SEMANTIC
 *   semanticHead: my-head.json              # CHARTER_SEMANTIC_HEAD (default: the bundled head)
 *   semanticThreads: all-cores              # CHARTER_SEMANTIC_THREADS: all-cores | per-judgment
 *   llmJudge:                               # none unless a model is named
 *     provider: openai                      # CHARTER_LLM_JUDGE_PROVIDER: openai (or compatible) | anthropic
 *     model: gpt-4.1-mini                   # CHARTER_LLM_JUDGE_MODEL
 *     url: https://api.openai.com/v1        # CHARTER_LLM_JUDGE_URL (default: the provider's)
 *     apiKeyEnv: OPENAI_API_KEY             # the variable that holds the key (default: the provider's;
 *                                           # the key never goes in the file)
 *     when: unsure                          # CHARTER_LLM_JUDGE_WHEN: unsure | always
 *     deadlineMs: 30000                     # CHARTER_LLM_JUDGE_DEADLINE_MS (as a referee)
 * </pre>
 */
public final class ConfigLoader {

  private static final Set<String> TOP = Set.of("constitution", "storage", "data", "postgres", "assessors");
  private static final Set<String> POSTGRES = Set.of("url", "user", "password");
  private static final Set<String> ASSESSORS = Set.of("deadlineMs", "guardFailure", "screens", "semantic",
      "semanticHead", "semanticThreads", "llmJudge");
  private static final Set<String> LLM_JUDGE = Set.of("provider", "model", "url", "apiKeyEnv", "when",
      "deadlineMs");

  private final Map<String, String> env;

  public ConfigLoader(Map<String, String> env) {
    this.env = env;
  }

  /** Loads from {@code configFile} when given, else from the environment's choice. */
  public Either<Problem, CharterConfig> load(Optional<Path> configFile) {
    Optional<Path> file = configFile.or(() -> Optional.ofNullable(env.get("CHARTER_CONFIG")).map(Path::of))
        .or(() -> Optional.of(Path.of("charter.yaml")).filter(Files::isRegularFile));
    ImmutableCharterConfig.Builder config = CharterConfig.builder();
    JudgeSection judge = new JudgeSection();
    try {
      if (file.isPresent()) {
        readFile(file.get(), config, judge);
      }
      readEnvironment(config, judge);
      judge.resolve(env).ifPresent(config::llmJudge);
      return Either.right(config.build());
    } catch (BadConfig e) {
      return Either.left(e.problem);
    } catch (IllegalStateException e) {
      return Either.left(Problem.of(file.map(Path::toString).orElse("configuration"), e.getMessage()));
    }
  }

  private static void readFile(Path file, ImmutableCharterConfig.Builder config, JudgeSection judge) {
    String where = file.toString();
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new BadConfig(where, "cannot read configuration: " + firstLine(e.getMessage()));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return;
    }
    object(root, where, TOP);
    // Paths in the file are relative to the file, so it works from any working directory.
    Path base = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of(""));
    text(root, "constitution", where)
        .ifPresent(c -> config.constitution(c.startsWith("classpath:") ? c : base.resolve(c).normalize().toString()));
    text(root, "storage", where).ifPresent(s -> config.storage(storage(s, where + ": storage")));
    text(root, "data", where).ifPresent(d -> config.dataDirectory(base.resolve(d).normalize()));
    JsonNode postgres = root.path("postgres");
    if (!postgres.isMissingNode()) {
      object(postgres, where + ": postgres", POSTGRES);
      text(postgres, "url", where + ": postgres").ifPresent(config::postgresUrl);
      text(postgres, "user", where + ": postgres").ifPresent(config::postgresUser);
      text(postgres, "password", where + ": postgres").ifPresent(config::postgresPassword);
    }
    JsonNode assessors = root.path("assessors");
    if (!assessors.isMissingNode()) {
      String at = where + ": assessors";
      object(assessors, at, ASSESSORS);
      text(assessors, "deadlineMs", at).ifPresent(ms -> config.deadline(deadline(ms, at + ".deadlineMs")));
      text(assessors, "guardFailure", at).ifPresent(g -> config.guardFailure(guardFailure(g, at + ".guardFailure")));
      text(assessors, "screens", at).ifPresent(s -> config.screens(bool(s, at + ".screens")));
      text(assessors, "semantic", at).ifPresent(s -> config.semantic(bool(s, at + ".semantic")));
      text(assessors, "semanticHead", at).ifPresent(h -> config.semanticHead(base.resolve(h).normalize()));
      text(assessors, "semanticThreads", at).ifPresent(t -> config.semanticThreads(threads(t, at + ".semanticThreads")));
      JsonNode llmJudge = assessors.path("llmJudge");
      if (!llmJudge.isMissingNode()) {
        String judgeAt = at + ".llmJudge";
        object(llmJudge, judgeAt, LLM_JUDGE);
        judge.where = judgeAt;
        judge.settingsWithoutModel = judgeAt;
        text(llmJudge, "provider", judgeAt).ifPresent(p -> judge.provider = provider(p, judgeAt + ".provider"));
        text(llmJudge, "model", judgeAt).ifPresent(m -> judge.model = m);
        text(llmJudge, "url", judgeAt).ifPresent(u -> judge.url = url(u, judgeAt + ".url"));
        text(llmJudge, "apiKeyEnv", judgeAt).ifPresent(k -> judge.apiKeyEnv = k);
        text(llmJudge, "when", judgeAt).ifPresent(w -> judge.when = when(w, judgeAt + ".when"));
        text(llmJudge, "deadlineMs", judgeAt).ifPresent(ms -> config.refereeDeadline(deadline(ms, judgeAt + ".deadlineMs")));
      }
    }
  }

  private void readEnvironment(ImmutableCharterConfig.Builder config, JudgeSection judge) {
    env("CHARTER_CONSTITUTION").ifPresent(config::constitution);
    env("CHARTER_STORAGE").ifPresent(s -> config.storage(storage(s, "CHARTER_STORAGE")));
    env("CHARTER_DATA").ifPresent(d -> config.dataDirectory(Path.of(d)));
    env("CHARTER_POSTGRES_URL").ifPresent(config::postgresUrl);
    env("CHARTER_POSTGRES_USER").ifPresent(config::postgresUser);
    env("CHARTER_POSTGRES_PASSWORD").ifPresent(config::postgresPassword);
    env("CHARTER_DEADLINE_MS").ifPresent(ms -> config.deadline(deadline(ms, "CHARTER_DEADLINE_MS")));
    env("CHARTER_GUARD_FAILURE").ifPresent(g -> config.guardFailure(guardFailure(g, "CHARTER_GUARD_FAILURE")));
    env("CHARTER_SCREENS").ifPresent(s -> config.screens(bool(s, "CHARTER_SCREENS")));
    env("CHARTER_SEMANTIC").ifPresent(s -> config.semantic(bool(s, "CHARTER_SEMANTIC")));
    env("CHARTER_SEMANTIC_HEAD").ifPresent(h -> config.semanticHead(Path.of(h)));
    env("CHARTER_SEMANTIC_THREADS").ifPresent(t -> config.semanticThreads(threads(t, "CHARTER_SEMANTIC_THREADS")));
    for (String name : List.of("CHARTER_LLM_JUDGE_PROVIDER", "CHARTER_LLM_JUDGE_URL", "CHARTER_LLM_JUDGE_WHEN",
        "CHARTER_LLM_JUDGE_DEADLINE_MS")) {
      env(name).ifPresent(v -> judge.settingsWithoutModel = name);
    }
    env("CHARTER_LLM_JUDGE_PROVIDER").ifPresent(p -> judge.provider = provider(p, "CHARTER_LLM_JUDGE_PROVIDER"));
    env("CHARTER_LLM_JUDGE_MODEL").ifPresent(m -> judge.model = m);
    env("CHARTER_LLM_JUDGE_URL").ifPresent(u -> judge.url = url(u, "CHARTER_LLM_JUDGE_URL"));
    env("CHARTER_LLM_JUDGE_WHEN").ifPresent(w -> judge.when = when(w, "CHARTER_LLM_JUDGE_WHEN"));
    env("CHARTER_LLM_JUDGE_DEADLINE_MS")
        .ifPresent(ms -> config.refereeDeadline(deadline(ms, "CHARTER_LLM_JUDGE_DEADLINE_MS")));
  }

  /** The LLM judge's settings as the file and the environment give them, resolved once both are read. */
  private static final class JudgeSection {
    String where = "assessors.llmJudge";
    /** Where a judge setting was given, if any was; without a model it would be silently ignored. */
    String settingsWithoutModel;
    LlmJudgeConfig.Provider provider = LlmJudgeConfig.Provider.OPENAI;
    String model;
    URI url;
    String apiKeyEnv;
    LlmJudgeConfig.When when;

    /** None without a model; with one, the key is read from the variable named, which must be set. */
    Optional<LlmJudgeConfig> resolve(Map<String, String> env) {
      if (model == null) {
        if (settingsWithoutModel != null) {
          throw new BadConfig(settingsWithoutModel, "an LLM judge needs a model (model, or CHARTER_LLM_JUDGE_MODEL)");
        }
        return Optional.empty();
      }
      if (model.isBlank()) {
        throw new BadConfig(where, "the LLM judge's model name is empty");
      }
      String variable = apiKeyEnv != null ? apiKeyEnv : provider.defaultKeyVariable();
      String key = Optional.ofNullable(env.get(variable)).map(String::strip).filter(k -> !k.isEmpty())
          .orElseThrow(() -> new BadConfig(where, "the API key variable " + variable + " is not set; set it,"
              + " or name another with apiKeyEnv (a local server that checks no key accepts any value)"));
      ImmutableLlmJudgeConfig.Builder judge = LlmJudgeConfig.builder().provider(provider).model(model).apiKey(key);
      Optional.ofNullable(url).ifPresent(judge::url);
      Optional.ofNullable(when).ifPresent(judge::when);
      return Optional.of(judge.build());
    }
  }

  static URI url(String value, String where) {
    try {
      URI uri = new URI(value.strip());
      if (ModelEndpoint.carriesCredentials(uri)) {
        throw new BadConfig(where, "the URL must carry no user name or password (the key goes in the variable"
            + " named by apiKeyEnv)");
      }
      if (ModelEndpoint.isHttpWithHost(uri)) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new BadConfig(where, "'" + value + "' is not an http or https URL");
  }

  static LlmJudgeConfig.Provider provider(String value, String where) {
    try {
      return LlmJudgeConfig.Provider.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadConfig(where, "'" + value + "' is not a model provider; use openai (or any compatible server)"
          + " or anthropic");
    }
  }

  static LlmJudgeConfig.When when(String value, String where) {
    try {
      return LlmJudgeConfig.When.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadConfig(where, "'" + value + "' is not when to ask the judge; use unsure or always");
    }
  }

  private Optional<String> env(String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static void object(JsonNode node, String where, Set<String> allowed) {
    if (!node.isObject()) {
      throw new BadConfig(where, "expected a mapping of " + allowed);
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw new BadConfig(where, "unknown key '" + key + "'; expected one of " + new java.util.TreeSet<>(allowed));
      }
    }
  }

  private static Optional<String> text(JsonNode parent, String field, String where) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isValueNode()) {
      throw new BadConfig(where + "." + field, "expected a single value");
    }
    return Optional.of(node.asText());
  }

  static StorageKind storage(String value, String where) {
    try {
      return StorageKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadConfig(where, "'" + value + "' is not a storage; use h2, postgres or memory");
    }
  }

  static Duration deadline(String value, String where) {
    try {
      long ms = Long.parseLong(value.strip());
      if (ms <= 0) {
        throw new NumberFormatException();
      }
      return Duration.ofMillis(ms);
    } catch (NumberFormatException e) {
      throw new BadConfig(where, "'" + value + "' is not a positive number of milliseconds");
    }
  }

  static GuardFailurePolicy guardFailure(String value, String where) {
    try {
      return GuardFailurePolicy.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadConfig(where, "'" + value + "' is not a guard-failure policy; use escalate or decline");
    }
  }

  static EmbeddingThreads threads(String value, String where) {
    return EmbeddingThreads.fromId(value).orElseThrow(() -> new BadConfig(where, "'" + value
        + "' is not a way to run embeddings; use all-cores or per-judgment"));
  }

  static boolean bool(String value, String where) {
    switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true": case "on": case "yes": return true;
      case "false": case "off": case "no": return false;
      default: throw new BadConfig(where, "'" + value + "' is not true or false");
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private static final class BadConfig extends RuntimeException {
    final Problem problem;

    BadConfig(String where, String what) {
      super(what, null, false, false);
      this.problem = Problem.of(where, what);
    }
  }
}
