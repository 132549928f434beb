package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --shard K/N splits the pages, every shard with the whole repository's index; merge joins the reports. */
class ShardMergeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Pages with shared fixes (escaped-newline) and with findings that need the index (duplicate-id). */
    private static final List<Path> REPOSITORIES = List.of(Path.of("fixtures/escaped-newline").toAbsolutePath(),
            Path.of("fixtures/duplicate-id").toAbsolutePath());

    @TempDir
    Path temp;

    private Path report(Path repository, String format, String shard) {
        Path out = temp.resolve(repository.getFileName() + "-" + format + "-" + shard.replace("/", "of"));
        List<String> args = new ArrayList<>(List.of("check", "--no-prose", "--no-cache", "--fail-on", "never", "--format",
                format, "--output", out.toString(), "--config", repository.resolve(".contentlint.yaml").toString()));
        if (!shard.isEmpty()) {
            args.addAll(List.of("--shard", shard));
        }
        args.add(repository.toString());
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.code(), run::toString);
        return out;
    }

    private static Set<String> keys(JsonNode findings) {
        Set<String> keys = new HashSet<>();
        findings.forEach(f -> keys.add(f.get("path").asText() + ":" + f.get("line") + ":" + f.get("column") + " "
                + f.get("ruleId").asText() + " " + f.get("message").asText()));
        return keys;
    }

    @Test
    void mergedJsonShardsAreTheWholeRun() throws IOException {
        for (Path repository : REPOSITORIES) {
            JsonNode whole = JSON.readTree(report(repository, "json", "").toFile());
            List<String> shards = List.of(report(repository, "json", "1/2").toString(),
                    report(repository, "json", "2/2").toString());
            Path merged = temp.resolve(repository.getFileName() + "-merged.json");
            Cli.Run run = Cli.run("merge", "--output", merged.toString(), shards.get(0), shards.get(1));
            assertEquals(0, run.code(), run::toString);
            JsonNode joined = JSON.readTree(merged.toFile());
            assertEquals(whole.get("summary"), joined.get("summary"));
            assertEquals(keys(whole.get("findings")), keys(joined.get("findings")));
            // A shared fix names its carrier by index; after the merge it still names a finding of the same page.
            JsonNode findings = joined.get("findings");
            for (JsonNode f : findings) {
                JsonNode sameAs = f.path("fix").path("sameAs");
                if (sameAs.isInt()) {
                    JsonNode carrier = findings.get(sameAs.asInt());
                    assertEquals(f.get("path"), carrier.get("path"));
                    assertTrue(carrier.get("fix").has("edits") || carrier.get("fix").has("description"), carrier::toString);
                }
            }
        }
    }

    @Test
    void theShardsSplitThePagesAndKeepTheWholeIndex() throws IOException {
        Path repository = REPOSITORIES.get(1);
        JsonNode first = JSON.readTree(report(repository, "json", "1/2").toFile());
        JsonNode second = JSON.readTree(report(repository, "json", "2/2").toFile());
        assertEquals(3, first.get("summary").get("pagesChecked").asInt() + second.get("summary").get("pagesChecked").asInt());
        // Both pages with id 80001 are reported, whichever shard each fell in.
        long duplicates = 0;
        for (JsonNode shard : List.of(first, second)) {
            for (JsonNode f : shard.get("findings")) {
                duplicates += f.get("ruleId").asText().equals("duplicate-id") ? 1 : 0;
            }
        }
        assertEquals(2, duplicates);
    }

    @Test
    void mergedSarifKeepsEveryResultWithItsRule() throws IOException {
        Path repository = REPOSITORIES.get(0);
        JsonNode whole = JSON.readTree(report(repository, "sarif", "").toFile());
        Path merged = temp.resolve("merged.sarif");
        Cli.Run run = Cli.run("merge", "-o", merged.toString(), report(repository, "sarif", "1/3").toString(),
                report(repository, "sarif", "2/3").toString(), report(repository, "sarif", "3/3").toString());
        assertEquals(0, run.code(), run::toString);
        JsonNode log = JSON.readTree(merged.toFile());
        assertEquals(1, log.get("runs").size());
        JsonNode results = log.get("runs").get(0).get("results");
        assertEquals(whole.get("runs").get(0).get("results").size(), results.size());
        JsonNode rules = log.get("runs").get(0).get("tool").get("driver").get("rules");
        for (JsonNode result : results) {
            assertEquals(result.get("ruleId"), rules.get(result.get("ruleIndex").asInt()).get("id"));
        }
    }

    @Test
    void badShardsAndMixedReportsAreUsageErrors() throws IOException {
        Cli.Run bad = Cli.run("check", "--no-prose", "--shard", "3/2", REPOSITORIES.get(0).toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--shard must be K/N"), bad::toString);
        Path json = report(REPOSITORIES.get(0), "json", "");
        Path sarif = report(REPOSITORIES.get(0), "sarif", "");
        Cli.Run mixed = Cli.run("merge", json.toString(), sarif.toString());
        assertEquals(2, mixed.code());
        assertTrue(mixed.err().contains("mix SARIF and JSON"), mixed::toString);
        Path text = Files.writeString(temp.resolve("notes.txt"), "hello");
        assertEquals(2, Cli.run("merge", text.toString()).code());
    }

    private static String automationId(Path sarif) throws IOException {
        return JSON.readTree(sarif.toFile()).get("runs").get(0).get("automationDetails").get("id").asText();
    }

    /** Code scanning tells analyses apart by runAutomationDetails.id: shards and categories get their own. */
    @Test
    void shardsAndCategoriesHaveTheirOwnAutomationIds() throws IOException {
        Path repository = REPOSITORIES.get(0);
        assertEquals("contentlint/", automationId(report(repository, "sarif", "")));
        Path shard = report(repository, "sarif", "2/3");
        assertEquals("contentlint/shard-2-of-3/", automationId(shard));

        Path docs = temp.resolve("docs.sarif");
        assertEquals(0, Cli.run("check", "--no-prose", "--no-cache", "--fail-on", "never", "--format", "sarif",
                "--category", "docs", "--output", docs.toString(), repository.toString()).code());
        assertEquals("contentlint/docs/", automationId(docs));

        Path merged = temp.resolve("merged-ids.sarif");
        assertEquals(0, Cli.run("merge", "-o", merged.toString(), shard.toString()).code());
        assertEquals("contentlint/", automationId(merged), "a merged log is the whole run again");
        assertEquals(0, Cli.run("merge", "--category", "site", "-o", merged.toString(), shard.toString()).code());
        assertEquals("contentlint/site/", automationId(merged));

        Cli.Run bad = Cli.run("check", "--no-prose", "--category", "two words", repository.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--category may hold only"), bad::toString);
    }
}
