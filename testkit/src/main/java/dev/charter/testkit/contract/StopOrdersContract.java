package dev.charter.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.charter.application.port.out.StopOrders;
import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.oversight.StopScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link StopOrders} store must do, as tests. Each adapter of the port, ours and yours,
 * extends this class: an overseer's stop must hold until an overseer lifts it, whatever store is
 * behind it.
 *
 * <p>To check your own adapter, extend this class in your test sources and return a new, empty
 * store from {@link #newStopOrders()} (JUnit creates a new test instance per test, so fields set up
 * with {@code @TempDir} or {@code @BeforeEach} are safe to use). If your store is durable, also
 * override {@link #reopen()} so the test that orders survive a restart runs; it is skipped
 * otherwise. Release what you opened in an {@code @AfterEach}.
 *
 * <pre>{@code
 * class MyStopOrdersTest extends StopOrdersContract {
 *   @TempDir Path dir;
 *
 *   @Override
 *   protected StopOrders newStopOrders() {
 *     return new MyStopOrders(dir);
 *   }
 *
 *   @Override
 *   protected Optional<Supplier<StopOrders>> reopen() {
 *     return Optional.of(() -> new MyStopOrders(dir));
 *   }
 * }
 * }</pre>
 */
public abstract class StopOrdersContract {

  private static final Instant ISSUED = Instant.parse("2025-03-01T09:30:00.123456789Z");

  /** A new store with no orders. Called once per test, before anything else touches the store. */
  protected abstract StopOrders newStopOrders();

  /**
   * How to open the store last returned by {@link #newStopOrders()} again, as a process started
   * later would; close the earlier instance first if that is when your store makes its writes
   * durable. Empty, the default, for a store that lives and dies with its instance.
   */
  protected Optional<Supplier<StopOrders>> reopen() {
    return Optional.empty();
  }

  @Test
  void aNewStoreHasNoActiveOrders() {
    StopOrders orders = newStopOrders();

    assertThat(orders.active()).isEmpty();
  }

  @Test
  void aPlacedOrderIsActiveUntilItIsLifted() {
    StopOrders orders = newStopOrders();
    StopOrder order = order("conversation:c1", "harassment reported");

    orders.place(order);

    assertThat(orders.active()).containsExactly(order);
    assertThat(orders.lift(scope("conversation:c1"))).contains(order);
    assertThat(orders.active()).isEmpty();
  }

  @Test
  void anOrderComesBackWithExactlyTheFieldsItWasPlacedWith() {
    StopOrders orders = newStopOrders();
    StopOrder order = StopOrder.builder()
        .scope(scope("tool:shell"))
        .reason("rm -rf seen in a proposed action — stop every shell call \"now\"\nsecond line")
        .issuedBy("överseer@example.com")
        .issuedAt(Instant.parse("2025-03-01T09:30:00.000000001Z"))
        .build();

    orders.place(order);

    assertThat(orders.active()).containsExactly(order);
    StopOrder stored = orders.active().get(0);
    assertThat(stored.scope().toString()).isEqualTo("tool:shell");
    assertThat(stored.issuedAt()).isEqualTo(Instant.parse("2025-03-01T09:30:00.000000001Z"));
  }

  @Test
  void placingAgainForTheSameScopeReplacesTheOrder() {
    StopOrders orders = newStopOrders();
    orders.place(order("deployment:support-bot", "first reason"));
    StopOrder replacement = StopOrder.builder()
        .scope(scope("deployment:support-bot"))
        .reason("second reason")
        .issuedBy("lead-overseer")
        .issuedAt(ISSUED.plusSeconds(60))
        .build();

    orders.place(replacement);

    assertThat(orders.active()).containsExactly(replacement);
    assertThat(orders.lift(scope("deployment:support-bot"))).contains(replacement);
    assertThat(orders.active()).isEmpty();
  }

  @Test
  void liftingAScopeWithoutAnOrderReturnsEmpty() {
    StopOrders orders = newStopOrders();
    StopOrder other = order("conversation:c1", "reason");
    orders.place(other);

    assertThat(orders.lift(scope("conversation:c2"))).isEmpty();
    assertThat(orders.active()).containsExactly(other);
  }

  @Test
  void liftingTwiceReturnsTheOrderOnlyTheFirstTime() {
    StopOrders orders = newStopOrders();
    StopOrder order = order("all", "incident in progress");
    orders.place(order);

    assertThat(orders.lift(StopScope.all())).contains(order);
    assertThat(orders.lift(StopScope.all())).isEmpty();
  }

  @Test
  void ordersForDistinctScopesCoexist() {
    StopOrders orders = newStopOrders();
    StopOrder everything = order("all", "incident");
    StopOrder deployment = order("deployment:x", "deployment misbehaving");
    StopOrder conversation = order("conversation:x", "one conversation");
    StopOrder tool = order("tool:x", "one tool");
    StopOrder otherConversation = order("conversation:y", "another conversation");

    List.of(everything, deployment, conversation, tool, otherConversation).forEach(orders::place);

    assertThat(orders.active())
        .containsExactlyInAnyOrder(everything, deployment, conversation, tool, otherConversation);
  }

  @Test
  void liftingRemovesOnlyTheOrderForExactlyThatScope() {
    StopOrders orders = newStopOrders();
    StopOrder everything = order("all", "incident");
    StopOrder deployment = order("deployment:x", "deployment misbehaving");
    StopOrder conversation = order("conversation:x", "one conversation");
    List.of(everything, deployment, conversation).forEach(orders::place);

    assertThat(orders.lift(scope("conversation:x"))).contains(conversation);

    assertThat(orders.active()).containsExactlyInAnyOrder(everything, deployment);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void concurrentPlacementsKeepEveryScopeAndOneOrderForASharedScope() throws Exception {
    StopOrders orders = newStopOrders();
    int threads = 8;
    int perThread = 20;

    List<StopOrder> placed = Concurrently.run(threads, thread -> () -> {
      List<StopOrder> mine = new ArrayList<>();
      for (int i = 0; i < perThread; i++) {
        StopOrder own = order("conversation:t" + thread + "-" + i, "reason " + i);
        orders.place(own);
        orders.place(order("all", "from thread " + thread));
        mine.add(own);
      }
      return mine;
    });

    List<StopOrder> active = orders.active();
    assertThat(active).hasSize(threads * perThread + 1);
    assertThat(active).containsAll(placed);
    assertThat(active).filteredOn(order -> order.scope().equals(StopScope.all())).hasSize(1);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void concurrentLiftsOfOneOrderReturnItExactlyOnce() throws Exception {
    StopOrders orders = newStopOrders();
    StopOrder order = order("deployment:prod", "incident");
    orders.place(order);

    List<StopOrder> lifted = Concurrently.run(8, thread -> () -> orders.lift(scope("deployment:prod"))
        .map(List::of)
        .orElse(List.of()));

    assertThat(lifted).containsExactly(order);
    assertThat(orders.active()).isEmpty();
  }

  @Test
  void ordersSurviveReopeningAndLiftedOrdersStayLifted() {
    Optional<Supplier<StopOrders>> reopen = reopen();
    assumeTrue(reopen.isPresent(), "this store does not outlive its instance");
    StopOrders orders = newStopOrders();
    StopOrder everything = order("all", "incident");
    StopOrder replaced = order("tool:browser", "first");
    StopOrder replacement = order("tool:browser", "second");
    StopOrder lifted = order("conversation:c1", "handled");
    List.of(everything, replaced, replacement, lifted).forEach(orders::place);
    orders.lift(scope("conversation:c1"));

    StopOrders reopened = reopen.get().get();

    assertThat(reopened.active()).containsExactlyInAnyOrder(everything, replacement);
    assertThat(reopened.lift(StopScope.all())).contains(everything);
    assertThat(reopened.active()).containsExactly(replacement);
  }

  private static StopOrder order(String scope, String reason) {
    return StopOrder.builder()
        .scope(scope(scope))
        .reason(reason)
        .issuedBy("overseer")
        .issuedAt(ISSUED)
        .build();
  }

  private static StopScope scope(String written) {
    return StopScope.parse(written).getOrElseThrow(problem -> new IllegalArgumentException(problem.toString()));
  }
}
