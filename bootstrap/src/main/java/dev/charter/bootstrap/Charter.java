package dev.charter.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.util.Modules;
import dev.charter.adapter.assessor.screens.ScreensModule;
import dev.charter.adapter.assessor.semantic.EmbeddingThreads;
import dev.charter.adapter.assessor.semantic.SemanticAssessorModule;
import dev.charter.adapter.constitution.yaml.YamlConstitutionModule;
import dev.charter.adapter.llm.anthropic.AnthropicModule;
import dev.charter.adapter.llm.openai.OpenAiModule;
import dev.charter.adapter.storage.jdbc.JdbcStorage;
import dev.charter.adapter.storage.jdbc.JdbcStorageModule;
import dev.charter.adapter.storage.memory.InMemoryStorageModule;
import dev.charter.application.port.CannotStart;
import dev.charter.application.port.in.EvaluateSuite;
import dev.charter.application.port.in.InspectConstitution;
import dev.charter.application.port.in.JudgeSituation;
import dev.charter.application.port.in.OverseeDecisions;
import dev.charter.application.port.out.ModelEndpoint;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.judgment.Judgment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The entry point for embedding Charter in a Java service.
 *
 * <pre>{@code
 * try (Charter charter = Charter.builder().dataDirectory(Path.of("data")).build()) {
 *   Judgment judgment = charter.judge().judge(situation).get();
 * }
 * }</pre>
 *
 * <p>By default it runs the bundled constitution, the deterministic screens, the embedded semantic
 * assessor and the embedded H2 log. {@link Builder#install} adds your own Guice modules: an extra {@code Assessor} joins the set;
 * a binding of {@code DecisionLog}, {@code StopOrders}, {@code DecisionEvents} or {@code Clock}
 * replaces the default. {@link #build} fails fast, listing every problem, if the constitution is
 * invalid.
 */
public final class Charter implements AutoCloseable {

  private final Injector injector;
  private final List<AutoCloseable> resources;

  private Charter(Injector injector, List<AutoCloseable> resources) {
    this.injector = injector;
    this.resources = resources;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Judge requests, draft responses and proposed actions. */
  public JudgeSituation judge() {
    return injector.getInstance(JudgeSituation.class);
  }

  /** Stop orders and the decision log, for overseers. */
  public OverseeDecisions oversight() {
    return injector.getInstance(OverseeDecisions.class);
  }

  /** The constitution in force and validation of candidates. */
  public InspectConstitution constitution() {
    return injector.getInstance(InspectConstitution.class);
  }

  /** Judges a labelled suite through this pipeline and compares the verdicts with the labels. */
  public EvaluateSuite evaluate() {
    return injector.getInstance(EvaluateSuite.class);
  }

  /** Closes the storage and the model client, and stops the assessor threads. */
  @Override
  public void close() {
    injector.getInstance(ExecutorService.class).shutdownNow();
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not close " + resource, e);
      }
    }
  }

  /** Chooses adapters and configuration; every setting has a default. */
  public static final class Builder {
    private final ImmutableCharterConfig.Builder config = CharterConfig.builder();
    private final List<Module> userModules = new ArrayList<>();
    private final List<Consumer<Judgment>> listeners = new ArrayList<>();

    private Builder() {}

    /** Takes a whole configuration, e.g. one read by {@link ConfigLoader}; later calls refine it. */
    public Builder config(CharterConfig loaded) {
      config.from(loaded);
      return this;
    }

    /** A constitution file, or {@code classpath:default}. */
    public Builder constitution(String location) {
      config.constitution(location);
      return this;
    }

    public Builder constitution(Path file) {
      return constitution(file.toString());
    }

    /** Keeps the decision log and stop orders in H2 under this directory. */
    public Builder dataDirectory(Path directory) {
      config.storage(StorageKind.H2).dataDirectory(directory);
      return this;
    }

    /** Switches the embedded semantic assessor on or off (on by default). */
    public Builder semantic(boolean enabled) {
      config.semantic(enabled);
      return this;
    }

    /** Gives the semantic assessor a classifier head file of your own instead of the bundled one. */
    public Builder semanticHead(Path headFile) {
      config.semanticHead(headFile);
      return this;
    }

    /** How each embedding of the semantic assessor uses the cores (every core by default). */
    public Builder semanticThreads(EmbeddingThreads threads) {
      config.semanticThreads(threads);
      return this;
    }

    /**
     * Adds an LLM judge on an OpenAI-compatible or Anthropic endpoint, consulted (by default) only
     * when the embedded assessors are unsure.
     */
    public Builder llmJudge(LlmJudgeConfig judge) {
      config.llmJudge(judge);
      return this;
    }

    /** How long the LLM judge may take when it is consulted as a referee (30 s by default). */
    public Builder refereeDeadline(Duration deadline) {
      config.refereeDeadline(deadline);
      return this;
    }

    /** Keeps everything in memory: nothing survives the process. */
    public Builder inMemory() {
      config.storage(StorageKind.MEMORY);
      return this;
    }

    /** Shares the decision log and stop orders through PostgreSQL. */
    public Builder postgres(String url, String user, String password) {
      config.storage(StorageKind.POSTGRES).postgresUrl(url).postgresUser(user).postgresPassword(password);
      return this;
    }

    /** Adds modules whose bindings add assessors or replace default adapters. */
    public Builder install(Module... modules) {
      userModules.addAll(List.of(modules));
      return this;
    }

    /** Called with every judgment once it is logged. */
    public Builder onJudgment(Consumer<Judgment> listener) {
      listeners.add(listener);
      return this;
    }

    public Charter build() {
      Charter charter = open(config.build());
      try {
        // Fail fast: the constitution, and every assessor with what it loads (a model, a classifier).
        charter.injector.getInstance(Constitution.class);
        charter.injector.getInstance(JudgeSituation.class);
      } catch (com.google.inject.ProvisionException e) {
        charter.close();
        // What could not start is the caller's to fix, so it is thrown as itself, not wrapped.
        if (e.getCause() instanceof ConstitutionRejected || e.getCause() instanceof CannotStart) {
          throw (RuntimeException) e.getCause();
        }
        throw e;
      }
      return charter;
    }

    /**
     * Opens without loading the constitution yet, so that a broken configured constitution can
     * still be shown and diagnosed; used by the command line.
     */
    public Charter buildLazily() {
      return open(config.build());
    }

    private Charter open(CharterConfig settings) {
      // Resources opened later (a model client, when the judge is first needed) join the list then.
      List<AutoCloseable> resources = new CopyOnWriteArrayList<>();
      List<Module> modules = new ArrayList<>();
      modules.add(new CoreModule(settings, listeners));
      modules.add(new YamlConstitutionModule(settings.constitution()));
      modules.add(storage(settings, resources));
      if (settings.screens()) {
        modules.add(new ScreensModule());
      }
      if (settings.semantic()) {
        SemanticAssessorModule semantic = new SemanticAssessorModule()
            .withThreads(settings.semanticThreads().orElse(EmbeddingThreads.ALL_CORES));
        modules.add(settings.semanticHead().map(semantic::withHead).orElse(semantic));
      }
      settings.llmJudge().ifPresent(judge -> {
        // Two attempts (one retry) fit within the deadline the judge runs under.
        Duration deadline = judge.when() == LlmJudgeConfig.When.UNSURE ? settings.refereeDeadline() : settings.deadline();
        ModelEndpoint endpoint = ModelEndpoint.builder()
            .baseUrl(judge.url()).model(judge.model()).apiKey(judge.apiKey())
            .timeout(deadline.dividedBy(2)).maxRetries(1).build();
        modules.add(judge.provider() == LlmJudgeConfig.Provider.ANTHROPIC
            ? new AnthropicModule(endpoint) : new OpenAiModule(endpoint));
        modules.add(new LlmJudgeModule(judge.when(), resources));
      });
      Module all = Modules.override(modules).with(userModules);
      try {
        return new Charter(Guice.createInjector(Stage.DEVELOPMENT, all), resources);
      } catch (RuntimeException e) {
        closeQuietly(resources);
        throw e;
      }
    }

    private static Module storage(CharterConfig settings, List<AutoCloseable> resources) {
      switch (settings.storage()) {
        case MEMORY:
          return new InMemoryStorageModule();
        case POSTGRES:
          JdbcStorage postgres = JdbcStorage.postgres(settings.postgresUrl().orElseThrow(),
              settings.postgresUser().orElse(""), settings.postgresPassword().orElse(""));
          resources.add(postgres);
          return new JdbcStorageModule(postgres);
        case H2:
        default:
          JdbcStorage h2 = JdbcStorage.h2File(settings.dataDirectory());
          resources.add(h2);
          return new JdbcStorageModule(h2);
      }
    }

    private static void closeQuietly(List<AutoCloseable> resources) {
      for (AutoCloseable resource : resources) {
        try {
          resource.close();
        } catch (Exception ignored) {
          // already failing; the original error is the one worth reporting
        }
      }
    }
  }
}
