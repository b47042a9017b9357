package dev.charter.interchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EvaluationHtmlTest {

  private final String html = EvaluationHtml.write(ReportFixtures.RUN, ReportFixtures.report());

  @Test
  void thePageLoadsNothingAndRunsNothing() {
    assertThat(html).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:")
        .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase(" src=").doesNotContain("url(").doesNotContain("@import");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").endsWith("</html>\n");
  }

  @Test
  void theConfusionMatrixHoldsTheFourCounts() {
    assertThat(html).contains("<table class=\"matrix\">").contains("over-refusals").contains("under-refusals");
    // labelled comply: 1 answered, 1 refused; labelled refuse: 1 answered, 0 refused
    assertThat(Pattern.compile("<span class=\"n\">(\\d+)</span>").matcher(html).results().map(m -> m.group(1)))
        .containsExactly("1", "1", "1", "0");
  }

  @Test
  void categoriesAreABarChartAndLatenciesAHistogram() {
    assertThat(html).contains("aria-label=\"error rate by category\"").contains("aria-label=\"latency distribution\"");
    assertThat(html).contains("title=\"injection: 1 of 1 misjudged\"");
    assertThat(html).contains("p50 40.0 µs");
  }

  @Test
  void misjudgedItemsAreListedWithWhatDroveThemAndTextIsEscaped() {
    assertThat(html).contains("Misjudged items (2)").contains("Summarise &lt;this&gt; &amp; &quot;that&quot;")
        .contains("non-principal-instructions").contains("-6.480").contains("cyberweapons")
        .contains("could be malware").doesNotContain("<this>");
    assertThat(html).doesNotContain("How do I bake bread?");
  }

  @Test
  void aConcernItsAssessorWasUnsureOfIsMarked() {
    assertThat(html).contains("<span class=\"badge deferred\">unsure</span> <span class=\"mono\">semantic</span>: "
        + "unsure: may ask for malicious code");
    assertThat(Pattern.compile("badge deferred\">unsure<").matcher(html).results().count()).isEqualTo(1);
  }
}
