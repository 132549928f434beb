package dev.contentlint.cli;

import static dev.contentlint.cli.Cli.display;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options that choose what a report holds (--select, --ignore, --quiet), the warning for a
 * named page that the globs leave out, and the one-line message for a bad option value.
 */
class ReportingOptionsTest {
    @TempDir
    Path dir;
    private Path config;
    private Path a;
    private Path c;

    @BeforeEach
    void pages() throws IOException {
        config = Files.writeString(dir.resolve("site.yaml"),
                "extends: []\nexclude: ['drafts/**']\nrules:\n  escaped-newline: warning\n  seo-title-length: off\n");
        Files.createDirectories(dir.resolve("pages"));
        Files.createDirectories(dir.resolve("drafts"));
        // a: trailing-whitespace and escaped-newline (warnings); c: front-matter-invalid (an error).
        a = Files.writeString(dir.resolve("pages/a.md"),
                "---\ntitle: Why does ice float?  \nanswer: 'Ice is lighter.\\nIt floats.'\n---\n");
        c = Files.writeString(dir.resolve("pages/c.md"), "---\nid: 1\nid: 2\ntitle: t\n---\n");
        Files.writeString(dir.resolve("drafts/b.md"), "---\ntitle: x\n---\n");
    }

    private Cli.Run check(String... options) {
        List<String> args = new ArrayList<>(List.of("check", "--no-cache", "--config", config.toString()));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private static List<String> rules(Cli.Run run) {
        return run.outLines().stream().filter(line -> line.contains(" ["))
                .map(line -> line.substring(line.indexOf(" [") + 2, line.indexOf(']'))).sorted().toList();
    }

    @Test
    void withoutOptionsEveryEnabledRuleReports() {
        assertEquals(List.of("escaped-newline", "front-matter-invalid", "trailing-whitespace"),
                rules(check(dir.resolve("pages").toString())));
    }

    @Test
    void selectLimitsTheRunToTheNamedRules() {
        Cli.Run run = check("--select", "escaped-newline,trailing-whitespace", dir.resolve("pages").toString());
        assertEquals(List.of("escaped-newline", "trailing-whitespace"), rules(run), run::toString);
        assertEquals(0, run.code(), "the error's rule did not run: " + run);
        assertTrue(run.out().contains("2 problems (0 errors, 2 warnings, 0 info) in 1 of 2 files checked"), run::toString);
    }

    @Test
    void ignoreRemovesRulesAndWinsOverSelect() {
        assertEquals(List.of("escaped-newline", "front-matter-invalid"),
                rules(check("--ignore", "trailing-whitespace", dir.resolve("pages").toString())));
        assertEquals(List.of("escaped-newline"), rules(check("--select", "escaped-newline,trailing-whitespace",
                "--ignore", "trailing-whitespace", dir.resolve("pages").toString())));
    }

    @Test
    void quietReportsErrorsOnly() {
        Cli.Run run = check("--quiet", dir.resolve("pages").toString());
        assertEquals(List.of("front-matter-invalid"), rules(run), run::toString);
        assertTrue(run.out().contains("1 problem (1 error, 0 warnings, 0 info) in 1 of 2 files checked"), run::toString);
        assertEquals(1, run.code());
    }

    @Test
    void anUnknownRuleIdIsAUsageErrorNamingIt() {
        for (String option : List.of("--select", "--ignore")) {
            Cli.Run run = check(option, "escaped-newline,no-such-rule", dir.toString());
            assertEquals(2, run.code(), run::toString);
            assertEquals("", run.out(), run::toString);
            assertEquals("contentlint: " + option + ": unknown rule 'no-such-rule' (run 'contentlint rules' for the list)",
                    run.err().strip());
        }
    }

    @Test
    void selectingARuleTheConfigurationTurnsOffSaysSo() {
        Cli.Run run = check("--select", "seo-title-length", dir.resolve("pages").toString());
        assertTrue(run.err().contains("--select names 'seo-title-length', which the configuration turns off"), run::toString);
        assertEquals(List.of(), rules(run));
    }

    @Test
    void theOptionsApplyToTheAuditToo() {
        Cli.Run run = Cli.run("audit", "--no-prose", "--no-cache", "--config", config.toString(), "--select",
                "front-matter-invalid", dir.toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("1 finding (1 error, 0 warnings, 0 info) on 1 page"), run::toString);
        assertFalse(run.out().contains("escaped-newline"), run::toString);
    }

    @Test
    void aNamedPageThatAnExcludeGlobLeavesOutGetsAWarningNamingTheGlob() {
        Path draft = dir.resolve("drafts/b.md");
        Cli.Run run = check(draft.toString(), a.toString());
        assertTrue(run.err().contains("contentlint: warning: " + draft + ": file ignored because the exclude glob"
                + " 'drafts/**' matches it (include and exclude in " + config + ")"), run::toString);
        assertTrue(run.out().contains("in 1 of 1 file checked"), "the other page is checked: " + run);
        assertFalse(run.err().contains(a.toString()), run::toString);
    }

    @Test
    void aNamedPageThatNoIncludeGlobMatchesGetsAWarningSayingSo() throws IOException {
        Files.writeString(config, "extends: []\ninclude: ['pages/**/*.md']\n");
        Path draft = dir.resolve("drafts/b.md");
        Cli.Run run = check(draft.toString());
        assertTrue(run.err().contains(draft + ": file ignored because no include glob matches it (include: 'pages/**/*.md')"),
                run::toString);
        assertTrue(run.out().contains("0 of 0 files checked"), run::toString);
        assertEquals(0, run.code());
    }

    @Test
    void aFolderNamedOnTheCommandLineGivesNoWarningForThePagesItLeavesOut() {
        Cli.Run run = check(dir.toString());
        assertFalse(run.err().contains("ignored"), run::toString);
        assertTrue(run.out().contains("in 2 of 2 files checked"), run::toString);
    }

    @Test
    void aBadFormatNamesTheValidValuesInOneLine() {
        Cli.Run run = check("--format", "xml", a.toString());
        assertEquals(2, run.code(), run::toString);
        assertEquals("", run.out());
        assertEquals(List.of("contentlint: invalid --format 'xml': valid values are text, json, sarif, github, junit,"
                + " checkstyle", "Run 'contentlint check --help' for usage."), run.err().strip().lines().toList());
    }

    @Test
    void otherOptionsWithAFewValuesDoTheSame() {
        Cli.Run failOn = check("--fail-on", "sometimes", a.toString());
        assertEquals(2, failOn.code());
        assertEquals("contentlint: invalid --fail-on 'sometimes': valid values are error, warning, never",
                failOn.err().lines().findFirst().orElseThrow());
        Cli.Run audit = Cli.run("audit", "-f", "yaml", dir.toString());
        assertEquals(2, audit.code());
        assertEquals(List.of("contentlint: invalid --format 'yaml': valid values are text, json",
                "Run 'contentlint audit --help' for usage."), audit.err().strip().lines().toList());
    }

    @Test
    void otherCommandLineErrorsAreOneLineTooWithoutTheHelp() {
        Cli.Run run = check("--no-such-option", a.toString());
        assertEquals(2, run.code());
        assertEquals(2, run.err().strip().lines().count(), run::toString);
        assertTrue(run.err().startsWith("contentlint: Unknown option: '--no-such-option'"), run::toString);
    }

    @Test
    void controlCharactersInAPathAreEscapedSoAFindingStaysOneLine() throws IOException {
        Path odd = Files.writeString(dir.resolve("pages/odd\nname\u001b[31m.md"), "---\ntitle: x  \n---\n");
        Cli.Run run = check(odd.toString());
        assertEquals(2, run.outLines().size(), run::toString);
        // Quoted, as git quotes such a path, so that it cannot pass for another file's name.
        assertTrue(run.outLines().get(0).startsWith("\"" + display(dir.resolve("pages")) + "/odd\\nname\\u001b[31m.md\":2:9: warning"),
                run::toString);
    }
}
