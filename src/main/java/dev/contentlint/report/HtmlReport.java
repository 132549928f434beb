package dev.contentlint.report;

import dev.contentlint.engine.Finding;
import dev.contentlint.engine.RunResult;
import dev.contentlint.rules.Severity;
import dev.contentlint.text.Sha256;
import java.io.IOException;
import java.io.Writer;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit as one self-contained HTML page: totals, bar charts of findings per rule and per
 * folder (inline SVG), and a table of pages that sorts and filters, each page with its findings
 * and their source lines. It loads nothing from the network.
 *
 * <p>Page content is untrusted: every text is HTML-escaped, and a Content-Security-Policy
 * allows no script but the report's own (by its hash), so a page whose text holds
 * {@code <script>} shows it as text and runs nothing.
 */
public final class HtmlReport {
    /** Findings listed per page; a page with more says how many more. */
    static final int FINDINGS_PER_PAGE = 5;
    /** Characters of a source line shown around the finding. */
    static final int SOURCE_CONTEXT = 120;

    private static final String SCRIPT = """
            (function () {
              var table = document.getElementById('pages');
              var body = table.tBodies[0];
              var filter = document.getElementById('filter');
              var shown = document.getElementById('shown');
              var rows = Array.prototype.slice.call(body.rows);
              function apply() {
                var needle = filter.value.toLowerCase();
                var count = 0;
                rows.forEach(function (row) {
                  var match = needle === '' || row.getAttribute('data-search').indexOf(needle) >= 0;
                  row.hidden = !match;
                  if (match) { count++; }
                });
                shown.textContent = count + ' of ' + rows.length + ' pages shown';
              }
              function sortBy(key, descending) {
                rows.sort(function (a, b) {
                  var x = a.getAttribute('data-' + key), y = b.getAttribute('data-' + key);
                  var order = key === 'path' ? x.localeCompare(y) : Number(x) - Number(y);
                  return descending ? -order : order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
                table.setAttribute('data-sorted', (descending ? '-' : '') + key);
              }
              Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-key]'), function (th) {
                th.addEventListener('click', function () {
                  var key = th.getAttribute('data-key');
                  sortBy(key, table.getAttribute('data-sorted') !== '-' + key && key !== 'path');
                });
              });
              filter.addEventListener('input', apply);
              var params = new URLSearchParams(location.hash.slice(1));
              if (params.get('filter')) { filter.value = params.get('filter'); }
              if (params.get('sort')) {
                var sort = params.get('sort');
                sortBy(sort.replace(/^-/, ''), sort.charAt(0) === '-');
              }
              apply();
              document.body.setAttribute('data-ready', 'true');
            })();
            """;

    private HtmlReport() {}

    /**
     * @param sourceLines the lines of a page, by the path findings name it with; null when it cannot be read
     */
    public static void write(Writer out, AuditSummary summary, RunResult result, String toolVersion,
            Function<String, List<String>> sourceLines) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
                + " script-src '" + scriptHash() + "'\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>contentlint audit</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        long total = summary.bySeverity().values().stream().mapToLong(Long::longValue).sum();
        out.write("<header><h1>Content audit</h1><p id=\"totals\" data-pages=\"" + summary.pages() + "\" data-findings=\""
                + total + "\">" + String.format("%,d pages checked · %,d findings on %,d pages", summary.pages(), total,
                        summary.pagesWithFindings())
                + " · " + severitySpans(summary) + String.format(" · %.1f s", summary.elapsedMillis() / 1000.0)
                + " · contentlint " + escape(toolVersion) + "</p></header>\n");
        out.write("<section><h2>Findings per rule</h2>\n");
        chart(out, "rules", summary.byRule().stream().collect(Collectors.toMap(AuditSummary.RuleTotal::rule,
                AuditSummary.RuleTotal::findings, (a, b) -> a, LinkedHashMap::new)));
        out.write("</section>\n<section><h2>Findings per folder</h2>\n");
        chart(out, "folders", summary.byFolder().stream().collect(Collectors.toMap(AuditSummary.FolderTotal::folder,
                f -> f.findings().total(), (a, b) -> a, LinkedHashMap::new)));
        out.write("</section>\n<section><h2>Pages</h2>\n<p><input id=\"filter\" type=\"search\" placeholder=\"Filter by"
                + " path or rule\" aria-label=\"Filter pages\"> <span id=\"shown\"></span></p>\n");
        out.write("<table id=\"pages\" data-sorted=\"-total\"><thead><tr><th data-key=\"path\">Page</th>"
                + "<th data-key=\"errors\">Errors</th><th data-key=\"warnings\">Warnings</th><th data-key=\"info\">Info</th>"
                + "<th data-key=\"total\">All</th></tr></thead>\n<tbody>\n");
        Map<String, List<Finding>> byPage = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::path, LinkedHashMap::new, Collectors.toList()));
        for (AuditSummary.PageTotal page : summary.pageTotals()) {
            row(out, page, byPage.getOrDefault(page.path(), List.of()), sourceLines);
        }
        out.write("</tbody></table>\n</section>\n<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
        out.flush();
    }

    private static String severitySpans(AuditSummary summary) {
        return java.util.stream.Stream.of(Severity.ERROR, Severity.WARNING, Severity.INFO)
                .map(severity -> "<span class=\"" + severity.name().toLowerCase(Locale.ROOT) + "\">"
                        + String.format("%,d %s", summary.bySeverity().get(severity), severity.name().toLowerCase(Locale.ROOT))
                        + "</span>")
                .collect(Collectors.joining(" "));
    }

    /** A horizontal bar chart; each bar carries its label and count as data, for scripts and tests. */
    private static void chart(Writer out, String id, Map<String, Long> bars) throws IOException {
        int barHeight = 22;
        int labelWidth = 260;
        int plotWidth = 520;
        long max = Math.max(1, bars.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int height = Math.max(1, bars.size()) * barHeight + 8;
        out.write("<svg id=\"chart-" + id + "\" class=\"chart\" role=\"img\" width=\"" + (labelWidth + plotWidth + 90)
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + (labelWidth + plotWidth + 90) + " " + height
                + "\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        int y = 4;
        for (Map.Entry<String, Long> bar : bars.entrySet()) {
            long width = Math.max(1, Math.round((double) bar.getValue() / max * plotWidth));
            String label = escape(bar.getKey());
            out.write("<g class=\"bar\" data-label=\"" + label + "\" data-count=\"" + bar.getValue() + "\">"
                    + "<title>" + label + ": " + String.format("%,d", bar.getValue()) + "</title>"
                    + "<text x=\"" + (labelWidth - 8) + "\" y=\"" + (y + 15) + "\" text-anchor=\"end\">" + label + "</text>"
                    + "<rect x=\"" + labelWidth + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"" + (barHeight - 6)
                    + "\"></rect><text x=\"" + (labelWidth + width + 6) + "\" y=\"" + (y + 15) + "\">"
                    + String.format("%,d", bar.getValue()) + "</text></g>\n");
            y += barHeight;
        }
        out.write("</svg>\n");
    }

    private static void row(Writer out, AuditSummary.PageTotal page, List<Finding> findings,
            Function<String, List<String>> sourceLines) throws IOException {
        // Filtering matches the path and the rule ids: the messages would double the report's size.
        Set<String> rules = new TreeSet<>();
        StringBuilder items = new StringBuilder();
        List<String> lines = findings.isEmpty() ? null : sourceLines.apply(page.path());
        int shown = 0;
        for (Finding f : findings) {
            rules.add(f.ruleId());
            if (shown++ >= FINDINGS_PER_PAGE) {
                continue;
            }
            items.append("<li class=\"").append(f.severity().name().toLowerCase(Locale.ROOT)).append("\"><span class=\"at\">")
                    .append(f.start().line()).append(':').append(f.start().column()).append("</span> <span class=\"rule\">")
                    .append(escape(f.ruleId())).append("</span> ").append(escape(f.message()));
            String source = sourceLine(lines, f.start().line(), f.start().column());
            if (source != null) {
                items.append("<pre>").append(escape(source)).append("</pre>");
            }
            items.append("</li>");
        }
        if (findings.size() > FINDINGS_PER_PAGE) {
            items.append("<li class=\"more\">and ").append(findings.size() - FINDINGS_PER_PAGE).append(" more</li>");
        }
        AuditSummary.Counts counts = page.findings();
        out.write("<tr data-path=\"" + escape(page.path()) + "\" data-errors=\"" + counts.errors() + "\" data-warnings=\""
                + counts.warnings() + "\" data-info=\"" + counts.info() + "\" data-total=\"" + counts.total()
                + "\" data-search=\"" + escape((page.path() + " " + String.join(" ", rules)).toLowerCase(Locale.ROOT)) + "\"><td><details><summary>"
                + escape(page.path()) + "</summary><ul>" + items + "</ul></details></td><td>" + counts.errors() + "</td><td>"
                + counts.warnings() + "</td><td>" + counts.info() + "</td><td>" + counts.total() + "</td></tr>\n");
    }

    /** The finding's line, cut to the characters around its column. */
    static String sourceLine(List<String> lines, int line, int column) {
        if (lines == null || line < 1 || line > lines.size()) {
            return null;
        }
        String text = lines.get(line - 1);
        if (text.length() <= SOURCE_CONTEXT) {
            return text;
        }
        int from = Math.max(0, Math.min(column - 1 - SOURCE_CONTEXT / 4, text.length() - SOURCE_CONTEXT));
        int to = Math.min(text.length(), from + SOURCE_CONTEXT);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }

    /** Text made safe inside HTML elements and double-quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The CSP source that allows exactly the report's own script. */
    static String scriptHash() {
        return "sha256-" + Base64.getEncoder().encodeToString(Sha256.of(SCRIPT));
    }

    private static final String STYLE = """
            body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5rem 2rem; color: #1d2430; }
            h1 { margin: 0 0 .25rem; } h2 { margin-top: 2rem; }
            #totals span { font-weight: 600; }
            .error { color: #b42318; } .warning { color: #a15c07; } .info { color: #175cd3; }
            .chart text { font-size: 12px; fill: #1d2430; } .chart rect { fill: #4f6bed; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e4e7ec; vertical-align: top; }
            th[data-key] { cursor: pointer; user-select: none; } th[data-key]:hover { background: #f2f4f7; }
            td:not(:first-child) { text-align: right; width: 5rem; }
            details ul { margin: .4rem 0; padding-left: 1.2rem; }
            li .at { color: #667085; font-variant-numeric: tabular-nums; } li .rule { font-weight: 600; }
            pre { margin: .2rem 0 .5rem; padding: .3rem .5rem; background: #f8f9fb; white-space: pre-wrap;
                  word-break: break-all; font-size: 12px; }
            #filter { width: 24rem; padding: .3rem .5rem; }
            """;
}
