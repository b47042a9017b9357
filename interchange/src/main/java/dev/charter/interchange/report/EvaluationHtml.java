package dev.charter.interchange.report;

import dev.charter.domain.evaluation.CategoryScore;
import dev.charter.domain.evaluation.ConfusionMatrix;
import dev.charter.domain.evaluation.EvaluatedItem;
import dev.charter.domain.evaluation.EvaluationReport;
import dev.charter.domain.evaluation.Expected;
import dev.charter.domain.judgment.AssessorFailure;
import dev.charter.domain.judgment.ConstraintCheck;
import dev.charter.domain.judgment.Verdict;
import dev.charter.domain.judgment.WeighedConsideration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The evaluation report as one self-contained HTML page, for people: the headline numbers, the
 * confusion matrix, error rate by category as a bar chart, the latency distribution, and every
 * misjudged item with what drove its verdict. Styles and charts are inline (CSS and SVG); the page
 * loads nothing and runs no script, so it opens anywhere, offline, and can be mailed as it is.
 *
 * <p>Public API.
 */
public final class EvaluationHtml {

  /** A one-pixel vertical line in the colour of the page's rules, for the bar chart's gridlines. */
  private static final String GRIDLINE = "linear-gradient(var(--line),var(--line))";

  private static final String CSS = String.join("\n",
      ":root{--ink:#1f2328;--muted:#59636e;--line:#d8dee4;--bg:#f6f8fa;--ok:#1a7f37;--bad:#cf222e;"
          + "--warn:#9a6700;--accent:#0969da}",
      "*{box-sizing:border-box}",
      "body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 -apple-system,BlinkMacSystemFont,"
          + "'Segoe UI',Helvetica,Arial,sans-serif}",
      "main{max-width:1080px;margin:0 auto;padding:28px 24px 48px}",
      "h1{font-size:24px;margin:0 0 4px;overflow-wrap:anywhere}h2{font-size:18px;margin:0 0 4px}",
      ".sub,.note{color:var(--muted);font-size:13px;margin:0}",
      ".mono,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}",
      "section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin-top:18px}",
      ".cards{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;background:none;border:0;padding:0}",
      ".card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:12px 14px}",
      ".card .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}",
      ".card .value{font-size:28px;font-weight:600;line-height:1.2;margin:2px 0}",
      ".card .detail{color:var(--muted);font-size:12.5px}",
      ".good{color:var(--ok)}.poor{color:var(--bad)}.fair{color:var(--warn)}",
      "table{border-collapse:collapse}",
      ".matrix{margin-top:12px}",
      ".matrix th,.matrix td{border:1px solid var(--line);padding:10px 14px;text-align:center}",
      ".matrix thead th{background:var(--bg);font-weight:600;font-size:13px}",
      ".matrix tbody th{background:var(--bg);text-align:left;font-size:13px}",
      ".matrix td .n{font-size:22px;font-weight:600;display:block}",
      ".matrix td .what{font-size:12px;color:var(--muted)}",
      ".matrix small{font-weight:400;color:var(--muted)}",
      ".verdicts{margin-top:14px;font-size:13px}",
      ".verdicts th,.verdicts td{padding:4px 10px;border-bottom:1px solid var(--line);text-align:right}",
      ".verdicts th:first-child,.verdicts td:first-child{text-align:left}",
      ".zero{color:#b0b8c1}",
      ".scroll{overflow-x:auto}",
      "svg{display:block;max-width:100%;height:auto;margin-top:10px}",
      "svg text{font-family:inherit;font-size:12px;fill:var(--ink)}",
      "svg .axis{fill:var(--muted);font-size:11px}",
      ".bars{margin:12px 0 0;font-size:13px}",
      ".bars .row{display:grid;grid-template-columns:minmax(5em,30%) 1fr 8em;gap:8px;align-items:center;"
          + "min-height:24px}",
      ".bars .name{text-align:right;overflow-wrap:anywhere;line-height:1.25}",
      ".bars .track{height:16px;border-left:1px solid var(--line);border-right:1px solid var(--line);background:"
          + GRIDLINE + " 25% 0/1px 100% no-repeat," + GRIDLINE + " 50% 0/1px 100% no-repeat," + GRIDLINE
          + " 75% 0/1px 100% no-repeat}",
      ".bars .bar{display:block;height:100%;border-radius:3px}",
      ".bars .bar.some{min-width:2px}",
      ".bars .rate{font-variant-numeric:tabular-nums;line-height:1.2;overflow-wrap:anywhere}",
      ".bars .rate small{color:var(--muted)}",
      ".bars .scale .ticks{position:relative;height:18px;border:0;color:var(--muted);font-size:11px}",
      ".bars .scale .ticks span{position:absolute;transform:translateX(-50%)}",
      ".item{border-top:1px solid var(--line);padding:12px 0}",
      ".item:first-of-type{border-top:0}",
      ".item .head{display:flex;flex-wrap:wrap;gap:8px;align-items:baseline}",
      ".badge{display:inline-block;border-radius:999px;padding:1px 9px;font-size:12px;font-weight:600;"
          + "border:1px solid var(--line);background:var(--bg)}",
      ".badge.refused{background:#ffebe9;border-color:#ffcecb;color:var(--bad)}",
      ".badge.complied{background:#dafbe1;border-color:#aceebb;color:var(--ok)}",
      ".badge.deferred{background:#fff8c5;border-color:#eed888;color:var(--warn)}",
      ".prompt{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--bg);border-left:3px solid var(--line);padding:6px 10px;"
          + "margin:8px 0;max-height:9em;overflow:auto;font-size:14px}",
      ".drivers{font-size:13px;width:100%}",
      ".drivers td{padding:2px 8px 2px 0;vertical-align:top;overflow-wrap:anywhere}",
      ".drivers td.c{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;width:5.5em}",
      ".drivers td.v{white-space:nowrap;color:var(--muted);width:11em}",
      ".why{font-size:13px;color:var(--muted);margin:4px 0 0}",
      "details summary{cursor:pointer;color:var(--accent);font-size:13px;margin-top:6px}",
      "footer{color:var(--muted);font-size:12.5px;margin-top:18px;overflow-wrap:anywhere}",
      "footer p{margin:4px 0}",
      "@media (max-width:800px){.cards{grid-template-columns:repeat(2,1fr)}}",
      // On a phone the histogram keeps a legible size and scrolls inside its box, and a
      // consideration's value wraps under its contribution instead of widening the table.
      "@media (max-width:600px){main{padding:16px 10px 32px}section{padding:14px 12px}"
          + ".scroll svg{min-width:620px}.drivers td.v{white-space:normal;width:auto}}");

  /** Misjudged items shown in full per group; the rest are folded away, still in the page. */
  private static final int SHOWN = 200;

  private final SuiteRun run;
  private final EvaluationReport r;
  private final StringBuilder out = new StringBuilder(64 * 1024);

  private EvaluationHtml(SuiteRun run, EvaluationReport report) {
    this.run = run;
    this.r = report;
  }

  public static String write(SuiteRun run, EvaluationReport report) {
    return new EvaluationHtml(run, report).page();
  }

  private String page() {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        // The browser itself then refuses any script and any request the page might make.
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>Charter evaluation: ").append(esc(fileName(run.suite()))).append("</title>\n")
        .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n");
    heading();
    cards();
    matrix();
    categories();
    latency();
    misjudged();
    footer();
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void heading() {
    out.append("<header>\n<h1>Evaluation of <span class=\"mono\">").append(esc(fileName(run.suite())))
        .append("</span></h1>\n<p class=\"sub\">").append(esc(run.format())).append(" · ")
        .append(count(r.total(), "item"));
    if (run.excluded() > 0) {
      out.append(" (").append(run.excluded()).append(" left out)");
    }
    out.append(" · constitution ").append(esc(r.constitutionVersion())).append(" <span class=\"mono\">(")
        .append(esc(shortHash())).append("…)</span> · ")
        .append(run.logged() ? "judgments written to the decision log" : "judgments not logged")
        .append(" · ").append(count(run.concurrency(), "judgment")).append(" at a time")
        .append("</p>\n</header>\n");
  }

  private void cards() {
    ConfusionMatrix m = r.confusion();
    int correct = m.truePositives() + m.trueNegatives();
    out.append("<section class=\"cards\">\n");
    card("Accuracy", percent(r.accuracy()), grade(r.accuracy(), true),
        correct + " of " + r.total() + " as labelled");
    card("Over-refusal", percent(m.overRefusalRate()), grade(m.overRefusalRate(), false),
        m.complyCount() == 0 ? "no item is labelled comply"
            : m.falsePositives() + " of " + m.complyCount() + " to answer were refused");
    card("Under-refusal", percent(m.underRefusalRate()), grade(m.underRefusalRate(), false),
        m.refuseCount() == 0 ? "no item is labelled refuse"
            : m.falseNegatives() + " of " + m.refuseCount() + " to refuse were answered");
    card("F1 (refusal)", decimal(m.f1()), grade(m.f1(), true),
        "precision " + decimal(m.precision()) + " · recall " + decimal(m.recall()));
    card("Deferred", percent(r.deferralRate()), "",
        r.deferredCount() + " deferred (escalated or unsure) · settled accuracy " + percent(r.settledAccuracy()));
    card("Partial", percent(r.partialRate()), "",
        count(r.partialCount(), "PROCEED_PARTIALLY verdict") + ", counted as refusals");
    card("Latency p50", duration(r.latencyPercentileNanos(50)), "",
        "p95 " + duration(r.latencyPercentileNanos(95)) + " · p99 " + duration(r.latencyPercentileNanos(99)));
    OptionalDouble rate = r.throughputPerSecond();
    card("Throughput", rate.isPresent() ? String.format(Locale.ROOT, "%,.0f/s", rate.getAsDouble()) : "—", "",
        count(r.total(), "item") + " in " + duration(OptionalLong.of(r.elapsedNanos())));
    out.append("</section>\n");
  }

  private void card(String label, String value, String tone, String detail) {
    out.append("<div class=\"card\"><div class=\"label\">").append(esc(label)).append("</div><div class=\"value")
        .append(tone.isEmpty() ? "" : " " + tone).append("\">").append(esc(value)).append("</div><div class=\"detail\">")
        .append(esc(detail)).append("</div></div>\n");
  }

  private void matrix() {
    ConfusionMatrix m = r.confusion();
    out.append("<section>\n<h2>Confusion matrix</h2>\n<p class=\"note\">Refusal is the positive class. Refused means "
        + "any verdict but PROCEED and PROCEED_WITH_CARE: PROCEED_PARTIALLY, ESCALATE, DECLINE or HALT.</p>\n")
        .append("<div class=\"scroll\"><table class=\"matrix\">\n<thead><tr><th></th><th>Answered<br><small>PROCEED, PROCEED_WITH_CARE</small>"
            + "</th><th>Refused<br><small>partial, escalate, decline, halt</small></th><th>Items</th></tr></thead>\n<tbody>\n");
    matrixRow("Labelled comply", m.trueNegatives(), "answered as it should", m.falsePositives(), "over-refusals",
        m.complyCount(), false);
    matrixRow("Labelled refuse", m.falseNegatives(), "under-refusals", m.truePositives(), "refused as it should",
        m.refuseCount(), true);
    out.append("</tbody>\n</table></div>\n");

    out.append("<div class=\"scroll\"><table class=\"verdicts\">\n<thead><tr><th>Verdicts</th>");
    for (Verdict v : Verdict.values()) {
      out.append("<th>").append(v.id()).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (Expected e : Expected.values()) {
      out.append("<tr><td>labelled ").append(e.id()).append("</td>");
      for (Map.Entry<Verdict, Integer> entry : r.verdictCounts(e).entrySet()) {
        boolean wrong = !e.matches(entry.getKey());
        int n = entry.getValue();
        out.append("<td class=\"").append(n == 0 ? "zero" : wrong ? "poor" : "").append("\">").append(n)
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
  }

  private void matrixRow(String label, int answered, String answeredWhat, int refused, String refusedWhat, int total,
      boolean refusalIsRight) {
    out.append("<tr><th>").append(label).append("</th>");
    cell(answered, answeredWhat, total, !refusalIsRight);
    cell(refused, refusedWhat, total, refusalIsRight);
    out.append("<td>").append(total).append("</td></tr>\n");
  }

  private void cell(int n, String what, int rowTotal, boolean right) {
    double share = rowTotal == 0 ? 0 : (double) n / rowTotal;
    String rgb = right ? "26,127,55" : "207,34,46";
    double alpha = n == 0 ? 0 : 0.06 + 0.34 * share;
    out.append(String.format(Locale.ROOT, "<td style=\"background:rgba(%s,%.3f)\">", rgb, alpha))
        .append("<span class=\"n\">").append(n).append("</span><span class=\"what\">").append(esc(what));
    if (rowTotal > 0) {
      out.append(" · ").append(percent(OptionalDouble.of(share)));
    }
    out.append("</span></td>");
  }

  private void categories() {
    List<CategoryScore> scores = new ArrayList<>(r.byCategory().values());
    out.append("<section>\n<h2>Error rate by category</h2>\n");
    if (scores.isEmpty()) {
      out.append("<p class=\"note\">The suite names no categories.</p>\n</section>\n");
      return;
    }
    scores.sort(Comparator.comparingDouble(CategoryScore::errorRate).reversed()
        .thenComparing(CategoryScore::category));
    double max = 0;
    for (CategoryScore s : scores) {
      max = Math.max(max, s.errorRate());
    }
    // The bars run to a round share: 10%, 20%, 40%, 60%, 80% or 100%, with a gridline at each quarter.
    double scale = 1.0;
    for (double end : new double[] {0.1, 0.2, 0.4, 0.6, 0.8}) {
      if (max <= end) {
        scale = end;
        break;
      }
    }
    out.append("<p class=\"note\">Misjudged items as a share of each category's items; bars run to ")
        .append(tickPercent(100 * scale)).append(".</p>\n");
    // HTML rather than SVG, so the labels keep their size on a phone and long names wrap.
    out.append("<figure class=\"bars\" aria-label=\"error rate by category\">\n<div class=\"row scale\" "
        + "aria-hidden=\"true\"><span></span><span class=\"ticks\">");
    for (int i = 0; i <= 4; i++) {
      out.append(String.format(Locale.ROOT, "<span style=\"left:%d%%\">%s</span>", 25 * i,
          tickPercent(100 * scale * i / 4.0)));
    }
    out.append("</span><span></span></div>\n");
    for (CategoryScore s : scores) {
      double share = Math.min(1, s.errorRate() / scale);
      String fill = s.errorRate() >= 0.5 ? "#cf222e" : s.errorRate() >= 0.2 ? "#e16f24" : s.errorRate() > 0
          ? "#d4a72c" : "#1a7f37";
      out.append("<div class=\"row\" title=\"").append(esc(s.category())).append(": ").append(s.errors())
          .append(" of ").append(s.count()).append(" misjudged\"><span class=\"name\">").append(esc(s.category()))
          .append("</span><span class=\"track\">")
          .append(String.format(Locale.ROOT, "<span class=\"bar%s\" style=\"width:%.2f%%;background:%s\"></span>",
              s.errors() > 0 ? " some" : "", 100 * share, fill))
          .append("</span><span class=\"rate\">").append(esc(percent(OptionalDouble.of(s.errorRate()))))
          .append(" <small>(").append(s.errors()).append(" of ").append(s.count()).append(")</small></span></div>\n");
    }
    out.append("</figure>\n</section>\n");
  }

  private void latency() {
    List<Long> sorted = r.sortedLatenciesNanos();
    out.append("<section>\n<h2>Latency</h2>\n");
    if (sorted.isEmpty()) {
      out.append("<p class=\"note\">Nothing was judged.</p>\n</section>\n");
      return;
    }
    out.append("<p class=\"note\">Time per judgment through the whole pipeline, on a logarithmic scale. p50 ")
        .append(duration(r.latencyPercentileNanos(50))).append(", p95 ").append(duration(r.latencyPercentileNanos(95)))
        .append(", p99 ").append(duration(r.latencyPercentileNanos(99))).append(", slowest ")
        .append(duration(r.latencyPercentileNanos(100))).append(".</p>\n");
    double lo = Math.log10(Math.max(1, sorted.get(0)));
    double hi = Math.log10(Math.max(1, sorted.get(sorted.size() - 1)));
    // Whole decades around the data, so the ticks are round numbers.
    double from = Math.floor(lo);
    double to = Math.max(from + 1, Math.ceil(hi + 1e-9));
    int bins = 40;
    int[] counts = new int[bins];
    for (long nanos : sorted) {
      double x = (Math.log10(Math.max(1, nanos)) - from) / (to - from);
      counts[Math.min(bins - 1, Math.max(0, (int) (x * bins)))]++;
    }
    int most = 1;
    for (int c : counts) {
      most = Math.max(most, c);
    }
    int width = 1000;
    int left = 50;
    int right = 20;
    int top = 24;
    int plot = 180;
    int plotWidth = width - left - right;
    int height = top + plot + 40;
    double binWidth = plotWidth / (double) bins;
    out.append("<div class=\"scroll\"><svg viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" width=\"").append(width).append("\" role=\"img\" aria-label=\"latency distribution\">\n");
    out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#8c959f\"/>\n",
        left, top + plot, width - right, top + plot));
    out.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text>"
        + "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>\n", left - 6, top + 4, most, left - 6,
        top + plot));
    for (int i = 0; i < bins; i++) {
      if (counts[i] == 0) {
        continue;
      }
      double h = Math.max(1.5, plot * counts[i] / (double) most);
      out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#54aeff\">"
          + "<title>%d judgments</title></rect>\n", left + i * binWidth + 1, top + plot - h, binWidth - 2, h,
          counts[i]));
    }
    for (double decade = from; decade <= to + 1e-9; decade++) {
      for (int step : new int[] {1, 2, 5}) {
        double value = Math.pow(10, decade) * step;
        double x = left + plotWidth * (Math.log10(value) - from) / (to - from);
        if (x > width - right + 0.5) {
          continue;
        }
        out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#8c959f\"/>"
            + "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", x, top + plot, x,
            top + plot + (step == 1 ? 6 : 3), x, top + plot + 20, step == 1 || to - from <= 2
                ? esc(tick((long) value)) : ""));
      }
    }
    OptionalLong p50 = r.latencyPercentileNanos(50);
    OptionalLong p95 = r.latencyPercentileNanos(95);
    OptionalLong p99 = r.latencyPercentileNanos(99);
    // Equal percentiles share one line and one label rather than printing over each other.
    marker(p50.equals(p95) ? (p95.equals(p99) ? "p50 = p95 = p99" : "p50 = p95") : "p50", p50, from, to, left,
        plotWidth, top, plot, "#1f2328", 0);
    if (!p95.equals(p50)) {
      marker(p95.equals(p99) ? "p95 = p99" : "p95", p95, from, to, left, plotWidth, top, plot, "#bc4c00", 1);
    }
    if (!p99.equals(p95)) {
      marker("p99", p99, from, to, left, plotWidth, top, plot, "#cf222e", 2);
    }
    out.append("</svg></div>\n</section>\n");
  }

  private void marker(String name, OptionalLong nanos, double from, double to, int left, int plotWidth, int top,
      int plot, String colour, int slot) {
    double x = left + plotWidth * (Math.log10(Math.max(1, nanos.orElse(1))) - from) / (to - from);
    boolean nearRightEdge = x > left + plotWidth * 0.85;
    out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" "
        + "stroke-dasharray=\"4 3\"/><text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" style=\"fill:%s;stroke:#fff;"
        + "stroke-width:3px;paint-order:stroke;font-size:11px\">%s %s</text>\n", x, top - 2, x, top + plot, colour,
        nearRightEdge ? x - 4 : x + 4, top + 8 + slot * 13, nearRightEdge ? "end" : "start", colour, esc(name),
        esc(duration(nanos))));
  }

  private void misjudged() {
    List<EvaluatedItem> over = new ArrayList<>();
    List<EvaluatedItem> under = new ArrayList<>();
    for (EvaluatedItem e : r.misjudged()) {
      (e.item().expected() == Expected.COMPLY ? over : under).add(e);
    }
    out.append("<section>\n<h2>Misjudged items (").append(over.size() + under.size()).append(")</h2>\n");
    if (over.isEmpty() && under.isEmpty()) {
      out.append("<p class=\"note\">Every verdict is the outcome its label asks for.</p>\n</section>\n");
      return;
    }
    out.append("<p class=\"note\">Each with the considerations that weighed most (contribution = weight × stance × "
        + "magnitude × confidence), any hard constraint found violated or unsure, and the reasons given.</p>\n");
    group("Over-refusals: labelled comply, refused", over);
    group("Under-refusals: labelled refuse, answered", under);
    out.append("</section>\n");
  }

  private void group(String title, List<EvaluatedItem> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append("<h3>").append(esc(title)).append(" (").append(items.size()).append(")</h3>\n");
    for (int i = 0; i < items.size(); i++) {
      if (i == SHOWN) {
        out.append("<details><summary>").append(items.size() - SHOWN).append(" more</summary>\n");
      }
      item(items.get(i));
    }
    if (items.size() > SHOWN) {
      out.append("</details>\n");
    }
  }

  private void item(EvaluatedItem e) {
    out.append("<div class=\"item\">\n<div class=\"head\"><span class=\"mono\">").append(esc(e.item().id()))
        .append("</span>");
    e.item().category().ifPresent(c -> out.append("<span class=\"badge\">").append(esc(c)).append("</span>"));
    out.append("<span class=\"badge ").append(e.refused() ? "refused" : "complied").append("\">")
        .append(e.verdict().id()).append("</span>");
    if (e.deferred()) {
      out.append("<span class=\"badge deferred\">deferred</span>");
    }
    out.append("<span class=\"note\">labelled ").append(e.item().expected().id()).append(" · decided by ")
        .append(esc(e.decidedBy().id())).append(" · ").append(esc(duration(OptionalLong.of(e.latencyNanos()))))
        .append(e.item().line().isPresent() ? " · line " + e.item().line().getAsLong() : "").append("</span></div>\n");
    out.append("<div class=\"prompt\">").append(esc(e.item().text())).append("</div>\n");
    if (!e.drivers().isEmpty() || !e.flaggedConstraints().isEmpty() || !e.failures().isEmpty()) {
      out.append("<table class=\"drivers\">\n");
      for (WeighedConsideration w : e.drivers()) {
        double c = w.contribution();
        out.append("<tr><td class=\"c ").append(c < 0 ? "poor" : "good").append("\">")
            .append(String.format(Locale.ROOT, "%+.3f", c)).append("</td><td class=\"v\">")
            .append(esc(w.consideration().value().id())).append("</td><td>")
            // An unsure concern is one the constitution's fallback (or a referee) decided, not the assessor.
            .append(w.consideration().unsure() ? "<span class=\"badge deferred\">unsure</span> " : "")
            .append("<span class=\"mono\">").append(esc(w.consideration().source())).append("</span>: ")
            .append(esc(w.consideration().rationale())).append("</td></tr>\n");
      }
      for (ConstraintCheck check : e.flaggedConstraints()) {
        out.append("<tr><td class=\"c poor\">").append(check.finding().id()).append("</td><td class=\"v\">")
            .append("hard constraint</td><td><span class=\"mono\">").append(esc(check.id())).append("</span>")
            .append(check.rationale().isEmpty() ? "" : ": " + esc(check.rationale())).append("</td></tr>\n");
      }
      for (AssessorFailure f : e.failures()) {
        out.append("<tr><td class=\"c fair\">failed</td><td class=\"v\">assessor</td><td><span class=\"mono\">")
            .append(esc(f.assessor())).append("</span>: ").append(esc(f.reason())).append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    if (!e.reasons().isEmpty()) {
      out.append("<p class=\"why\">Why: ").append(esc(String.join("; ", e.reasons()))).append("</p>\n");
    }
    out.append("</div>\n");
  }

  private void footer() {
    out.append("<footer>\n<p><b>Definitions.</b> Over-refusal rate = labelled comply but refused / labelled comply. "
        + "Under-refusal rate = labelled refuse but answered / labelled refuse. Precision = TP / (TP + FP), recall = "
        + "TP / (TP + FN), F1 = 2TP / (2TP + FP + FN), refusal being positive. Partial rate = PROCEED_PARTIALLY / "
        + "total.</p>\n<p>A judgment is deferred when its verdict is ESCALATE, a hard constraint's finding is unsure, "
        + "the balance decided with a concern its assessor was unsure of (the constitution's fallback decided), "
        + "or a failed guard decided it; settled accuracy is accuracy over the items not deferred. Latency "
        + "percentiles are nearest-rank. A rate shown as — is undefined: nothing to divide by.</p>\n")
        .append("<p>Constitution ").append(esc(r.constitutionVersion())).append(", <span class=\"mono\">")
        .append(esc(r.constitutionHash())).append("</span>.</p>\n</footer>\n");
  }

  private String shortHash() {
    return r.constitutionHash().length() > 12 ? r.constitutionHash().substring(0, 12) : r.constitutionHash();
  }

  private static String grade(OptionalDouble value, boolean higherIsBetter) {
    if (value.isEmpty()) {
      return "";
    }
    double good = higherIsBetter ? value.getAsDouble() : 1 - value.getAsDouble();
    return good >= 0.9 ? "good" : good >= 0.7 ? "fair" : "poor";
  }

  static String percent(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * value.getAsDouble()) : "—";
  }

  /** A gridline's share without needless decimals: 25%, 7.5%. */
  private static String tickPercent(double percent) {
    return (percent == Math.rint(percent) ? String.format(Locale.ROOT, "%.0f", percent)
        : String.format(Locale.ROOT, "%.1f", percent)) + "%";
  }

  private static String decimal(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "—";
  }

  /** A duration in the unit that reads best: 12 µs, 1.23 ms, 4.5 s. */
  static String duration(OptionalLong nanos) {
    if (nanos.isEmpty()) {
      return "—";
    }
    long n = nanos.getAsLong();
    if (n < 1_000) {
      return n + " ns";
    }
    if (n < 1_000_000) {
      return trim(n / 1e3) + " µs";
    }
    if (n < 1_000_000_000) {
      return trim(n / 1e6) + " ms";
    }
    return trim(n / 1e9) + " s";
  }

  /** A round axis value: 1 µs, 20 µs, 500 ms. */
  private static String tick(long nanos) {
    String[] units = {"ns", "µs", "ms", "s"};
    double value = nanos;
    int unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.0f %s", value, units[unit]);
  }

  private static String trim(double x) {
    return x >= 100 ? String.format(Locale.ROOT, "%.0f", x) : x >= 10 ? String.format(Locale.ROOT, "%.1f", x)
        : String.format(Locale.ROOT, "%.2f", x);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash >= 0 ? path.substring(slash + 1) : path;
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': b.append("&amp;"); break;
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '"': b.append("&quot;"); break;
        case '\'': b.append("&#39;"); break;
        default: b.append(c);
      }
    }
    return b.toString();
  }
}
