package dev.contentlint.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline on the real sample corpus: recorded findings stay suppressed when every page's
 * lines move, a new defect is reported alone, and a fixed finding is pruned at the next update.
 * Those two tests skip without ../shared/corpus/sample; the broken-baseline test needs no corpus.
 */
class BaselineRunTest {
    private static final Path SAMPLE = Path.of("../shared/corpus/sample").toAbsolutePath().normalize();

    @TempDir
    Path repo;
    private Path baseline;
    private List<Path> pages;

    @BeforeEach
    void writeConfig() throws IOException {
        Files.writeString(repo.resolve(".contentlint.yaml"), "extends: default\n");
        baseline = repo.resolve(".contentlint-baseline.json");
    }

    private void copySample() throws IOException {
        assumeTrue(Files.isDirectory(SAMPLE.resolve("content")),
                "the sample corpus is not at " + SAMPLE + "; skipping this baseline test of the real sample");
        try (Stream<Path> files = Files.walk(SAMPLE.resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = repo.resolve(SAMPLE.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        try (Stream<Path> files = Files.walk(repo.resolve("content"))) {
            pages = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    private JsonNode check(String... options) throws IOException {
        Path out = repo.resolve("report.json");
        List<String> args = new ArrayList<>(List.of("check", "--no-prose", "--no-cache", "--format", "json", "--output",
                out.toString(), "--config", repo.resolve(".contentlint.yaml").toString()));
        args.addAll(List.of(options));
        args.add(repo.resolve("content").toString());
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertTrue(run.code() == 0 || run.code() == 1, run::toString);
        return new ObjectMapper().readTree(out.toFile());
    }

    @Test
    void movedLinesStaySuppressedAndOnlyANewDefectIsReported() throws IOException {
        copySample();
        JsonNode before = check();
        int total = before.at("/summary/findings").asInt();
        assertTrue(total > 1000, "the sample has many findings: " + total);

        JsonNode recorded = check("--update-baseline", baseline.toString());
        assertEquals(0, recorded.at("/summary/findings").asInt());
        assertEquals(total, recorded.at("/summary/suppressedByBaseline").asInt());

        // Every line of every page moves down by one.
        for (Path page : pages) {
            Files.writeString(page, Files.readString(page).replaceFirst("^---\n", "---\n# moved down by one line\n"));
        }
        JsonNode moved = check("--baseline", baseline.toString());
        assertEquals(0, moved.at("/summary/findings").asInt(), moved.get("findings")::toString);
        assertEquals(total, moved.at("/summary/suppressedByBaseline").asInt());

        // One new defect: trailing spaces after a page's date.
        Path page = pages.get(pages.size() / 2);
        String text = Files.readString(page);
        assertTrue(text.matches("(?s).*\ndate: [^\n]*[^ \n]\n.*"), "the page has a date line without trailing spaces");
        Files.writeString(page, text.replaceFirst("\ndate: ([^\n]*)\n", "\ndate: $1   \n"));
        JsonNode fresh = check("--baseline", baseline.toString());
        assertEquals(1, fresh.at("/summary/findings").asInt(), fresh.get("findings")::toString);
        assertEquals("trailing-whitespace", fresh.at("/findings/0/ruleId").asText());
        assertTrue(fresh.at("/findings/0/path").asText().endsWith(page.getFileName().toString()));
    }

    @Test
    void anUpdatePrunesFixedFindingsAndKeepsThePagesItDidNotCheck() throws IOException {
        copySample();
        check("--update-baseline", baseline.toString());
        int recorded = recordedCount();

        // Fix one page's safe findings, then update the baseline from a run over that page only.
        JsonNode all = check();
        String fixable = null;
        for (JsonNode finding : all.get("findings")) {
            if (finding.has("fix") && "safe".equals(finding.at("/fix/applicability").asText())) {
                fixable = finding.get("path").asText();
                break;
            }
        }
        assertTrue(fixable != null, "the sample has a safely fixable finding");
        Path page = Path.of("").toAbsolutePath().resolve(fixable).normalize();
        int onPage = 0;
        for (JsonNode finding : all.get("findings")) {
            if (finding.get("path").asText().equals(fixable)) {
                onPage++;
            }
        }
        Cli.Run fix = Cli.run("check", "--no-prose", "--no-cache", "--fix", "--fail-on", "never", "--config",
                repo.resolve(".contentlint.yaml").toString(), page.toString());
        assertEquals(0, fix.code(), fix::toString);
        Cli.Run update = Cli.run("check", "--no-prose", "--no-cache", "--fail-on", "never", "--update-baseline",
                baseline.toString(), "--config", repo.resolve(".contentlint.yaml").toString(), page.toString());
        assertEquals(0, update.code(), update::toString);
        java.util.regex.Matcher left = java.util.regex.Pattern.compile("(\\d+) suppressed").matcher(update.out());
        int remainingOnPage = left.find() ? Integer.parseInt(left.group(1)) : 0;
        assertTrue(remainingOnPage < onPage, "the fix removed findings: " + update);
        int expected = recorded - onPage + remainingOnPage;
        assertTrue(update.err().contains("records " + expected + " findings"), update::toString);
        assertEquals(expected, recordedCount(), "the fixed findings were pruned, every other page kept");
        // The whole repository is still clean against the updated baseline.
        assertEquals(0, check("--baseline", baseline.toString()).at("/summary/findings").asInt());
    }

    private int recordedCount() throws IOException {
        int count = 0;
        for (JsonNode entry : new ObjectMapper().readTree(baseline.toFile()).get("findings")) {
            count += entry.get("count").asInt();
        }
        return count;
    }

    @Test
    void aBrokenBaselineIsAUsageErrorThatSaysWhere() throws IOException {
        Files.createDirectories(repo.resolve("content"));
        Files.writeString(baseline, "{\"version\": 1,\n \"findings\": [ {\"file\": 3,, } ]}\n");
        Cli.Run run = Cli.run("check", "--no-prose", "--baseline", baseline.toString(), "--config",
                repo.resolve(".contentlint.yaml").toString(), repo.resolve("content").toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains(baseline + ":2:"), run::toString);

        Cli.Run missing = Cli.run("check", "--no-prose", "--baseline", repo.resolve("none.json").toString(), "--config",
                repo.resolve(".contentlint.yaml").toString(), repo.resolve("content").toString());
        assertEquals(2, missing.code(), missing::toString);
        assertTrue(missing.err().contains("does not exist; create it with --update-baseline"), missing::toString);
    }
}
