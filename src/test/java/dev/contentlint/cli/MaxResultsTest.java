package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --max-results on check and merge, on the real fixture pages: what is kept, what is said on stderr. */
class MaxResultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of("fixtures").toAbsolutePath();

    @TempDir
    Path temp;

    private Cli.Run check(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("check", "--no-prose", "--no-cache", "--fail-on", "never",
                "--output", out.toString(), "--config", FIXTURES.resolve(".contentlint.yaml").toString()));
        args.addAll(List.of(options));
        args.add(FIXTURES.resolve("keywords-format").toString());
        return Cli.run(args.toArray(String[]::new));
    }

    private static int notified(JsonNode run) {
        int total = 0;
        for (JsonNode n : run.at("/invocations/0/toolExecutionNotifications")) {
            total += n.has("associatedRule") ? n.at("/properties/leftOut").asInt() : 0;
        }
        return total;
    }

    @Test
    void checkKeepsNResultsAndSaysWhatItLeftOut() throws IOException {
        Path json = temp.resolve("all.json");
        assertEquals(0, check(json, "--format", "json").code());
        int findings = JSON.readTree(json.toFile()).at("/summary/findings").asInt();
        assertTrue(findings > 3, "the fixtures have findings: " + findings);

        Path sarif = temp.resolve("capped.sarif");
        Cli.Run run = check(sarif, "--format", "sarif", "--max-results", "2");
        assertEquals(0, run.code(), run::toString);
        JsonNode log = JSON.readTree(sarif.toFile()).at("/runs/0");
        assertEquals(2, log.get("results").size());
        assertEquals(findings, log.get("results").size() + notified(log));
        assertTrue(run.err().contains("keeps the 2 most severe findings (--max-results 2, and 10 MB gzipped); "
                + (findings - 2) + " left out ("), run.err());
        assertTrue(run.err().contains("--update-baseline"), run.err());

        Cli.Run all = check(temp.resolve("all.sarif"), "--format", "sarif");
        assertTrue(!all.err().contains("left out"), all.err());
    }

    @Test
    void mergeCapsTheShardsResultsAndAddsWhatTheyLeftOut() throws IOException {
        Path json = temp.resolve("all.json");
        check(json, "--format", "json");
        int findings = JSON.readTree(json.toFile()).at("/summary/findings").asInt();
        List<String> args = new ArrayList<>(List.of("merge", "--max-results", "1", "-o", temp.resolve("m.sarif").toString()));
        for (String shard : List.of("1/2", "2/2")) {
            Path out = temp.resolve("shard-" + shard.charAt(0) + ".sarif");
            assertEquals(0, check(out, "--format", "sarif", "--shard", shard, "--max-results", "3").code());
            args.add(out.toString());
        }
        Cli.Run merged = Cli.run(args.toArray(String[]::new));
        assertEquals(0, merged.code(), merged::toString);
        JsonNode run = JSON.readTree(temp.resolve("m.sarif").toFile()).at("/runs/0");
        assertEquals(1, run.get("results").size());
        assertEquals(findings, 1 + notified(run));
        assertTrue(merged.err().contains("the merged SARIF report keeps the 1 most severe results"), merged.err());
    }

    @Test
    void theGithubFormatTakesTheCapPerLevel() {
        Cli.Run run = check(temp.resolve("gh.txt"), "--format", "github", "--max-results", "1");
        assertEquals(0, run.code(), run::toString);
        assertTrue(run.err().contains("annotates at most 1 findings of each level"), run.err());
    }

    @Test
    void aNegativeCapIsAUsageError() {
        Cli.Run run = check(temp.resolve("x.sarif"), "--format", "sarif", "--max-results", "-1");
        assertEquals(2, run.code(), run::toString);
        assertTrue(run.err().contains("--max-results must be 0 or more, not -1"), run.err());
        assertEquals(2, Cli.run("merge", "--max-results", "-3", temp.resolve("x.sarif").toString()).code());
    }
}
