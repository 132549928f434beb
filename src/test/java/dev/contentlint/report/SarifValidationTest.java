package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.contentlint.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our SARIF must pass the Microsoft SARIF Multitool with GitHub's and SARIF's rules at no
 * error and no warning (PRODUCT.md section 5). The pom's generate-test-resources phase
 * installs the tool with npm; without it this test fails rather than skips, because CI must
 * run it. The Multitool says nothing at all when an enum value is wrong, so the output is
 * also checked against the JSON schema that ships in the same package.
 */
class SarifValidationTest {
    private static final Path BASEDIR = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path PACKAGE =
            BASEDIR.resolve("target/sarif-tool/node_modules/@microsoft/sarif-multitool-linux");
    private static final Path MULTITOOL = PACKAGE.resolve("Sarif.Multitool");
    private static final Path SCHEMA = PACKAGE.resolve("sarif-2.1.0.json");
    private static final Path SAMPLE = BASEDIR.resolve("../shared/corpus/sample").normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    @BeforeAll
    static void multitoolIsInstalled() {
        assertTrue(Files.isExecutable(MULTITOOL), "the SARIF Multitool is not installed at " + MULTITOOL
                + "; run `mvn generate-test-resources` (without -Dsarif.skip=true) to install it");
    }

    @Test
    void goldenInputIsValid() throws Exception {
        Path sarif = temp.resolve("golden.sarif");
        Files.writeString(sarif, new SarifReporter().render(ReportFixtures.input()), StandardCharsets.UTF_8);
        assertValid(sarif);
    }

    /** Left-out notifications, related locations and a fix cut for size pass too. */
    @Test
    void cappedRunWithRelatedLocationsIsValid() throws Exception {
        Path sarif = temp.resolve("capped.sarif");
        Files.writeString(sarif, new SarifReporter(5, 0, Long.MAX_VALUE).render(ReportFixtures.input()),
                StandardCharsets.UTF_8);
        JsonNode run = JSON.readTree(sarif.toFile()).at("/runs/0");
        assertTrue(run.at("/invocations/0/toolExecutionNotifications").size() > 2, run::toString);
        assertValid(sarif);
    }

    @Test
    void realRunOverTheCorpusSampleIsValid() throws Exception {
        assumeTrue(Files.isDirectory(SAMPLE), SAMPLE + " is absent (only checkouts beside ../shared have the"
                + " corpus): skipping the SARIF check of a real run");
        Path sarif = temp.resolve("sample.sarif");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--format", "sarif", "--output", sarif.toString(),
            BASEDIR.relativize(SAMPLE).toString()}, new PrintWriter(out), new PrintWriter(err));
        assertTrue(Files.exists(sarif), "contentlint check exited with " + code + " and wrote no SARIF:\n" + err);
        assertValid(sarif);
    }

    @Test
    void mergedShardsOfTheCorpusSampleAreValid() throws Exception {
        assumeTrue(Files.isDirectory(SAMPLE), SAMPLE + " is absent: skipping the SARIF check of merged shards");
        List<String> shards = new java.util.ArrayList<>();
        for (String shard : List.of("1/2", "2/2")) {
            Path sarif = temp.resolve("shard-" + shard.charAt(0) + ".sarif");
            Main.run(new String[] {"check", "--no-prose", "--format", "sarif", "--shard", shard, "--output",
                sarif.toString(), BASEDIR.relativize(SAMPLE).toString()}, new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()));
            shards.add(sarif.toString());
        }
        Path merged = temp.resolve("merged.sarif");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"merge", "--output", merged.toString(), shards.get(0), shards.get(1)},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err::toString);
        assertValid(merged);
    }

    /** Guards against a check that passes everything, such as a tool whose log format changed. */
    @Test
    void theChecksCatchBrokenFiles() throws Exception {
        String good = new SarifReporter().render(ReportFixtures.input());
        ObjectNode noSchema = (ObjectNode) JSON.readTree(good);
        noSchema.remove("$schema"); // GH1013 error and SARIF2008 warning
        Path multitoolCase = temp.resolve("no-schema.sarif");
        JSON.writeValue(multitoolCase.toFile(), noSchema);
        List<String> findings = multitoolFindings(multitoolCase);
        assertTrue(findings.stream().anyMatch(f -> f.contains("GH1013")), findings::toString);

        // A bad enum value, which makes the Multitool report nothing at all, even about other problems.
        ObjectNode badLevel = (ObjectNode) JSON.readTree(good);
        ((ObjectNode) badLevel.at("/runs/0/results/1")).put("level", "warn");
        Path schemaCase = temp.resolve("bad-level.sarif");
        JSON.writeValue(schemaCase.toFile(), badLevel);
        List<String> errors = schemaErrors(schemaCase);
        assertTrue(errors.stream().anyMatch(e -> e.contains("/runs/0/results/1/level")), errors::toString);
    }

    private static void assertValid(Path sarif) throws IOException, InterruptedException {
        String name = sarif.getFileName().toString();
        List<String> schemaErrors = schemaErrors(sarif);
        assertTrue(schemaErrors.isEmpty(), name + " does not match the SARIF schema:\n" + String.join("\n", schemaErrors));
        List<String> findings = multitoolFindings(sarif);
        assertTrue(findings.isEmpty(), name + " has SARIF Multitool findings:\n" + String.join("\n", findings));
    }

    /** The Multitool's errors and warnings about the file, after checking that it ran properly. */
    private static List<String> multitoolFindings(Path sarif) throws IOException, InterruptedException {
        String name = sarif.getFileName().toString();
        Path log = temp.resolve(name + ".validation.sarif");
        Path console = temp.resolve(name + ".console.txt");
        // No shell: the ';' in "Gh;Sarif" must reach the tool as it is.
        ProcessBuilder builder = new ProcessBuilder(MULTITOOL.toString(), "validate", sarif.toString(),
                "--rule-kind", "Gh;Sarif", "--level", "Error;Warning",
                "--output", log.toString(), "--log", "ForceOverwrite")
                .redirectErrorStream(true)
                .redirectOutput(console.toFile());
        // Without ICU on the machine, .NET aborts unless globalization is invariant.
        builder.environment().put("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1");
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("the SARIF Multitool did not finish in 3 minutes:\n" + Files.readString(console));
        }
        String output = Files.readString(console);
        assertEquals(0, process.exitValue(), "SARIF Multitool failed:\n" + output);
        // Its exit code is 0 even with findings: they are only in the log's results. A missing
        // input also gives empty results, but then executionSuccessful is false.
        JsonNode run = JSON.readTree(log.toFile()).at("/runs/0");
        assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean(false),
                "the SARIF Multitool did not run successfully:\n" + output);
        return describe(run);
    }

    /** Where the file breaks the SARIF 2.1.0 JSON schema, if anywhere. */
    private static List<String> schemaErrors(Path sarif) throws IOException {
        assertTrue(Files.isRegularFile(SCHEMA), "no SARIF schema at " + SCHEMA);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JSON.readTree(SCHEMA.toFile()));
        return schema.validate(JSON.readTree(sarif.toFile())).stream().map(Error::toString).toList();
    }

    /** "level RULE at line:col: text", with the message template filled in from the tool's rules. */
    private static List<String> describe(JsonNode run) {
        JsonNode rules = run.at("/tool/driver/rules");
        List<String> lines = new ArrayList<>();
        for (JsonNode result : run.get("results")) {
            JsonNode rule = rules.path(result.path("ruleIndex").asInt(-1));
            String level = result.path("level").asText(rule.at("/defaultConfiguration/level").asText("warning"));
            String text = result.at("/message/text").asText(
                    rule.path("messageStrings").path(result.at("/message/id").asText()).path("text").asText());
            JsonNode arguments = result.at("/message/arguments");
            for (int i = 0; i < arguments.size(); i++) {
                text = text.replace("{" + i + "}", arguments.get(i).asText());
            }
            JsonNode region = result.at("/locations/0/physicalLocation/region");
            lines.add(level + " " + result.path("ruleId").asText() + " at " + region.path("startLine").asInt() + ":"
                    + region.path("startColumn").asInt() + ": " + text);
        }
        return lines;
    }
}
