package dev.charter.adapter.assessor.semantic;

import dev.charter.adapter.assessor.semantic.internal.ClassifierHead;
import dev.charter.adapter.assessor.semantic.internal.Interpretation;
import dev.charter.adapter.assessor.semantic.internal.MiniLmEmbeddings;
import dev.charter.adapter.assessor.semantic.internal.OversightTalk;
import dev.charter.adapter.assessor.semantic.internal.Reading;
import dev.charter.application.port.out.Assessment;
import dev.charter.application.port.out.Assessor;
import dev.charter.domain.constitution.Constitution;
import dev.charter.domain.constitution.ValuePriorities;
import dev.charter.domain.policy.EffectivePolicy;
import dev.charter.domain.situation.ProposedAction;
import dev.charter.domain.situation.Situation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Understands what a request, a draft response or a proposed action is about: a sentence embedding
 * from a small model that runs in process on the CPU (no network, no key), read by a trained
 * classifier head.
 *
 * <p>For each hard constraint of the default constitution it reports a crossing when it is sure
 * and that it is unsure in between (the judgment is then escalated); for other harms (violence,
 * fraud, harassment, privacy, drugs, self-harm, misinformation and the like) it adds a concern under
 * broad ethics with the area's severity, breadth and reversibility and the calibrated probability;
 * explicit sexual content between adults is weighed under the guidelines only where the policy in
 * force leaves the behaviour {@code explicit-fiction} off; for everyday requests it returns nothing
 * at all. See {@link Interpretation} for the thresholds.
 *
 * <p>The embedding model is loaded once per process (once per {@link EmbeddingThreads} setting in use); the head is read and validated when the
 * assessor is created, so a missing or corrupt head fails the start instead of silently finding no
 * concerns.
 */
public final class SemanticAssessor implements Assessor {

  public static final String NAME = "semantic";
  /** An argument of at least this many words is prose worth reading. */
  private static final int PROSE_WORDS = 4;

  private final ClassifierHead head;
  private final MiniLmEmbeddings embeddings;
  private final Interpretation interpretation;

  /** With the head bundled in this jar. */
  public SemanticAssessor() {
    this(ClassifierHead.bundled());
  }

  /** With a head of your own, e.g. one retrained on your data. */
  public SemanticAssessor(ClassifierHead head) {
    this(head, EmbeddingThreads.ALL_CORES);
  }

  /** With a head of your own and a choice of how each embedding uses the cores. */
  public SemanticAssessor(ClassifierHead head, EmbeddingThreads threads) {
    this.head = head;
    this.embeddings = MiniLmEmbeddings.shared(threads == EmbeddingThreads.PER_JUDGMENT ? 1 : MiniLmEmbeddings.ALL_CORES);
    this.interpretation = new Interpretation(head.file().thresholds(), NAME);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> guards() {
    return head.guardedConstraints();
  }

  /** It takes milliseconds (the embedding), so the service runs it concurrently under the deadline. */
  @Override
  public boolean isInline() {
    return false;
  }

  @Override
  public Assessment assess(Situation situation, EffectivePolicy policy, Constitution constitution) {
    String text;
    Interpretation.Subject subject;
    switch (situation.kind()) {
      case RESPONSE:
        // An opening refusal supplies nothing, whatever topic it names: only the rest is read.
        text = OpeningRefusal.remove(situation.response().orElse(""));
        subject = Interpretation.Subject.RESPONSE;
        break;
      case ACTION:
        text = describe(situation.action().orElseThrow(), situation.userRequest());
        subject = Interpretation.Subject.ACTION;
        break;
      case REQUEST:
      default:
        text = situation.userRequest();
        subject = Interpretation.Subject.REQUEST;
        break;
    }
    if (text.isBlank()) {
      return Assessment.none();
    }
    ValuePriorities priorities = constitution == null ? Interpretation.DEFAULT_PRIORITIES : constitution.priorities();
    // With no policy, every behaviour is taken to be off: the cautious reading.
    Predicate<String> enabled = policy == null ? behavior -> false : policy::isEnabled;
    Reading reading = switch (subject) {
      case REQUEST -> readSentences(text);
      case RESPONSE -> OversightTalk.gate(situation.userRequest(), text, read(text));
      default -> read(text);
    };
    return interpretation.interpret(reading, subject, priorities, enabled);
  }

  /**
   * A request of several sentences is read whole, and then sentence by sentence for a hard
   * constraint. One embedding of the whole blurs a harmful sentence among harmless ones: a claim of
   * authority or a story frame around a request for malware reads as the frame. No frame unlocks a
   * hard constraint, so a sentence the head is sure crosses one counts for the whole. A sentence's
   * mere doubt does not: short sentences read alone are often noise to the head ("It's hard for my
   * laptop to connect to the router!"), and milder areas keep the whole's reading, where the frame
   * is context the constitution wants weighed. A frame blurs harm without erasing it, so a whole the
   * head reads as plainly everyday (not a trace of harm) is not split: that spares the extra
   * embeddings for nearly every long request.
   */
  private Reading readSentences(String text) {
    Reading whole = read(text);
    if (!interpretation.showsATraceOfHarm(whole) || interpretation.reachesHardConstraint(whole, false)) {
      return whole;
    }
    List<String> sentences = Sentences.of(text, PROSE_WORDS);
    if (sentences.size() < 2) {
      return whole;
    }
    for (String sentence : sentences) {
      Reading reading = read(sentence);
      if (interpretation.reachesHardConstraint(reading, true)) {
        return reading;
      }
    }
    return whole;
  }

  /** What the head makes of {@code text}. */
  public Reading read(String text) {
    return head.read(text, embeddings);
  }

  /**
   * A proposed tool call as text: what the user asked, then the arguments that are prose (an email
   * body, a post, a message). Tool names, keys, numbers and identifiers are left out: they are
   * machine-shaped text the head was not trained on, and read as noise ("payments.send amount: 40"
   * looks like fraud to it). Declared effects are the action-risk screen's business.
   */
  static String describe(ProposedAction action, String userRequest) {
    StringBuilder text = new StringBuilder();
    if (!userRequest.isBlank()) {
      text.append(userRequest.strip());
    }
    for (Map.Entry<String, Object> argument : new TreeMap<>(action.arguments()).entrySet()) {
      if (argument.getValue() instanceof String && isProse((String) argument.getValue())) {
        text.append(text.length() == 0 ? "" : "\n").append(((String) argument.getValue()).strip());
      }
    }
    return text.toString();
  }

  private static boolean isProse(String value) {
    return value.strip().split("\\s+").length >= PROSE_WORDS;
  }
}
