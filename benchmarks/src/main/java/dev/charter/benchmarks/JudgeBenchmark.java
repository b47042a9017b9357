package dev.charter.benchmarks;

import dev.charter.bootstrap.Charter;
import dev.charter.application.port.in.JudgeSituation;
import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.principal.Speaker;
import dev.charter.domain.situation.Conversation;
import dev.charter.domain.situation.Deployment;
import dev.charter.domain.situation.Message;
import dev.charter.domain.policy.OperatorSettings;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One situation judged end to end on the deterministic path: stop orders, effective policy, the
 * four screens, weighing, the canonical record, the hash chain and the in-memory log, through the
 * same {@link Charter} an embedding service uses.
 *
 * <p>A fresh Charter per iteration keeps the in-memory log, which grows with every judgment, from
 * distorting later iterations.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dguice_bytecode_gen_option=DISABLED"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class JudgeBenchmark {

  private Charter charter;
  private JudgeSituation judge;
  private Situation situation;

  @Setup(Level.Iteration)
  public void open() {
    charter = Charter.builder().inMemory().semantic(false).build();
    judge = charter.judge();
    situation = Situation.builder()
        .kind(SituationKind.REQUEST)
        .deployment(Deployment.builder().id("support").operator(OperatorSettings.builder().id("acme")
            .instructions("You help Acme customers with orders, deliveries and returns.").build()).build())
        .conversation(Conversation.builder().id("bench")
            .addMessages(Message.builder().speaker(Speaker.TOOL).name("order_lookup")
                .text("Order 1234: kettle, delivered 2 June, returnable until 2 July.").build())
            .addMessages(Message.of(Speaker.USER, "My kettle arrived broken. How do I return order 1234?"))
            .build())
        .build();
  }

  @TearDown(Level.Iteration)
  public void close() {
    charter.close();
  }

  /** Latency distribution of single judgments: read the p0.50 line. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Judgment latency() {
    return judge.judge(situation).get();
  }

  /** Judgments per second; run with -t 1 and -t 2 to compare one thread with two. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Judgment throughput() {
    return judge.judge(situation).get();
  }
}
