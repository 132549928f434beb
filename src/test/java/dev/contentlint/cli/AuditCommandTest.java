package dev.contentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `audit` over a small repository: the fixtures of duplicate-url, whose pages and findings are known. */
class AuditCommandTest {
    private static final Path REPOSITORY = Path.of("fixtures/duplicate-url").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void theTextSummaryHasTotalsByRuleAndFolderAndTheWorstPages() {
        Cli.Run run = Cli.run("audit", "--no-prose", "--no-cache", REPOSITORY.toString());
        assertEquals(0, run.code(), run::toString);
        String out = run.out().replaceAll(" +", " ");
        assertTrue(out.startsWith("Audit of 3 pages: 4 findings (4 errors, 0 warnings, 0 info) on 2 pages, in "), out);
        assertTrue(out.contains(" duplicate-url error 2 findings on 2 pages\n"), out);
        assertTrue(out.contains(" url-path-mismatch error 1 finding on 1 page\n"), out);
        assertTrue(out.contains(" physics 2 pages 4 findings on 2 pages (4 errors, 0 warnings, 0 info)\n"), out);
        assertTrue(out.contains(" biology 1 page 0 findings on 0 pages (0 errors, 0 warnings, 0 info)\n"), out);
        int worst = out.indexOf("Pages with the most findings");
        assertTrue(out.contains(" 3 (3 errors, 0 warnings, 0 info) fixtures/duplicate-url/content/learn/physics/why-does-ice-float.md\n"
                + " 1 (1 error, 0 warnings, 0 info) fixtures/duplicate-url/"), "the copy comes first: " + out);
        assertTrue(worst > 0, out);
    }

    @Test
    void theJsonSummaryHasTheSameCountsAsData() throws IOException {
        Path json = temp.resolve("audit.json");
        Cli.Run run = Cli.run("audit", "--no-prose", "--no-cache", "--format", "json", "--output", json.toString(),
                REPOSITORY.toString());
        assertEquals(0, run.code(), run::toString);
        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        assertEquals(3, root.get("pages").asInt());
        assertEquals(2, root.get("pagesWithFindings").asInt());
        assertEquals(4, root.get("findings").get("total").asInt());
        assertEquals(4, root.get("findings").get("error").asInt());
        JsonNode first = root.get("byRule").get(0);
        assertEquals("duplicate-url", first.get("rule").asText());
        assertEquals(2, first.get("findings").asInt());
        JsonNode physics = root.get("byFolder").get(0);
        assertEquals("physics", physics.get("folder").asText());
        assertEquals(4, physics.get("findings").asInt());
        assertEquals(2, physics.get("pagesWithFindings").asInt(), "pages affected, beside the folder's pages");
        JsonNode biology = root.get("byFolder").get(1);
        assertEquals(1, biology.get("pages").asInt());
        assertEquals(0, biology.get("pagesWithFindings").asInt());
        assertEquals(3, root.get("worstPages").get(0).get("findings").asInt());
        assertTrue(root.get("elapsedMillis").asLong() >= 0);
    }

    /** The near-duplicate fixtures in a repository of their own with every site rule on and a hub. */
    private Path siteRepository() throws IOException {
        Path source = Path.of("fixtures/duplicate-content/content").toAbsolutePath();
        Path site = temp.resolve("site");
        try (var files = Files.walk(source)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Path copy = site.resolve("content").resolve(source.relativize(file));
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Files.writeString(site.resolve(".contentlint.yaml"), "extends: [default, site]\nrules:\n  orphan-page:\n"
                + "    options: {hub: /learn/physics/questions/why-does-warm-water-rise, max-clicks: 1}\n");
        return site;
    }

    @Test
    void theJsonSummaryCarriesTheSiteView() throws IOException {
        Path json = temp.resolve("site.json");
        Cli.Run run = Cli.run("audit", "--no-prose", "--no-cache", "--format", "json", "-o", json.toString(),
                siteRepository().toString());
        assertEquals(0, run.code(), run::toString);
        JsonNode site = new ObjectMapper().readTree(Files.readString(json)).get("site");
        JsonNode titles = site.get("duplicates").get("duplicate-seo-title");
        assertEquals(2, titles.get("pages").asInt());
        assertEquals(1, titles.get("groups").asInt());
        assertEquals("quicktakes | physics", titles.get("groupsBySize").get(0).get("value").asText());
        assertEquals(0, site.get("duplicates").get("duplicate-title").get("groups").asInt());
        JsonNode near = site.get("nearDuplicates").get("clustersBySize").get(0);
        assertEquals(2, near.get("pages").asInt());
        assertEquals(0.938, near.get("lowestSimilarity").asDouble(), 0.01);
        assertEquals(3, site.get("orphans").get("pages").asInt(), "no page links to another");
        assertEquals(1, site.get("inboundLinks").size());
        assertEquals(3, site.get("inboundLinks").get(0).get("pages").asInt());
        assertEquals(2, site.get("depth").get("fartherPages").asInt(), "only the hub itself is in its reach");
        assertEquals("orphan-page", site.get("rulesByPages").get(0).get("rule").asText(), "3 pages, the most");
        assertEquals(3, site.get("rulesByPages").get(0).get("pages").asInt());
    }

    @Test
    void theTextSummaryEndsWithTheSite() throws IOException {
        Cli.Run run = Cli.run("audit", "--no-prose", "--no-cache", siteRepository().toString());
        assertEquals(0, run.code(), run::toString);
        String site = run.out().substring(run.out().indexOf("\nSite\n"));
        assertTrue(site.contains("  duplicate-seo-title: 2 pages in 1 group\n"), site);
        assertTrue(site.contains("  duplicate-content: 2 pages in 1 cluster of near-duplicate texts\n"), site);
        assertTrue(site.contains("93% the same: "), site);
        assertTrue(site.contains("  orphan-page: 3 pages that no other page links to\n"), site);
        assertTrue(site.contains("  inbound links per page: 0: 3\n"), site);
        assertTrue(site.contains("  2 pages more than 1 clicks from the hub /learn/physics/questions/why-does-warm-water-rise"), site);
    }

    @Test
    void withoutTheSiteRulesThereIsNoSiteView() throws IOException {
        Cli.Run run = Cli.run("audit", "--no-prose", "--no-cache", REPOSITORY.toString());
        assertTrue(!run.out().contains("\nSite\n"), run.out());
    }
}
