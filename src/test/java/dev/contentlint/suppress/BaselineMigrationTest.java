package dev.contentlint.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.cli.Cli;
import dev.contentlint.engine.Finding;
import dev.contentlint.page.Position;
import dev.contentlint.page.Range;
import dev.contentlint.report.Fingerprints;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * escaped-newline once reported every literal \n of a field; it now reports the field once,
 * with each \n as a related location. A baseline and fingerprints made before that change must
 * still hold: the old entry (count N) suppresses the new finding, and the new finding's
 * fingerprint is the one its first occurrence had.
 */
class BaselineMigrationTest {
    private static final Path PAGE = Path.of("fixtures/escaped-newline/content/learn/chemistry/"
            + "why-does-dissolving-salt-in-water-lower-its-freezing-point.md").toAbsolutePath();

    @TempDir
    Path repo;
    private Path page;

    @BeforeEach
    void copyPage() throws IOException {
        Files.writeString(repo.resolve(".contentlint.yaml"), "extends: default\n");
        page = repo.resolve("content/learn/chemistry/" + PAGE.getFileName());
        Files.createDirectories(page.getParent());
        Files.copy(PAGE, page);
    }

    private JsonNode check(String format, String... options) throws IOException {
        Path out = repo.resolve("report." + format);
        List<String> args = new ArrayList<>(List.of("check", "--no-prose", "--no-cache", "--fail-on", "never",
                "--format", format, "--output", out.toString(), "--config", repo.resolve(".contentlint.yaml").toString()));
        args.addAll(List.of(options));
        args.add(page.toString());
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.code(), run::toString);
        return new ObjectMapper().readTree(out.toFile());
    }

    /** What the earlier rule reported: one finding per \n, at each related location, with the same excerpt. */
    private static List<Finding> onePerEscape(JsonNode merged) {
        List<Finding> old = new ArrayList<>();
        for (JsonNode at : merged.get("related")) {
            Position start = new Position(at.get("line").asInt(), at.get("column").asInt());
            Position end = new Position(at.get("endLine").asInt(), at.get("endColumn").asInt());
            old.add(new Finding("escaped-newline", dev.contentlint.rules.Severity.WARNING, merged.get("path").asText(),
                    merged.get("field").asText(), "literal \\n", Range.at(0), start, end,
                    merged.get("excerpt").asText(), null, null, null, null));
        }
        return old;
    }

    @Test
    void aBaselineWithOneEntryPerEscapeSuppressesTheFieldsOneFinding() throws IOException {
        JsonNode merged = check("json").get("findings").get(0);
        assertEquals("escaped-newline", merged.get("ruleId").asText());
        assertEquals(5, merged.get("related").size(), merged::toString);

        // The baseline the earlier version wrote: one key, count 5.
        Baseline old = Baseline.of(onePerEscape(merged), f -> "content/learn/chemistry/" + PAGE.getFileName());
        assertEquals(5, old.size());
        StringWriter written = new StringWriter();
        old.write(written);
        Path file = repo.resolve(".contentlint-baseline.json");
        Files.writeString(file, written.toString());

        JsonNode suppressed = check("json", "--baseline", file.toString());
        assertEquals(0, suppressed.at("/summary/findings").asInt(), suppressed::toString);
        assertEquals(1, suppressed.at("/summary/suppressedByBaseline").asInt());

        // Updating it records the field once.
        check("json", "--update-baseline", file.toString());
        JsonNode updated = new ObjectMapper().readTree(file.toFile());
        assertEquals(1, updated.get("findings").size());
        assertEquals(1, updated.at("/findings/0/count").asInt());
    }

    @Test
    void theFieldsFingerprintIsItsFirstEscapes() throws IOException {
        JsonNode merged = check("json").get("findings").get(0);
        String oldFirst = Fingerprints.primaryLocationLineHashes(onePerEscape(merged)).get(0);
        JsonNode sarif = check("sarif");
        assertEquals(oldFirst, sarif.at("/runs/0/results/0/partialFingerprints/primaryLocationLineHash").asText());
        assertEquals(5, sarif.at("/runs/0/results/0/relatedLocations").size());
    }
}
