package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF's primaryLocationLineHash on a real run: a line added above the findings moves them
 * but keeps every fingerprint, another occurrence of the same defect keeps it too, and a new
 * defect gets a fingerprint of its own.
 */
class FingerprintRunTest {
    private static final Path PAGE = Path.of("fixtures/escaped-newline/content/learn/history-of-the-world/"
            + "why-did-many-medieval-towns-build-stone-walls-around-themselves.md").toAbsolutePath();

    @TempDir
    Path repo;

    private JsonNode results(Path page) throws IOException {
        Path sarif = repo.resolve("out.sarif");
        Cli.Run run = Cli.run("check", "--no-prose", "--no-cache", "--fail-on", "never", "--format", "sarif", "--output",
                sarif.toString(), "--config", repo.resolve(".contentlint.yaml").toString(), page.toString());
        assertEquals(0, run.code(), run::toString);
        return new ObjectMapper().readTree(sarif.toFile()).get("runs").get(0).get("results");
    }

    private static List<String> fingerprints(JsonNode results) {
        List<String> out = new ArrayList<>();
        results.forEach(r -> out.add(r.at("/partialFingerprints/primaryLocationLineHash").asText()));
        return out;
    }

    @Test
    void fingerprintsSurviveLinesMovingAndFollowTheOffendingText() throws IOException {
        Files.writeString(repo.resolve(".contentlint.yaml"), "extends: default\n");
        Path page = repo.resolve("content/learn/history-of-the-world/" + PAGE.getFileName());
        Files.createDirectories(page.getParent());
        String text = Files.readString(PAGE);
        Files.writeString(page, text);
        JsonNode before = results(page);
        assertEquals(1, before.size(), before::toString);

        Files.writeString(page, text.replaceFirst("---\n", "---\n# a comment line added at the top\n"));
        JsonNode moved = results(page);
        assertEquals(fingerprints(before), fingerprints(moved));
        assertEquals(before.get(0).at("/locations/0/physicalLocation/region/startLine").asInt() + 1,
                moved.get(0).at("/locations/0/physicalLocation/region/startLine").asInt(), "the findings did move");

        // A second escape in the same field is the same defect: one finding, the same fingerprint,
        // both escapes as related locations.
        Files.writeString(page, text.replaceFirst("\\\\n", "\\\\n\\\\n"));
        JsonNode two = results(page);
        assertEquals(fingerprints(before), fingerprints(two));
        assertEquals(2, two.get(0).get("relatedLocations").size(), two::toString);

        // An escape in another field (the answer) is another defect, with a fingerprint of its own.
        Files.writeString(page, text.replace("were expensive,", "were expensive,\\n"));
        List<String> other = fingerprints(results(page));
        assertEquals(2, other.size(), other::toString);
        assertTrue(other.contains(fingerprints(before).get(0)), other::toString);
        assertNotEquals(other.get(0), other.get(1));
    }
}
