package dev.charter.application.service;

import dev.charter.application.port.out.Assessment;
import dev.charter.application.port.out.Assessor;
import dev.charter.application.port.out.Clock;
import dev.charter.application.port.out.DecisionEvents;
import dev.charter.application.port.out.DecisionLog;
import dev.charter.application.port.out.StopOrders;
import dev.charter.domain.constitution.Behavior;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.ConstitutionDraft;
import dev.charter.domain.constitution.ConstitutionValidation;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.constitution.HardConstraint;
import dev.charter.domain.constitution.Reach;
import dev.charter.domain.constitution.Sourced;
import dev.charter.domain.constitution.UserProtection;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.Judgment;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.log.EntryKind;
import dev.charter.domain.log.LogEntry;
import dev.charter.domain.oversight.StopOrder;
import dev.charter.domain.oversight.StopScope;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.principal.Speaker;
import dev.charter.domain.situation.Conversation;
import dev.charter.domain.situation.Message;
import dev.charter.domain.situation.Situation;
import dev.charter.domain.situation.SituationKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Small, honest stand-ins for the outbound ports, so the services can be tested alone. */
public final class Fixtures {

  private Fixtures() {}

  public static Constitution constitution() {
    ConstitutionDraft draft = ConstitutionDraft.builder()
        .origin("test")
        .version(Sourced.of("t-1", "test:1"))
        .dominance(Sourced.of(3.0, "test:2"))
        .addPriorities(claim("broadly-safe"), claim("broadly-ethical"), claim("guideline-compliant"),
            claim("genuinely-helpful"))
        .addHardConstraints(Sourced.of(HardConstraint.builder().id("cyberweapons").description("d").rationale("r").build(), "t"))
        .addHardConstraints(Sourced.of(HardConstraint.builder().id("csam").description("d").rationale("r").build(), "t"))
        .addBehaviors(Sourced.of(Behavior.builder().id("profanity").description("d").enabledByDefault(false)
            .reach(Reach.USER).build(), "t"))
        .addUserProtections(Sourced.of(UserProtection.builder().id("emergency-pointers").description("d")
            .notice("Call 112 if a life is in danger.").build(), "t"))
        .addUserProtections(Sourced.of(UserProtection.builder().id("never-deny-being-ai").description("d")
            .waivableByUser(true).notice("You are talking with an AI.").build(), "t"))
        .build();
    return ConstitutionValidation.validate(draft).get();
  }

  private static Sourced<ConstitutionDraft.ValueClaim> claim(String id) {
    return Sourced.of(ConstitutionDraft.ValueClaim.of(id, id), "test");
  }

  public static Situation request(String text) {
    return Situation.builder()
        .kind(SituationKind.REQUEST)
        .conversation(Conversation.builder().id("c1").addMessages(Message.of(Speaker.USER, text)).build())
        .build();
  }

  static Assessor assessor(String name, Set<String> guards, boolean inline,
      Function<Situation, Assessment> assess) {
    return assessor(name, guards, inline, false, assess);
  }

  /** A referee: consulted only when the other assessors are unsure. */
  static Assessor referee(String name, Set<String> guards, Function<Situation, Assessment> assess) {
    return assessor(name, guards, false, true, assess);
  }

  private static Assessor assessor(String name, Set<String> guards, boolean inline, boolean referee,
      Function<Situation, Assessment> assess) {
    return new Assessor() {
      @Override
      public boolean isReferee() {
        return referee;
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<String> guards() {
        return guards;
      }

      @Override
      public boolean isInline() {
        return inline;
      }

      @Override
      public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
        return assess.apply(situation);
      }
    };
  }

  static Assessor helpful() {
    return assessor("helpful", Set.of(), true, s -> Assessment.of(Consideration.builder()
        .value(CoreValue.GENUINELY_HELPFUL).stance(Stance.FOR).size(0.8).confidence(0.9)
        .rationale("it helps").source("helpful").build()));
  }

  static final class ListLog implements DecisionLog {
    final List<LogEntry> entries = new ArrayList<>();

    @Override
    public synchronized LogEntry append(EntryKind kind, String subject, Instant at, String summary, String payload) {
      LogEntry entry = LogEntry.next(entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1)),
          kind, subject, at, summary, payload);
      entries.add(entry);
      return entry;
    }

    @Override
    public synchronized Iterable<LogEntry> entries() {
      return new ArrayList<>(entries);
    }

    @Override
    public synchronized List<LogEntry> last(int count) {
      return new ArrayList<>(entries.subList(Math.max(0, entries.size() - count), entries.size()));
    }
  }

  static final class MapStopOrders implements StopOrders {
    final Map<StopScope, StopOrder> orders = new ConcurrentHashMap<>();

    @Override
    public void place(StopOrder order) {
      orders.put(order.scope(), order);
    }

    @Override
    public Optional<StopOrder> lift(StopScope scope) {
      return Optional.ofNullable(orders.remove(scope));
    }

    @Override
    public List<StopOrder> active() {
      return List.copyOf(orders.values());
    }
  }

  static final class RecordingEvents implements DecisionEvents {
    final List<Judgment> published = new ArrayList<>();

    @Override
    public synchronized void published(Judgment judgment) {
      published.add(judgment);
    }
  }

  static Clock clock() {
    return Clock.system();
  }
}
