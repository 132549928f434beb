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
 * the address works, and script in a page's text does not run.
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
        Files.writeString(repo.resolve(".contentlint.yaml"), "extends: default\nrules:\n  required-field: off\n");
        page("why-does-ice-float", "Ice is lighter.\\nIt floats. " + INJECTED);
        // One escaped-newline finding each (a field's escapes are one defect); wood also ends with spaces.
        page("why-does-wood-float", "Wood is lighter.\\nIt floats.\\nIt always does.   ");
        html = repo.resolve("report.html");
        Cli.Run run = Cli.run("audit", "--no-prose", "--no-cache", "--html", html.toString(), repo.toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(Files.readString(html).contains("&lt;script&gt;document.body.setAttribute("),
                "the page text is in the report, escaped");
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

    @Test
    void chartsAndTableRenderWithTheAuditsCountsAndInjectedScriptDoesNotRun() throws Exception {
        String dom = rendered("");
        String body = dom.substring(dom.indexOf("<body"), dom.indexOf('>', dom.indexOf("<body")) + 1);
        assertTrue(body.contains("data-ready=\"true\""), "the report's own script ran: " + body);
        assertFalse(body.contains("data-pwned"), "script from a page's text ran: " + body);
        assertEquals(0, count(dom, "<script>document"), "the injected script is text, not an element");
        assertTrue(dom.contains("&lt;script&gt;document.body.setAttribute("), "and the text is shown");
        assertTrue(dom.contains("<g class=\"bar\" data-label=\"escaped-newline\" data-count=\"2\">"), dom);
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
}
