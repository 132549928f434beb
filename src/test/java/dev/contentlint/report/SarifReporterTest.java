package dev.contentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contentlint.engine.Finding;
import dev.contentlint.engine.RunResult;
import dev.contentlint.page.Position;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode render(ReportInput input) throws Exception {
        return JSON.readTree(new SarifReporter().render(input));
    }

    private static ReportInput withFindings(List<Finding> findings) {
        return new ReportInput(new RunResult(findings, 3, List.of(), 0), ReportFixtures.rules(), "0.1.0",
                ReportFixtures.WORKING_DIRECTORY, ReportFixtures.ROOT);
    }

    @Test
    void fingerprintIgnoresTheLineButNotRuleFieldOrExcerpt() {
        Finding original = ReportFixtures.findings().get(3);
        Finding moved = ReportFixtures.movedDown(original, 7);
        Finding otherExcerpt = ReportFixtures.finding(original.ruleId(), original.severity(), original.path(),
                original.field(), original.message(), 30, 3, 18, 3, 30, "Another one.");
        Finding otherField = ReportFixtures.finding(original.ruleId(), original.severity(), original.path(),
                "seo.title", original.message(), 30, 3, 18, 3, 30, original.excerpt());

        String fingerprint = Fingerprints.primaryLocationLineHashes(List.of(original)).get(0);
        assertTrue(fingerprint.matches("[0-9a-f]{16}:1"), fingerprint);
        assertEquals(fingerprint, Fingerprints.primaryLocationLineHashes(List.of(moved)).get(0));
        assertNotEquals(fingerprint, Fingerprints.primaryLocationLineHashes(List.of(otherExcerpt)).get(0));
        assertNotEquals(fingerprint, Fingerprints.primaryLocationLineHashes(List.of(otherField)).get(0));
    }

    @Test
    void fingerprintInSarifStaysWhenUnrelatedLinesMove() throws Exception {
        List<Finding> findings = ReportFixtures.findings();
        List<Finding> shifted = new ArrayList<>();
        findings.forEach(f -> shifted.add(ReportFixtures.movedDown(f, 3)));
        JsonNode before = render(withFindings(findings)).at("/runs/0/results");
        JsonNode after = render(withFindings(shifted)).at("/runs/0/results");
        for (int i = 0; i < findings.size(); i++) {
            assertEquals(before.get(i).at("/partialFingerprints/primaryLocationLineHash"),
                    after.get(i).at("/partialFingerprints/primaryLocationLineHash"));
            assertEquals(before.get(i).at("/locations/0/physicalLocation/region/startLine").asInt() + 3,
                    after.get(i).at("/locations/0/physicalLocation/region/startLine").asInt());
        }
    }

    @Test
    void identicalFindingsInOneFileAreNumberedButNotAcrossFiles() {
        List<Finding> all = ReportFixtures.findings();
        Finding first = all.get(6);
        Finding second = all.get(7);
        Finding elsewhere = ReportFixtures.finding(first.ruleId(), first.severity(), ReportFixtures.CAFE, null,
                first.message(), 0, 9, 1, 9, 3, first.excerpt());
        List<String> prints = Fingerprints.primaryLocationLineHashes(List.of(first, second, elsewhere));
        String hash = prints.get(0).substring(0, 16);
        assertEquals(List.of(hash + ":1", hash + ":2", hash + ":1"), prints);
    }

    @Test
    void resultsCarryLocationFixAndProperties() throws Exception {
        JsonNode run = render(ReportFixtures.input()).at("/runs/0");
        JsonNode rules = run.at("/tool/driver/rules");
        JsonNode escaped = run.at("/results/5"); // errors first, then warnings by file and line
        assertEquals("escaped-newline", escaped.get("ruleId").asText());
        assertEquals("escaped-newline", rules.get(escaped.get("ruleIndex").asInt()).get("id").asText());
        assertEquals("site/content/guides/intro.md",
                escaped.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        JsonNode replacement = escaped.at("/fixes/0/artifactChanges/0/replacements/0");
        assertEquals(12, replacement.at("/deletedRegion/startColumn").asInt());
        assertEquals(14, replacement.at("/deletedRegion/endColumn").asInt());
        assertEquals("\n", replacement.at("/insertedContent/text").asText());
        assertEquals("answer", escaped.at("/properties/field").asText());
        assertEquals("\\n", escaped.at("/properties/sequence").asText());
        assertTrue(run.at("/results/1/properties").isMissingNode(), "no field and no properties: no bag");
        assertEquals("note", run.at("/results/6/level").asText());
        assertFalse(run.at("/invocations/0/executionSuccessful").asBoolean());
        assertEquals("error", run.at("/invocations/0/toolExecutionNotifications/0/level").asText());
    }

    @Test
    void rulesAreSortedUniqueAndFullyDescribed() throws Exception {
        JsonNode rules = render(ReportFixtures.input()).at("/runs/0/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(ids.stream().sorted().distinct().toList(), ids);
        JsonNode seo = rules.get(ids.indexOf("seo-description-length"));
        assertEquals("Search engines cut descriptions that are too long and ignore those that are too short.",
                seo.at("/fullDescription/text").asText());
        JsonNode undocumented = rules.get(ids.indexOf("trailing-whitespace"));
        assertEquals("Lines have no trailing whitespace", undocumented.at("/fullDescription/text").asText());
        assertEquals("Lines have no trailing whitespace", undocumented.at("/help/text").asText());
        assertEquals("note", undocumented.at("/defaultConfiguration/level").asText());
        assertEquals(1, rules.get(ids.indexOf("escaped-newline")).at("/properties/tags").size());
    }

    @Test
    void regionEndNeverPrecedesStartNorIsZero() {
        JsonNode empty = SarifReporter.region(new Position(4, 9), new Position(4, 9));
        assertEquals(9, empty.get("endColumn").asInt());
        JsonNode backwards = SarifReporter.region(new Position(4, 9), new Position(4, 2));
        assertEquals(9, backwards.get("endColumn").asInt());
        JsonNode nextLine = SarifReporter.region(new Position(4, 9), new Position(5, 1));
        assertEquals(5, nextLine.get("endLine").asInt());
        assertEquals(1, nextLine.get("endColumn").asInt());
    }

    @Test
    void urisArePercentEncodedAndAbsolutePathsBecomeFileUris() {
        assertEquals("a/caf%C3%A9%20%231%3A%25.md", SarifReporter.percentEncode("a/café #1:%.md"));
        JsonNode inside = SarifReporter.artifactLocation("content/a b.md");
        assertEquals("content/a%20b.md", inside.get("uri").asText());
        assertEquals("%SRCROOT%", inside.get("uriBaseId").asText());
        JsonNode outside = SarifReporter.artifactLocation("/elsewhere/a b.md");
        assertEquals("file:///elsewhere/a%20b.md", outside.get("uri").asText());
        assertFalse(outside.has("uriBaseId"));
        assertEquals("file:///C%3A/x.md", SarifReporter.artifactLocation("C:/x.md").get("uri").asText());
    }

    @Test
    void developmentBuildsGetANumericVersion() {
        assertEquals("1.2.3-SNAPSHOT", SarifReporter.releaseVersion("1.2.3-SNAPSHOT"));
        assertEquals("0.0.0-dev", SarifReporter.releaseVersion("dev"));
    }

    @Test
    void cleanRunIsSuccessfulWithEmptyResults() throws Exception {
        JsonNode run = render(withFindings(List.of())).at("/runs/0");
        assertTrue(run.at("/invocations/0/executionSuccessful").asBoolean());
        assertFalse(run.at("/invocations/0").has("toolExecutionNotifications"));
        assertTrue(run.get("results").isArray());
        assertEquals(0, run.get("results").size());
    }
}
