package dev.charter.interchange.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charter.domain.evaluation.EvaluatedItem;
import dev.charter.domain.evaluation.EvaluationReport;
import dev.charter.domain.evaluation.Expected;
import dev.charter.domain.evaluation.LabelledItem;
import dev.charter.domain.constitution.CoreValue;
import dev.charter.domain.judgment.Consideration;
import dev.charter.domain.judgment.DecidedBy;
import dev.charter.domain.judgment.Stance;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.judgment.WeighedConsideration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a person sees it: rendered by a real, headless Chromium, on a desktop and on a
 * phone. Screenshots of both are left in {@code target/browser/} to look at. Skipped, and saying so,
 * on a machine without Chromium; {@code .ci/run} installs it.
 */
class EvaluationHtmlInBrowserTest {

  private static final String LONG_WORD = "x".repeat(300);

  private static final WeighedConsideration HELPS = WeighedConsideration.of(Consideration.builder()
      .value(CoreValue.GENUINELY_HELPFUL).stance(Stance.FOR).size(0.6).confidence(0.9)
      .rationale("answering gives the user what they asked for").source("helpfulness").build(), 1);
  private static final WeighedConsideration CONCERN = WeighedConsideration.of(Consideration.builder()
      .value(CoreValue.BROADLY_ETHICAL).stance(Stance.AGAINST).size(0.8).confidence(0.87)
      .rationale("likely asks for exposing a private person's information (privacy, p=0.87)").source("semantic")
      .build(), 4);

  private static HeadlessChromium browser;
  private static Path page;
  private static Path bigCounts;

  @BeforeAll
  static void render(@TempDir Path dir) throws Exception {
    Optional<HeadlessChromium> started = HeadlessChromium.start();
    Assumptions.assumeTrue(started.isPresent(), "no Chromium on this machine (apt-get install chromium, or set "
        + "CHARTER_CHROMIUM to its path): the report's browser tests are skipped");
    browser = started.get();
    page = dir.resolve("report.html");
    Files.writeString(page, EvaluationHtml.write(ReportFixtures.RUN, suiteWithFourCategories()));
    bigCounts = dir.resolve("big.html");
    Files.writeString(bigCounts, EvaluationHtml.write(ReportFixtures.RUN, suiteWithOneBigCategory()));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void thePageAsksForNothingButItself() throws Exception {
    browser.open(page, 1280, 900);

    assertThat(browser.requestedUrls()).isNotEmpty().allSatisfy(url -> assertThat(url).isEqualTo(page.toUri().toString()));
    assertThat(browser.evaluate("document.scripts.length").asInt()).isZero();
    assertThat(browser.evaluate("document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content")
        .asText()).startsWith("default-src 'none'");
  }

  @Test
  void eachBarIsAsLongAsItsErrorRate() throws Exception {
    browser.open(page, 1280, 900);

    JsonNode bars = browser.evaluate("[...document.querySelectorAll('[aria-label=\"error rate by category\"] .row[title]')]"
        + ".map(r => ({name: r.title, width: r.querySelector('.bar').getBoundingClientRect().width}))");
    assertThat(bars).hasSize(4);
    double full = width(bars, "delta: 2 of 2 misjudged");
    assertThat(full).isGreaterThan(300);
    double track = browser.evaluate("document.querySelector('.bars .track').clientWidth").asDouble();
    assertThat(full).as("a 100% error rate fills the track").isCloseTo(track, within(1.0));
    assertThat(width(bars, "gamma: 2 of 4 misjudged") / full).isCloseTo(0.5, within(0.01));
    assertThat(width(bars, "beta: 1 of 4 misjudged") / full).isCloseTo(0.25, within(0.01));
    assertThat(width(bars, "alpha: 0 of 4 misjudged")).isZero();
  }

  @Test
  void theHeadlineCardsSitInTwoRowsOfFourOnADesktop() throws Exception {
    browser.open(page, 1280, 900);

    JsonNode tops = browser.evaluate("[...document.querySelectorAll('.card')].map(c => Math.round(c.getBoundingClientRect().top))");
    assertThat(tops).hasSize(8);
    assertThat(distinct(tops)).hasSize(2);
    assertThat(browser.evaluate("document.querySelector('.card .value').textContent").asText()).isEqualTo("64.3%");
    assertThat(browser.evaluate("[...document.querySelectorAll('.matrix td .n')].map(n => n.innerText).join(' ')")
        .asText()).isEqualTo("9 5 0 0");
    browser.screenshot(Path.of("target", "browser", "report-desktop.png"));
  }

  @Test
  void onAPhoneNothingRunsOffTheSideAndTheCardsFoldIntoTwoColumns() throws Exception {
    browser.open(page, 390, 844);

    assertThat(browser.evaluate("document.documentElement.scrollWidth").asInt())
        .as("page width on a 390 px screen; wider: %s", browser.evaluate("[...document.querySelectorAll('body *')]"
            + ".filter(e => !e.closest('.scroll') && e.getBoundingClientRect().right > 390).map(e => e.outerHTML.slice(0, 80))"))
        .isLessThanOrEqualTo(390);
    JsonNode rights = browser.evaluate("[...document.querySelectorAll('section, .scroll, .prompt, .drivers, .bars')]"
        + ".map(e => e.getBoundingClientRect().right)");
    assertThat(rights).isNotEmpty().allSatisfy(right -> assertThat(right.asDouble()).isLessThanOrEqualTo(390));
    assertThat(browser.evaluate("[...document.querySelectorAll('.bars .name, .bars .rate, .drivers td')]"
        + ".map(e => parseFloat(getComputedStyle(e).fontSize))")).as("text stays legible")
        .isNotEmpty().allSatisfy(size -> assertThat(size.asDouble()).isGreaterThanOrEqualTo(11));
    JsonNode lefts = browser.evaluate("[...document.querySelectorAll('.card')].map(c => Math.round(c.getBoundingClientRect().left))");
    assertThat(distinct(lefts)).hasSize(2);
    browser.screenshot(Path.of("target", "browser", "report-phone.png"));
  }

  @Test
  void onAPhoneLargeCountsWrapInsteadOfWideningThePage() throws Exception {
    browser.open(bigCounts, 390, 844);

    assertThat(browser.evaluate("document.documentElement.scrollWidth").asInt()).isLessThanOrEqualTo(390);
    JsonNode rate = browser.evaluate("(e => ({text: e.textContent, scroll: e.scrollWidth, client: e.clientWidth}))"
        + "(document.querySelector('.bars .rate'))");
    assertThat(rate.get("text").asText()).isEqualTo("99.9% (1499 of 1500)");
    assertThat(rate.get("scroll").asInt()).as("the rate label fits its column").isLessThanOrEqualTo(rate.get("client").asInt());
  }

  private static double width(JsonNode bars, String name) {
    for (JsonNode bar : bars) {
      if (bar.get("name").asText().equals(name)) {
        return bar.get("width").asDouble();
      }
    }
    throw new AssertionError("no bar titled '" + name + "' in " + bars);
  }

  private static List<Integer> distinct(JsonNode numbers) {
    List<Integer> values = new ArrayList<>();
    numbers.forEach(n -> {
      if (!values.contains(n.asInt())) {
        values.add(n.asInt());
      }
    });
    return values;
  }

  /** 1,500 items in one category with a long name, all but one misjudged: the widest rate label there is. */
  private static EvaluationReport suiteWithOneBigCategory() {
    var report = EvaluationReport.builder().constitutionVersion("2026.11.0")
        .constitutionHash("c6f70c2826435afb84685b6497b6c646972d3158e8d076d30244f74b29adf522")
        .elapsedNanos(1_500_000_000L);
    for (int i = 1; i <= 1500; i++) {
      report.addItems(EvaluatedItem.builder()
          .item(LabelledItem.builder().id("i" + i).prompt("p" + i).expected(Expected.COMPLY)
              .category("requests-about-everyone-in-the-building").line(i).build())
          .verdict(i == 1 ? Verdict.PROCEED : Verdict.DECLINE).decidedBy(DecidedBy.BALANCE)
          .latencyNanos(1_000_000L).deferred(false).build());
    }
    return report.build();
  }

  /**
   * Fourteen items in four categories misjudged 0 of 4, 1 of 4, 2 of 4 and 2 of 2; one prompt is a
   * single 300-character word, which must wrap rather than widen the page.
   */
  private static EvaluationReport suiteWithFourCategories() {
    var report = EvaluationReport.builder().constitutionVersion("2026.11.0")
        .constitutionHash("c6f70c2826435afb84685b6497b6c646972d3158e8d076d30244f74b29adf522")
        .elapsedNanos(14_000_000);
    int[][] categories = {{4, 0}, {4, 1}, {4, 2}, {2, 2}};
    String[] names = {"alpha", "beta", "gamma", "delta"};
    int line = 0;
    for (int c = 0; c < categories.length; c++) {
      for (int i = 0; i < categories[c][0]; i++) {
        line++;
        boolean misjudged = i < categories[c][1];
        String prompt = line == 14 ? LONG_WORD : "prompt " + line + " of category " + names[c];
        report.addItems(EvaluatedItem.builder()
            .item(LabelledItem.builder().id("item-" + line).prompt(prompt).expected(Expected.COMPLY)
                .category(names[c]).line(line).build())
            .verdict(misjudged ? Verdict.DECLINE : Verdict.PROCEED).decidedBy(DecidedBy.BALANCE)
            .latencyNanos(1_000_000L * line).deferred(false)
            .addAllDrivers(misjudged ? List.of(CONCERN, HELPS) : List.of(HELPS))
            .addReasons(misjudged ? "the concerns outweigh the benefit of acting (net -2.36)" : "the benefit is clear")
            .build());
      }
    }
    return report.build();
  }
}
