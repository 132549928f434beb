package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of `audit --html`, loaded in a real headless Chromium (Debian's, which
 * .ci/run installs): the charts and the table render with the audit's counts, filtering from
 * the address works, every finding of a page can be opened, filtering by a rule shows that
 * rule's findings, and script in a page's text does not run.
 */
class AuditHtmlBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String INJECTED = "<script>document.body.setAttribute('data-pwned','script')</script>"
            + "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">";

    @TempDir
    Path repo;
    private Path html;

    private Path page(String stem, String answer) throws IOException {
        Path file = repo.resolve("content/learn/physics/" + stem + ".md");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "---\nid: " + Math.abs(stem.hashCode()) + "\ntitle: Why does ice float?\n"
                + "subject: Physics\nfile_name: " + stem + ".md\nurl: /learn/physics/questions/" + stem + "\nanswer: >-\n    "
                + answer + "\n---\n");
    }

    @BeforeEach
    void audit() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (.ci/run installs it)");
        Files.writeString(repo.resolve(".contentlint.yaml"), """
                extends: default
                rules:
                  required-field: off
                define:
                  - id: no-floats
                    kind: forbidden-pattern
                    summary: No floats
                    fields: [answer]
                    pattern: 'floats'
                    message: '{field} says "{match}"'
                """);
        page("why-does-ice-float", "Ice is lighter.\\nIt floats. " + INJECTED);
        // 8 findings of no-floats and 1 of escaped-newline, with 2 occurrences: more than a row once showed.
        page("why-does-wood-float", "Wood is lighter.\\nIt floats.\\nIt always floats: floats floats floats floats floats"
                + " floats.");
        html = repo.resolve("report.html");
        Cli.Run run = Cli.run("audit", "--no-prose", "--no-cache", "--html", html.toString(), repo.toString());
        assertEquals(0, run.code(), run::toString);
        String report = Files.readString(html);
        assertTrue(report.contains("\\u003Cscript\\u003Edocument.body.setAttribute("), "the page text is in the report's data, escaped");
        assertFalse(report.contains("<script>document.body"), "no page text can end the data's script element");
    }

    /** The document after Chromium ran the report's script. */
    private String rendered(String fragment) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + repo.resolve("profile"),
                "--virtual-time-budget=5000", "--dump-dom", html.toUri() + fragment));
        Process chromium = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        return dom;
    }

    private static int count(String dom, String regex) {
        Matcher m = Pattern.compile(regex).matcher(dom);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private String path(String stem) {
        return Cli.display(repo.resolve("content/learn/physics/" + stem + ".md"));
    }

    /** The list of findings that an opened row shows. */
    private static String opened(String dom) {
        int details = dom.indexOf("<details open=\"\">");
        assertTrue(details > 0, "a row is open: " + dom);
        return dom.substring(details, dom.indexOf("</details>", details));
    }

    @Test
    void chartsAndTableRenderWithTheAuditsCountsAndInjectedScriptDoesNotRun() throws Exception {
        String dom = rendered("#open=" + path("why-does-ice-float"));
        String body = dom.substring(dom.indexOf("<body"), dom.indexOf('>', dom.indexOf("<body")) + 1);
        assertTrue(body.contains("data-ready=\"true\""), "the report's own script ran: " + body);
        assertFalse(body.contains("data-pwned"), "script from a page's text ran: " + body);
        assertEquals(0, count(dom, "<script>document"), "the injected script is text, not an element");
        assertTrue(opened(dom).contains("&lt;script&gt;document.body.setAttribute("), "and the text is shown");
        // 3 escaped newlines in the two answers, one finding per answer, on 2 pages.
        assertTrue(dom.contains("<g class=\"bar\" data-label=\"escaped-newline\" data-count=\"2\" data-pages=\"2\">"), dom);
        assertTrue(dom.contains("<g class=\"bar\" data-label=\"no-floats\" data-count=\"9\" data-pages=\"2\">"), dom);
        assertTrue(dom.contains("9 findings on 2 pages</text>"), dom);
        assertTrue(dom.contains("<g class=\"bar\" data-label=\"physics\" data-count=\"11\" data-pages=\"2\">"), dom);
        assertEquals(2, count(dom, "<tr data-path=\"[^\"]*content/learn/physics/"));
        assertTrue(dom.contains("2 of 2 pages shown"), dom);
        assertEquals(1, count(dom, "<svg id=\"chart-folders\""));
        assertTrue(dom.contains("data-label=\"physics\""), dom);
    }

    @Test
    void theAddressFiltersAndSortsTheTable() throws Exception {
        String dom = rendered("#filter=wood&sort=-total");
        assertTrue(dom.contains("1 of 2 pages shown"), dom);
        assertTrue(dom.contains("data-sorted=\"-total\""), dom);
        int wood = dom.indexOf("why-does-wood-float.md\"");
        int ice = dom.indexOf("why-does-ice-float.md\"");
        assertTrue(wood > 0 && ice > 0 && wood < ice, "the page with more findings comes first");
    }

    @Test
    void everyFindingOfAPageCanBeOpenedWithItsRelatedOccurrences() throws Exception {
        String list = opened(rendered("#open=" + path("why-does-wood-float")));
        assertEquals(9, count(list, "<li class=\"warning\">"), "8 no-floats and 1 escaped-newline: " + list);
        assertFalse(list.contains("more"), list);
        assertEquals(8, count(list, "<span class=\"rule\">no-floats</span>"), list);
        assertTrue(list.contains("<div class=\"related\">2 occurrences: lines 8:21, 8:33</div>"), list);
    }

    @Test
    void filteredByARulePagesShowThatRulesFindings() throws Exception {
        String dom = rendered("#filter=escaped-newline&open=" + path("why-does-wood-float"));
        assertTrue(dom.contains("2 of 2 pages shown"), dom);
        String list = opened(dom);
        assertEquals(1, count(list, "<li "), "the escaped-newline finding only: " + list);
        assertTrue(list.contains("<span class=\"rule\">escaped-newline</span>"), list);
        assertTrue(list.contains("1 of 9 findings: those of the rules that match"), list);
    }

    @Test
    void aLargeSiteIsListedAScreenfulAtATime() throws Exception {
        for (int i = 0; i < 230; i++) {
            page("why-does-page-" + i + "-float", "It floats.");
        }
        Cli.Run run = Cli.run("audit", "--no-prose", "--no-cache", "--html", html.toString(), repo.toString());
        assertEquals(0, run.code(), run::toString);
        String dom = rendered("");
        assertTrue(dom.contains("232 of 232 pages shown, the first 200 listed"), dom);
        assertEquals(200, count(dom, "<tr data-path="));
        assertTrue(dom.contains("<button id=\"more\" type=\"button\">List 32 more</button>"), dom);
    }

    /** A site page of the corpus format, with its SEO title and answer, linking to {@code links}. */
    private void sitePage(Path site, String stem, String seoTitle, String answer, String... links) throws IOException {
        Path file = site.resolve("content/learn/physics/" + stem + ".md");
        Files.createDirectories(file.getParent());
        StringBuilder related = new StringBuilder();
        for (int i = 0; i < links.length; i++) {
            related.append("related_article").append(i + 1).append(":\n  url: /learn/physics/questions/")
                    .append(links[i]).append('\n');
        }
        Files.writeString(file, "---\nid: " + Math.abs(stem.hashCode()) + "\ntitle: " + stem.replace('-', ' ')
                + "\nseo:\n  title: " + seoTitle + "\nsubject: Physics\nfile_name: " + stem + ".md\nurl: /learn/physics/questions/"
                + stem + "\nanswer: >-\n    " + answer + "\n" + related + "---\n");
    }

    @Test
    void theSiteSectionShowsTheDuplicateGroupsNearDuplicatesOrphansAndInboundLinks() throws Exception {
        Path site = repo.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve(".contentlint.yaml"), "extends: [default, site]\nrules:\n  required-field: off\n");
        String text = "Warm water rises because heating makes it expand, so the same mass fills a larger volume and is"
                + " less dense than the cooler water around it, which sinks beneath it and pushes it upward.";
        sitePage(site, "why-does-warm-water-rise", "QuickTakes | Physics", text, "what-makes-warm-water-move-upward");
        sitePage(site, "what-makes-warm-water-move-upward", "QuickTakes | Physics", text + " Convection",
                "why-does-warm-water-rise");
        sitePage(site, "why-does-ice-float", "QuickTakes | <b>Physics</b>", "Ice is lighter than water.",
                "why-does-warm-water-rise");
        sitePage(site, "why-is-the-sky-blue", "QuickTakes | <b>physics</b>", "Air scatters blue light the most.");
        html = repo.resolve("site-report.html");
        Cli.Run run = Cli.run("audit", "--no-prose", "--no-cache", "--html", html.toString(), site.toString());
        assertEquals(0, run.code(), run::toString);
        String dom = rendered("");
        String section = dom.substring(dom.indexOf("<section id=\"site\">"), dom.indexOf("</section>",
                dom.indexOf("<section id=\"site\">")));
        // Two groups of two pages share an SEO title; the second's value is escaped markup, shown as text.
        assertTrue(section.contains("<table id=\"site-duplicate-seo-title\" class=\"site\" data-pages=\"4\" data-groups=\"2\">"),
                section);
        assertTrue(section.contains("quicktakes | &lt;b&gt;physics&lt;/b&gt;"), section);
        assertEquals(0, count(section, "<b>"), "no page text became markup");
        // The two warm-water answers are one near-duplicate cluster.
        assertTrue(section.contains("<table id=\"site-duplicate-content\" class=\"site\" data-pages=\"2\" data-clusters=\"1\">"),
                section);
        assertTrue(section.matches("(?s).*<td>9\\d% the same</td><td>2</td>.*"), section);
        // Nothing links to the ice and sky pages; the warm-water pages have 2 and 1 inbound links.
        assertTrue(section.contains("<ul id=\"site-orphans\" data-pages=\"2\">"), section);
        assertTrue(section.contains("<tr data-links=\"0\" data-pages=\"2\">"), section);
        assertTrue(section.contains("<tr data-links=\"1\" data-pages=\"1\">"), section);
        assertTrue(section.contains("<tr data-links=\"2\" data-pages=\"1\">"), section);
        assertTrue(section.contains("<tr data-rule=\"duplicate-seo-title\" data-pages=\"4\">"), section);
        String body = dom.substring(dom.indexOf("<body"), dom.indexOf('>', dom.indexOf("<body")) + 1);
        assertTrue(body.contains("data-ready=\"true\""), "the report's script still runs: " + body);
    }
}
