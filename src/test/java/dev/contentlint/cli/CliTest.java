package dev.contentlint.cli;

import static dev.contentlint.cli.Cli.display;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.config.ConfigLoader;
import dev.contentlint.rules.Rule;
import dev.contentlint.rules.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PRODUCT.md sections 3 and 4 through the real command line. Every run passes an explicit
 * --config, so the tests do not depend on a .contentlint.yaml in the working directory.
 */
class CliTest {
    /** Starts from nothing, so that only the structural rules run. */
    private static final String EMPTY_CONFIG = "extends: []\n";

    private static final String RULES_CONFIG = """
            extends: []
            rules:
              trailing-whitespace: off
              escaped-newline: off
              seo-title-length: error
              keywords-format:
                severity: info
            define:
              - id: no-ai-boilerplate
                kind: forbidden-pattern
                summary: Answers do not say that an AI wrote them
                description: Phrases such as "as an AI language model" are left over from generated text.
                severity: error
                fields: [answer]
                pattern: '(?i)as an ai language model'
                message: '{field} contains AI boilerplate "{match}"'
              - id: title-length
                kind: length
                summary: Titles are short
                fields: [title]
                max: 20
              - id: title-words
                kind: length
                summary: Titles have at least three words
                severity: info
                fields: [title]
                min: 3
                unit: words
              - id: article-title-agrees
                kind: fields-agree
                summary: The article title repeats the title
                fields: [title, article_title]
                compare: trim
            """;

    @TempDir
    Path dir;

    private Path emptyConfig;

    @BeforeEach
    void setUp() throws IOException {
        emptyConfig = write("empty.yaml", EMPTY_CONFIG);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static List<String> findingLines(Cli.Run run) {
        List<String> lines = run.outLines();
        return lines.subList(0, Math.max(0, lines.size() - 1));
    }

    // ----- configuration errors -----

    @Test
    void configurationErrorIsPrintedWithFileLineColumnAndExits2() throws IOException {
        Path bad = write("bad.yaml", "extends: []\nrules:\n  no-such-rule: error\n");
        Path page = write("pages/p.md", "---\ntitle: x\n---\n");
        for (String command : new String[] {"check", "rules"}) {
            List<String> args = new ArrayList<>(List.of(command, "--config", bad.toString()));
            if (command.equals("check")) {
                args.add(page.toString());
            }
            Cli.Run run = Cli.run(args.toArray(String[]::new));
            assertEquals(2, run.code(), run::toString);
            assertEquals("", run.out(), run::toString);
            assertEquals("contentlint: configuration error: " + bad.toAbsolutePath().normalize()
                    + ":3:3: unknown rule 'no-such-rule' (run 'contentlint rules' for the list)", run.err().strip(),
                    run::toString);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown top-level key | extends: []\\nrulez: {}\\n | 2:1: unknown key 'rulez' in the configuration",
        "bad severity | extends: []\\nrules:\\n  slug-format: loud\\n | 3:16: severity of 'slug-format' must be off,"
                + " info, warning or error, not 'loud'",
        "unknown option | extends: []\\nrules:\\n  seo-title-length:\\n    options:\\n      maxx: 3\\n | 5:7: rule"
                + " 'seo-title-length' has no option 'maxx'",
        "option type | extends: []\\nrules:\\n  seo-title-length:\\n    options:\\n      max: [1]\\n | 5:12: option"
                + " 'max' of rule 'seo-title-length' must be",
        "invalid regex | extends: []\\ndefine:\\n  - id: x-rule\\n    kind: forbidden-pattern\\n    summary: s\\n"
                + "    fields: [answer]\\n    pattern: '[a-'\\n | 7:14: invalid regular expression in rule 'x-rule'",
        "unknown field type | extends: []\\nrules:\\n  field-type:\\n    options:\\n      types:\\n        id: intt\\n"
                + " | 6:13: option 'types' of rule 'field-type', entry 'id': unknown type 'intt'",
    })
    void configurationErrors(String name, String yaml, String expected) throws IOException {
        Path bad = write("bad.yaml", yaml.replace("\\n", "\n"));
        Path page = write("pages/p.md", "---\ntitle: x\n---\n");
        Cli.Run run = Cli.run("check", "--config", bad.toString(), page.toString());
        assertEquals(2, run.code(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertTrue(run.err().startsWith("contentlint: configuration error: " + bad.toAbsolutePath().normalize() + ":"
                + expected), run::toString);
    }

    @Test
    void missingConfigFileExits2() {
        Path missing = dir.resolve("nope.yaml");
        Cli.Run run = Cli.run("check", "--config", missing.toString(), dir.toString());
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().startsWith("contentlint: configuration error: " + missing), run::toString);
        assertTrue(run.err().contains("not found"), run::toString);
    }

    // ----- declarative rules from a user configuration -----

    @Test
    void declarativeRulesReportAtTheExactCharacters() throws IOException {
        Path config = write("rules.yaml", RULES_CONFIG);
        String text = """
                ---
                title: A rather long title for this page
                article_title: Another title
                answer: >-
                    First paragraph.\\n\\nAs an AI language model, I
                    cannot. But as an AI
                    language model again.
                ---
                Body as an AI language model (the body is not in the rule's fields).
                """;
        Path page = write("pages/page.md", text);
        Path shortPage = write("pages/short.md", "---\ntitle: Hi there\narticle_title: Hi there\n---\n");
        Cli.Run run = Cli.run("check", "--no-prose", "--config", config.toString(), "--format", "json",
                dir.resolve("pages").toString());
        assertEquals(1, run.code(), run::toString);
        JsonNode findings = json(run).get("findings");
        List<String> got = new ArrayList<>();
        for (JsonNode f : findings) {
            got.add(f.get("path").asText() + " " + f.get("ruleId").asText() + " " + f.get("severity").asText() + " "
                    + f.get("line").asInt() + ":" + f.get("column").asInt() + "-" + f.get("endLine").asInt() + ":"
                    + f.get("endColumn").asInt() + " " + f.get("field").asText() + " " + f.get("message").asText());
        }
        String p = display(page);
        String s = display(shortPage);
        assertEquals(List.of(
                p + " title-length warning 2:8-2:41 title title is 33 characters, more than the maximum of 20",
                p + " article-title-agrees warning 3:16-3:29 article_title article_title does not agree with title",
                // In the folded answer, after the two escaped newlines on the first line.
                p + " no-ai-boilerplate error 5:25-5:48 answer answer contains AI boilerplate \"As an AI language"
                        + " model\"",
                // A match across a folded line break spans both source lines.
                p + " no-ai-boilerplate error 6:17-7:19 answer answer contains AI boilerplate \"as an AI language"
                        + " model\"",
                s + " title-words info 2:8-2:16 title title is 2 words, fewer than the minimum of 3"), got);
        // The excerpt is the file's own text, line break and indentation included.
        assertEquals("as an AI\n    language model", findings.get(3).get("excerpt").asText());
        int offset = findings.get(2).get("offset").asInt();
        assertEquals(text.indexOf("As an AI"), offset);
        assertEquals("As an AI language model", text.substring(offset, offset + findings.get(2).get("length").asInt()));
    }

    @Test
    void declarativeRuleInACrlfPageHasTheSamePositions() throws IOException {
        Path config = write("rules.yaml", RULES_CONFIG);
        String text = "---\ntitle: ok title here\narticle_title: ok title here\nanswer: >-\n    Text.\\n As an AI\n"
                + "    language model.\n---\n";
        Path lf = write("lf/page.md", text);
        Path crlf = write("crlf/page.md", text.replace("\n", "\r\n"));
        Cli.Run lfRun = Cli.run("check", "--no-prose", "--config", config.toString(), lf.toString());
        Cli.Run crlfRun = Cli.run("check", "--no-prose", "--config", config.toString(), crlf.toString());
        assertEquals(List.of(display(lf) + ":5:13: error [no-ai-boilerplate] answer contains AI boilerplate \"As an AI"
                + " language model\""), findingLines(lfRun), lfRun::toString);
        assertEquals(findingLines(lfRun).get(0).replace(display(lf), display(crlf)), findingLines(crlfRun).get(0),
                crlfRun::toString);
    }

    // ----- rules and explain -----

    @Test
    void rulesListsEveryRuleWithItsSeverity() throws IOException {
        Path config = write("rules.yaml", RULES_CONFIG);
        Cli.Run run = Cli.run("rules", "--config", config.toString());
        assertEquals(0, run.code(), run::toString);
        Map<String, String> severities = new HashMap<>();
        for (String line : run.outLines()) {
            String[] parts = line.trim().split("\\s+");
            assertTrue(severities.put(parts[0], parts[1]) == null, "listed twice: " + parts[0]);
        }
        for (Rule rule : RuleRegistry.builtins()) {
            assertTrue(severities.containsKey(rule.meta().id()), "missing " + rule.meta().id() + "\n" + run);
        }
        assertEquals("off", severities.get("trailing-whitespace"));
        assertEquals("error", severities.get("seo-title-length")); // a warning by default
        assertEquals("info", severities.get("keywords-format"));
        assertEquals("off", severities.get("escaped-newline"));
        assertEquals("warning", severities.get("slug-format")); // untouched: the default
        assertEquals("error", severities.get("front-matter-invalid"));
        assertEquals("error", severities.get("no-ai-boilerplate"));
        assertEquals("warning", severities.get("title-length")); // a defined rule's default severity
        assertEquals("info", severities.get("title-words"));
        String line = run.outLines().stream().filter(l -> l.startsWith("no-ai-boilerplate ")).findFirst().orElseThrow();
        assertTrue(line.endsWith("Answers do not say that an AI wrote them"), line);
        // A safe fix makes a rule "fixable"; a rule with unsafe fixes only is shown apart.
        for (String[] rule : new String[][] {{"trailing-whitespace", "fixable"}, {"escaped-newline", "fixable"},
                {"keywords-format", "fixable"}, {"url-file-name-mismatch", "fixable (unsafe)"},
                {"subject-inconsistent", "fixable (unsafe)"}, {"duplicate-id", ""}}) {
            String row = run.outLines().stream().filter(l -> l.startsWith(rule[0] + " ")).findFirst().orElseThrow();
            java.util.regex.Matcher columns = java.util.regex.Pattern.compile("(\\S+) +(.{7})  (.{16})  .*").matcher(row);
            assertTrue(columns.matches(), row);
            assertEquals(rule[1], columns.group(3).strip(), row);
        }
    }

    @Test
    void explainAndSarifSayWhetherARuleIsFixableAndHow() throws IOException {
        Cli.Run unsafe = Cli.run("explain", "url-file-name-mismatch", "--config", emptyConfig.toString());
        assertTrue(unsafe.outLines().contains("Default severity: error; fixable (unsafe)"), unsafe::toString);
        Cli.Run none = Cli.run("explain", "duplicate-id", "--config", emptyConfig.toString());
        assertTrue(none.outLines().contains("Default severity: error"), none::toString);

        writeExitPages();
        Path report = dir.resolve("rules.sarif");
        Cli.run("check", "--no-prose", "--config", emptyConfig.toString(), "--format", "sarif", "--output",
                report.toString(), error.toString());
        Map<String, String> fix = new java.util.HashMap<>();
        for (JsonNode rule : new ObjectMapper().readTree(report.toFile()).get("runs").get(0).get("tool").get("driver")
                .get("rules")) {
            JsonNode value = rule.get("properties").get("fix");
            fix.put(rule.get("id").asText(), value == null ? "none" : value.asText());
        }
        assertEquals("safe", fix.get("trailing-whitespace"), fix::toString);
        assertEquals("unsafe", fix.get("url-file-name-mismatch"), fix::toString);
        assertEquals("none", fix.get("duplicate-id"), fix::toString);
    }

    @Test
    void explainShowsTheDocumentationAndDefaultSeverity() throws IOException {
        Cli.Run run = Cli.run("explain", "escaped-newline", "--config", emptyConfig.toString());
        assertEquals(0, run.code(), run::toString);
        // "Default severity: warning", followed by "; fixable" once the rule has a fix.
        assertTrue(run.outLines().stream().anyMatch(l -> l.matches("Default severity: warning(; fixable)?")),
                run::toString);
        assertTrue(run.outLines().contains("Defined in: built-in"), run::toString);
        // The documentation page may still be being written: when it ships, explain prints it.
        try (InputStream docs = CliTest.class.getResourceAsStream("/contentlint/docs/escaped-newline.md")) {
            if (docs != null) {
                String first = new String(docs.readAllBytes(), StandardCharsets.UTF_8).strip().lines().findFirst()
                        .orElse("");
                assertTrue(run.out().startsWith(first), run::toString);
            }
        }
    }

    @Test
    void explainShowsOptionsOfABuiltInRule() {
        Cli.Run run = Cli.run("explain", "seo-description-length", "--config", emptyConfig.toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.outLines().contains("Default severity: warning"), run::toString);
        assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("Option max (integer, default 160)")), run::toString);
        assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("Option min (integer, default 50)")), run::toString);
    }

    @Test
    void explainShowsADefinedRule() throws IOException {
        Path config = write("rules.yaml", RULES_CONFIG);
        Cli.Run run = Cli.run("explain", "no-ai-boilerplate", "--config", config.toString());
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.out().contains("Phrases such as \"as an AI language model\" are left over"), run::toString);
        assertTrue(run.outLines().contains("Default severity: error"), run::toString);
        assertTrue(run.outLines().contains("Defined in: " + config.toAbsolutePath().normalize()), run::toString);
    }

    @Test
    void explainOfAnUnknownRuleExits2() {
        Cli.Run run = Cli.run("explain", "nope", "--config", emptyConfig.toString());
        assertEquals(2, run.code(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertEquals("contentlint: unknown rule 'nope' (run 'contentlint rules' for the list)", run.err().strip());
    }

    // ----- exit codes -----

    private Path clean;
    private Path warning;
    private Path error;

    private void writeExitPages() throws IOException {
        clean = write("pages/clean.md", "---\ntitle: ok\n---\nBody.\n");
        warning = write("pages/warning.md", "---\ntitle: ok   \n---\nBody.\n"); // trailing-whitespace
        error = write("pages/error.md", "No front matter.\n"); // front-matter-missing
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "clean, '', 0",
        "error, '', 1",
        "warning, '', 0",
        "warning, --fail-on warning, 1",
        "warning, --fail-on=WARNING, 1",
        "error, --fail-on warning, 1",
        "error, --fail-on never, 0",
        "warning, --fail-on never, 0",
        "warning, --max-warnings 0, 1",
        "warning, --max-warnings 1, 0",
        "clean, --max-warnings 0, 0",
        "error, --max-warnings 5, 1",
    })
    void exitCodes(String pageName, String options, int expected) throws IOException {
        writeExitPages();
        Path page = switch (pageName) {
            case "clean" -> clean;
            case "warning" -> warning;
            default -> error;
        };
        List<String> args = new ArrayList<>(List.of("check", "--no-prose", "--config", emptyConfig.toString()));
        if (!options.isEmpty()) {
            args.addAll(List.of(options.split(" ")));
        }
        args.add(page.toString());
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(expected, run.code(), run::toString);
        assertEquals("", run.err(), run::toString);
    }

    @Test
    void exitCodeWithOnlyInfoFindings() throws IOException {
        writeExitPages();
        Path config = write("info.yaml", "extends: []\nrules:\n  trailing-whitespace: info\n");
        Cli.Run run = Cli.run("check", "--no-prose", "--config", config.toString(), "--fail-on", "warning",
                "--max-warnings", "0", warning.toString());
        assertEquals(List.of(display(warning) + ":2:10: info [trailing-whitespace] line ends with 3 trailing whitespace"
                + " characters"), findingLines(run), run::toString);
        assertEquals(0, run.code(), run::toString);
    }

    @Test
    void textOutputIsOneFindingALineThenASummary() throws IOException {
        writeExitPages();
        Cli.Run run = Cli.run("check", "--no-prose", "--config", emptyConfig.toString(), dir.resolve("pages").toString());
        assertEquals(List.of(
                display(error) + ":1:1: error [front-matter-missing] page has no front matter: its first line must be"
                        + " '---', followed by YAML fields and a closing '---'",
                display(warning) + ":2:10: warning [trailing-whitespace] line ends with 3 trailing whitespace"
                        + " characters",
                "2 problems (1 error, 1 warning, 0 info) in 2 of 3 files checked"), run.outLines(), run::toString);
        assertEquals(1, run.code());
    }

    @Test
    void outputIsTheSameWhateverTheNumberOfJobs() throws IOException {
        for (int i = 0; i < 30; i++) {
            write("pages/p" + i + ".md", i % 3 == 0 ? "no front matter\n" : "---\ntitle: t" + i + (i % 2 == 0 ? "  " : "")
                    + "\n---\n");
        }
        Cli.Run one = Cli.run("check", "--no-prose", "-j", "1", "--config", emptyConfig.toString(), dir.toString());
        Cli.Run four = Cli.run("check", "--no-prose", "--jobs", "4", "--config", emptyConfig.toString(), dir.toString());
        assertEquals(one.out(), four.out());
        assertEquals(1, one.code());
        assertEquals(20, findingLines(one).size(), one::toString);
    }

    // ----- formats and --output -----

    private static JsonNode json(Cli.Run run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void jsonOutputHasTheDocumentedFields() throws IOException {
        writeExitPages();
        Cli.Run run = Cli.run("check", "--no-prose", "--config", emptyConfig.toString(), "--format", "json",
                dir.resolve("pages").toString());
        assertEquals(1, run.code(), run::toString);
        assertEquals("", run.err(), run::toString);
        assertTrue(run.out().endsWith("}\n"), run::toString);
        JsonNode root = json(run);
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals("contentlint", root.get("tool").asText());
        assertTrue(root.get("version").isTextual());
        JsonNode summary = root.get("summary");
        assertEquals(3, summary.get("pagesChecked").asInt());
        assertEquals(2, summary.get("pagesWithFindings").asInt());
        assertEquals(2, summary.get("findings").asInt());
        assertEquals(1, summary.get("errors").asInt());
        assertEquals(1, summary.get("warnings").asInt());
        assertEquals(0, summary.get("info").asInt());
        assertTrue(root.get("internalErrors").isArray() && root.get("internalErrors").isEmpty());
        JsonNode findings = root.get("findings");
        assertEquals(2, findings.size());

        JsonNode missing = findings.get(0);
        assertEquals(display(error), missing.get("path").asText());
        assertEquals("front-matter-missing", missing.get("ruleId").asText());
        assertEquals("error", missing.get("severity").asText());
        assertTrue(missing.has("field") && missing.get("field").isNull(), "field is always present");
        assertEquals(1, missing.get("line").asInt());
        assertEquals(1, missing.get("column").asInt());
        assertEquals(1, missing.get("endLine").asInt());
        assertEquals(17, missing.get("endColumn").asInt());
        assertEquals(0, missing.get("offset").asInt());
        assertEquals(16, missing.get("length").asInt());
        assertEquals("No front matter.", missing.get("excerpt").asText());
        assertFalse(missing.has("fix"));
        assertFalse(missing.has("properties"));

        JsonNode trailing = findings.get(1);
        assertEquals("trailing-whitespace", trailing.get("ruleId").asText());
        assertEquals("warning", trailing.get("severity").asText());
        assertEquals("title", trailing.get("field").asText());
        assertEquals(2, trailing.get("line").asInt());
        assertEquals(10, trailing.get("column").asInt());
        assertEquals(13, trailing.get("endColumn").asInt());
        assertEquals(13, trailing.get("offset").asInt());
        assertEquals(3, trailing.get("length").asInt());
        assertEquals("   ", trailing.get("excerpt").asText());
        JsonNode fix = trailing.get("fix");
        assertTrue(fix.get("description").isTextual());
        assertEquals("safe", fix.get("applicability").asText());
        JsonNode edit = fix.get("edits").get(0);
        assertEquals(13, edit.get("offset").asInt());
        assertEquals(3, edit.get("length").asInt());
        assertEquals(2, edit.get("line").asInt());
        assertEquals(10, edit.get("column").asInt());
        assertEquals(2, edit.get("endLine").asInt());
        assertEquals(13, edit.get("endColumn").asInt());
        assertEquals("", edit.get("replacement").asText());
    }

    @Test
    void outputFileGetsTheReportAndStderrTheSummary() throws IOException {
        writeExitPages();
        Path report = dir.resolve("out/report.json");
        Cli.Run run = Cli.run("check", "--no-prose", "--config", emptyConfig.toString(), "--format", "json", "--output",
                report.toString(), dir.resolve("pages").toString());
        assertEquals(1, run.code(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertEquals("2 problems (1 error, 1 warning, 0 info) in 2 of 3 files checked", run.err().strip(), run::toString);
        JsonNode root = new ObjectMapper().readTree(report.toFile());
        assertEquals(2, root.get("findings").size());
        try (var files = Files.list(report.getParent())) {
            assertEquals(List.of(report), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void outputFileInTextFormat() throws IOException {
        writeExitPages();
        Path report = dir.resolve("report.txt");
        Cli.Run run = Cli.run("check", "--no-prose", "--config", emptyConfig.toString(), "-o", report.toString(),
                error.toString());
        assertEquals(1, run.code(), run::toString);
        assertEquals("", run.out(), run::toString);
        List<String> lines = Files.readAllLines(report);
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith(display(error) + ":1:1: error [front-matter-missing]"), lines::toString);
    }

    @Test
    void outputFileInSarifFormat() throws IOException {
        writeExitPages();
        Path report = dir.resolve("report.sarif");
        Cli.Run run = Cli.run("check", "--no-prose", "--config", emptyConfig.toString(), "--format", "sarif",
                "--output", report.toString(), error.toString());
        assertEquals(1, run.code(), run::toString);
        assertEquals("", run.out(), run::toString);
        JsonNode sarif = new ObjectMapper().readTree(report.toFile());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertEquals("front-matter-missing", sarif.get("runs").get(0).get("results").get(0).get("ruleId").asText());
        assertTrue(run.err().contains("1 problem (1 error, 0 warnings, 0 info) in 1 of 1 file checked"), run::toString);
    }

    // ----- usage errors -----

    @Test
    void missingPathExits2() {
        Path missing = dir.resolve("no/such/folder");
        Cli.Run run = Cli.run("check", "--config", emptyConfig.toString(), missing.toString());
        assertEquals(2, run.code(), run::toString);
        assertEquals("", run.out(), run::toString);
        assertEquals("contentlint: no such file or folder: " + missing, run.err().strip());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "check --format nope",
        "check --fail-on sometimes",
        "check --max-warnings many",
        "check --jobs 0",
        "check --jobs -3",
        "check --no-such-option",
        "frobnicate",
        "''",
        "explain",
        "init --bogus",
    })
    void usageErrorsExit2(String args) {
        List<String> argv = new ArrayList<>(args.isEmpty() ? List.of() : List.of(args.split(" ")));
        if (argv.size() > 0 && argv.get(0).equals("check")) {
            argv.addAll(List.of("--config", emptyConfig.toString(), dir.toString()));
        }
        Cli.Run run = Cli.run(argv.toArray(String[]::new));
        assertEquals(2, run.code(), run::toString);
        assertFalse(run.err().isBlank(), run::toString);
        assertFalse(run.err().contains("internal error"), run::toString);
    }

    @Test
    void helpAndVersionExit0() {
        Cli.Run help = Cli.run("check", "--help");
        assertEquals(0, help.code(), help::toString);
        assertTrue(help.out().contains("--fail-on"), help::toString);
        Cli.Run version = Cli.run("--version");
        assertEquals(0, version.code(), version::toString);
        assertTrue(version.out().startsWith("contentlint "), version::toString);
    }

    // ----- init and discovery: these need their own working directory, so they run a JVM -----

    /** Runs the command line in a new JVM whose working directory is {@code cwd}. */
    private static Cli.Run runIn(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("contentlint-out", ".txt");
        Path err = Files.createTempFile("contentlint-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(cwd.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("contentlint " + String.join(" ", args) + " did not finish");
            }
            return new Cli.Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String starter() throws IOException {
        try (InputStream in = CliTest.class.getResourceAsStream("/contentlint/starter.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void initWritesAStarterThatLoadsAndRefusesToOverwrite() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path config = project.resolve(ConfigLoader.FILE_NAME);

        Cli.Run first = runIn(project, "init");
        assertEquals(0, first.code(), first::toString);
        assertTrue(Files.isRegularFile(config), first::toString);
        assertEquals(starter(), Files.readString(config));
        assertTrue(first.out().contains(config.toString()), first::toString);
        // The starter loads without error, and checks a page with it.
        ConfigLoader.load(config, project);
        Path page = Files.writeString(Files.createDirectories(project.resolve("content/learn/x")).resolve("p.md"),
                "---\ntitle: t\n---\n");
        Cli.Run check = Cli.run("check", "--no-prose", "--config", config.toString(), page.toString());
        assertTrue(check.code() == 0 || check.code() == 1, check::toString);
        assertFalse(check.err().contains("configuration error"), check::toString);
        assertTrue(check.out().contains("[required-field]"), check::toString); // the default profile applies

        Files.writeString(config, "# my own settings\nextends: []\n");
        Cli.Run second = runIn(project, "init");
        assertEquals(2, second.code(), second::toString);
        assertTrue(second.err().contains("already exists (use --force to overwrite it)"), second::toString);
        assertEquals("# my own settings\nextends: []\n", Files.readString(config), "not overwritten");

        // Now the folder has a page: init infers a profile from it (InitCommandTest), which loads.
        Cli.Run forced = runIn(project, "init", "--force", "--no-vocabulary");
        assertEquals(0, forced.code(), forced::toString);
        assertTrue(Files.readString(config).startsWith("# Inferred by `contentlint init` from 1 page with"), forced::toString);
        ConfigLoader.load(config, project);
    }

    @Test
    void configurationIsDiscoveredFromTheWorkingDirectoryUpwards() throws Exception {
        Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "rules:\n  trailing-whitespace: off\n");
        Path nested = Files.createDirectories(dir.resolve("content/learn/physics"));
        Cli.Run run = runIn(nested, "rules");
        assertEquals(0, run.code(), run::toString);
        String line = run.outLines().stream().filter(l -> l.startsWith("trailing-whitespace ")).findFirst().orElseThrow();
        assertEquals("off", line.split("\\s+")[1], run::toString);
    }
}
