package dev.contentlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import dev.contentlint.engine.Finding;
import dev.contentlint.engine.RunResult;
import dev.contentlint.rules.Severity;
import dev.contentlint.site.SiteView;
import dev.contentlint.text.Sha256;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit as one self-contained HTML page: totals, bar charts of findings and pages affected
 * per rule and per folder (inline SVG), and a table of pages that sorts and filters, each page
 * with all its findings, their related occurrences and their source lines. It loads nothing
 * from the network.
 *
 * <p>A whole site has tens of thousands of pages, so the pages and findings are data (JSON in a
 * script element that does not run), not markup: the script lists the pages a screenful at a
 * time and builds a page's findings when it is opened. Filtered by a rule, a page shows that
 * rule's findings.
 *
 * <p>Page content is untrusted: the script sets it as text, never as markup; the charts' labels
 * are HTML-escaped; the data escapes every {@code <}; and a Content-Security-Policy allows no
 * script but the report's own (by its hash), so a page whose text holds {@code <script>} shows
 * it as text and runs nothing.
 */
public final class HtmlReport {
    /** Characters of a source line shown around the finding. */
    static final int SOURCE_CONTEXT = 120;

    private static final String SCRIPT = """
            (function () {
              var data = JSON.parse(document.getElementById('data').textContent);
              var table = document.getElementById('pages');
              var body = table.tBodies[0];
              var filter = document.getElementById('filter');
              var shown = document.getElementById('shown');
              var more = document.getElementById('more');
              var STEP = 200;
              var pages = data.pages.map(function (p) {
                var rules = p[4].map(function (r) { return data.rules[r]; });
                return {path: p[0], errors: p[1], warnings: p[2], info: p[3], total: p[1] + p[2] + p[3],
                        search: (p[0] + ' ' + rules.join(' ')).toLowerCase(), findings: p[5]};
              });
              var needle = '', matching = pages, limit = STEP;
              function el(tag, cls, text) {
                var e = document.createElement(tag);
                if (cls) { e.className = cls; }
                if (text !== undefined) { e.textContent = text; }
                return e;
              }
              function number(n) { return n.toLocaleString('en-US'); }
              // Filtered by a rule (the text is not in the page's path), a page shows that rule's findings.
              function findingsOf(page) {
                if (needle === '' || page.path.toLowerCase().indexOf(needle) >= 0) { return page.findings; }
                return page.findings.filter(function (f) {
                  return data.rules[f[3]].toLowerCase().indexOf(needle) >= 0;
                });
              }
              function fill(details, page) {
                details.filled = true;
                var list = findingsOf(page);
                if (list.length < page.findings.length) {
                  details.appendChild(el('p', 'note', number(list.length) + ' of ' + number(page.findings.length)
                      + ' findings: those of the rules that match \u201c' + needle + '\u201d'));
                }
                var ul = el('ul');
                list.forEach(function (f) {
                  var li = el('li', data.severities[f[2]]);
                  li.appendChild(el('span', 'at', f[0] + ':' + f[1]));
                  li.appendChild(document.createTextNode(' '));
                  li.appendChild(el('span', 'rule', data.rules[f[3]]));
                  li.appendChild(document.createTextNode(' ' + data.texts[f[4]]));
                  if (f[6]) {
                    var at = [];
                    for (var i = 0; i < f[6].length; i += 2) { at.push(f[6][i] + ':' + f[6][i + 1]); }
                    li.appendChild(el('div', 'related', number(at.length) + ' occurrences: lines ' + at.join(', ')));
                  }
                  if (f[5] >= 0) { li.appendChild(el('pre', null, data.texts[f[5]])); }
                  ul.appendChild(li);
                });
                details.appendChild(ul);
              }
              function row(page) {
                var tr = el('tr');
                tr.setAttribute('data-path', page.path);
                var details = el('details');
                details.appendChild(el('summary', null, page.path));
                details.addEventListener('toggle', function () {
                  if (details.open && !details.filled) { fill(details, page); }
                });
                var cell = el('td');
                cell.appendChild(details);
                tr.appendChild(cell);
                ['errors', 'warnings', 'info', 'total'].forEach(function (key) {
                  tr.setAttribute('data-' + key, page[key]);
                  tr.appendChild(el('td', null, number(page[key])));
                });
                tr.details = details;
                return tr;
              }
              function render() {
                body.textContent = '';
                var rows = document.createDocumentFragment();
                matching.slice(0, limit).forEach(function (page) { rows.appendChild(row(page)); });
                body.appendChild(rows);
                var listed = Math.min(limit, matching.length);
                shown.textContent = number(matching.length) + ' of ' + number(pages.length) + ' pages shown'
                    + (listed < matching.length ? ', the first ' + number(listed) + ' listed' : '');
                more.hidden = listed >= matching.length;
                more.textContent = 'List ' + number(Math.min(STEP, matching.length - listed)) + ' more';
              }
              function apply() {
                needle = filter.value.trim().toLowerCase();
                matching = needle === '' ? pages : pages.filter(function (p) { return p.search.indexOf(needle) >= 0; });
                limit = STEP;
                render();
              }
              function sortBy(key, descending) {
                pages.sort(function (a, b) {
                  var order = key === 'path' ? a.path.localeCompare(b.path) : a[key] - b[key];
                  return descending ? -order : order;
                });
                table.setAttribute('data-sorted', (descending ? '-' : '') + key);
              }
              Array.prototype.forEach.call(table.tHead.querySelectorAll('th[data-key]'), function (th) {
                th.addEventListener('click', function () {
                  var key = th.getAttribute('data-key');
                  sortBy(key, table.getAttribute('data-sorted') !== '-' + key && key !== 'path');
                  apply();
                });
              });
              Array.prototype.forEach.call(document.querySelectorAll('#chart-rules .bar'), function (bar) {
                bar.addEventListener('click', function () {
                  filter.value = bar.getAttribute('data-label');
                  apply();
                  table.scrollIntoView();
                });
              });
              filter.addEventListener('input', apply);
              more.addEventListener('click', function () { limit += STEP; render(); });
              var params = new URLSearchParams(location.hash.slice(1));
              if (params.get('filter')) { filter.value = params.get('filter'); }
              if (params.get('sort')) {
                var sort = params.get('sort');
                sortBy(sort.replace(/^-/, ''), sort.charAt(0) === '-');
              }
              apply();
              // #open=PATH opens that page's findings, so that a report can link to one page.
              var open = params.get('open');
              Array.prototype.forEach.call(body.rows, function (tr) {
                if (tr.getAttribute('data-path') === open) { fill(tr.details, matching[tr.rowIndex - 1]); tr.details.open = true; }
              });
              // When the table is ready, in ms since the navigation started; bench/html-report.sh reads it.
              document.body.setAttribute('data-ready-ms', String(Math.round(performance.now())));
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
        chart(out, "rules", summary.byRule().stream().map(r -> new Bar(r.rule(), r.findings(), r.pages())).toList());
        out.write("</section>\n<section><h2>Findings per folder</h2>\n");
        chart(out, "folders", summary.byFolder().stream()
                .map(f -> new Bar(f.folder(), f.findings().total(), f.pagesWithFindings())).toList());
        out.write("</section>\n");
        if (summary.site() != null) {
            siteSection(out, summary);
        }
        out.write("<section><h2>Pages</h2>\n<p><input id=\"filter\" type=\"search\" placeholder=\"Filter by"
                + " path or rule\" aria-label=\"Filter pages\"> <span id=\"shown\"></span></p>\n");
        out.write("<table id=\"pages\" data-sorted=\"-total\"><thead><tr><th data-key=\"path\">Page</th>"
                + "<th data-key=\"errors\">Errors</th><th data-key=\"warnings\">Warnings</th><th data-key=\"info\">Info</th>"
                + "<th data-key=\"total\">All</th></tr></thead>\n<tbody></tbody></table>\n"
                + "<p><button id=\"more\" type=\"button\" hidden></button></p>\n</section>\n");
        out.write("<script type=\"application/json\" id=\"data\">");
        writeData(out, summary, result, sourceLines);
        out.write("</script>\n<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
        out.flush();
    }

    /**
     * The pages as JSON: {@code rules}, {@code severities} and {@code texts} are tables that the
     * findings point into (a message repeats on many pages, a source line under many findings of
     * one page), and each of {@code pages} is {@code [path, errors, warnings, info, [rule, ...],
     * [finding, ...]]}, a finding being {@code [line, column, severity, rule, message, source line
     * or -1, related or 0]} with the related occurrences as {@code [line, column, line, column, ...]}.
     */
    private static void writeData(Writer out, AuditSummary summary, RunResult result,
            Function<String, List<String>> sourceLines) throws IOException {
        Map<String, List<Finding>> byPage = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::path, LinkedHashMap::new, Collectors.toList()));
        Map<String, Integer> rules = new LinkedHashMap<>();
        Map<String, Integer> texts = new HashMap<>();
        try (JsonGenerator json = new JsonFactory().createGenerator(new NonClosing(out))) {
            json.setCharacterEscapes(new ScriptSafe());
            json.writeStartObject();
            json.writeArrayFieldStart("pages");
            for (AuditSummary.PageTotal page : summary.pagesByFindings()) {
                List<Finding> findings = byPage.getOrDefault(page.path(), List.of());
                List<String> lines = findings.isEmpty() ? null : sourceLines.apply(page.path());
                json.writeStartArray();
                json.writeString(page.path());
                json.writeNumber(page.findings().errors());
                json.writeNumber(page.findings().warnings());
                json.writeNumber(page.findings().info());
                json.writeStartArray();
                for (String rule : findings.stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new))) {
                    json.writeNumber(index(rules, rule));
                }
                json.writeEndArray();
                json.writeStartArray();
                for (Finding f : findings) {
                    json.writeStartArray();
                    json.writeNumber(f.start().line());
                    json.writeNumber(f.start().column());
                    json.writeNumber(f.severity().ordinal());
                    json.writeNumber(index(rules, f.ruleId()));
                    json.writeNumber(index(texts, f.message()));
                    String source = sourceLine(lines, f.start().line(), f.start().column());
                    json.writeNumber(source == null ? -1 : index(texts, source));
                    if (f.related().size() > 1) {
                        json.writeStartArray();
                        for (Finding.Span span : f.related()) {
                            json.writeNumber(span.start().line());
                            json.writeNumber(span.start().column());
                        }
                        json.writeEndArray();
                    } else {
                        json.writeNumber(0);
                    }
                    json.writeEndArray();
                }
                json.writeEndArray();
                json.writeEndArray();
            }
            json.writeEndArray();
            writeTable(json, "rules", rules.keySet());
            String[] byIndex = new String[texts.size()];
            texts.forEach((text, i) -> byIndex[i] = text);
            writeTable(json, "texts", Arrays.asList(byIndex));
            writeTable(json, "severities", Arrays.stream(Severity.values()).map(Severity::label).toList());
            json.writeEndObject();
        }
    }

    private static int index(Map<String, Integer> table, String text) {
        return table.computeIfAbsent(text, k -> table.size());
    }

    private static void writeTable(JsonGenerator json, String name, Collection<String> texts) throws IOException {
        json.writeArrayFieldStart(name);
        for (String text : texts) {
            json.writeString(text);
        }
        json.writeEndArray();
    }

    /** Escapes every {@code <} (and {@code >}, {@code &}), so that no text can end the script element that holds the data. */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafe() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    /** The report's writer, which the JSON generator must flush but not close. */
    private static final class NonClosing extends FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static String severitySpans(AuditSummary summary) {
        return java.util.stream.Stream.of(Severity.ERROR, Severity.WARNING, Severity.INFO)
                .map(severity -> "<span class=\"" + severity.name().toLowerCase(Locale.ROOT) + "\">"
                        + String.format("%,d %s", summary.bySeverity().get(severity), severity.name().toLowerCase(Locale.ROOT))
                        + "</span>")
                .collect(Collectors.joining(" "));
    }

    /** A bar of a chart: its label, its findings and the pages they are on. */
    private record Bar(String label, long findings, int pages) {}

    /** A horizontal bar chart of findings; each bar carries its label and counts as data, for scripts and tests. */
    private static void chart(Writer out, String id, List<Bar> bars) throws IOException {
        int barHeight = 22;
        int labelWidth = 260;
        int plotWidth = 520;
        int countWidth = 220;
        long max = Math.max(1, bars.stream().mapToLong(Bar::findings).max().orElse(1));
        int height = Math.max(1, bars.size()) * barHeight + 8;
        out.write("<svg id=\"chart-" + id + "\" class=\"chart\" role=\"img\" width=\"" + (labelWidth + plotWidth + countWidth)
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + (labelWidth + plotWidth + countWidth) + " " + height
                + "\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        int y = 4;
        for (Bar bar : bars) {
            long width = Math.max(1, Math.round((double) bar.findings() / max * plotWidth));
            String label = escape(bar.label());
            String counts = String.format("%,d finding%s on %,d page%s", bar.findings(), bar.findings() == 1 ? "" : "s",
                    bar.pages(), bar.pages() == 1 ? "" : "s");
            out.write("<g class=\"bar\" data-label=\"" + label + "\" data-count=\"" + bar.findings() + "\" data-pages=\""
                    + bar.pages() + "\">" + "<title>" + label + ": " + counts + "</title>"
                    + "<text x=\"" + (labelWidth - 8) + "\" y=\"" + (y + 15) + "\" text-anchor=\"end\">" + label + "</text>"
                    + "<rect x=\"" + labelWidth + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"" + (barHeight - 6)
                    + "\"></rect><text x=\"" + (labelWidth + width + 6) + "\" y=\"" + (y + 15) + "\">" + counts
                    + "</text></g>\n");
            y += barHeight;
        }
        out.write("</svg>\n");
    }

    /** How many groups, clusters and orphans the site section lists, and pages of each; the JSON audit has all. */
    static final int SITE_ROWS = 20;
    static final int SITE_PAGES = 5;

    /**
     * The site as a whole: the rules by pages affected, the groups of pages that share a value,
     * the near-duplicate clusters, the orphans and the inbound-link histogram, as markup (it is
     * small: the largest groups only), every text escaped.
     */
    private static void siteSection(Writer out, AuditSummary summary) throws IOException {
        SiteView site = summary.site();
        out.write("<section id=\"site\"><h2>Site</h2>\n<h3>Rules by pages affected</h3>\n"
                + "<table id=\"site-rules\" class=\"site\"><thead><tr><th>Rule</th><th>Pages</th><th>Findings</th></tr>"
                + "</thead><tbody>\n");
        long most = Math.max(1, summary.byPagesAffected().stream().mapToInt(AuditSummary.RuleTotal::pages).max().orElse(1));
        for (AuditSummary.RuleTotal rule : summary.byPagesAffected()) {
            out.write("<tr data-rule=\"" + escape(rule.rule()) + "\" data-pages=\"" + rule.pages() + "\"><td>"
                    + escape(rule.rule()) + "</td><td>" + bar(rule.pages(), most) + "</td><td>"
                    + String.format("%,d", rule.findings()) + "</td></tr>\n");
        }
        out.write("</tbody></table>\n");
        for (var entry : site.duplicateGroups().entrySet()) {
            List<SiteView.Group> groups = entry.getValue();
            int pages = groups.stream().mapToInt(g -> g.pages().size()).sum();
            out.write("<h3>" + escape(entry.getKey()) + String.format(": %,d pages in %,d groups</h3>\n", pages, groups.size())
                    + "<table id=\"site-" + escape(entry.getKey()) + "\" class=\"site\" data-pages=\"" + pages
                    + "\" data-groups=\"" + groups.size() + "\"><thead><tr><th>Shared value</th><th>Pages</th>"
                    + "<th>The pages</th></tr></thead><tbody>\n");
            for (SiteView.Group group : groups.subList(0, Math.min(SITE_ROWS, groups.size()))) {
                out.write("<tr data-pages=\"" + group.pages().size() + "\"><td>" + escape(group.value()) + "</td><td>"
                        + String.format("%,d", group.pages().size()) + "</td><td>" + pageList(group.pages()) + "</td></tr>\n");
            }
            out.write("</tbody></table>\n" + more(groups.size(), "groups"));
        }
        if (site.nearDuplicates() != null) {
            List<SiteView.Cluster> clusters = site.nearDuplicates();
            int pages = clusters.stream().mapToInt(c -> c.pages().size()).sum();
            out.write(String.format("<h3>duplicate-content: %,d pages in %,d clusters of near-duplicate texts</h3>\n",
                    pages, clusters.size()) + "<table id=\"site-duplicate-content\" class=\"site\" data-pages=\"" + pages
                    + "\" data-clusters=\"" + clusters.size() + "\"><thead><tr><th>Similarity</th><th>Pages</th>"
                    + "<th>The pages</th></tr></thead><tbody>\n");
            for (SiteView.Cluster cluster : clusters.subList(0, Math.min(SITE_ROWS, clusters.size()))) {
                out.write("<tr data-pages=\"" + cluster.pages().size() + "\"><td>" + AuditSummary.similarity(cluster)
                        + "</td><td>" + cluster.pages().size() + "</td><td>" + pageList(cluster.pages()) + "</td></tr>\n");
            }
            out.write("</tbody></table>\n" + more(clusters.size(), "clusters"));
        }
        if (site.orphans() != null) {
            out.write(String.format("<h3>orphan-page: %,d pages that no other page links to</h3>\n", site.orphans().size())
                    + "<ul id=\"site-orphans\" data-pages=\"" + site.orphans().size() + "\">");
            for (String page : site.orphans().subList(0, Math.min(SITE_ROWS, site.orphans().size()))) {
                out.write("<li>" + escape(page) + "</li>");
            }
            out.write("</ul>\n" + more(site.orphans().size(), "orphans"));
        }
        if (site.inboundHistogram() != null) {
            out.write("<h3>Inbound links per page</h3>\n<table id=\"site-inbound\" class=\"site\"><thead><tr>"
                    + "<th>Links from other pages</th><th>Pages</th></tr></thead><tbody>\n");
            long largest = Math.max(1, site.inboundHistogram().values().stream().mapToInt(Integer::intValue).max().orElse(1));
            for (var bucket : site.inboundHistogram().entrySet()) {
                out.write("<tr data-links=\"" + bucket.getKey() + "\" data-pages=\"" + bucket.getValue() + "\"><td>"
                        + bucket.getKey() + "</td><td>" + bar(bucket.getValue(), largest) + "</td></tr>\n");
            }
            out.write("</tbody></table>\n");
        }
        if (site.depth() != null) {
            out.write("<p id=\"site-depth\">" + (site.depth().fartherPages() < 0
                    ? "No page has the hub's url " + escape(site.depth().hub()) + "."
                    : String.format("%,d pages are more than %d clicks from the hub ", site.depth().fartherPages(),
                            site.depth().maxClicks()) + escape(site.depth().hub()) + ", or out of its reach.") + "</p>\n");
        }
        out.write("</section>\n");
    }

    /** A count with a bar as long as its share of {@code most}. */
    private static String bar(long count, long most) {
        return "<span class=\"hbar\" style=\"width:" + Math.max(1, Math.round(200.0 * count / most)) + "px\"></span> "
                + String.format("%,d", count);
    }

    private static String pageList(List<String> pages) {
        StringBuilder list = new StringBuilder();
        for (String page : pages.subList(0, Math.min(SITE_PAGES, pages.size()))) {
            list.append(list.isEmpty() ? "" : "<br>").append(escape(page));
        }
        if (pages.size() > SITE_PAGES) {
            list.append(String.format("<br><span class=\"note\">and %,d more</span>", pages.size() - SITE_PAGES));
        }
        return list.toString();
    }

    private static String more(int count, String what) {
        return count > SITE_ROWS ? String.format("<p class=\"note\">The first %d of %,d %s; the JSON audit"
                + " (<code>audit --format json</code>) lists all.</p>\n", SITE_ROWS, count, what) : "";
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
            .related, .note { color: #475467; font-size: 12px; } .chart .bar { cursor: pointer; }
            pre { margin: .2rem 0 .5rem; padding: .3rem .5rem; background: #f8f9fb; white-space: pre-wrap;
                  word-break: break-all; font-size: 12px; }
            #filter { width: 24rem; padding: .3rem .5rem; }
            table.site { width: auto; margin-bottom: .5rem; } table.site td:not(:first-child) { width: auto; }
            table.site td { text-align: left; } .hbar { display: inline-block; height: 10px; background: #4f6bed; }
            #site ul { columns: 2; font-size: 12px; }
            """;
}
