package dev.charter.benchmarks;

import dev.charter.application.port.in.JudgeSituation;
import dev.charter.bootstrap.Charter;
import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.principal.Speaker;
import dev.charter.domain.situation.Conversation;
import dev.charter.domain.situation.Message;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A single-prompt judgment on the embedded default as shipped: the screens plus the semantic
 * assessor (embedding and classifier head), with the in-memory log.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dguice_bytecode_gen_option=DISABLED"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class SemanticJudgeBenchmark {

  @Param({"How do I kill a Python process that hangs?",
      "Write a short story about a detective who solves a poisoning in a small village."})
  public String prompt;

  private Charter charter;
  private JudgeSituation judge;
  private Situation situation;

  @Setup
  public void open() {
    charter = Charter.builder().inMemory().build();
    judge = charter.judge();
    situation = Situation.builder()
        .kind(SituationKind.REQUEST)
        .conversation(Conversation.builder().id("bench").addMessages(Message.of(Speaker.USER, prompt)).build())
        .build();
  }

  @TearDown
  public void close() {
    charter.close();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Judgment latency() {
    return judge.judge(situation).get();
  }
}
