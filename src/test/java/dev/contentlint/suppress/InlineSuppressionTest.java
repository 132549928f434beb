package dev.contentlint.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code # contentlint-disable} comments, for a page and for a field, on real runs. */
class InlineSuppressionTest {
    /** A clean page; its keywords and date lines are where the tests add defects. */
    private static final Path CLEAN = Path.of("fixtures/required-field/content/learn/economics/"
            + "how-do-higher-interest-rates-help-a-central-bank-slow-inflation.md").toAbsolutePath();

    @TempDir
    Path repo;
    private Path page;
    private String clean;

    @BeforeEach
    void writeConfiguration() throws IOException {
        Files.writeString(repo.resolve(".contentlint.yaml"), "extends: default\n");
        page = repo.resolve("content/learn/economics/" + CLEAN.getFileName());
        Files.createDirectories(page.getParent());
        clean = Files.readString(CLEAN);
    }

    /** The page with a repeated keyword (keywords-format) and trailing spaces after the date (trailing-whitespace). */
    private String withDefects() {
        return clean.replace("    interest rates, inflation,", "    interest rates, inflation, inflation,")
                .replace("date: 2025-03-11\n", "date: 2025-03-11  \n");
    }

    private JsonNode check(String text, String... options) throws IOException {
        Files.writeString(page, text);
        Path out = repo.resolve("out.json");
        List<String> args = new ArrayList<>(List.of("check", "--no-cache", "--fail-on", "never", "--format", "json",
                "--output", out.toString(), "--config", repo.resolve(".contentlint.yaml").toString()));
        args.addAll(List.of(options));
        if (!args.contains("--prose")) {
            args.add("--no-prose");
        } else {
            args.remove("--prose");
        }
        args.add(page.toString());
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.code(), run::toString);
        return new ObjectMapper().readTree(out.toFile());
    }

    private static List<String> rules(JsonNode report) {
        List<String> rules = new ArrayList<>();
        report.get("findings").forEach(f -> rules.add(f.get("ruleId").asText() + "@" + f.get("line").asInt()
                + ":" + f.get("column").asInt()));
        return rules;
    }

    @Test
    void theDefectsAreReportedWithoutComments() throws IOException {
        JsonNode report = check(withDefects());
        List<String> rules = rules(report);
        assertTrue(rules.stream().anyMatch(r -> r.startsWith("keywords-format@")), rules::toString);
        assertTrue(rules.stream().anyMatch(r -> r.startsWith("trailing-whitespace@")), rules::toString);
        assertEquals(0, report.at("/summary/suppressedInline").asInt());
    }

    @Test
    void aCommentOnItsOwnLineSuppressesTheNamedRulesOnTheWholePage() throws IOException {
        String text = withDefects().replaceFirst("---\n", "---\n# contentlint-disable keywords-format, trailing-whitespace -- known\n");
        JsonNode report = check(text);
        assertEquals(List.of(), rules(report));
        assertEquals(2, report.at("/summary/suppressedInline").asInt());
    }

    @Test
    void aCommentWithoutRuleIdsSuppressesEveryRule() throws IOException {
        JsonNode report = check(withDefects().replaceFirst("---\n", "---\n# contentlint-disable\n"));
        assertEquals(List.of(), rules(report));
        assertEquals(2, report.at("/summary/suppressedInline").asInt());
    }

    @Test
    void aCommentAfterAKeySuppressesOnlyThatFieldAndThoseBelowIt() throws IOException {
        String text = withDefects().replace("  page_keywords: >-\n", "  page_keywords: >-  # contentlint-disable keywords-format, trailing-whitespace\n");
        List<String> rules = rules(check(text));
        assertFalse(rules.stream().anyMatch(r -> r.startsWith("keywords-format@")), rules::toString);
        // trailing-whitespace is on the date line, another field: still reported, and the comment's use of it is not.
        assertTrue(rules.stream().anyMatch(r -> r.startsWith("trailing-whitespace@4:")), rules::toString);
        assertTrue(rules.stream().anyMatch(r -> r.startsWith("unused-suppression@")), rules::toString);

        // On the parent key, the comment covers seo.page_keywords too.
        List<String> parent = rules(check(withDefects().replace("\nseo:\n", "\nseo:  # contentlint-disable keywords-format\n")));
        assertFalse(parent.stream().anyMatch(r -> r.startsWith("keywords-format@") || r.startsWith("unused-suppression@")),
                parent::toString);
    }

    @Test
    void aHashInsideAValueIsTextNotAComment() throws IOException {
        String text = withDefects().replace("    A central bank sets", "    Write # contentlint-disable keywords-format to hide it. A central bank sets");
        List<String> rules = rules(check(text));
        assertTrue(rules.stream().anyMatch(r -> r.startsWith("keywords-format@")), rules::toString);
        assertFalse(rules.stream().anyMatch(r -> r.startsWith("unused-suppression@")), rules::toString);
    }

    @Test
    void unusedAndUnknownSuppressionsAreReportedWhereTheyAreWritten() throws IOException {
        String text = clean.replaceFirst("---\n", "---\n# contentlint-disable keywords-format no-such-rule\n");
        JsonNode report = check(text);
        assertEquals(List.of("unused-suppression@2:23", "unused-suppression@2:39"), rules(report));
        assertTrue(report.at("/findings/0/message").asText().contains("'keywords-format' reports nothing on this page"));
        assertTrue(report.at("/findings/1/message").asText().contains("'no-such-rule' is not a rule"));
        assertEquals("info", report.at("/findings/0/severity").asText());
    }

    @Test
    void aSuppressionOfARuleThatDidNotRunIsNotCalledUnused() throws IOException {
        // Prose is off in these runs: spelling never ran, so its suppression may still be needed.
        String text = clean.replaceFirst("---\n", "---\n# contentlint-disable spelling\n");
        assertEquals(List.of(), rules(check(text)));
        // A comment for every rule cannot be judged either while some rule did not run.
        assertEquals(List.of(), rules(check(clean.replaceFirst("---\n", "---\n# contentlint-disable\n"))));
    }

    @Test
    void fixDoesNotApplyTheFixOfASuppressedFinding() throws IOException {
        String text = withDefects().replaceFirst("---\n", "---\n# contentlint-disable trailing-whitespace\n");
        Files.writeString(page, text);
        Cli.Run run = Cli.run("check", "--no-prose", "--no-cache", "--fix", "--fail-on", "never", "--config",
                repo.resolve(".contentlint.yaml").toString(), page.toString());
        assertEquals(0, run.code(), run::toString);
        String fixed = Files.readString(page);
        assertTrue(fixed.contains("date: 2025-03-11  \n"), "the suppressed trailing spaces were removed");
        assertTrue(run.out().contains("1 suppressed (1 by comments in the pages)"), run::toString);
    }
}
